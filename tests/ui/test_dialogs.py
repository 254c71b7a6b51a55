"""The dialogs and the welcome page: validation, results, settings written, signals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from photoapp.domain.model import Day, Person, Trip
from photoapp.storage.exif import MetadataWarning
from photoapp.storage.importer import Duplicate, ImportReport, Rejected, RejectReason
from photoapp.texts import messages
from photoapp.ui import settings
from photoapp.ui.dialogs import (
    DayDialog,
    ImportReportDialog,
    NewProjectDialog,
    PersonDialog,
    PreferencesDialog,
    WelcomePage,
)

# ---- NewProjectDialog ------------------------------------------------------------------------


def _new_project(qtbot: QtBot, folder: Path) -> NewProjectDialog:
    settings.LAST_PROJECT_FOLDER.set(str(folder))
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog: NewProjectDialog) -> None:
    dialog.title_edit.setText("大田 APCS 2017")
    dialog.organisation_edit.setText("臺中市政府")
    dialog.destination_edit.setText("韓國大田")
    dialog.start_field.edit.setDate(QDate(2017, 9, 10))
    dialog.end_field.edit.setDate(QDate(2017, 9, 13))
    dialog.zone_combo.setCurrentText("Asia/Seoul")


def test_new_project_needs_a_title(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _new_project(qtbot, tmp_path)
    assert not dialog.ok_button.isEnabled()
    assert dialog.reason_label.text() == ""  # an untouched form is no mistake yet
    qtbot.keyClicks(dialog.title_edit, "x")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Backspace)
    assert "title" in dialog.reason_label.text()
    _fill(dialog)
    assert dialog.ok_button.isEnabled()
    assert dialog.reason_label.text() == ""
    dialog.title_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()


def test_new_project_refuses_an_end_before_the_start(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _new_project(qtbot, tmp_path)
    _fill(dialog)
    dialog.end_field.edit.setDate(QDate(2017, 9, 9))
    assert not dialog.ok_button.isEnabled()
    assert "before" in dialog.reason_label.text()
    dialog.end_field.edit.setDate(QDate(2017, 9, 10))  # a one-day trip
    assert dialog.ok_button.isEnabled()


def test_new_project_refuses_an_unknown_time_zone(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _new_project(qtbot, tmp_path)
    _fill(dialog)
    assert dialog.zone_combo.findText("Asia/Taipei") >= 0
    dialog.zone_combo.setCurrentText("Asia/Daejeon")
    assert not dialog.ok_button.isEnabled()
    assert "Asia/Daejeon" in dialog.reason_label.text()
    dialog.zone_combo.setCurrentText("")
    assert not dialog.ok_button.isEnabled()
    dialog.zone_combo.setCurrentText("Asia/Seoul")
    assert dialog.ok_button.isEnabled()


def test_new_project_defaults_to_taipei_and_a_file_named_after_the_title(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _new_project(qtbot, tmp_path)
    assert dialog.zone_combo.currentText() == "Asia/Taipei"
    dialog.title_edit.setText('Seoul: "smart city" visit')
    assert dialog.path() == tmp_path / "Seoul smart city visit.photoapp"
    (tmp_path / "Seoul smart city visit.photoapp").touch()
    dialog.title_edit.setText("Seoul: smart city visit")  # taken: the default is numbered
    assert dialog.path() == tmp_path / "Seoul smart city visit (2).photoapp"
    assert dialog.ok_button.isEnabled()


def test_new_project_gives_its_trip_and_path(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _new_project(qtbot, tmp_path)
    _fill(dialog)
    qtbot.keyClicks(dialog.path_edit, "x")  # the user types a path of their own
    dialog.path_edit.setText(str(tmp_path / "report"))
    dialog.title_edit.setText("大田 APCS 2017")  # no longer moves the file the user chose
    assert dialog.ok_button.isEnabled()
    assert dialog.trip() == Trip(
        "大田 APCS 2017",
        "臺中市政府",
        "韓國大田",
        date(2017, 9, 10),
        date(2017, 9, 13),
        "Asia/Seoul",
    )
    assert dialog.path() == tmp_path / "report.photoapp"
    dialog.path_edit.setText(str(tmp_path / "report.PHOTOAPP"))
    assert dialog.path() == tmp_path / "report.PHOTOAPP"
    dialog.accept()
    assert dialog.result() == NewProjectDialog.DialogCode.Accepted
    assert settings.LAST_PROJECT_FOLDER.get() == str(tmp_path)


def test_new_project_refuses_an_existing_file_or_missing_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _new_project(qtbot, tmp_path)
    _fill(dialog)
    (tmp_path / "old.photoapp").write_bytes(b"")
    dialog.path_edit.setText(str(tmp_path / "old"))  # ".photoapp" is appended, then it exists
    assert not dialog.ok_button.isEnabled()
    assert "old.photoapp" in dialog.reason_label.text()
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "new.photoapp"))
    assert not dialog.ok_button.isEnabled()
    dialog.path_edit.setText("")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # refused while invalid
    assert dialog.result() != NewProjectDialog.DialogCode.Accepted


def test_new_project_without_dates(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _new_project(qtbot, tmp_path)
    _fill(dialog)
    dialog.end_field.edit.setDate(QDate(2017, 9, 1))  # out of order, but no longer asked
    dialog.no_dates_check.setChecked(True)
    assert not dialog.start_field.isEnabled()
    assert not dialog.end_field.isEnabled()
    assert dialog.ok_button.isEnabled()
    trip = dialog.trip()
    assert trip.start is None
    assert trip.end is None


# ---- PersonDialog ----------------------------------------------------------------------------


def test_person_dialog_round_trips_a_person(qtbot: QtBot) -> None:
    person = Person(7, "權善宅", "市長", "大田廣域市", "大田市長權善宅", "권선택")
    dialog = PersonDialog(person, None)
    qtbot.addWidget(dialog)
    assert dialog.person() == person
    assert dialog.ok_button.isEnabled()
    dialog.title_edit.setText(" 前市長 ")
    assert dialog.person() == Person(
        7, "權善宅", "前市長", "大田廣域市", "大田市長權善宅", "권선택"
    )


def test_person_dialog_creates_a_person_and_needs_a_name(qtbot: QtBot) -> None:
    dialog = PersonDialog(None, None)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.reason_label.text() == ""  # nothing typed yet: no error shown
    qtbot.keyClicks(dialog.name_edit, "x")
    assert dialog.reason_label.text() == ""
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Backspace)
    assert dialog.reason_label.text() == "Enter the person's name."
    dialog.name_edit.setText("葉宜津")
    assert dialog.ok_button.isEnabled()
    assert dialog.display_edit.placeholderText() == "葉宜津"
    assert dialog.person() == Person(0, "葉宜津")


# ---- DayDialog -------------------------------------------------------------------------------


def test_day_dialog_refuses_a_date_another_day_has(qtbot: QtBot) -> None:
    existing = {date(2017, 9, 10), date(2017, 9, 11)}
    dialog = DayDialog(None, existing)
    qtbot.addWidget(dialog)
    assert dialog.day() == Day(0, date(2017, 9, 12))  # the day after the last one
    assert dialog.ok_button.isEnabled()
    dialog.date_field.edit.setDate(QDate(2017, 9, 11))
    assert not dialog.ok_button.isEnabled()
    assert dialog.reason_label.text()
    dialog.accept()
    assert dialog.result() != DayDialog.DialogCode.Accepted


def test_day_dialog_edits_a_day_keeping_its_own_date(qtbot: QtBot) -> None:
    day = Day(3, date(2017, 9, 11), "大田 APCS 全會")
    dialog = DayDialog(day, {date(2017, 9, 10), date(2017, 9, 11)})
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    assert dialog.day() == day
    dialog.label_edit.setText("世宗市參訪")
    assert dialog.day() == Day(3, date(2017, 9, 11), "世宗市參訪")
    dialog.date_field.edit.setDate(QDate(2017, 9, 10))
    assert not dialog.ok_button.isEnabled()


# ---- ImportReportDialog ----------------------------------------------------------------------


def test_import_report_lists_every_rejected_file_and_copies_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rejected = [
        Rejected(tmp_path / "a" / "notes.txt", RejectReason.UNSUPPORTED),
        Rejected(tmp_path / "a" / "cut.jpg", RejectReason.TRUNCATED, "image file is truncated"),
        Rejected(tmp_path / "gone", RejectReason.NOT_FOUND),
    ]
    report = ImportReport(
        imported=[(tmp_path / "ok.jpg", 1), (tmp_path / "ok2.jpg", 2)],
        duplicates=[Duplicate(tmp_path / "twin.jpg", 1)],
        rejected=rejected,
        warnings=[(tmp_path / "ok2.jpg", MetadataWarning.DATE_UNREADABLE)],
    )
    dialog = ImportReportDialog(report, None)
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text() == (
        "Imported 2 photos; 1 duplicate skipped; 3 files could not be imported."
    )
    rows = [
        (
            dialog.tree.topLevelItem(g).child(c).text(0),
            dialog.tree.topLevelItem(g).child(c).text(1),
            dialog.tree.topLevelItem(g).child(c).text(2),
        )
        for g in range(dialog.tree.topLevelItemCount())
        for c in range(dialog.tree.topLevelItem(g).childCount())
    ]
    expected = [
        (r.path.name, str(r.path.parent), messages.reject_reason(r.reason)) for r in rejected
    ]
    warning = ("ok2.jpg", str(tmp_path), messages.metadata_warning(MetadataWarning.DATE_UNREADABLE))
    assert rows == [*expected, warning]

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "File\tFolder\tReason"
    assert lines[1:] == ["\t".join(row) for row in (*expected, warning)]


def test_import_report_says_when_it_was_cancelled(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportReportDialog(ImportReport(cancelled=True), None)
    qtbot.addWidget(dialog)
    assert "cancelled" in dialog.summary_label.text()
    assert not dialog.copy_button.isEnabled()


# ---- PreferencesDialog -----------------------------------------------------------------------


def test_preferences_show_and_write_the_settings(qtbot: QtBot) -> None:
    settings.LANGUAGE.set("en")
    settings.MINGUO_DATES.set(True)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language() == "en"
    assert dialog.minguo_radio.isChecked()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_TW"))
    dialog.gregorian_radio.setChecked(True)
    dialog.accept()
    assert settings.LANGUAGE.get() == "zh_TW"
    assert settings.MINGUO_DATES.get() is False

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.gregorian_radio.isChecked()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))
    dialog.reject()  # Cancel writes nothing
    assert settings.LANGUAGE.get() == "zh_TW"
    dialog.accept()
    assert settings.LANGUAGE.get() == ""


# ---- WelcomePage -----------------------------------------------------------------------------


def test_welcome_page_lists_existing_recent_projects(qtbot: QtBot, tmp_path: Path) -> None:
    kept = tmp_path / "seoul.photoapp"
    kept.write_bytes(b"")
    missing = tmp_path / "gone.photoapp"
    settings.RECENT_PROJECTS.set([str(missing), str(kept)])
    page = WelcomePage()
    qtbot.addWidget(page)
    assert page.recent_paths() == [kept]
    item = page.recent_list.item(0)
    assert item.text() == "seoul.photoapp"
    assert item.toolTip() == str(kept)
    assert settings.RECENT_PROJECTS.get() == [str(missing), str(kept)]  # kept for later

    with qtbot.waitSignal(page.recent_chosen, timeout=1000) as chosen:
        page.recent_list.setCurrentItem(item)
        qtbot.keyClick(page.recent_list, Qt.Key.Key_Return)
    assert chosen.args == [kept]


def test_welcome_page_refresh_and_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    settings.RECENT_PROJECTS.set([])
    page = WelcomePage()
    qtbot.addWidget(page)
    assert page.recent_list.count() == 0
    assert page.recent_list.isHidden()
    project = tmp_path / "trip.photoapp"
    project.write_bytes(b"")
    settings.add_recent(str(project))
    page.refresh()
    assert page.recent_paths() == [project]
    assert not page.recent_list.isHidden()
    twin = tmp_path / "copy" / "trip.photoapp"  # same name, other folder: the folder tells
    twin.parent.mkdir()
    twin.write_bytes(b"")
    settings.add_recent(str(twin))
    page.refresh()
    assert [page.recent_list.item(row).text() for row in range(2)] == [
        "trip.photoapp — copy",
        f"trip.photoapp — {tmp_path.name}",
    ]
    for button, signal in (
        (page.new_button, page.new_requested),
        (page.open_button, page.open_requested),
        (page.demo_button, page.demo_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
