"""The Checks window lists the linked report's photo references once a report is linked."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from photoapp.cli import main
from photoapp.export.into_state import load, save
from photoapp.storage.project import Project
from photoapp.ui.dialogs.checks import ChecksDialog
from photoapp.ui.session import ProjectSession
from tests.export.reports import docx_report, eight_photo_trip, example_lines

CITE = "（如照片 3）。市長論壇如照片 9。"


def _lines(dialog: ChecksDialog) -> list[str]:
    items = dialog.findings_list
    return [items.item(row).text() for row in range(items.count())]


def test_the_checks_window_lists_the_linked_reports_references(
    qtbot: QtBot, tmp_path: Path
) -> None:
    built = eight_photo_trip(tmp_path)
    assert isinstance(built, Project)
    trip = built.path
    built.close()
    report = docx_report(tmp_path / "r.docx", example_lines(cite=CITE))
    first = tmp_path / "報告.docx"
    assert main(["--lang", "en", "export", str(trip), "--into", str(report), "-o", str(first)]) == 0
    project = Project.open(trip)
    save(project, replace(load(project), report=str(first)))  # the user now writes in this one
    session = ProjectSession(project)
    dialog = ChecksDialog(session)
    qtbot.addWidget(dialog)
    report_lines = [line for line in _lines(dialog) if line.startswith("Report 報告.docx: ")]
    assert len(report_lines) == 1 and "「照片 9」: no photo" in report_lines[0]

    order = project.appendix()  # photo 3 goes to the end: it is photo 8 now
    session.project.set_appendix([*order[:2], *order[3:], order[2]])
    dialog.refresh()
    report_lines = [line for line in _lines(dialog) if line.startswith("Report 報告.docx: ")]
    assert len(report_lines) == 2
    assert "that photo is now Photo 8" in report_lines[0]

    first.unlink()  # moved away: said in one line, nothing else breaks
    dialog.refresh()
    assert [line for line in _lines(dialog) if line.startswith("Report 報告.docx: ")] == [
        "Report 報告.docx: the file is not there any more: choose it again in Export."
    ]
    session.close()
