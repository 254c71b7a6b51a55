"""What people expect of a photo organiser: thumbnail sizes, captions under the photos, dates
between them, arrows in the large preview, the photo's own people first after `@`, and a day
that gathers its photos when it is added."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import settings
from photoapp.ui.delegates import ThumbnailDelegate, date_starting
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.filter import UNASSIGNED
from photoapp.ui.models.roles import Role
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.widgets.detail_panel import DetailPanel
from photoapp.ui.widgets.mention import matches
from photoapp.ui.widgets.preview import PreviewDialog
from photoapp.ui.workspace import Workspace
from tests.ui.interact import type_ime


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> tuple[MainWindow, Workspace]:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.workspace is not None
    return window, window.workspace


def _grid_ids(workspace: Workspace) -> list[int]:
    proxy = workspace.proxy
    return [proxy.index(row, 0).data(Role.ID) for row in range(proxy.rowCount())]


def _item_height(workspace: Workspace) -> int:
    delegate = workspace.grid.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(workspace.grid)
    return delegate.sizeHint(option, workspace.proxy.index(0, 0)).height()


def test_ctrl_plus_and_minus_size_the_thumbnails(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    workspace.grid.setFocus()
    assert workspace.thumbnail_size() == 160 == window.size_slider.value()
    QTest.keyClick(workspace.grid, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert workspace.thumbnail_size() == 192 == window.size_slider.value()
    assert workspace.grid.visualRect(workspace.proxy.index(0, 0)).width() == 192 + 16
    for _ in range(5):
        window.registry["zoom_in"].trigger()
    assert workspace.thumbnail_size() == 256  # the cache's size: never enlarged past it
    for _ in range(9):
        QTest.keyClick(workspace.grid, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert workspace.thumbnail_size() == 64
    window.size_slider.setValue(128)
    assert workspace.thumbnail_size() == 128
    assert settings.THUMBNAIL_SIZE.get() == "128"
    window.set_project(None)
    window.set_project(Project.open(trip_project.path))
    assert window.workspace is not None and window.workspace.thumbnail_size() == 128


def test_captions_can_show_under_the_thumbnails(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window, workspace = _window(qtbot, trip_project, cache)
    delegate = workspace.grid.itemDelegate()
    assert isinstance(delegate, ThumbnailDelegate) and not delegate.show_captions
    plain = _item_height(workspace)
    window.registry["captions_under"].trigger()
    assert delegate.show_captions and settings.CAPTIONS_UNDER_PHOTOS.get()
    assert _item_height(workspace) == plain + workspace.grid.fontMetrics().height()
    window.registry["captions_under"].trigger()
    assert _item_height(workspace) == plain


def test_all_photos_are_separated_by_date(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _shown, workspace = _window(qtbot, trip_project, cache)
    delegate = workspace.grid.itemDelegate()
    assert isinstance(delegate, ThumbnailDelegate) and delegate.separators()
    starts = [date_starting(workspace.proxy.index(r, 0)) for r in range(5)]
    dated = [d for d in starts if d is not None]
    assert dated == [date(2017, 9, 10), date(2017, 9, 11)]  # the undated photo has none
    with_dates = _item_height(workspace)
    workspace.proxy.set_day(UNASSIGNED)
    assert not delegate.separators()
    assert _item_height(workspace) < with_dates
    image = workspace.grid.viewport().grab()
    assert not image.isNull()


def test_the_arrows_step_through_the_preview(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    _shown, workspace = _window(qtbot, trip_project, cache)
    ids = _grid_ids(workspace)
    workspace.show_preview(ids[0])
    dialog = workspace.findChild(PreviewDialog)
    assert dialog is not None and dialog.photo_id == ids[0]
    QTest.keyClick(dialog, Qt.Key.Key_Right)
    assert dialog.photo_id == ids[1] and workspace.selected_ids() == [ids[1]]
    assert dialog.windowTitle() == trip_project.photos([ids[1]])[0].file_name
    QTest.keyClick(dialog, Qt.Key.Key_Left)
    QTest.keyClick(dialog, Qt.Key.Key_Left)  # the first photo: stays
    assert dialog.photo_id == ids[0]
    for _ in range(len(ids) + 2):
        QTest.keyClick(dialog, Qt.Key.Key_Down)
    assert dialog.photo_id == ids[-1]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_photos_people_come_first_after_at(
    qtbot: QtBot, session: ProjectSession, thumbnails: ThumbnailProvider
) -> None:
    people = session.project.people()
    assert [p.id for p in matches(people, "")] == [people[0].id, people[1].id]
    assert [p.id for p in matches(people, "", {people[1].id})] == [people[1].id, people[0].id]
    photo = session.project.photos()[0]
    session.tag([photo.id], people[1].id)
    panel = DetailPanel(session, thumbnails)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_photos([photo.id])
    panel.caption_editor.setFocus()
    type_ime(panel.caption_editor, "@")
    assert panel.mention.shown_people() == [people[1].id, people[0].id]


def test_a_day_added_for_a_date_gathers_its_unassigned_photos(session: ProjectSession) -> None:
    project = session.project
    second = next(d for d in project.days() if d.date == date(2017, 9, 11))
    project.remove_day(second.id)
    on_the_11th = sorted(
        p.id for p in project.photos() if p.taken and p.taken.local.date() == date(2017, 9, 11)
    )
    assert len(on_the_11th) == 2
    session.add_day(date(2017, 9, 11), "全會")
    day = next(d for d in project.days() if d.date == date(2017, 9, 11))
    assert sorted(p.id for p in project.photos() if p.day_id == day.id) == on_the_11th
    # the other unassigned photos (10 September, undated) stay where they were
    assert [p.day_id for p in project.photos() if p.id not in on_the_11th] == [None] * 3
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert all(p.day_id is None for p in project.photos())
    assert date(2017, 9, 11) not in [d.date for d in project.days()]
    session.undo_stack.redo()
    assert sorted(p.id for p in project.photos() if p.day_id == day.id) == on_the_11th


def test_the_storage_function_returns_what_it_moved(trip_project: Project) -> None:
    day, moved = trip_project.add_day_with_photos(date(2017, 9, 14), "返國")
    assert moved == () and day.label == "返國"
