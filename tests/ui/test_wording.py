"""What the window says: counts in the plural forms of each language, dates as the interface
writes them, page numbers of an empty export, validation messages only once they are due."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from photoapp.domain.capture_time import CaptureTime
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import dates
from photoapp.ui.dialogs.export import ExportDialog
from photoapp.ui.main_window import MainWindow
from photoapp.ui.project_tools import ProjectTools
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.widgets.detail_panel import DetailPanel
from tests.ui.language import interface_language


def _counted(text: str, n: int) -> str:
    return QCoreApplication.translate("MainWindow", text, "", n)


def test_english_counts_say_one_photo_and_two_photos() -> None:
    assert _counted("%n photo(s)", 1) == "1 photo"
    assert _counted("%n photo(s)", 2) == "2 photos"
    assert _counted("%n reminder(s)", 1) == "1 reminder"
    assert _counted("%n reminder(s)", 3) == "3 reminders"


def test_the_status_bar_and_the_panel_count_in_english(
    qtbot: QtBot, session: ProjectSession, cache: ThumbnailCache, thumbnails: ThumbnailProvider
) -> None:
    project = session.project
    first = project.photos()[0].id
    session.add_to_appendix([first])
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    assert window.summary.text() == "5 photos · appendix: 1 photo"
    panel = DetailPanel(session, thumbnails)
    qtbot.addWidget(panel)
    panel.show_photos([p.id for p in project.photos()[:2]])
    assert panel.view.text() == "2 photos selected"
    session.tag([first], project.people()[0].id)
    assert session.undo_stack.undoText() == "Tag 1 photo with 葉宜津"


def test_counts_in_zh_tw(qtbot: QtBot, session: ProjectSession, cache: ThumbnailCache) -> None:
    with interface_language("zh_TW"):
        window = MainWindow(session.project, cache)
        qtbot.addWidget(window)
        assert window.summary.text() == "5 張相片 · 附錄 0 張"


def test_zh_tw_undo_texts_and_capture_times_are_minguo_dates(session: ProjectSession) -> None:
    project = session.project
    photo = next(p for p in project.photos() if p.taken is not None)
    day = project.days()[0]
    with interface_language("zh_TW"):
        session.assign_day([photo.id], day.id)
        assert session.undo_stack.undoText() == "將 1 張相片移到 106/9/10 (日)"
        assert dates.capture_time(photo.taken).startswith("106/9/")
        taken = CaptureTime(datetime(2017, 9, 11, 9, 47), 540)
        assert dates.capture_time(taken) == "106/9/11 (一) 09:47:00 +09:00"
        session.add_day(day.date.replace(day=20), "")
        assert session.undo_stack.undoText().endswith("106/9/20 (三)")
    assert dates.capture_time(taken) == "Mon 11 Sep 2017 09:47:00 +09:00"


def test_an_empty_export_says_it_has_no_pages(
    qtbot: QtBot, session: ProjectSession, thumbnails: ThumbnailProvider
) -> None:
    dialog = ExportDialog(session, thumbnails)
    qtbot.addWidget(dialog)
    assert dialog.page_label.text() == "No pages"
    with interface_language("zh_TW"):
        dialog._update_page_label()
        assert dialog.page_label.text() == "沒有頁面"
    session.add_to_appendix([session.project.photos()[0].id])
    dialog.refresh()
    assert dialog.page_label.text() == "Page 1 of 1"
    dialog.reject()


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> MainWindow:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def test_ctrl_e_exports_while_the_search_box_has_focus(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported: list[bool] = []
    monkeypatch.setattr(ProjectTools, "export", lambda self: exported.append(True))
    window = _window(qtbot, trip_project, cache)
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus)
    QTest.keyClicks(window.search, "ab")
    QTest.keyClick(window.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == [True]
    assert window.search.text() == "ab"
    # the box keeps the keys a text is edited with
    QTest.keyClick(window.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.search.selectedText() == "ab"


def test_the_undo_and_redo_buttons_keep_their_width(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window = _window(qtbot, trip_project, cache)
    assert window.session is not None
    toolbar = window.findChild(type(window.addToolBar("x")), "main_toolbar")
    assert toolbar is not None
    undo = toolbar.widgetForAction(window.toolbar_undo)
    redo = toolbar.widgetForAction(window.toolbar_redo)
    assert isinstance(undo, QToolButton) and isinstance(redo, QToolButton)
    widths = (undo.sizeHint().width(), redo.sizeHint().width())
    assert not window.toolbar_undo.isEnabled()
    photos = [p.id for p in trip_project.photos()]
    window.session.add_to_appendix(photos)
    window.session.tag(photos[:1], trip_project.people()[1].id)
    assert window.toolbar_undo.isEnabled() and undo.text() == "Undo"
    assert window.toolbar_undo.toolTip() == "Undo Tag 1 photo with 權善宅"
    window.undo_group.undo()
    assert window.toolbar_redo.isEnabled() and redo.text() == "Redo"
    assert (undo.sizeHint().width(), redo.sizeHint().width()) == widths
    window.toolbar_redo.trigger()
    assert trip_project.photos(photos[:1])[0].people == (trip_project.people()[1].id,)


def test_the_zh_tw_new_project_dialog_has_no_error_before_typing(qtbot: QtBot) -> None:
    from photoapp.ui.dialogs import NewProjectDialog, PersonDialog

    with interface_language("zh_TW"):
        for dialog in (NewProjectDialog(), PersonDialog()):
            qtbot.addWidget(dialog)
            assert dialog.reason_label.text() == ""
            assert not dialog.ok_button.isEnabled()


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None, reason="needs xvfb (tools/system-packages.txt)"
)
def test_ctrl_e_exports_from_the_search_box_under_x11(project: Project, tmp_path: Path) -> None:
    """Offscreen Qt has no Emacs keys, so the defect shows only on a real X server: there a
    plain QLineEdit takes Ctrl+E (end of line) and the Export shortcut never fires."""
    path = project.path
    project.close()
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(root))
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "tests.ui.search_box_probe", str(path)],
        cwd=root, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"plain_line_edit": False, "platform": "xcb", "search_box": True}
