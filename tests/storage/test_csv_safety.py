"""Spreadsheet files written safe for Excel and read whatever Excel saved them as."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from photoapp.domain.roster import parse_roster, read_roster
from photoapp.storage.captions_csv import (
    RowProblem,
    apply,
    export_captions,
    read_captions,
)
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.safe_output import TargetProblem, UnsafeTargetError
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, write_photo

HOSTILE = ["=HYPERLINK(\"http://x\",\"點我\")", "+886 2 1234", "-5°C 的早晨", "@SUM(A1)",
           "\tTab", "\rCR", "正常說明"]  # fmt: skip


@pytest.fixture
def photos(project: Project, tmp_path: Path, cache: ThumbnailCache) -> list[int]:
    for index in range(len(HOSTILE)):
        write_photo(tmp_path / "相片" / f"{index}.jpg", Exif(), seed=index)
    import_paths(project, [tmp_path / "相片"], cache)
    return [p.id for p in project.photos()]


def test_formula_cells_are_written_inert_and_read_back_as_typed(
    project: Project, photos: list[int], tmp_path: Path
) -> None:
    for photo_id, text in zip(photos, HOSTILE, strict=True):
        project.set_caption(photo_id, text)
    sheet = tmp_path / "captions.csv"
    export_captions(project, sheet)
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    cells = [row[4] for row in rows[1:]]
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert '\'=HYPERLINK("http://x","點我")' in cells and "正常說明" in cells
    for photo_id in photos:
        project.set_caption(photo_id, "")
    table = read_captions(project, sheet)
    assert not table.skipped
    apply(project, table)
    # Cells are trimmed on import (as before): the tab and CR cases come back without them.
    assert sorted(p.caption for p in project.photos()) == sorted(h.strip() for h in HOSTILE)


def _export_as(project: Project, tmp_path: Path, encoding: str, delimiter: str) -> Path:
    sheet = tmp_path / "captions.csv"
    export_captions(project, sheet)
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    rows[1][4] = "葉副市長致詞"
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path / f"edited-{encoding}.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-16", "\t"), ("utf-16-le", "\t"), ("utf-16-be", ","), ("utf-8", ","), ("cp950", ",")],
)
def test_captions_files_in_every_encoding_excel_saves(
    project: Project, photos: list[int], tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = _export_as(project, tmp_path, encoding, delimiter)
    table = read_captions(project, path)
    assert "葉副市長致詞" in table.captions.values() and not table.skipped


def test_a_stray_quote_costs_its_row_only(
    project: Project, photos: list[int], tmp_path: Path
) -> None:
    names = [p.path for p in project.photos()]
    lines = [
        "number,file,day,people,caption",
        f'1,{names[0]},,,"開幕典禮',  # the closing quote is missing
        f"2,{names[1]},,,午餐",
        f'3,{names[2]},,,"兩行的\n說明"',  # a real cell over two lines
        f'4,{names[3]},,,"引號"後面',  # text after the closing quote
        f"5,{names[4]},,,晚宴",
    ]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_captions(project, path)
    assert [(s.line, s.problem) for s in table.skipped] == [
        (2, RowProblem.MALFORMED),
        (6, RowProblem.MALFORMED),
    ]
    assert sorted(table.captions.values()) == sorted(["午餐", "兩行的\n說明", "晚宴"])
    assert table.order[:3] == [project.photo_id_for(path=tmp_path / n) for n in names[1:3]] + [
        project.photo_id_for(path=tmp_path / names[4])
    ]


def test_captions_export_never_overwrites_the_project_or_a_photo(
    project: Project, photos: list[int], tmp_path: Path
) -> None:
    before = project.path.read_bytes()
    with pytest.raises(UnsafeTargetError) as raised:
        export_captions(project, project.path, force=True)
    assert raised.value.problem is TargetProblem.PROJECT_FILE
    assert project.path.read_bytes() == before
    photo = project.resolve(project.photos()[0])
    photo_bytes = photo.read_bytes()
    with pytest.raises(UnsafeTargetError):
        export_captions(project, photo, force=True)
    assert photo.read_bytes() == photo_bytes


def test_roster_from_excel_unicode_text_and_a_stray_quote() -> None:
    text = "姓名\t職稱\t機關\r\n葉宜津\t立法委員\t立法院\r\n林佳龍\t市長\t臺中市政府\r\n"
    from photoapp.storage.report_text import decode_text

    for encoding in ("utf-16", "utf-16-le"):
        decoded = decode_text(text.encode(encoding))
        assert decoded is not None
        assert [p.name for p in parse_roster(decoded)] == ["葉宜津", "林佳龍"]
    read = read_roster('name,title\n"王小明,秘書\n李四,科長\n張三,主任\n')
    assert read.malformed == [2]
    assert [p.name for p in read.people] == ["李四", "張三"]
