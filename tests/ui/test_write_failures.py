"""A write the project file cannot take is never silent in the window: the step leaves the
undo stack, the views show what is saved, one line says what was not saved and why, and the
window goes read-only with a banner (Save a Copy…, Retry). Real conditions throughout."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from photoapp.storage.errors import (
    ProjectGoneError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectWriteError,
)
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow
from photoapp.ui.session import ProjectSession
from photoapp.ui.workspace import Workspace
from tests.conditions import fill, immutable, locked, tiny_disk
from tests.photos import Exif, write_photo


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> tuple[MainWindow, Workspace]:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.show()
    assert window.workspace is not None
    return window, window.workspace


def _failures(session: ProjectSession) -> list[tuple[str, ProjectWriteError]]:
    found: list[tuple[str, ProjectWriteError]] = []
    session.write_failed.connect(lambda text, error: found.append((text, error)))
    return found


def _quick_lock_timeout(project: Project) -> None:
    project.connection.execute("PRAGMA busy_timeout = 50")


def test_an_edit_the_file_cannot_take_leaves_the_undo_stack(
    session: ProjectSession, qtbot: QtBot
) -> None:
    project = session.project
    _quick_lock_timeout(project)
    photo, person = project.photos()[0], project.people()[0]
    failures = _failures(session)
    with locked(project.path, "IMMEDIATE"):
        session.tag([photo.id], person.id)
    assert session.undo_stack.count() == 0
    assert project.photo(photo.id).people == ()
    assert isinstance(session.read_only, ProjectLockedError)
    assert [text for text, _ in failures] == ["Tag 1 photo with 葉宜津"]
    # read-only now: the next edit is not even tried, and says so
    session.add_to_appendix([photo.id])
    assert len(failures) == 2 and session.undo_stack.count() == 0
    # the other program is gone: Retry, and edits are saved again
    assert session.retry()
    assert session.read_only is None
    session.tag([photo.id], person.id)
    assert session.undo_stack.count() == 1
    assert project.photo(photo.id).people == (person.id,)


def test_an_undo_the_file_cannot_take_is_dropped_and_the_edit_stays(
    session: ProjectSession,
) -> None:
    project = session.project
    _quick_lock_timeout(project)
    photo = project.photos()[0]
    session.add_to_appendix([photo.id])
    failures = _failures(session)
    with locked(project.path, "IMMEDIATE"):
        session.undo_stack.undo()
    assert session.undo_stack.count() == 0  # not "undone" while the file still has it
    assert project.appendix() == [photo.id]
    assert [text for text, _ in failures] == ["Add 1 photo to the appendix"]


def test_a_caption_typed_while_the_file_turned_read_only_is_shown_unsaved(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    photo = trip_project.photos()[0]
    workspace.select_photos([photo.id])
    editor = workspace.detail.caption_editor
    # A folder that cannot be written: the journal cannot be made beside the file.
    with immutable(trip_project.path.parent):
        editor.insertPlainText("與市長合影")
        assert trip_project.photo(photo.id).caption == ""
        qtbot.waitUntil(lambda: editor.toPlainText() == "", timeout=2000)
    assert window.session is not None and window.session.undo_stack.count() == 0
    assert editor.isReadOnly()
    assert window.banner.isVisible()
    assert "“Edit caption”" in window.banner.text()
    assert "read-only" in window.banner.text()
    assert window.statusBar().currentMessage().startswith("Not saved: “Edit caption”")


def test_a_project_file_deleted_while_open_goes_read_only_and_a_copy_saves_it(
    qtbot: QtBot,
    trip_project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    ids = [p.id for p in trip_project.photos()]
    os.unlink(trip_project.path)
    workspace.session.add_to_appendix(ids[:2])
    assert isinstance(workspace.session.read_only, ProjectGoneError)
    qtbot.waitUntil(lambda: workspace.appendix_model.rowCount() == 0, timeout=2000)
    banner = window.banner
    assert banner.isVisible() and "deleted, moved or replaced" in banner.text()
    assert not banner.retry_button.isVisible()  # the file will not come back by trying again
    registry = window.registry
    assert not registry["add_day"].isEnabled() and not registry["import"].isEnabled()
    assert not registry["delete"].isEnabled() and not registry["trip"].isEnabled()
    assert registry["save_copy"].isEnabled() and registry["export"].isEnabled()
    assert not window.undo_action.isEnabled()
    assert not workspace.add_day_button.isEnabled()
    # "Save a copy" keeps the project as shown, and editing goes on in the copy
    copy = tmp_path / "救回.photoapp"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    banner.save_copy_button.click()
    assert window.session is not None and window.session.project.path == copy
    assert not window.banner.isVisible() and registry["add_day"].isEnabled()
    window.session.add_to_appendix(ids[:2])
    assert Project.open(copy).appendix() == ids[:2]


def test_a_read_only_project_file_opens_with_the_banner(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    path = trip_project.path
    trip_project.close()
    with immutable(path):
        window, workspace = _window(qtbot, Project.open(path), cache)
        assert isinstance(workspace.session.read_only, ProjectReadOnlyError)
        assert window.banner.isVisible() and "read-only" in window.banner.text()
        assert not window.registry["import"].isEnabled()
        assert workspace.detail.caption_editor.isReadOnly()
        window.banner.retry_button.click()  # still read-only: opened again, still read-only
        assert window.banner.isVisible()
    window.banner.retry_button.click()  # writable now: opened again for editing
    assert not window.banner.isVisible()
    assert window.registry["import"].isEnabled()
    assert window.session is not None and window.session.read_only is None
    window.set_project(None)
    assert not window.banner.isVisible()


def test_retry_after_the_other_program_let_go(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    _quick_lock_timeout(trip_project)
    photo = trip_project.photos()[0]
    with locked(trip_project.path, "IMMEDIATE"):
        workspace.session.add_to_appendix([photo.id])
        assert "another program is using the project file" in window.banner.text()
        window.banner.retry_button.click()  # still locked: still read-only
        assert window.banner.isVisible() and not window.registry["add_day"].isEnabled()
    window.banner.retry_button.click()
    assert not window.banner.isVisible()
    assert window.registry["add_day"].isEnabled() and workspace.add_day_button.isEnabled()
    workspace.session.add_to_appendix([photo.id])
    assert trip_project.appendix() == [photo.id]
    assert window.undo_action.isEnabled()


def test_an_import_into_a_project_that_stops_taking_photos_ends_and_says_so(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window, _ = _window(qtbot, trip_project, cache)
    _quick_lock_timeout(trip_project)
    for index in range(3):
        write_photo(tmp_path / "more" / f"{index}.jpg", Exif(), seed=50 + index)
    before = len(trip_project.photos())
    reports = []
    window.importer.finished.connect(reports.append)
    with locked(trip_project.path, "IMMEDIATE"):
        window.import_paths([tmp_path / "more"])
        qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert not window.importer.running
    assert reports[0].cancelled and reports[0].imported == []
    assert len(trip_project.photos()) == before
    assert "“Import photos”" in window.banner.text()
    window.banner.retry_button.click()
    window.import_paths([tmp_path / "more"])  # not "an import is already running"
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=5000)
    assert len(reports[1].imported) == 3


def test_save_a_copy_on_a_full_disk_says_so_and_leaves_no_part_file(
    qtbot: QtBot,
    trip_project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, _ = _window(qtbot, trip_project, cache)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    with tiny_disk(tmp_path / "usb", "64k") as disk:
        fill(disk)
        copy = disk / "copy.photoapp"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
        window.save_copy()
        assert sorted(os.listdir(disk)) == ["filler.bin"]
    assert shown == [f"{copy} cannot be written: the disk is full."]
