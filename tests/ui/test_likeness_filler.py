"""An older project's photos get their hash and sharpness after the window opens, in the
background, and the views show them; a read-only project and a closed one are left alone."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import likeness_filler
from photoapp.ui.main_window import MainWindow
from photoapp.ui.tasks import TaskRunner


def _forget_likeness(project: Project) -> None:
    """As migration 6 leaves a project made before it."""
    with project.transaction() as db:
        db.execute("UPDATE photo SET phash = NULL, sharpness = NULL")


def test_the_window_fills_in_and_the_grid_model_sees_it(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _forget_likeness(trip_project)
    window = MainWindow(trip_project, cache)
    qtbot.addWidget(window)
    assert window.workspace is not None and window.likeness is not None
    stored = trip_project.photos()
    assert all(p.phash is not None and p.sharpness is not None for p in stored)
    shown = window.workspace.photo_model.photo(stored[0].id)
    assert shown is not None and shown.phash == stored[0].phash
    assert window.likeness.stored == len(stored)


def test_it_runs_off_the_gui_thread_in_batches(
    qtbot: QtBot,
    trip_project: Project,
    cache: ThumbnailCache,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    monkeypatch.setattr(likeness_filler, "BATCH", 2)
    _forget_likeness(trip_project)
    events: list[tuple[int, ...]] = []
    trip_project.subscribe(lambda event: events.append(event.photo_ids))
    window = MainWindow(trip_project, cache)
    qtbot.addWidget(window)
    assert window.likeness is not None
    # The window is up before any of it is done: the work waits on the thread pool.
    assert all(p.phash is None for p in trip_project.photos())
    with qtbot.waitSignal(window.likeness.finished, timeout=20000) as finished:
        pass
    assert finished.args == [5]
    assert [len(ids) for ids in events] == [2, 2, 1]  # three transactions, three updates
    assert all(p.phash is not None for p in trip_project.photos())


def test_a_read_only_project_is_not_written(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _forget_likeness(trip_project)
    path = trip_project.path
    trip_project.close()
    read_only = Project.open(path, read_only=True)
    window = MainWindow(read_only, cache)
    qtbot.addWidget(window)
    assert all(p.phash is None for p in read_only.photos())


def test_closing_the_project_meanwhile_drops_the_work(
    qtbot: QtBot,
    trip_project: Project,
    cache: ThumbnailCache,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    monkeypatch.setattr(likeness_filler, "BATCH", 1)
    _forget_likeness(trip_project)
    path = trip_project.path
    window = MainWindow(trip_project, cache)
    qtbot.addWidget(window)
    filler = window.likeness
    assert filler is not None
    window.set_project(None)  # closes the project while batches are pending
    qtbot.wait(300)
    reopened = Project.open(path)
    assert all(p.phash is None for p in reopened.photos())  # a running batch is dropped too
    reopened.close()
