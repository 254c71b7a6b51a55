"""`photoapp export PROJECT --into REPORT -o OUT`, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photoapp.cli import main
from photoapp.export.into_state import load
from photoapp.storage.project import Project
from tests.export.reports import docx_paragraphs, docx_report, eight_photo_trip, example_lines


@pytest.fixture
def trip(tmp_path: Path) -> Path:
    project = eight_photo_trip(tmp_path)
    assert isinstance(project, Project)
    path = project.path
    project.close()
    return Path(path)


def test_export_into_a_report(
    trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = docx_report(tmp_path / "報告.docx", example_lines(middle=True))
    original = report.read_bytes()
    out = tmp_path / "報告-附照片.docx"
    assert main(["export", str(trip), "--into", str(report), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "附錄：照片" in printed and str(out) in printed
    assert report.read_bytes() == original
    assert "照片 8：葉副市長見證本市智慧城市產業聯盟與韓國 GSCA 簽署合作備忘錄" in "".join(
        docx_paragraphs(out)
    ) or out.stat().st_size > len(original)
    project = Project.open(trip)
    try:
        state = load(project)
    finally:
        project.close()
    assert state.report == str(report.resolve())
    assert sorted(state.numbers.values()) == list(range(1, 9))


def test_the_report_is_not_overwritten_without_in_place(
    trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = docx_report(tmp_path / "r.docx", example_lines())
    original = report.read_bytes()
    assert main(["export", str(trip), "--into", str(report), "-o", str(report)]) == 1
    assert "--in-place" in capsys.readouterr().err
    assert report.read_bytes() == original
    assert main(["export", str(trip), "--into", str(report), "--in-place"]) == 0
    backups = list(tmp_path.glob("r.backup-*.docx"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert report.read_bytes() != original


def test_report_problems_are_one_line_in_the_users_language(
    trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "加密.docx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    out = tmp_path / "out.docx"
    assert (
        main(["--lang", "zh_TW", "export", str(trip), "--into", str(locked), "-o", str(out)]) == 1
    )
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "密碼" in err
    two = example_lines()
    two.insert(3, type(two[0])("附錄：活動照片", 1))
    report = docx_report(tmp_path / "two.docx", two)
    assert main(["export", str(trip), "--into", str(report), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "附錄：活動照片" in err and "附錄：照片" in err and "--after" in err
    assert not out.exists()
    assert (
        main(["export", str(trip), "--into", str(report), "-o", str(out), "--after", "附錄：照片"])
        == 0
    )


CITE = "（如照片 3）。市長論壇如照片 9。"


def test_references_checked_before_and_after_a_reorder_and_fixed(
    trip: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = docx_report(tmp_path / "r.docx", example_lines(cite=CITE))
    first = tmp_path / "first.docx"
    assert main(["export", str(trip), "--into", str(report), "-o", str(first)]) == 0
    capsys.readouterr()
    assert main(["check", str(trip), "--report", str(first), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["reference"], r["number"]) for r in rows] == [("missing", "照片 9", 9)]
    paragraph = rows[0]["paragraph"]
    assert CITE in docx_paragraphs(first)[paragraph - 1] or paragraph > 1

    project = Project.open(trip)  # photo 3 goes to the end: 4…8 move up
    order = project.appendix()
    project.set_appendix([*order[:2], *order[3:], order[2]])
    project.close()
    assert main(["--lang", "zh_TW", "check", str(trip), "--report", str(first)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"第 {paragraph} 段「照片 3」：那張照片現在是照片 8。"
    assert lines[1] == f"第 {paragraph} 段「照片 9」：附錄中沒有這個編號的照片。"

    second = tmp_path / "second.docx"
    assert (
        main(["export", str(trip), "--into", str(first), "-o", str(second), "--fix-references"])
        == 0
    )
    capsys.readouterr()
    text = docx_paragraphs(second)[paragraph - 1]
    assert "（如照片 8）。市長論壇如照片 9。" in text
    assert main(["check", str(trip), "--report", str(second), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["number"]) for r in rows] == [("missing", 9)]
