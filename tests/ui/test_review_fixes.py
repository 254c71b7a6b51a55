"""Defects found in review: each reproduced as a user would meet it, and fixed."""

from __future__ import annotations

from pathlib import Path

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
