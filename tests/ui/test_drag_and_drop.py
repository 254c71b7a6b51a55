"""Issue 9's drag-and-drop defects, each on the real views with Qt's own events (offscreen).

The same gestures with a real pointer under Xvfb are in tests/realinput.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragMoveEvent, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photoapp.domain.model import Person, Trip
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import drag_image, mime
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.roles import Role
from photoapp.ui.workspace import Workspace
from tests.photos import Exif, write_photo
from tests.ui.interact import click_row, drop_answer, drop_before_index, drop_on_index

COPY, MOVE = Qt.DropAction.CopyAction, Qt.DropAction.MoveAction
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> tuple[MainWindow, Workspace]:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    assert window.workspace is not None
    return window, window.workspace


def _shown(workspace: Workspace) -> list[int]:
    proxy = workspace.proxy
    return [proxy.index(r, 0).data(Role.ID) for r in range(proxy.rowCount())]


def _files(folder: Path, count: int, seed: int = 100) -> QMimeData:
    data = QMimeData()
    paths = []
    for i in range(count):
        path = folder / f"new{seed + i}.jpg"
        write_photo(path, Exif(taken="2017:09:12 10:00:00"), seed=seed + i, size=(64, 48))
        paths.append(path)
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def _wait_import(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.importer.running, timeout=10_000)


# ---- clicking filters, dragging tags ----


def test_a_press_on_a_person_changes_nothing_and_a_click_filters(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _, workspace = _window(qtbot, trip_project, cache)
    person = trip_project.people()[1].id  # never tagged: filtering would empty the grid
    everything = _shown(workspace)
    view = workspace.people
    point = view.visualRect(workspace.people_model.index_for(person)).center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    # the start of a drag: the grid keeps every photo a person could be dropped on
    assert _shown(workspace) == everything
    assert workspace.proxy.person_filter is None
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert workspace.proxy.person_filter == person
    assert _shown(workspace) == []


def test_all_photos_clicked_again_clears_a_person_filter_and_the_bar_shows_it(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _, workspace = _window(qtbot, trip_project, cache)
    person = trip_project.people()[0]
    click_row(workspace.people, workspace.people_model.index_for(person.id))
    assert workspace.filter_bar.isVisible()
    assert workspace.filter_bar.label.text() == f"Showing: {person.name}"
    # nobody is tagged yet: the empty grid says why it is empty
    assert _shown(workspace) == []
    assert person.name in workspace.grid.empty_text
    click_row(workspace.days, workspace.day_model.index(0, 0))  # "All photos", already current
    assert workspace.proxy.person_filter is None
    assert len(_shown(workspace)) == 5
    assert not workspace.filter_bar.isVisible()
    assert workspace.grid.empty_text == ""


def test_one_click_on_the_filter_bar_shows_all_photos(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    day = trip_project.days()[1]
    click_row(workspace.days, workspace.day_model.index_for(day.id))
    window.search.setText("jpg")
    assert "“jpg”" in workspace.filter_bar.label.text()
    QTest.mouseClick(workspace.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(_shown(workspace)) == 5
    assert window.search.text() == ""
    assert not workspace.filter_bar.isVisible()


# ---- drop anywhere, meaning what the target means ----


def test_files_dropped_on_the_empty_projects_text_are_imported_as_a_copy(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window, workspace = _window(qtbot, project, cache)
    assert workspace.centre.currentWidget() is workspace.empty
    data = _files(tmp_path / "camera", 2)
    hint = workspace.empty_hint
    assert drop_answer(hint, hint.rect().center(), data, MOVE, SHIFT) == COPY
    _wait_import(qtbot, window)
    assert len(project.photos()) == 2
    assert not window.file_drops.overlay.isVisible()


def test_files_dropped_on_a_day_a_person_and_the_strip_are_placed_there(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    day = trip_project.days()[3]
    person = trip_project.people()[1]
    a, b, *_ = (p.id for p in trip_project.photos())
    workspace.session.add_to_appendix([a, b])

    def new_ids(before: set[int]) -> list[int]:
        return [p.id for p in trip_project.photos() if p.id not in before]

    before = {p.id for p in trip_project.photos()}
    onto_day = _files(tmp_path / "one", 1, seed=200)
    target = workspace.days
    index = workspace.day_model.index_for(day.id)
    point = target.visualRect(index).center()
    assert drop_answer(target.viewport(), point, onto_day, MOVE, SHIFT) == COPY
    _wait_import(qtbot, window)
    (on_day,) = new_ids(before)
    assert trip_project.photo(on_day).day_id == day.id

    before = {p.id for p in trip_project.photos()}
    onto_person = _files(tmp_path / "two", 2, seed=210)
    index = workspace.people_model.index_for(person.id)
    assert drop_on_index(workspace.people, index, onto_person)
    _wait_import(qtbot, window)
    tagged = new_ids(before)
    assert len(tagged) == 2
    assert [p.id for p in trip_project.photos() if person.id in p.people] == tagged

    before = {p.id for p in trip_project.photos()}
    onto_strip = _files(tmp_path / "three", 1, seed=220)
    assert drop_before_index(workspace.strip, workspace.appendix_model.index(1, 0), onto_strip)
    _wait_import(qtbot, window)
    (added,) = new_ids(before)
    assert trip_project.appendix() == [a, added, b]


def test_files_dropped_on_the_detail_panel_are_imported(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    data = _files(tmp_path / "camera", 1, seed=300)
    target = workspace.detail.caption_editor  # a text field would paste the path
    assert drop_answer(target, QPoint(5, 5), data, MOVE, SHIFT) == COPY
    _wait_import(qtbot, window)
    assert len(trip_project.photos()) == 6
    assert workspace.detail.caption_editor.toPlainText() == ""


def test_drop_targets_light_up_while_something_droppable_hovers(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    _, workspace = _window(qtbot, trip_project, cache)
    a, b, c, *_ = (p.id for p in trip_project.photos())
    workspace.session.add_to_appendix([a, b])
    workspace.grid.select_ids([c])
    photos = workspace.proxy.mimeData(workspace.grid.selectionModel().selectedIndexes())
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def hover(view: object, point: QPoint, data: QMimeData) -> object:
        from PySide6.QtGui import QDragEnterEvent

        viewport = view.viewport()  # type: ignore[attr-defined]
        QApplication.sendEvent(viewport, QDragEnterEvent(point, COPY | MOVE, data, buttons, none))
        QApplication.sendEvent(viewport, QDragMoveEvent(point, COPY | MOVE, data, buttons, none))
        return view.drop_target  # type: ignore[attr-defined]

    day = workspace.day_model.index_for(trip_project.days()[0].id)
    assert hover(workspace.days, workspace.days.visualRect(day).center(), photos) == (
        "row",
        day.row(),
    )
    person = workspace.people_model.index(0, 0)
    assert hover(workspace.people, workspace.people.visualRect(person).center(), photos) == (
        "row",
        0,
    )
    # the strip: a line where the photo goes in, before the second appendix photo
    rect = workspace.strip.visualRect(workspace.appendix_model.index(1, 0))
    assert hover(workspace.strip, QPoint(rect.left() + 3, rect.center().y()), photos) == (
        "insert",
        1,
    )
    files = _files(tmp_path / "camera", 1)
    grid = workspace.grid
    assert hover(grid, grid.viewport().rect().center(), files) == ("area", -1)


# ---- identity ----


def _other_project(tmp_path: Path, cache: ThumbnailCache) -> Project:
    other = Project.create(tmp_path / "other" / "other.photoapp", Trip("別的", date(2018, 1, 1)))
    for i in range(2):
        write_photo(tmp_path / "other" / f"o{i}.jpg", Exif(), seed=500 + i, size=(64, 48))
    import_paths(other, [tmp_path / "other"], cache)
    return other


def test_photos_dragged_from_another_project_are_imported_never_taken_as_ids(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    other = _other_project(tmp_path, cache)
    first = other.photos()[0]
    assert other.uuid != trip_project.uuid
    data = mime.photos([first.id], [other.resolve(first)], project=other.uuid)
    person = trip_project.people()[0]
    index = workspace.people_model.index_for(person.id)
    assert drop_on_index(workspace.people, index, data)
    _wait_import(qtbot, window)
    tagged = [p for p in trip_project.photos() if person.id in p.people]
    assert [p.file_name for p in tagged] == [first.file_name]
    assert person.id not in trip_project.photo(first.id).people  # ours with that id: untouched
    # people of another project carry no files: refused, nothing tagged
    other.add_person(Person(0, "外人"))
    someone = mime.people([other.people()[0].id], project=other.uuid)
    target = workspace.proxy.mapFromSource(workspace.photo_model.index_for(first.id))
    assert not drop_on_index(workspace.grid, target, someone)
    assert trip_project.photo(first.id).people == ()
    other.close()


def test_photos_dragged_out_still_carry_their_files(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _, workspace = _window(qtbot, trip_project, cache)
    workspace.grid.select_ids([trip_project.photos()[0].id])
    data = workspace.proxy.mimeData(workspace.grid.selectionModel().selectedIndexes())
    assert data.hasFormat("text/uri-list")
    assert Path(data.urls()[0].toLocalFile()) == trip_project.resolve(trip_project.photos()[0])
    assert mime.source_project(data) == trip_project.uuid


# ---- import is one undo step ----


def test_an_import_is_one_undo_step_and_leaves_the_view_alone(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    a = trip_project.photos()[0].id
    workspace.grid.select_ids([a])
    window.search.setText("a.jpg")
    folder = tmp_path / "camera"
    for i in range(3):
        write_photo(folder / f"n{i}.jpg", Exif(taken="2017:09:11 12:00:00"), seed=40 + i)
    window.import_paths([folder])
    _wait_import(qtbot, window)
    assert len(trip_project.photos()) == 8
    assert window.search.text() == "a.jpg"  # the user's search and selection stay
    assert workspace.selected_ids() == [a]
    stack = workspace.session.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Import 3 photos"
    stack.undo()
    assert len(trip_project.photos()) == 5
    for path in folder.iterdir():
        path.unlink()  # redo must not read the files again
    stack.redo()
    assert len(trip_project.photos()) == 8
    for i in range(3):
        write_photo(folder / f"n{i}.jpg", Exif(taken="2017:09:11 12:00:00"), seed=40 + i)
    window.import_paths([folder])
    _wait_import(qtbot, window)
    message = window.statusBar().currentMessage()
    assert message == "Imported 0 photos; 3 already in the project"
    assert stack.count() == 1  # nothing imported, nothing to undo


def test_an_import_onto_a_day_is_undone_in_one_step(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    day = trip_project.days()[0]
    data = _files(tmp_path / "camera", 2, seed=600)
    assert drop_on_index(workspace.days, workspace.day_model.index_for(day.id), data)
    _wait_import(qtbot, window)
    stack = workspace.session.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert len(trip_project.photos()) == 5
    stack.redo()
    assert [p.day_id for p in trip_project.photos() if p.file_name.startswith("new")] == [
        day.id,
        day.id,
    ]


# ---- the strip ----


def test_the_drag_image_is_small_whatever_is_dragged() -> None:
    big = QPixmap(450, 300)
    big.fill(Qt.GlobalColor.darkGreen)
    image = drag_image.stacked([big] * 50, 50)
    assert image.width() <= 100 and image.height() <= 100
    single = drag_image.stacked([big], 1)
    assert single.width() <= 80
