"""One place for the unexpected: an exception that nobody caught, on the GUI thread or on any
other thread, is written with its traceback to a log file in the user's log folder, and a
dialog (not modal: the window stays usable) says that something went wrong and names the file.

The dialog never shows the exception's own text (an OSError's English `strerror`, a path in a
traceback): that is for the log, which the user can send to whoever helps them.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from photoapp import __version__
from photoapp.texts.catalogue import fill

LOG_ENV = "PHOTOAPP_LOG_DIR"  # tests and portable set-ups put the log elsewhere
LOG_NAME = "photoapp.log"
_MAX_BYTES = 1_000_000  # a few hundred tracebacks; three old files are kept beside it
_LOGGER = "photoapp"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_path() -> Path:
    """The log file (in the user log folder, e.g. ~/.local/state/photoapp/log on Linux)."""
    folder = os.environ.get(LOG_ENV) or platformdirs.user_log_dir("photoapp", appauthor=False)
    return Path(folder) / LOG_NAME


def _file_handler() -> logging.Handler | None:
    """The handler writing to the log file, made once; None when the file cannot be made."""
    logger = logging.getLogger(_LOGGER)
    path = log_path()
    for handler in logger.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    return handler


def write(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> Path | None:
    """Write an exception to the log file; its path, or None when it could not be written."""
    handler = _file_handler()
    if handler is None:
        return None
    where = f"photoapp {__version__}, Python {platform.python_version()}, {platform.platform()}"
    logging.getLogger(_LOGGER).error(
        "unexpected error on thread %s (%s)",
        threading.current_thread().name,
        where,
        exc_info=(kind, error, traceback),
    )
    handler.flush()
    stream = getattr(handler, "stream", None)
    return log_path() if stream is not None else None


class CrashReporter(QObject):
    """Installs the hooks; shows at most one dialog at a time, counting what came meanwhile."""

    _arrived = Signal(object)  # the log file (Path | None), queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self._more = 0
        self._previous: tuple[ExceptHook, object] | None = None
        self._arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become sys.excepthook and threading.excepthook (until `uninstall`)."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        _file_handler()  # the tasks' handled failures are logged there too

    def uninstall(self) -> None:
        """Put back the hooks that were there before."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def handle(
        self, kind: type[BaseException], error: BaseException, traceback: TracebackType | None
    ) -> None:
        """Log the exception and show the dialog (from any thread)."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, traceback)
            return
        try:
            path = write(kind, error, traceback)
        except Exception:  # the hook must never raise: Python would print and go on
            path = None
        if path is None:  # nowhere to write: at least the terminal has it
            sys.__excepthook__(kind, error, traceback)
        self._arrived.emit(path)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, path: Path | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self._more += 1
            self.dialog.setInformativeText(self._details(path))
            return
        self._more = 0
        parent = QApplication.activeWindow()
        dialog = QMessageBox(parent)
        dialog.setIcon(QMessageBox.Icon.Critical)
        dialog.setWindowTitle(self.tr("Unexpected error"))
        dialog.setText(
            self.tr(
                "photoapp ran into an unexpected problem. What you were doing may not have "
                "been finished; edits that were saved are safe."
            )
        )
        dialog.setInformativeText(self._details(path))
        dialog.setStandardButtons(QMessageBox.StandardButton.Close)
        if path is not None:
            folder = dialog.addButton(self.tr("Open Log Folder"), QMessageBox.ButtonRole.ActionRole)
            folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()

    def _details(self, path: Path | None) -> str:
        if path is None:
            text = self.tr("The details could not be written to a log file.")
        else:
            text = fill(self.tr("The details were written to %1."), str(path))
        if self._more:
            text += "\n" + self.tr("It happened %n more time(s) since.", "", self._more)
        return text

    def _closed(self) -> None:
        self.dialog = None

    def text(self) -> str:
        """What the dialog says now (empty when none is shown)."""
        if self.dialog is None:
            return ""
        return self.dialog.text() + "\n" + self.dialog.informativeText()
