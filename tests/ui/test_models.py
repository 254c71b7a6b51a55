"""Item models: consistent for Qt's model tester, and drag and drop through model data."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from photoapp.ui import dates, mime
from photoapp.ui.models.appendix import AppendixModel
from photoapp.ui.models.days import DayModel
from photoapp.ui.models.filter import UNASSIGNED, PhotoFilterModel, SortOrder
from photoapp.ui.models.people import PeopleModel
from photoapp.ui.models.photos import PhotoModel
from photoapp.ui.models.roles import Role
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider

MOVE = Qt.DropAction.MoveAction


def _photo_ids(session: ProjectSession) -> list[int]:
    return [p.id for p in session.photos()]


def test_models_pass_the_model_tester(
    session: ProjectSession, thumbnails: ThumbnailProvider, qtmodeltester: ModelTester
) -> None:
    photos = PhotoModel(session, thumbnails)
    proxy = PhotoFilterModel()
    proxy.setSourceModel(photos)
    appendix = AppendixModel(session, thumbnails)
    session.add_to_appendix(_photo_ids(session)[:3])
    for model in (photos, proxy, DayModel(session), PeopleModel(session), appendix):
        qtmodeltester.check(model, force_py=True)


def test_photos_dropped_on_a_day_move_there_and_undo(
    session: ProjectSession, qtmodeltester: ModelTester
) -> None:
    days = DayModel(session)
    qtmodeltester.check(days, force_py=True)
    first, *_ = _photo_ids(session)
    target_day = session.project.days()[2]
    payload = mime.photos([first], project=session.uuid)
    target = days.index_for(target_day.id)
    assert days.canDropMimeData(payload, MOVE, -1, 0, target)
    assert days.dropMimeData(payload, MOVE, -1, 0, target)
    assert session.project.photo(first).day_id == target_day.id
    assert days.data(target, Role.COUNT) == 1
    assert session.undo_stack.undoText() == f"Move 1 photo to {dates.list_date(target_day.date)}"
    session.undo_stack.undo()
    assert session.project.photo(first).day_id is None
    session.undo_stack.redo()
    assert days.dropMimeData(payload, MOVE, -1, 0, days.index_for(UNASSIGNED))
    assert session.project.photo(first).day_id is None
    # the "all photos" row and the gaps between rows take no photos
    assert not days.canDropMimeData(payload, MOVE, -1, 0, days.index(0, 0))
    assert not days.canDropMimeData(payload, MOVE, 1, 0, QModelIndex())


def test_people_dropped_on_a_selected_photo_tag_the_whole_selection(
    session: ProjectSession, thumbnails: ThumbnailProvider
) -> None:
    photos = PhotoModel(session, thumbnails)
    people = PeopleModel(session)
    a, b, c, *_ = _photo_ids(session)
    person = people.id_at(people.index(1, 0))
    assert person is not None
    photos.selected_ids = lambda: [a, b]
    payload = people.mimeData([people.index(1, 0)])
    assert photos.dropMimeData(payload, MOVE, -1, 0, photos.index_for(b))
    assert [p.id for p in session.photos() if person in p.people] == [a, b]
    assert photos.index_for(a).data(Role.PEOPLE_COUNT) == 1
    assert people.index(1, 0).data(Role.COUNT) == 2
    # onto a photo outside the selection: only that photo
    assert photos.dropMimeData(payload, MOVE, -1, 0, photos.index_for(c))
    assert [p.id for p in session.photos() if person in p.people] == [a, b, c]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert all(person not in p.people for p in session.photos())


def test_photos_dropped_on_a_person_tag_them(session: ProjectSession) -> None:
    people = PeopleModel(session)
    a, b, *_ = _photo_ids(session)
    assert people.dropMimeData(
        mime.photos([a, b], project=session.uuid), MOVE, -1, 0, people.index(0, 0)
    )
    person = people.id_at(people.index(0, 0))
    assert session.undo_stack.undoText() == "Tag 2 photos with 葉宜津"
    assert [p.id for p in session.photos() if person in p.people] == [a, b]


def test_appendix_drops_insert_and_reorder(
    session: ProjectSession, thumbnails: ThumbnailProvider, qtmodeltester: ModelTester
) -> None:
    model = AppendixModel(session, thumbnails)
    qtmodeltester.check(model, force_py=True)
    a, b, c, _d, e = _photo_ids(session)
    assert model.dropMimeData(
        mime.photos([a, b, c], project=session.uuid), MOVE, 0, 0, QModelIndex()
    )
    assert model.ids() == [a, b, c]
    assert model.dropMimeData(mime.photos([e], project=session.uuid), MOVE, 1, 0, QModelIndex())
    assert model.ids() == [a, e, b, c]
    assert [model.index(r, 0).data(Role.APPENDIX_NUMBER) for r in range(4)] == [1, 2, 3, 4]
    # drag c within the strip onto a (before it)
    assert model.dropMimeData(model.mimeData([model.index(3, 0)]), MOVE, -1, 0, model.index(0, 0))
    assert model.ids() == [c, a, e, b]
    assert session.project.photo(c).appendix_number == 1
    assert session.undo_stack.undoText() == "Reorder the appendix"
    session.undo_stack.undo()
    assert model.ids() == [a, e, b, c]
    session.remove_from_appendix([e])
    assert model.ids() == [a, b, c]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert model.ids() == [a, b, c]


def test_filter_by_day_person_search_and_sort(
    session: ProjectSession, thumbnails: ThumbnailProvider
) -> None:
    photos = PhotoModel(session, thumbnails)
    proxy = PhotoFilterModel()
    proxy.setSourceModel(photos)
    a, b, c, d, e = _photo_ids(session)
    day = session.project.days()[0].id
    session.assign_day([a, b], day)
    visible = lambda: [proxy.index(r, 0).data(Role.ID) for r in range(proxy.rowCount())]  # noqa: E731
    proxy.set_day(day)
    assert visible() == [a, b]
    proxy.set_day(UNASSIGNED)
    assert visible() == [c, d, e]
    person = session.project.people()[1].id
    session.tag([d], person)
    proxy.set_person(person)
    assert visible() == [d]
    proxy.set_person(None)
    proxy.set_search("大田市長")
    assert visible() == [d]
    proxy.set_search("undated")
    assert visible() == [e]
    proxy.set_search("")
    session.add_to_appendix([e, c])
    proxy.set_order(SortOrder.APPENDIX)
    assert visible() == [e, c, a, b, d]
    proxy.set_order(SortOrder.CAPTURE_TIME)  # not sorted by the proxy: the source's order
    assert visible() == [a, b, c, d, e]
    proxy.set_search("undated")
    proxy.set_search("undated ")  # the same search: nothing to do, nothing lost
    assert visible() == [e]


def test_caption_typing_is_one_undo_step(session: ProjectSession) -> None:
    photo = _photo_ids(session)[0]
    for text in ("葉", "葉副", "葉副市長合影"):
        session.set_caption(photo, text)
    assert session.undo_stack.count() == 1
    assert session.project.photo(photo).caption == "葉副市長合影"
    session.undo_stack.undo()
    assert session.project.photo(photo).caption == ""
    session.undo_stack.redo()
    assert session.project.photo(photo).caption == "葉副市長合影"
