"""Work that fails on a worker thread reports back to the GUI thread: nothing waits for ever.
The workers here run on real threads and are made to raise."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from photoapp.storage import importer
from photoapp.storage.importer import RejectReason
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import export_controller, import_controller
from photoapp.ui.dialogs.export import ExportDialog
from photoapp.ui.import_controller import ImportController
from photoapp.ui.session import ProjectSession
from photoapp.ui.tasks import TaskRunner
from photoapp.ui.thumbnails import ThumbnailProvider
from tests.photos import Exif, write_photo

Hook = tuple[type[BaseException], BaseException, TracebackType | None]


@pytest.fixture
def real_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)


@pytest.fixture
def unexpected(monkeypatch: pytest.MonkeyPatch) -> list[Hook]:
    """What reaches the one handler of the unexpected (sys.excepthook)."""
    caught: list[Hook] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: caught.append(args))
    return caught


def test_a_failing_task_reports_to_the_gui_thread(
    qtbot: QtBot, real_threads: None, unexpected: list[Hook]
) -> None:
    runner = TaskRunner()
    worker_threads: list[threading.Thread] = []
    errors: list[tuple[Exception, bool]] = []

    def work() -> None:
        worker_threads.append(threading.current_thread())
        raise ValueError("broken")

    def on_error(error: Exception) -> None:
        gui = QThread.currentThread() is qtbot_app_thread()
        errors.append((error, gui))

    runner.submit(work, lambda _result: None, on_error)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert worker_threads[0] is not threading.main_thread()
    assert isinstance(errors[0][0], ValueError) and errors[0][1]
    # with nobody to tell, the error goes to the one place for the unexpected
    runner.submit(work, lambda _result: None)
    qtbot.waitUntil(lambda: bool(unexpected), timeout=5000)
    assert unexpected[0][0] is ValueError


def qtbot_app_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_a_file_whose_reading_raises_does_not_stop_the_import(
    qtbot: QtBot,
    real_threads: None,
    unexpected: list[Hook],
    project: Project,
    tmp_path: Path,
    cache: ThumbnailCache,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for index in range(4):
        write_photo(tmp_path / "in" / f"{index}.jpg", Exif(), seed=10 + index)
    real = importer.analyse

    def analyse(path: Path, cache: ThumbnailCache) -> object:
        if path.name == "2.jpg":
            raise RuntimeError("a decoder bug")
        return real(path, cache)

    monkeypatch.setattr(import_controller, "analyse", analyse)
    controller = ImportController(cache)
    reports = []
    controller.finished.connect(reports.append)
    assert controller.start(project, [tmp_path / "in"])
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert not controller.running
    assert sorted(p.name for p, _ in reports[0].imported) == ["0.jpg", "1.jpg", "3.jpg"]
    [rejected] = reports[0].rejected
    assert rejected.path.name == "2.jpg" and rejected.reason is RejectReason.UNREADABLE
    assert controller.start(project, [tmp_path / "in"])  # a next import can start
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10_000)


def test_searching_folders_that_raises_ends_the_import(
    qtbot: QtBot,
    real_threads: None,
    unexpected: list[Hook],
    project: Project,
    tmp_path: Path,
    cache: ThumbnailCache,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def iter_collect(_paths: object) -> object:
        raise RecursionError("a folder too deep")

    monkeypatch.setattr(import_controller, "iter_collect", iter_collect)
    controller = ImportController(cache)
    reports = []
    controller.finished.connect(reports.append)
    controller.start(project, [tmp_path])
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert not controller.running and reports[0].cancelled
    assert unexpected and unexpected[0][0] is RecursionError


def _export_dialog(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> ExportDialog:
    project.set_appendix([p.id for p in project.photos()][:2])
    dialog = ExportDialog(ProjectSession(project), ThumbnailProvider(cache))
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(TaskRunner, "synchronous", False)  # the export runs on a real thread
    return dialog


def test_a_writer_that_raises_leaves_the_export_dialog_usable(
    qtbot: QtBot,
    unexpected: list[Hook],
    trip_project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def export_entries(*_args: object, **_kwargs: object) -> object:
        raise KeyError("a writer bug")

    monkeypatch.setattr(export_controller, "export_entries", export_entries)
    dialog = _export_dialog(qtbot, trip_project, cache, monkeypatch)
    dialog.export_to([tmp_path / "附錄.pdf"])
    qtbot.waitUntil(lambda: not dialog.controller.running, timeout=10_000)
    assert "unexpected error" in dialog.done_label.text()
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()
    assert unexpected and unexpected[0][0] is KeyError
    dialog.reject()
    assert not dialog.isVisible()  # it can be closed


def test_a_writer_that_fails_writing_reports_the_file(
    qtbot: QtBot,
    unexpected: list[Hook],
    trip_project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "附錄.pdf"

    def export_entries(*_args: object, **_kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(export_controller, "export_entries", export_entries)
    dialog = _export_dialog(qtbot, trip_project, cache, monkeypatch)
    dialog.export_to([target])
    qtbot.waitUntil(lambda: not dialog.controller.running, timeout=10_000)
    assert dialog.done_label.text() == "附錄.pdf: the file cannot be written there"
    assert "Permission denied" not in dialog.done_label.text()
    assert unexpected == []
