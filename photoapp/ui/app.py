"""Starting the GUI: the QApplication, its language, the project to open, and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from photoapp import __version__, collector
from photoapp.resource_files import resource_path
from photoapp.storage.errors import ProjectError
from photoapp.storage.project import Project
from photoapp.texts import messages
from photoapp.ui import i18n
from photoapp.ui.crash_log import CrashReporter
from photoapp.ui.icons import application_icon
from photoapp.ui.main_window import MainWindow

# The cycle collector resumes once the window has painted its photos (photoapp/collector.py),
# as the similar photos' stacks start then (ui/models/stacks.py).
COLLECT_AFTER_OPEN_MS = 1000


def run(
    project_path: Path | None,
    *,
    demo: bool = False,
    language: str = "en",
    screenshot: Path | None = None,
) -> int:
    """Open the main window (on a project, the demo trip, or empty) and run the event loop."""
    collector.pause()  # (the command line paused it already, before loading Qt)
    try:
        return _open_and_run(project_path, demo, language, screenshot)
    finally:
        collector.resume()  # (a window closed at once, or none opened)


def _open_and_run(
    project_path: Path | None, demo: bool, language: str, screenshot: Path | None
) -> int:
    if not _has_display():
        if screenshot is None:
            print(
                "photoapp: no display to open a window on (set DISPLAY, or use a subcommand:"
                " photoapp --help)",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):  # chosen or set above
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("photoapp")
    app.setOrganizationName("photoapp")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("photoapp")  # Wayland finds the icon through photoapp.desktop
    app.setWindowIcon(application_icon())
    if resource_path("fonts").is_dir():  # the one-folder program's Chinese fallback
        from photoapp.export.bundled_fonts import add_bundled_fonts  # nothing else of export

        add_bundled_fonts()
    translator = i18n.install(app, language)
    # From here on, an error nobody caught is logged and shown, never only printed to a
    # terminal the user does not see.
    reporter = CrashReporter(app)
    reporter.install()
    project: Project | None = None
    try:
        if demo:
            from photoapp.samples.demo import build_demo, fresh_demo_folder  # drawing code

            project = build_demo(fresh_demo_folder())
        elif project_path is not None:
            project = Project.open(project_path)
    except ProjectError as error:
        if screenshot is not None:
            print(f"photoapp: {messages.project_error(error)}", file=sys.stderr)
            return 1
        QMessageBox.critical(None, "photoapp", messages.project_error(error))
    window = MainWindow(project)
    if screenshot is not None:
        window.resize(1400, 900)  # the same picture whatever size the window had last time
        window.fit_to_screen()  # or the screen's size, when it is smaller
    window.show()
    if window.workspace is not None and project is not None:
        # The photos as the grid has them: reading all of them again costs 0.15 s at 5,000.
        first = project.appendix()[:1] or window.workspace.photo_model.ids()[:1]
        window.workspace.select_photos(first)
    if screenshot is not None:
        QTimer.singleShot(300, lambda: _save_and_quit(window, screenshot))
    QTimer.singleShot(COLLECT_AFTER_OPEN_MS, collector.resume)
    code = app.exec()
    reporter.uninstall()
    i18n.uninstall(app, translator)
    return code


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Pass Qt's messages on, except the offscreen platform's notes about what it cannot do."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _has_display() -> bool:
    """Whether Qt can open a window; without one it would abort the process."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _save_and_quit(window: MainWindow, path: Path) -> None:
    window.grab().save(str(path), "PNG")
    window.close()
    QApplication.quit()
