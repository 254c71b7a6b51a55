"""The clock, itinerary, template, roster and checks dialogs, and `@` mentions in captions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from photoapp.domain import captions
from photoapp.domain.model import Person
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.dialogs import ChecksDialog, ClockDialog, ItineraryDialog, RosterDialog
from photoapp.ui.dialogs import template as template_module
from photoapp.ui.dialogs.checks import count_findings
from photoapp.ui.dialogs.template import TemplateDialog
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.widgets.detail_panel import DetailPanel
from photoapp.ui.widgets.mention import matches
from tests.photos import Exif, write_photo
from tests.ui.interact import type_ime

CANON = "Canon EOS 80D"


def _texts(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


@pytest.fixture
def clock_session(
    project: Project, tmp_path: Path, cache: ThumbnailCache, qapp: object
) -> ProjectSession:
    """A camera an hour behind (cam1 really taken on the 11th) and a phone on Seoul time."""
    shots = {
        "phone.jpg": Exif(taken="2017:09:11 00:30:00", offset="+09:00", model="SM-G955F"),
        "cam1.jpg": Exif(taken="2017:09:10 23:20:00", make="Canon", model=CANON),
        "cam2.jpg": Exif(taken="2017:09:12 15:00:00", make="Canon", model=CANON),
    }
    for seed, (name, meta) in enumerate(shots.items()):
        write_photo(tmp_path / "in" / name, meta, seed=seed)
    import_paths(project, [tmp_path / "in"], cache)  # each photo goes onto its day
    return ProjectSession(project)


def _photo(session: ProjectSession, name: str) -> int:
    return next(p.id for p in session.photos() if p.file_name == name)


def _day_of(session: ProjectSession, name: str) -> int:
    day = session.day(session.project.photo(_photo(session, name)).day_id or 0)
    assert day is not None
    return day.date.day


def test_clock_dialog_previews_the_day_change_and_applies_it(
    clock_session: ProjectSession, qtbot: QtBot
) -> None:
    session = clock_session
    dialog = ClockDialog(session, [_photo(session, "cam1.jpg")])
    qtbot.addWidget(dialog)
    assert dialog.camera_radio.isChecked() and dialog.camera() == CANON
    assert _texts(dialog.preview_list) == ["No photo changes day"]
    assert not dialog.ok_button.isEnabled()  # no correction yet: nothing to do
    dialog.hours_spin.setValue(1)
    assert dialog.seconds() == 3600
    assert _texts(dialog.preview_list) == ["cam1.jpg: Sun 10 Sep 2017 → Mon 11 Sep 2017"]
    assert dialog.ok_button.isEnabled() and dialog.reason_label.text() == ""
    dialog.ok_button.click()
    assert _day_of(session, "cam1.jpg") == 11 and _day_of(session, "cam2.jpg") == 12
    assert session.project.clock_shifts().by_camera == {CANON: 3600}
    session.undo_stack.undo()
    assert _day_of(session, "cam1.jpg") == 10
    assert session.project.clock_shifts().by_camera == {}


def test_clock_dialog_from_the_real_time_of_a_selected_photo(
    clock_session: ProjectSession, qtbot: QtBot
) -> None:
    session = clock_session
    cam1 = _photo(session, "cam1.jpg")
    dialog = ClockDialog(session, [_photo(session, "phone.jpg"), cam1])
    qtbot.addWidget(dialog)
    assert dialog.camera() == "SM-G955F"  # the camera of the first selected photo
    dialog.selection_radio.setChecked(True)
    dialog.actual_radio.setChecked(True)
    assert getattr(dialog.reference(), "file_name", None) == "phone.jpg"
    dialog.camera_radio.setChecked(True)
    dialog.camera_combo.setCurrentIndex(dialog.camera_combo.findData(CANON))
    # The Canon's reference is its own selected photo, not the phone's.
    assert getattr(dialog.reference(), "file_name", None) == "cam1.jpg"
    shown = dialog.actual_edit.dateTime()
    assert (shown.date(), shown.time()) == (QDate(2017, 9, 10), QTime(23, 20))
    real = QDateTime(QDate(2017, 9, 11), QTime(0, 20), QTimeZone.utc())
    dialog.actual_edit.setDateTime(real)
    assert dialog.seconds() == 3600
    assert _texts(dialog.preview_list) == ["cam1.jpg: Sun 10 Sep 2017 → Mon 11 Sep 2017"]
    dialog.accept()
    assert _day_of(session, "cam1.jpg") == 11


REPORT = """貳、過程
106 年 9 月 10 日(星期日)：抵達大田
106 年 9 月 11 日(星期二)：APCS 全會
9月12日（二）參訪大田市政府
"""


def test_itinerary_dialog_previews_days_and_warnings_and_replaces_the_days(
    session: ProjectSession, qtbot: QtBot
) -> None:
    before = session.project.days()
    dialog = ItineraryDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled() and dialog.reason_label.text()
    dialog.text_edit.setPlainText(REPORT)
    assert _texts(dialog.days_list) == [
        "Sun 10 Sep 2017  抵達大田",
        "Mon 11 Sep 2017  APCS 全會",
        "Tue 12 Sep 2017  參訪大田市政府",
    ]
    assert len(_texts(dialog.warnings_list)) == 1
    assert "the weekday is wrong" in dialog.warnings_list.item(0).text()
    assert "1 day of the itinerary is not in the text" in dialog.note_label.text()
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    days = session.project.days()
    assert [(d.date.day, d.label) for d in days] == [
        (10, "抵達大田"),
        (11, "APCS 全會"),
        (12, "參訪大田市政府"),
    ]
    session.undo_stack.undo()
    assert session.project.days() == before


def test_itinerary_dialog_reads_a_file_and_says_why_it_cannot(
    session: ProjectSession, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ItineraryDialog(session)
    qtbot.addWidget(dialog)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    assert not dialog.load_file(tmp_path / "report.pdf")
    assert "only .txt, .docx and .odt files can be read" in dialog.reason_label.text()
    (tmp_path / "report.txt").write_bytes(REPORT.encode("cp950"))
    assert dialog.load_file(tmp_path / "report.txt")
    assert dialog.days_list.count() == 3 and dialog.reason_label.text() == ""


def test_template_dialog_captions_the_selection_with_people_tokens(
    session: ProjectSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ye, kwon = (p.id for p in session.project.people())
    a, b, *_ = (p.id for p in session.photos())
    session.tag([a, b], ye)
    session.tag([a], kwon)
    session.set_caption(b, "舊圖說")
    dialog = TemplateDialog(session, [a, b])
    qtbot.addWidget(dialog)
    dialog.template_combo.setCurrentText("{who}合影")
    assert not dialog.ok_button.isEnabled() and "{people}" in dialog.reason_label.text()
    dialog.template_combo.setCurrentText("{people}合影")
    assert _texts(dialog.preview_list) == [
        "a.jpg: 葉副市長與大田市長權善宅合影",
        "b.jpg: 葉副市長合影",
    ]
    assert "1 of the photos" in dialog.warning_label.text()
    assert dialog.warning_label.isVisibleTo(dialog)
    steps = session.undo_stack.count()
    dialog.ok_button.click()
    token = captions.person_token
    assert session.project.photo(a).caption == f"{token(ye)}與{token(kwon)}合影"
    assert session.project.photo(b).caption == f"{token(ye)}合影"
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert session.project.photo(a).caption == "" and session.project.photo(b).caption == "舊圖說"
    monkeypatch.setattr(template_module, "PREVIEW_COUNT", 2)
    everyone = TemplateDialog(session, [p.id for p in session.photos()])
    qtbot.addWidget(everyone)
    assert _texts(everyone.preview_list)[-1] == "… and 3 more"


def test_roster_dialog_adds_new_people_and_skips_listed_names(
    session: ProjectSession, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = RosterDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    text = "姓名,職稱,機關,圖說稱呼\n葉宜津,副市長,臺中市政府,葉副市長\n"
    text += "林佳龍,市長,臺中市政府,林市長\n"
    (tmp_path / "people.csv").write_bytes(text.encode("cp950"))
    assert dialog.load_file(tmp_path / "people.csv")
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 5).text() == "already listed"
    assert dialog.table.item(1, 3).text() == "林市長" and dialog.table.item(1, 5).text() == ""
    assert [p.name for p in dialog.new_people()] == ["林佳龍"]
    dialog.ok_button.click()
    assert [p.name for p in session.project.people()].count("葉宜津") == 1
    added = next(p for p in session.project.people() if p.name == "林佳龍")
    assert (added.title, added.display) == ("市長", "林市長")
    session.undo_stack.undo()
    assert len(session.project.people()) == 2
    again = RosterDialog(session)
    qtbot.addWidget(again)
    again.text_edit.setPlainText("葉宜津\t副市長\n權善宅\t市長")
    assert not again.ok_button.isEnabled() and "already" in again.reason_label.text()


def test_checks_dialog_lists_reminders_and_emits_the_chosen_photo(
    session: ProjectSession, qtbot: QtBot
) -> None:
    a = session.photos()[0].id
    session.add_to_appendix([a])
    dialog = ChecksDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _texts(dialog.findings_list) == ["Photo 1 (a.jpg): has no caption"]
    assert "1 reminder" in dialog.summary_label.text()
    assert count_findings(session) == 1
    dialog.findings_list.setCurrentRow(0)
    with qtbot.waitSignal(dialog.photo_chosen) as chosen:
        qtbot.keyClick(dialog.findings_list, Qt.Key.Key_Return)
    assert chosen.args == [a]
    assert dialog.isVisible()  # Enter chose the photo; it did not close the window
    session.set_caption(a, "大田市政府合影")
    qtbot.waitUntil(lambda: dialog.findings_list.count() == 0, timeout=1000)
    assert dialog.summary_label.text() == "No reminders: the appendix is ready"


@pytest.fixture
def panel(session: ProjectSession, thumbnails: ThumbnailProvider, qtbot: QtBot) -> DetailPanel:
    created = DetailPanel(session, thumbnails)
    qtbot.addWidget(created)
    created.resize(360, 760)
    created.show()
    created.show_photos([session.photos()[0].id])
    return created


def test_mention_completes_chinese_typed_through_an_input_method(
    panel: DetailPanel, session: ProjectSession, qtbot: QtBot
) -> None:
    ye = session.project.people()[0]
    photo = panel.photo_id()
    assert photo is not None
    editor, mention = panel.caption_editor, panel.mention
    qtbot.keyClicks(editor, "@")
    assert mention.is_open() and len(mention.shown_people()) == 2  # bare @: everyone
    type_ime(editor, "葉")
    assert mention.is_open() and mention.shown_people() == [ye.id]
    assert "葉宜津" in mention.model.item(0).text()
    assert session.project.photo(photo).caption == "@葉"
    events: list[object] = []
    session.changed.connect(events.append)
    qtbot.keyClick(mention.popup, Qt.Key.Key_Return)
    assert len(events) == 1  # one caption edit, with the token
    assert not mention.is_open()
    assert editor.toPlainText() == "葉副市長"
    assert session.project.photo(photo).caption == captions.person_token(ye.id)


def test_escape_closes_the_mention_popup_until_the_next_at(
    panel: DetailPanel, session: ProjectSession, qtbot: QtBot
) -> None:
    editor, mention = panel.caption_editor, panel.mention
    qtbot.keyClicks(editor, "@")
    type_ime(editor, "權")
    assert mention.shown_people() == [session.project.people()[1].id]
    qtbot.keyClick(mention.popup, Qt.Key.Key_Escape)
    assert not mention.is_open()
    type_ime(editor, "善")
    assert not mention.is_open()
    assert editor.toPlainText() == "@權善"
    qtbot.keyClicks(editor, " @")
    assert mention.is_open()
    type_ime(editor, "無此人")
    assert not mention.is_open()  # nobody matches


def test_mentions_match_names_caption_forms_and_original_names_in_any_case() -> None:
    people = [
        Person(1, "權善宅", display="大田市長權善宅", original_name="Sun-taik KWON"),
        Person(2, "Kwon Ji-ho"),
        Person(3, "葉宜津", display="葉副市長"),
    ]
    assert [p.id for p in matches(people, "kwon")] == [2, 1]  # where a name starts, first
    assert [p.id for p in matches(people, "市長")] == [1, 3]
    assert [p.id for p in matches(people, "")] == [1, 2, 3]
