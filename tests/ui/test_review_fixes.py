"""Defects found in review: each reproduced as a user would meet it, and fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from photoapp.storage.importer import ImportBatch, analyse, import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.filter import SortOrder
from photoapp.ui.models.roles import Role
from photoapp.ui.session import ProjectSession
from photoapp.ui.workspace import Workspace
from tests.photos import Exif, write_photo
from tests.ui.interact import click_row


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> tuple[MainWindow, Workspace]:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.show()
    assert window.workspace is not None
    return window, window.workspace


def _shown(workspace: Workspace) -> list[int]:
    proxy = workspace.proxy
    return [proxy.index(r, 0).data(Role.ID) for r in range(proxy.rowCount())]


def test_undoing_a_delete_after_an_import_restores_the_right_photo(
    session: ProjectSession, tmp_path: Path, cache: ThumbnailCache
) -> None:
    project = session.project
    last = project.photos()[-1].id
    session.delete_photos([last])
    write_photo(tmp_path / "later" / "new.jpg", Exif(taken="2017:09:12 10:00:00"), seed=42)
    import_paths(project, [tmp_path / "later"], cache)  # imports are not on the undo stack
    newcomer = next(p.id for p in project.photos() if p.file_name == "new.jpg")
    assert newcomer != last  # ids are never used twice
    session.undo_stack.undo()
    assert {last, newcomer} <= {p.id for p in project.photos()}
    session.undo_stack.redo()
    assert newcomer in {p.id for p in project.photos()}
    assert last not in {p.id for p in project.photos()}


def test_undo_that_the_project_no_longer_allows_is_refused_and_dropped(
    session: ProjectSession, tmp_path: Path, cache: ThumbnailCache
) -> None:
    project = session.project
    photo = project.photos()[0]
    failures: list[str] = []
    session.step_failed.connect(failures.append)
    session.delete_photos([photo.id])
    import_paths(project, [project.resolve(photo)], cache)  # the same file again
    session.undo_stack.undo()
    assert failures == ["Delete 1 photo from the project"]
    assert session.undo_stack.count() == 0
    assert [p.file_name for p in project.photos()].count(photo.file_name) == 1


def test_an_import_survives_an_undo_that_brings_one_of_its_photos_back(
    session: ProjectSession, cache: ThumbnailCache
) -> None:
    project = session.project
    first = project.photos()[0]
    folder = project.resolve(first).parent
    session.delete_photos([first.id])
    batch = ImportBatch.of_paths(project, [folder])
    results = [analyse(path, cache) for path in batch.todo]
    batch.accept(results[0])  # the deleted photo, queued to be added again
    session.undo_stack.undo()  # … when the user undoes the delete
    for result in results[1:]:
        batch.accept(result)
    report = batch.finish()
    # b.jpg was in the project all along; a.jpg came back by the undo while it was queued
    assert sorted(d.path.name for d in report.duplicates) == ["a.jpg", "b.jpg"]
    assert report.imported == []
    assert len(project.photos()) == 5


def test_sort_by_appendix_order_after_other_edits(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    from datetime import date

    _, workspace = _window(qtbot, trip_project, cache)
    a, b, c, d, _e = (p.id for p in trip_project.photos())
    workspace.set_order(SortOrder.APPENDIX)
    workspace.session.add_day(date(2017, 9, 20), "加開")
    workspace.session.add_to_appendix([d, c, b])
    assert _shown(workspace)[:4] == [d, c, b, a]


def test_deleting_a_selection_leaves_the_window_consistent(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _, workspace = _window(qtbot, trip_project, cache)
    a, b, c, *_ = (p.id for p in trip_project.photos())
    workspace.select_photos([a, b, c])
    workspace.session.delete_photos([a, c])
    assert workspace.selected_ids() == [b]
    assert workspace.detail.photo_id() == b


def test_show_in_grid_takes_the_filters_off(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    a, b, *_ = (p.id for p in trip_project.photos())
    person = trip_project.people()[0].id
    workspace.session.tag([a], person)
    workspace.session.add_to_appendix([b])
    click_row(workspace.people, workspace.people_model.index_for(person))
    window.search.setText("a.jpg")
    assert _shown(workspace) == [a]
    workspace._show_in_grid(workspace.appendix_model.index(0, 0))
    assert b in _shown(workspace) and len(_shown(workspace)) == 5
    assert workspace.selected_ids() == [b]
    assert window.search.text() == ""


def test_merging_away_the_filtered_person_shows_all_photos(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _, workspace = _window(qtbot, trip_project, cache)
    ye, kwon = (p.id for p in trip_project.people())
    workspace.session.tag([trip_project.photos()[0].id], ye)
    click_row(workspace.people, workspace.people_model.index_for(ye))
    assert len(_shown(workspace)) == 1
    workspace.session.merge_people(kwon, ye)
    assert len(_shown(workspace)) == 5
    assert workspace.proxy.person_filter is None


def test_edits_made_while_an_import_ran_are_refused_not_raised_once_it_is_undone(
    session: ProjectSession, tmp_path: Path, cache: ThumbnailCache
) -> None:
    """The import's step is recorded when it ends, above the edits the user made meanwhile to
    photos it had added: once it is undone, undoing or redoing those edits raised KeyError
    (the crash dialog). Each is now refused and dropped, with the message of a step the
    project no longer allows, and the rest of the stack goes on."""
    project = session.project
    for index in range(3):
        write_photo(tmp_path / "new" / f"N_{index}.jpg", Exif(), seed=90 + index)
    report = import_paths(project, [tmp_path / "new"], cache)  # (photos arriving meanwhile)
    added = [pid for _, pid in report.imported]
    session.set_caption(added[0], "會場外觀")  # captioned while the import still ran
    session.assign_day([added[1]], project.days()[0].id)
    session.record_import(added, [])  # the import ends: its step goes on top
    failures: list[str] = []
    session.step_failed.connect(failures.append)
    stack = session.undo_stack
    assert stack.undoText().startswith("Import")
    stack.undo()  # the import's photos go, the two edited among them
    assert not set(added) & {p.id for p in project.photos()}
    stack.undo()  # the day (of a photo no longer there: nothing to change)
    stack.undo()  # the caption: refused (it raised KeyError)
    assert failures == ["Edit caption"]
    while stack.canRedo():  # the day, then the import itself, come back
        stack.redo()
    assert set(added) <= {p.id for p in project.photos()}
    assert failures == ["Edit caption"]


def test_a_skipped_files_message_and_the_import_progress_never_overprint(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A temporary message in the status bar hides its normal widgets; the progress, shown
    again at its next report, was drawn over the message's text. It is a permanent widget."""
    from photoapp.ui.import_controller import ImportController

    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(ImportController, "running", property(lambda self: True))
    status = window.import_status
    status.show_progress(3, 100)
    window.statusBar().showMessage("empty.jpg: empty file", 4000)
    status.show_progress(4, 100)
    qtbot.wait(20)
    assert status.isVisible() and window.statusBar().currentMessage().startswith("empty.jpg")
    # The message is drawn left of the permanent widgets, the progress among them.
    width = window.statusBar().fontMetrics().horizontalAdvance("empty.jpg: empty file")
    assert status.geometry().left() > width
