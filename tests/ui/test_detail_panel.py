"""The detail panel: one photo large, its caption, people and day edited through the session."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDir, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photoapp.domain import captions
from photoapp.storage.importer import import_paths
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import dates, mime
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.widgets.detail_panel import DetailPanel
from tests.photos import Exif, write_photo
from tests.ui.interact import type_ime

DROP = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


@pytest.fixture
def panel(session: ProjectSession, thumbnails: ThumbnailProvider, qtbot: QtBot) -> DetailPanel:
    created = DetailPanel(session, thumbnails)
    qtbot.addWidget(created)
    created.resize(360, 760)
    created.show()
    return created


def _first(session: ProjectSession) -> int:
    return session.photos()[0].id


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_nothing_selected_shows_a_hint(panel: DetailPanel) -> None:
    assert panel.view.text() == "Select a photo to see it here"
    assert not panel.caption_editor.isEnabled()
    assert panel.photo_id() is None


def test_shows_the_photo_and_its_details(panel: DetailPanel, session: ProjectSession) -> None:
    photo = session.photos()[0]
    panel.show_photos([photo.id])
    assert panel.photo_id() == photo.id
    assert panel.caption_editor.isEnabled()
    shown = panel.view.pixmap()
    assert not shown.isNull()
    assert shown.width() <= panel.view.width() and shown.height() <= panel.view.height()
    assert abs(shown.width() / shown.height() - 320 / 240) < 0.05
    assert panel.taken_label.text() == dates.capture_time(photo.taken) != "—"
    assert panel.camera_label.text() == "—"
    assert panel.gps_label.text() == "No"
    assert panel.size_label.text() == "320 × 240 px"
    path = QDir.toNativeSeparators(str(session.project.resolve(photo)))
    assert panel.file_label.toolTip() == path
    assert panel.day_combo.currentText() == "Unassigned"
    assert panel.day_combo.count() == 1 + len(session.project.days())
    assert session.undo_stack.count() == 0  # showing is not editing


def test_camera_and_gps_are_shown(
    panel: DetailPanel, session: ProjectSession, tmp_path: Path, cache: ThumbnailCache
) -> None:
    exif = Exif(taken="2017:09:12 08:00:00", make="Canon", model="Canon EOS 80D", gps=(36.3, 127.4))
    write_photo(tmp_path / "more" / "gps.jpg", exif, seed=9, size=(200, 300))
    import_paths(session.project, [tmp_path / "more"], cache)
    photo = next(p for p in session.photos() if p.file_name == "gps.jpg")
    panel.show_photos([photo.id])
    assert panel.camera_label.text() == "Canon EOS 80D"
    assert panel.gps_label.text() == "Yes (removed on export)"
    assert panel.size_label.text() == "200 × 300 px"


def test_typed_caption_is_stored_with_person_tokens_and_undo_restores_it(
    panel: DetailPanel, session: ProjectSession, qtbot: QtBot
) -> None:
    photo = _first(session)
    person = session.project.people()[0]  # 葉宜津, who captions call 葉副市長
    panel.show_photos([photo])
    qtbot.keyClicks(panel.caption_editor, "APCS: ")
    type_ime(panel.caption_editor, "葉副市長致詞")
    expected = f"APCS: {captions.person_token(person.id)}致詞"
    assert session.project.photo(photo).caption == expected
    assert panel.caption_editor.toPlainText() == "APCS: 葉副市長致詞"
    assert session.undo_stack.count() == 1  # one burst of typing, one step
    session.undo_stack.undo()
    assert session.project.photo(photo).caption == ""
    assert panel.caption_editor.toPlainText() == ""
    session.undo_stack.redo()
    assert panel.caption_editor.toPlainText() == "APCS: 葉副市長致詞"


def test_caption_changed_elsewhere_shows_without_an_edit(
    panel: DetailPanel, session: ProjectSession
) -> None:
    photo = _first(session)
    person = session.project.people()[1]
    panel.show_photos([photo])
    session.set_caption(photo, f"與{captions.person_token(person.id)}會談")
    assert panel.caption_editor.toPlainText() == "與大田市長權善宅會談"
    assert session.undo_stack.count() == 1  # refreshing the editor pushed nothing
    session.tag([photo], person.id)
    session.update_person(replace(person, name="權善宅市長", display="權市長"))
    assert panel.caption_editor.toPlainText() == "與權市長會談"
    assert [chip.text() for chip in panel.chips()] == ["權善宅市長 ×"]
    panel.show_photos([session.photos()[1].id])
    assert panel.caption_editor.toPlainText() == ""
    assert session.undo_stack.count() == 3


def test_chips_show_tagged_people_and_remove_them(
    panel: DetailPanel, session: ProjectSession, qtbot: QtBot
) -> None:
    photo = _first(session)
    first, second = session.project.people()
    session.tag([photo], first.id)
    session.tag([photo], second.id)
    panel.show_photos([photo])
    assert [chip.text() for chip in panel.chips()] == ["葉宜津 ×", "權善宅 ×"]
    qtbot.mouseClick(panel.chips()[0], Qt.MouseButton.LeftButton)
    _flush_deletes()
    assert session.project.photo(photo).people == (second.id,)
    assert [chip.text() for chip in panel.chips()] == ["權善宅 ×"]
    session.undo_stack.undo()
    assert {chip.property("person_id") for chip in panel.chips()} == {first.id, second.id}


def test_people_dropped_on_the_chips_tag_the_photo(
    panel: DetailPanel, session: ProjectSession
) -> None:
    photo = _first(session)
    person = session.project.people()[1]
    panel.show_photos([photo])
    target = panel.people_area
    # kept alive: the events only point at it
    payload = mime.people([person.id], project=session.uuid)
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(4, 4), DROP, payload, buttons, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(QPoint(5, 5), DROP, payload, buttons, none)
    QApplication.sendEvent(target, move)
    assert move.isAccepted()
    assert target.highlighted  # the chips light up while a person hovers
    drop = QDropEvent(QPointF(5, 5), DROP, payload, buttons, none)
    QApplication.sendEvent(target, drop)
    assert not target.highlighted
    assert session.project.photo(photo).people == (person.id,)
    assert [chip.text() for chip in panel.chips()] == ["權善宅 ×"]
    assert session.undo_stack.undoText() == "Tag 1 photo with 權善宅"
    QApplication.sendEvent(target, QDropEvent(QPointF(5, 5), DROP, payload, buttons, none))
    assert session.undo_stack.count() == 1  # already tagged: nothing to do


def test_photos_are_not_dropped_on_the_chips(panel: DetailPanel, session: ProjectSession) -> None:
    panel.show_photos([_first(session)])
    payload = mime.photos([_first(session)], project=session.uuid)
    buttons, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(4, 4), DROP, payload, buttons, none)
    enter.ignore()
    QApplication.sendEvent(panel.people_area, enter)
    assert not enter.isAccepted()


def test_choosing_a_day_assigns_it_and_undo_reverts(
    panel: DetailPanel, session: ProjectSession, qtbot: QtBot
) -> None:
    photo = _first(session)
    day = session.project.days()[0]
    panel.show_photos([photo])
    qtbot.keyClick(panel.day_combo, Qt.Key.Key_Down)
    assert session.project.photo(photo).day_id == day.id
    assert panel.day_combo.currentText() == dates.list_date(day.date)
    session.undo_stack.undo()
    assert session.project.photo(photo).day_id is None
    assert panel.day_combo.currentIndex() == 0
    # a day moved or labelled elsewhere shows here, and filling the list is no edit
    session.assign_day([photo], day.id)
    session.add_day(day.date.replace(day=1), "出發")
    assert panel.day_combo.currentData() == day.id
    assert panel.day_combo.itemText(1).endswith("出發")
    assert session.undo_stack.count() == 2


def test_a_missing_file_says_so(panel: DetailPanel, session: ProjectSession) -> None:
    photo = session.photos()[0]
    path = session.project.resolve(photo)
    path.unlink()
    panel.show_photos([photo.id])
    assert panel.view.text() == f"File not found: {QDir.toNativeSeparators(str(path))}"
    assert panel.view.pixmap().isNull()
    assert panel.caption_editor.isEnabled()  # its caption can still be written


def test_several_photos_show_a_count_and_disable_the_editors(
    panel: DetailPanel, session: ProjectSession
) -> None:
    a, b, *_ = [p.id for p in session.photos()]
    session.set_caption(a, "合影")
    panel.show_photos([a])
    panel.show_photos([a, b])
    assert panel.view.text() == "2 photos selected"
    assert panel.photo_id() is None
    for editor in (panel.caption_editor, panel.day_combo, panel.people_area):
        assert not editor.isEnabled()
    assert panel.caption_editor.toPlainText() == ""


def test_a_deleted_photo_leaves_the_empty_state(
    panel: DetailPanel, session: ProjectSession
) -> None:
    photo = _first(session)
    panel.show_photos([photo])
    session.delete_photos([photo])
    assert panel.view.text() == "Select a photo to see it here"
    assert not panel.caption_editor.isEnabled()
