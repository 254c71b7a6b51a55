"""One place for the unexpected: exceptions nobody caught, on any thread, are logged to a file
and a dialog (not modal) names it; the exception's own text never reaches the user."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from photoapp.storage import captions_csv
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.texts import messages
from photoapp.ui import crash_log
from photoapp.ui.crash_log import CrashReporter
from photoapp.ui.main_window import MainWindow
from photoapp.ui.tasks import TaskRunner


@pytest.fixture
def reporter(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CrashReporter:
    monkeypatch.setenv(crash_log.LOG_ENV, str(tmp_path / "logs"))
    # put back whatever hooks pytest and pytest-qt had, after the test
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    created = CrashReporter()
    created.install()
    yield created  # type: ignore[misc]
    created.uninstall()
    if created.dialog is not None:
        created.dialog.close()


def _disk_full() -> None:
    raise OSError(28, "No space left on device", "/media/usb/附錄.pdf")


def test_an_exception_on_another_thread_is_logged_and_shown(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    thread = threading.Thread(target=_disk_full, name="writer")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=3000)
    assert reporter.dialog is not None and reporter.dialog.isVisible()
    assert not reporter.dialog.isModal()
    log = crash_log.log_path()
    assert str(log) in reporter.text()
    assert "No space left" not in reporter.text() and "附錄" not in reporter.text()
    written = log.read_text(encoding="utf-8")
    assert "OSError: [Errno 28] No space left on device" in written
    assert "thread writer" in written and "Traceback" in written


def test_an_exception_in_a_qt_slot_goes_to_the_same_place(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def broken() -> None:
        raise ZeroDivisionError("a bug")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=3000)
    assert "ZeroDivisionError: a bug" in crash_log.log_path().read_text(encoding="utf-8")
    # a second one while the dialog is up: counted, not a second dialog
    first = reporter.dialog
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: "1 more time" in reporter.text(), timeout=3000)
    assert reporter.dialog is first


def test_a_worker_that_raises_with_nobody_to_tell_reaches_the_dialog(
    qtbot: QtBot, reporter: CrashReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    TaskRunner().submit(_disk_full, lambda _result: None)
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=5000)
    assert "[Errno 28]" in crash_log.log_path().read_text(encoding="utf-8")


def test_when_the_log_cannot_be_written_the_dialog_says_so(
    qtbot: QtBot, reporter: CrashReporter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(crash_log.LOG_ENV, str(blocker))
    reporter.handle(RuntimeError, RuntimeError("x"), None)
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=3000)
    assert "could not be written to a log file" in reporter.text()


def test_a_system_error_is_worded_for_the_user_never_shown_raw(
    qtbot: QtBot,
    trip_project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "圖說.csv"

    def refuse(_project: object, path: Path) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(captions_csv, "export_captions", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(trip_project, cache)
    qtbot.addWidget(window)
    window.registry["export_captions"].trigger()
    assert shown == [f"{target}: permission denied"]
    assert messages.os_error(OSError(28, "No space left on device")) == "the disk is full"
