"""Reading a trip report's text from .txt, .docx and .odt files, or saying why not."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import docx
import odfdo
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from photoapp.domain.itinerary import parse_itinerary
from photoapp.storage.report_text import (
    ReportTextError,
    ReportTextProblem,
    decode_text,
    read_report_text,
)

TEXT = (
    "第二章 經過\n106 年 9 月 10 日(星期日)\n抵達仁川，前往大田市。\n"
    "106 年 9 月 11 日(星期一) 大田 APCS 全會"
)


def reason_of(path: Path) -> ReportTextProblem:
    with pytest.raises(ReportTextError) as caught:
        read_report_text(path)
    assert caught.value.path == path
    return caught.value.reason


# --- .txt ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp950", "big5"]
)
def test_txt_in_every_encoding_people_save(tmp_path: Path, encoding: str) -> None:
    if encoding.endswith("-bom"):  # the mark written by hand, to test both byte orders
        codec = encoding.removesuffix("-bom")
        data = "\ufeff".encode(codec) + TEXT.encode(codec)
    else:
        data = TEXT.encode(encoding)
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    assert read_report_text(path) == TEXT


def test_big5_file_from_taiwanese_windows(tmp_path: Path) -> None:
    text = "106 年 9 月 10 日(星期日)\r\n臺灣 裡 碁\r\n"  # 碁 exists in CP950, not in plain Big5
    data = text.encode("cp950")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # so the test really exercises the fallback
    path = tmp_path / "報告.TXT"
    path.write_bytes(data)
    assert read_report_text(path) == "106 年 9 月 10 日(星期日)\n臺灣 裡 碁\n"


def test_windows_and_old_mac_line_ends_become_newlines() -> None:
    assert decode_text(b"a\r\nb\rc\n") == "a\nb\nc\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_read(encoding: str) -> None:
    # Excel's "Unicode Text" and some editors write UTF-16 with no byte-order mark.
    text = "106 年 9 月 10 日（星期日）\r\n姓名\t職稱\r\n"
    assert decode_text(text.encode(encoding)) == text.replace("\r\n", "\n")


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xff\xff\xff",  # no encoding we know
        b"1\x00\x000\x00\x006",  # NULs on both sides of the pairs: not UTF-16 text
        b"\xff\xfe\x00\xd8",  # a UTF-16 mark followed by a broken surrogate
    ],
)
def test_txt_in_no_known_encoding(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    assert reason_of(path) is ReportTextProblem.UNKNOWN_ENCODING


# --- .docx ---------------------------------------------------------------------------------


def make_docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading("第二章 經過", level=1)
    document.add_paragraph("106 年 9 月 10 日(星期日)")
    document.add_paragraph("本市訪團下午 2 時抵達仁川。")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("日期", "地點", "行程"),
        ("9月11日（一）", "大田", "APCS 全會"),
        ("9月12日（二）", "首爾", ""),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    # The place spans the last two rows (a vertical merge) and must be read once.
    table.cell(1, 1).merge(table.cell(2, 1))
    table.cell(2, 2).text = "GSCA MOU"
    paragraph = document.add_paragraph("106 年 9 月 13 日(星期三)")
    paragraph.add_run().add_break()  # a soft line break (Shift+Enter) inside one paragraph
    paragraph.add_run("返國")
    document.save(str(path))


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    make_docx(path)
    assert read_report_text(path).splitlines() == [
        "第二章 經過",
        "106 年 9 月 10 日(星期日)",
        "本市訪團下午 2 時抵達仁川。",
        "日期",
        "地點",
        "行程",
        "9月11日（一）",
        "大田",  # the merged cell, read once: Word keeps both cells' paragraphs in it
        "首爾",
        "APCS 全會",
        "9月12日（二）",
        "",  # the rest of the merged cell, below: empty
        "GSCA MOU",
        "106 年 9 月 13 日(星期三)",
        "返國",
    ]


def test_docx_content_controls_and_tracked_changes(tmp_path: Path) -> None:
    document = docx.Document()
    first = document.add_paragraph("前言")
    w = nsdecls("w")
    # A heading inside a content control, as agency templates have them...
    control = parse_xml(
        f"<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>106 年 9 月 10 日(星期日)</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    # ...and one whose label is a tracked insertion beside a tracked deletion.
    tracked = parse_xml(
        f'<w:p {w}><w:r><w:t>9月11日</w:t></w:r><w:ins w:id="1" w:author="秘書處">'
        "<w:r><w:t>（一）大田</w:t></w:r></w:ins>"
        '<w:del w:id="2" w:author="秘書處"><w:r><w:delText>首爾</w:delText></w:r></w:del></w:p>'
    )
    first._p.addnext(control)
    control.addnext(tracked)
    path = tmp_path / "report.docx"
    document.save(str(path))
    assert read_report_text(path).splitlines() == [
        "前言",
        "106 年 9 月 10 日(星期日)",
        "9月11日（一）大田",
    ]


def test_docx_itinerary_table_gives_days(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    make_docx(path)
    result = parse_itinerary(
        read_report_text(path), trip_start=date(2017, 9, 10), trip_end=date(2017, 9, 13)
    )
    assert result.warnings == []
    assert [(d.date.day, d.label) for d in result.days] == [
        (10, ""),
        (11, "大田"),
        (12, "GSCA MOU"),
        (13, "返國"),
    ]


# --- .odt ----------------------------------------------------------------------------------


def make_odt(path: Path) -> None:
    document = odfdo.Document("text")
    body = document.body
    body.clear()
    body.append(odfdo.Header(1, "第二章 經過"))
    body.append(odfdo.Paragraph("106 年 9 月 10 日(星期日)"))
    with_note = odfdo.Paragraph("本市訪團抵達仁川。")
    with_note.append(odfdo.Note(note_id="n1", citation="1", body="註：颱風"))
    body.append(with_note)
    table = odfdo.Table("行程", width=2, height=2)
    table.set_values([["9月11日（一）", "大田 APCS 全會"], ["9月12日（二）", "首爾"]])
    body.append(table)
    broken = odfdo.Paragraph("106 年 9 月 13 日(星期三)")
    broken.append(odfdo.LineBreak())
    broken.append("返國")
    body.append(broken)
    body.append(odfdo.List(["心得一", "心得二"]))
    document.save(path)


def test_odt_paragraphs_headings_and_tables_in_order(tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    make_odt(path)
    assert read_report_text(path).splitlines() == [
        "第二章 經過",
        "106 年 9 月 10 日(星期日)",
        "本市訪團抵達仁川。",  # without its footnote, which is not running text
        "9月11日（一）",
        "大田 APCS 全會",
        "9月12日（二）",
        "首爾",
        "106 年 9 月 13 日(星期三)",
        "返國",
        "心得一",
        "心得二",
    ]


def test_odt_spaces_tabs_and_footnoted_heading(tmp_path: Path) -> None:
    document = odfdo.Document("text")
    document.body.clear()
    heading = odfdo.Paragraph("106 年 9 月 10 日(星期日)")
    heading.append(odfdo.Note(note_id="n1", citation="1", body="因颱風提前返國"))
    heading.append(" 抵達")
    heading.append(odfdo.Spacer(3))
    heading.append("仁川")
    heading.append(odfdo.Tab())
    heading.append(odfdo.Span("大田", style="Strong"))
    document.body.append(heading)
    path = tmp_path / "report.odt"
    document.save(path)
    assert read_report_text(path) == "106 年 9 月 10 日(星期日) 抵達   仁川\t大田"


def test_odt_itinerary_gives_days(tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    make_odt(path)
    result = parse_itinerary(read_report_text(path), trip_start=date(2017, 9, 10))
    assert [(d.date.day, d.label) for d in result.days] == [
        (10, ""),
        (11, "大田 APCS 全會"),
        (12, "首爾"),
        (13, "返國"),
    ]


# --- what cannot be read -------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert reason_of(tmp_path / "nowhere.docx") is ReportTextProblem.NOT_FOUND


@pytest.mark.parametrize("name", ["report.doc", "report.pdf", "report.rtf", "report"])
def test_unsupported_types(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"whatever")
    assert reason_of(path) is ReportTextProblem.UNSUPPORTED_TYPE


def test_folder_named_like_a_report(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.mkdir()
    assert reason_of(path) is ReportTextProblem.UNREADABLE


def zip_with(member: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, content)
    return buffer.getvalue()


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
@pytest.mark.parametrize(
    "data",
    [
        random.Random(950).randbytes(4096),
        b"",
        zip_with("hello.txt", b"not a document"),
        zip_with("word/document.xml", b"<w:document"),
    ],
    ids=["random-bytes", "empty", "other-zip", "broken-xml"],
)
def test_damaged_documents(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"report{suffix}"
    path.write_bytes(data)
    assert reason_of(path) is ReportTextProblem.DAMAGED


def test_document_of_the_other_kind(tmp_path: Path) -> None:
    make_odt(tmp_path / "real.odt")
    make_docx(tmp_path / "real.docx")
    odt_named_docx, docx_named_odt = tmp_path / "report.docx", tmp_path / "report.odt"
    odt_named_docx.write_bytes((tmp_path / "real.odt").read_bytes())
    docx_named_odt.write_bytes((tmp_path / "real.docx").read_bytes())
    assert reason_of(odt_named_docx) is ReportTextProblem.DAMAGED
    assert reason_of(docx_named_odt) is ReportTextProblem.DAMAGED


def test_spreadsheet_saved_as_odt(tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    odfdo.Document("spreadsheet").save(path)
    assert reason_of(path) is ReportTextProblem.DAMAGED


def test_error_says_where_and_why(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK not really")
    with pytest.raises(ReportTextError) as caught:
        read_report_text(path)
    assert str(path) in str(caught.value)
    assert "damaged" in str(caught.value)
    assert caught.value.detail  # what the library said, for the log
    assert isinstance(caught.value.__cause__, Exception)


def _bomb(path: Path, member: str, unpacked: int) -> Path:
    """A valid document whose `member` unpacks to `unpacked` bytes of repeated paragraphs."""
    if path.suffix == ".docx":
        make_docx(path)
    else:
        make_odt(path)
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != member:
                out.writestr(info, source.read(info.filename))
        head = source.read(member) if member in source.namelist() else b""
        with out.open(member, "w", force_zip64=True) as stream:
            stream.write(head)
            filler = b"<!-- padding -->" * 65536
            for _ in range(unpacked // len(filler)):
                stream.write(filler)
    return path


@pytest.mark.parametrize(
    ("name", "member"), [("r.docx", "word/document.xml"), ("r.odt", "content.xml")]
)
def test_zip_bombs_are_refused_before_unpacking(tmp_path: Path, name: str, member: str) -> None:
    path = _bomb(tmp_path / name, member, 48 << 20)
    assert path.stat().st_size < 2 << 20
    assert reason_of(path) == ReportTextProblem.TOO_LARGE


def test_a_report_with_large_pictures_is_still_read(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "r.docx", "word/media/image1.png", 40 << 20)
    assert zipfile.ZipFile(path).getinfo("word/media/image1.png").file_size > 32 << 20
    assert "106 年 9 月 10 日" in read_report_text(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_a_fifo_or_device_named_like_a_report_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.docx").symlink_to("/dev/zero")
    assert reason_of(tmp_path / "pipe.txt") == ReportTextProblem.UNREADABLE
    assert reason_of(tmp_path / "zero.docx") == ReportTextProblem.UNREADABLE


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_memory_stays_bounded_on_a_zip_bomb(tmp_path: Path) -> None:
    """Measured in a child process: its own peak (VmHWM; ru_maxrss would carry the parent's
    over the fork)."""
    path = _bomb(tmp_path / "r.docx", "word/document.xml", 64 << 20)
    script = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from photoapp.storage.report_text import read_report_text, ReportTextError\n"
        "try:\n    read_report_text(Path(sys.argv[1]))\nexcept ReportTextError:\n    pass\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) < 250_000  # KB; parsing the 64 MB part would take over 600 MB
