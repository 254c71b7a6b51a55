"""The main window as a user drives it: drops on its real views, undo and redo, and every edit
found again after reopening the project file."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.roles import Role
from photoapp.ui.workspace import Workspace
from tests.photos import Exif, write_bytes, write_photo
from tests.ui.interact import drop_at, drop_before_index, drop_on_index, type_ime


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> tuple[MainWindow, Workspace]:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.workspace is not None
    return window, window.workspace


def _grid_ids(workspace: Workspace) -> list[int]:
    proxy = workspace.proxy
    return [proxy.index(r, 0).data(Role.ID) for r in range(proxy.rowCount())]


def test_files_dropped_from_a_file_manager_are_imported(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window, workspace = _window(qtbot, project, cache)
    folder = tmp_path / "手機"
    write_photo(folder / "一.jpg", Exif(taken="2017:09:10 10:00:00"), seed=1)
    write_photo(folder / "二.jpg", Exif(taken="2017:09:11 10:00:00"), seed=2)
    write_bytes(folder / "壞.jpg", b"not a photo")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    # the empty project shows its hint; the drop lands on the window's central area
    target = workspace.centre.currentWidget()
    workspace.centre.setCurrentWidget(workspace.grid)
    assert drop_at(workspace.grid.viewport(), workspace.grid.viewport().rect().center(), data)
    assert target is not None
    qtbot.waitUntil(lambda: not window.importer.running, timeout=10_000)
    assert sorted(p.file_name for p in project.photos()) == ["一.jpg", "二.jpg"]
    assert workspace.photo_model.rowCount() == 2
    assert workspace.centre.currentWidget() is workspace.grid
    assert window.report_dialog is not None
    assert "壞.jpg" in window.report_dialog.list_text()


def test_drag_photos_onto_a_day_and_a_person_then_undo_redo_and_reopen(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    path = trip_project.path
    window, workspace = _window(qtbot, trip_project, cache)
    a, b, c, *_ = (p.id for p in trip_project.photos())
    # photos onto the third day
    workspace.grid.select_ids([a, b])
    data = workspace.proxy.mimeData(workspace.grid.selectionModel().selectedIndexes())
    day = trip_project.days()[2]
    assert drop_on_index(workspace.days, workspace.day_model.index_for(day.id), data)
    assert {trip_project.photo(i).day_id for i in (a, b)} == {day.id}
    # photos onto a person
    person = trip_project.people()[1]
    assert drop_on_index(workspace.people, workspace.people_model.index_for(person.id), data)
    assert person.id in trip_project.photo(a).people
    # a person onto a photo that is not selected: only that photo
    workspace.days.setCurrentIndex(workspace.day_model.index(0, 0))
    people_data = workspace.people_model.mimeData([workspace.people_model.index_for(person.id)])
    target = workspace.proxy.mapFromSource(workspace.photo_model.index_for(c))
    assert drop_on_index(workspace.grid, target, people_data)
    assert person.id in trip_project.photo(c).people
    stack = window.session.undo_stack  # type: ignore[union-attr]
    assert stack.count() == 3
    stack.undo()
    assert person.id not in trip_project.photo(c).people
    stack.undo()
    assert person.id not in trip_project.photo(a).people
    stack.undo()
    assert trip_project.photo(a).day_id is None
    stack.redo()
    stack.redo()
    window.close()  # closes the project file; every edit was saved as it happened
    reopened = Project.open(path)
    assert reopened.photo(a).day_id == day.id
    assert person.id in reopened.photo(b).people
    assert person.id not in reopened.photo(c).people
    reopened.close()


def test_appendix_drop_reorder_and_remove(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    path = trip_project.path
    window, workspace = _window(qtbot, trip_project, cache)
    a, b, c, d, _e = (p.id for p in trip_project.photos())
    strip = workspace.strip
    # photos dragged from the grid into the empty strip
    workspace.grid.select_ids([a, b, c])
    data = workspace.proxy.mimeData(workspace.grid.selectionModel().selectedIndexes())
    assert drop_at(strip.viewport(), strip.viewport().rect().center(), data)
    assert trip_project.appendix() == [a, b, c]
    # one more, dropped before the second photo
    workspace.grid.select_ids([d])
    more = workspace.proxy.mimeData(workspace.grid.selectionModel().selectedIndexes())
    assert drop_before_index(strip, workspace.appendix_model.index(1, 0), more)
    assert trip_project.appendix() == [a, d, b, c]
    # reorder within the strip: c before a
    inner = workspace.appendix_model.mimeData([workspace.appendix_model.index(3, 0)])
    assert drop_before_index(strip, workspace.appendix_model.index(0, 0), inner)
    assert trip_project.appendix() == [c, a, d, b]
    assert trip_project.photo(c).appendix_number == 1
    # dragged out of the strip onto the photo grid: out of the appendix, not the project
    out = workspace.appendix_model.mimeData([workspace.appendix_model.index(2, 0)])
    assert drop_at(workspace.grid.viewport(), workspace.grid.viewport().rect().center(), out)
    assert trip_project.appendix() == [c, a, b]
    assert trip_project.photo(d).appendix_number is None
    stack = window.session.undo_stack  # type: ignore[union-attr]
    stack.undo()
    assert trip_project.appendix() == [c, a, d, b]
    stack.undo()
    assert trip_project.appendix() == [a, d, b, c]
    stack.redo()
    window.close()
    reopened = Project.open(path)
    assert reopened.appendix() == [c, a, d, b]
    reopened.close()


def test_caption_edit_and_delete_are_saved_and_undone(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    first = trip_project.photos()[0].id
    workspace.select_photos([first])
    editor = workspace.detail.caption_editor
    editor.setFocus()
    type_ime(editor, "葉副市長合影")
    assert "合影" in trip_project.photo(first).caption
    stack = window.session.undo_stack  # type: ignore[union-attr]
    assert stack.count() == 1
    workspace.session.delete_photos([first])
    assert first not in [p.id for p in trip_project.photos()]
    stack.undo()
    assert "合影" in trip_project.photo(first).caption
    assert workspace.photo_model.index_for(first).isValid()


def test_title_shows_the_trip_and_welcome_without_project(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window, _ = _window(qtbot, trip_project, cache)
    assert window.windowTitle() == f"大田 APCS 2017 — {trip_project.path.name} — photoapp"
    assert window.windowFilePath() == str(trip_project.path)
    assert not window.windowIcon().isNull()
    window.set_project(None)
    assert window.stack.currentWidget() is window.welcome
    assert not window.registry["import"].isEnabled()


def test_the_status_bar_counts_the_reminders_once_the_window_is_up(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    ids = [photo.id for photo in trip_project.photos()]
    trip_project.set_appendix(ids[:2])  # no captions: a reminder each
    window, _ = _window(qtbot, trip_project, cache)
    assert not window.checks_button.isVisible()  # counted after the window shows, not before
    qtbot.waitUntil(window.checks_button.isVisible)
    assert window.checks_button.text() == "2 reminders"
    session = window.session
    assert session is not None
    session.set_caption(ids[0], "會議室外觀")
    session.set_caption(ids[1], "市政府大樓")
    qtbot.waitUntil(lambda: not window.checks_button.isVisible())


def test_the_reminders_wait_for_an_import_to_end(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting them (the first time, loading the export's modules) took the GUI thread 30-50
    ms at a time between an import's batches, just as the drop's tiles were shown."""
    from photoapp.storage.importer import ImportReport
    from photoapp.ui.import_controller import ImportController
    from photoapp.ui.main_window import REMINDERS_DELAY_MS

    ids = [photo.id for photo in trip_project.photos()]
    trip_project.set_appendix(ids[:2])
    window, _ = _window(qtbot, trip_project, cache)
    qtbot.waitUntil(window.checks_button.isVisible)
    assert window.checks_button.text() == "2 reminders"
    monkeypatch.setattr(ImportController, "running", property(lambda self: True))
    session = window.session
    assert session is not None
    session.set_caption(ids[0], "會議室外觀")
    qtbot.wait(4 * REMINDERS_DELAY_MS)
    assert window.checks_button.text() == "2 reminders"  # not counted meanwhile
    monkeypatch.undo()
    window.importer.finished.emit(ImportReport())
    qtbot.waitUntil(lambda: window.checks_button.text() == "1 reminder")


def test_a_window_opened_as_an_import_runs_counts_the_reminders_once_it_ends(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photoapp.storage.importer import ImportReport
    from photoapp.ui.import_controller import ImportController
    from photoapp.ui.main_window import REMINDERS_DELAY_MS

    ids = [photo.id for photo in trip_project.photos()]
    trip_project.set_appendix(ids[:2])
    monkeypatch.setattr(ImportController, "running", property(lambda self: True))
    window, _ = _window(qtbot, trip_project, cache)
    qtbot.wait(4 * REMINDERS_DELAY_MS)
    assert not window.checks_button.isVisible()  # the checks not even loaded meanwhile
    monkeypatch.undo()
    window.importer.finished.emit(ImportReport())
    qtbot.waitUntil(window.checks_button.isVisible)
    assert window.checks_button.text() == "2 reminders"


def test_space_opens_the_large_preview(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    from PySide6.QtCore import Qt

    from photoapp.ui.widgets.preview import PreviewDialog

    window, workspace = _window(qtbot, trip_project, cache)
    first = trip_project.photos()[0].id
    workspace.select_photos([first])
    workspace.grid.setFocus()
    qtbot.keyClick(workspace.grid, Qt.Key.Key_Space)
    dialogs = window.findChildren(PreviewDialog)
    assert len(dialogs) == 1
    pixmap = dialogs[0].label.pixmap()
    assert not pixmap.isNull() and pixmap.width() > pixmap.height()
    qtbot.keyClick(dialogs[0], Qt.Key.Key_Space)
    assert not dialogs[0].isVisible()


def test_trip_details_time_zone_from_gps_and_auto_assign(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    from dataclasses import replace

    from photoapp.storage.importer import import_paths
    from photoapp.ui.dialogs.trip import TripDialog

    project.set_trip(replace(project.trip(), timezone=None))  # the zone is not known yet
    write_photo(
        tmp_path / "in" / "a.jpg",
        Exif(taken="2017:09:10 23:30:00", offset="+08:00", gps=(36.35, 127.38)),
    )
    import_paths(project, [tmp_path / "in"], cache)
    window, _ = _window(qtbot, project, cache)
    photo = project.photos()[0]
    assert photo.day_id == project.days()[0].id  # 10 Sep by the phone's own clock
    dialog = TripDialog(project.trip(), project.photos(), window)
    dialog.use_gps_zone()
    assert dialog.trip().timezone == "Asia/Seoul"
    window.session.set_trip(dialog.trip())  # type: ignore[union-attr]
    window.tools.auto_assign()
    assert project.photo(photo.id).day_id == project.days()[1].id  # 00:30 on 11 Sep in Seoul
    window.session.undo_stack.undo()  # type: ignore[union-attr]
    assert project.photo(photo.id).day_id == project.days()[0].id


def test_renaming_a_person_in_place_renames_every_caption_and_undo_restores(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    from photoapp.domain import captions
    from photoapp.storage.summary import summary

    window, workspace = _window(qtbot, trip_project, cache)
    ye = trip_project.people()[0]  # 葉宜津, shown in captions by her own name
    a, b, *_ = (p.id for p in trip_project.photos())
    workspace.session.update_person(ye.__class__(ye.id, ye.name, ye.title, ye.organisation))
    for pid in (a, b):
        workspace.session.set_caption(pid, f"{captions.person_token(ye.id)}致詞")
    model = workspace.people_model
    assert model.setData(model.index_for(ye.id), "葉市長")
    assert [workspace.photo_model.index_for(p).data(Role.CAPTION) for p in (a, b)] == [
        "葉市長致詞"
    ] * 2
    workspace.select_photos([a])
    assert workspace.detail.caption_editor.toPlainText() == "葉市長致詞"
    assert {p["caption"] for p in summary(trip_project)["photos"][:2]} == {"葉市長致詞"}
    window.session.undo_stack.undo()  # type: ignore[union-attr]
    assert [workspace.photo_model.index_for(p).data(Role.CAPTION) for p in (a, b)] == [
        "葉宜津致詞"
    ] * 2
    assert workspace.detail.caption_editor.toPlainText() == "葉宜津致詞"
    assert {p["caption"] for p in summary(trip_project)["photos"][:2]} == {"葉宜津致詞"}


def test_an_import_cancelled_while_searching_folders_adds_nothing(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, tmp_path: Path, monkeypatch
) -> None:
    from photoapp.ui.tasks import TaskRunner

    monkeypatch.setattr(TaskRunner, "synchronous", False)
    window, _ = _window(qtbot, project, cache)
    for index in range(3):
        write_photo(tmp_path / "in" / f"{index}.jpg", Exif(), seed=index)
    reports = []
    window.importer.finished.connect(reports.append)
    window.import_paths([tmp_path / "in"])
    assert window.importer.running
    window.importer.cancel()
    qtbot.waitUntil(lambda: bool(reports), timeout=5_000)
    assert reports[0].cancelled and reports[0].imported == []
    assert not window.importer.running
    window.import_paths([tmp_path / "in"])  # a new import can start
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=20_000)
    assert len(reports[1].imported) == 3
    assert not window.import_status.isVisible()


def test_closing_the_project_thaws_what_the_open_froze(
    qtbot: QtBot, project: Project, cache: ThumbnailCache
) -> None:
    """The objects made while the window opened are frozen (photoapp/collector.py); those of
    a project closed must become collectable again."""
    window, _workspace = _window(qtbot, project, cache)
    gc.freeze()
    try:
        assert gc.get_freeze_count() > 0
        window.set_project(None)
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
