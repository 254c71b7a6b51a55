"""The appendix put into the user's own report: found, replaced, everything else kept.

Reports are built from the real example report's text (tests/export/reports.py) in variants,
written with `export_into`, and read back with python-docx and odfdo.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from odfdo import Document as OdfDocument

from photoapp.domain.report_outline import AmbiguousAppendixError, AppendixNotFoundError
from photoapp.export import ExportError, ExportSettings, Orientation, collect
from photoapp.export.entries import AppendixEntry
from photoapp.export.into import export_into, locate
from photoapp.export.report_package import ReportError, ReportProblem
from photoapp.storage.project import Project
from tests.export.reports import (
    AGENDA,
    COMMENT,
    SECOND_APPENDIX,
    TRACKED_DELETE,
    TRACKED_INSERT,
    docx_paragraphs,
    docx_report,
    eight_photo_trip,
    example_lines,
    odt_paragraphs,
    odt_report,
)

_PHOTO_LINE = re.compile(r"^照片 \d+：")
SETTINGS = ExportSettings(per_page=2)


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    project = eight_photo_trip(tmp_path_factory.mktemp("into-trip"))
    assert isinstance(project, Project)
    yield project
    project.close()


@pytest.fixture(scope="module")
def entries(trip: Project) -> list[AppendixEntry]:
    return collect(trip, SETTINGS)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def outside_appendix(paragraphs: list[str]) -> list[str]:
    """The paragraphs before and including 附錄：照片, and from the next 附錄 on."""
    start = paragraphs.index("附錄：照片") if "附錄：照片" in paragraphs else len(paragraphs)
    rest = paragraphs[start + 1 :]
    end = next((i for i, text in enumerate(rest) if text.startswith("附錄")), len(rest))
    return paragraphs[: start + 1] + rest[end:]


def captions_of(entries: list[AppendixEntry]) -> list[str]:
    return [entry.line for entry in entries]


# -- DOCX ------------------------------------------------------------------------------------


def docx_captions(path: Path) -> list[str]:
    """Every paragraph anywhere in the body (tables too) that is a 照片 N： line."""
    body = Document(str(path)).element.body
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    return [text for text in texts if _PHOTO_LINE.match(text)]


@pytest.mark.parametrize("variant", ["middle", "end", "none"])
def test_docx_appendix_replaced_and_the_rest_kept(
    tmp_path: Path, entries: list[AppendixEntry], variant: str
) -> None:
    lines = example_lines(appendix=variant != "none", middle=variant == "middle")
    report = docx_report(tmp_path / "report.docx", lines)
    before = digest(report)
    out = tmp_path / "out.docx"
    result = export_into(entries, report, out, SETTINGS)
    assert digest(report) == before, "the report itself was changed"
    assert result.place.found is (variant != "none")
    original = docx_paragraphs(report)
    written = docx_paragraphs(out)
    if variant == "none":
        assert written[: len(original)] == original
        assert "附錄：照片" in written[len(original) :]
    else:
        assert outside_appendix(written) == outside_appendix(original)
    assert docx_captions(out) == captions_of(entries), "照片 1…8 once each, in order"
    document = Document(str(out))
    body = document.element.body
    assert len(body.findall(f".//{qn('w:tbl')}//{qn('pic:pic')}")) == 8
    # the old pictures (one before each old 照片 line) are gone, with their image parts
    assert len(body.findall(f".//{qn('pic:pic')}")) == 8
    assert len(document.inline_shapes) == 8
    fields = [t.text for t in body.iter(qn("w:instrText")) if "SEQ" in (t.text or "")]
    assert len(fields) == 8 and all("SEQ 照片" in text for text in fields)
    ids = [d.get("id") for d in body.iter(qn("wp:docPr"))]
    assert len(set(ids)) == len(ids), "picture ids must be unique"
    if variant == "middle":
        assert written[-2:] == [SECOND_APPENDIX, AGENDA]
    # the appendix uses the report's Caption style
    caption_id = document.styles["Caption"].style_id
    styles = {
        p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val"))
        for p in body.iter(qn("w:p"))
        if _PHOTO_LINE.match("".join(t.text or "" for t in p.iter(qn("w:t"))))
    }
    assert styles == {caption_id}


def test_docx_keeps_footer_tracked_changes_and_comment(
    tmp_path: Path, entries: list[AppendixEntry]
) -> None:
    report = docx_report(tmp_path / "r.docx", example_lines(), footer=True, tracked=True)
    out = tmp_path / "out.docx"
    export_into(entries, report, out, SETTINGS)
    document = Document(str(out))
    body = document.element.body
    assert [node.text for node in body.iter(qn("w:ins")) for node in node.iter(qn("w:t"))] == [
        TRACKED_INSERT
    ]
    assert [node.text for node in body.iter(qn("w:delText"))] == [TRACKED_DELETE]
    assert len(list(body.iter(qn("w:commentReference")))) == 1
    assert [comment.text for comment in document.comments] == [COMMENT]
    footer = document.sections[0].footer
    assert "PAGE" in footer._element.xml and "第 " in footer.paragraphs[0].text
    numbering = document.sections[0]._sectPr.find(qn("w:pgNumType"))
    assert numbering.get(qn("w:start")) == "3"
    assert len(document.sections) == 1, "a portrait appendix continues the section"


def test_docx_landscape_appendix_gets_its_own_section(
    tmp_path: Path, entries: list[AppendixEntry]
) -> None:
    report = docx_report(tmp_path / "r.docx", example_lines(middle=True), footer=True)
    out = tmp_path / "out.docx"
    settings = SETTINGS.with_changes(orientation=Orientation.LANDSCAPE)
    export_into(entries, report, out, settings)
    document = Document(str(out))
    sections = document.sections
    assert len(sections) == 3
    assert [s.page_width > s.page_height for s in sections] == [False, True, False]
    first_footer = sections[0]._sectPr.find(qn("w:footerReference")).get(qn("r:id"))
    for section in sections[1:]:
        assert section._sectPr.find(qn("w:footerReference")).get(qn("r:id")) == first_footer
        numbering = section._sectPr.find(qn("w:pgNumType"))
        assert numbering is None or numbering.get(qn("w:start")) is None, "numbers continue"
    assert sections[0]._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "3"
    # the appendix's pictures are in the landscape section
    paragraphs = docx_paragraphs(out)
    assert outside_appendix(paragraphs) == outside_appendix(docx_paragraphs(report))


def test_docx_appendix_at_the_end_in_landscape(
    tmp_path: Path, entries: list[AppendixEntry]
) -> None:
    report = docx_report(tmp_path / "r.docx", example_lines())
    out = tmp_path / "out.docx"
    export_into(entries, report, out, SETTINGS.with_changes(orientation=Orientation.LANDSCAPE))
    sections = Document(str(out)).sections
    assert [s.page_width > s.page_height for s in sections] == [False, True]


def test_inserting_twice_replaces_the_first_insert(
    tmp_path: Path, entries: list[AppendixEntry]
) -> None:
    report = docx_report(tmp_path / "r.docx", example_lines(middle=True))
    once, twice = tmp_path / "once.docx", tmp_path / "twice.docx"
    export_into(entries, report, once, SETTINGS)
    export_into(entries, once, twice, SETTINGS)
    assert docx_paragraphs(twice) == docx_paragraphs(once)
    assert docx_captions(twice) == captions_of(entries)
    with zipfile.ZipFile(twice) as package:
        media = [name for name in package.namelist() if name.startswith("word/media/")]
    assert len(media) == 8


# -- ODT -------------------------------------------------------------------------------------


def odt_captions(path: Path) -> list[str]:
    document = OdfDocument(str(path))
    return [
        p.text_recursive
        for p in document.body.get_elements("//text:p")
        if _PHOTO_LINE.match(p.text_recursive)
    ]


@pytest.mark.parametrize("variant", ["middle", "end", "none"])
def test_odt_appendix_replaced_and_the_rest_kept(
    tmp_path: Path, entries: list[AppendixEntry], variant: str
) -> None:
    lines = example_lines(appendix=variant != "none", middle=variant == "middle")
    report = odt_report(tmp_path / "report.odt", lines, footer=True)
    before = digest(report)
    out = tmp_path / "out.odt"
    result = export_into(entries, report, out, SETTINGS)
    assert digest(report) == before
    assert result.place.found is (variant != "none")
    original, written = odt_paragraphs(report), odt_paragraphs(out)
    if variant == "none":
        assert written[: len(original)] == original
    else:
        assert outside_appendix(written) == outside_appendix(original)
    assert odt_captions(out) == captions_of(entries)
    document = OdfDocument(str(out))
    sequences = document.body.get_elements("//text:sequence")
    assert len(sequences) == 8
    assert {s.get_attribute("text:name") for s in sequences} == {"照片"}
    declarations = document.body.get_elements("//text:sequence-decl")
    assert "照片" in [d.get_attribute("text:name") for d in declarations]
    frames = document.body.get_elements("//draw:frame")
    assert len(frames) == 8, "old pictures replaced, not kept beside the new ones"
    pictures = [part for part in document.get_parts() if part.startswith("Pictures/")]
    assert len(pictures) == 8
    footer = document.styles.get_element("//style:master-page/style:footer")
    assert footer is not None and "第" in footer.text_recursive


def test_odt_landscape_appendix_gets_its_own_master_page(
    tmp_path: Path, entries: list[AppendixEntry]
) -> None:
    report = odt_report(tmp_path / "r.odt", example_lines(middle=True), footer=True)
    out = tmp_path / "out.odt"
    export_into(entries, report, out, SETTINGS.with_changes(orientation=Orientation.LANDSCAPE))
    document = OdfDocument(str(out))
    masters = {
        m.get_attribute("style:name"): m
        for m in document.styles.get_elements("//style:master-page")
    }
    assert "Photoapp_20_Landscape" in masters
    assert "第" in masters["Photoapp_20_Landscape"].get_element("style:footer").text_recursive
    content = document.content.serialize().decode()
    assert 'style:master-page-name="Photoapp_20_Landscape"' in content
    assert 'style:master-page-name="Standard"' in content  # back to the report's after it
    assert outside_appendix(odt_paragraphs(out)) == outside_appendix(odt_paragraphs(report))


# -- finding the appendix, safety ------------------------------------------------------------


def test_two_candidates_are_named_and_after_chooses(
    tmp_path: Path, entries: list[AppendixEntry]
) -> None:
    lines = example_lines()
    lines.insert(5, type(lines[0])("附錄一：活動照片", 1))
    report = docx_report(tmp_path / "two.docx", lines)
    with pytest.raises(AmbiguousAppendixError) as caught:
        export_into(entries, report, tmp_path / "out.docx", SETTINGS)
    assert caught.value.candidates == ("附錄一：活動照片", "附錄：照片")
    assert not (tmp_path / "out.docx").exists()
    place = locate(report, after="附錄：照片")
    assert place.found and place.heading == "附錄：照片"
    with pytest.raises(AppendixNotFoundError):
        locate(report, after="沒有這一段")


def test_the_report_itself_is_refused_as_output_unless_in_place(
    tmp_path: Path, entries: list[AppendixEntry]
) -> None:
    report = docx_report(tmp_path / "r.docx", example_lines())
    original = report.read_bytes()
    with pytest.raises(ExportError):
        export_into(entries, report, report, SETTINGS)
    assert report.read_bytes() == original
    result = export_into(entries, report, report, SETTINGS, in_place=True)
    assert result.backup is not None and result.backup.read_bytes() == original
    assert docx_captions(report) == captions_of(entries)


def _package(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def _docx_parts(document_xml: bytes) -> dict[str, bytes]:
    return {"[Content_Types].xml": b"<Types/>", "word/document.xml": document_xml}


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [
        ("ole.docx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
         ReportProblem.ENCRYPTED),
        ("text.docx", lambda p: p.write_text("not a document"), ReportProblem.CORRUPT),
        ("cut.docx", lambda p: p.write_bytes(_cut_docx()), ReportProblem.CORRUPT),
        ("missing.docx", lambda p: None, ReportProblem.NOT_FOUND),
        ("odt.docx", lambda p: _package(p, {"content.xml": b"<a/>"}), ReportProblem.WRONG_KIND),
        ("xxe.docx", lambda p: _package(p, _docx_parts(
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<d>&x;</d>")), ReportProblem.UNSAFE),
        ("laughs.docx", lambda p: _package(p, _docx_parts(
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>')), ReportProblem.UNSAFE),
        ("broken.docx", lambda p: _package(p, _docx_parts(b"<d>")), ReportProblem.CORRUPT),
        ("report.pdf", lambda p: p.write_bytes(b"%PDF-1.4"), ReportProblem.UNSUPPORTED_FORMAT),
    ],
)  # fmt: skip
def test_hostile_reports_get_one_reason(
    tmp_path: Path, entries: list[AppendixEntry], name: str, make: object, problem: ReportProblem
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    with pytest.raises(ReportError) as caught:
        export_into(entries, path, tmp_path / f"out{path.suffix}", SETTINGS)
    assert caught.value.problem is problem
    assert not (tmp_path / f"out{path.suffix}").exists()


def _cut_docx() -> bytes:
    document = Document()
    document.add_paragraph("附錄：照片")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()[:-200]


def test_zip_members_are_read_with_a_cap(
    tmp_path: Path, entries: list[AppendixEntry], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part that decompresses past the cap is refused, whatever its header says."""
    from photoapp.export import report_package

    report = docx_report(tmp_path / "r.docx", example_lines())
    monkeypatch.setattr(report_package, "MAX_XML_BYTES", 50_000)
    with pytest.raises(ReportError) as caught:
        export_into(entries, report, tmp_path / "out.docx", SETTINGS)
    assert caught.value.problem is ReportProblem.TOO_LARGE
    bomb = _package(
        tmp_path / "bomb.docx",
        {**_docx_parts(b"<d/>"), "word/media/x.bin": b"\0" * 3_000_000},
    )
    monkeypatch.setattr(report_package, "MAX_PART_BYTES", 1_000_000)
    with pytest.raises(ReportError) as caught:
        export_into(entries, bomb, tmp_path / "out.docx", SETTINGS)
    assert caught.value.problem is ReportProblem.TOO_LARGE


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_references_in_the_text_get_the_new_numbers(
    tmp_path: Path, entries: list[AppendixEntry], suffix: str
) -> None:
    """At the last insert photo ids 1…8 had numbers 1…8; now the third is last."""
    from photoapp.export.into import check_report

    cite = "（如照片 3、4）。另見照片3-5 與照片 9。"
    lines = example_lines(cite=cite)
    build = docx_report if suffix == ".docx" else odt_report
    report = build(tmp_path / f"r{suffix}", lines)
    ids = [entry.photo.id for entry in entries]
    then = {photo_id: index + 1 for index, photo_id in enumerate(ids)}
    reordered = [*entries[:2], *entries[3:], entries[2]]
    now = {entry.photo.id: index + 1 for index, entry in enumerate(reordered)}
    found = check_report(report, now, then)
    assert [(f.finding.kind.value, f.finding.number, f.finding.now) for f in found] == [
        ("moved", 3, 8), ("moved", 4, 3),
        ("moved", 3, 8), ("moved", 4, 3), ("moved", 5, 4),
        ("missing", 9, None),
    ]  # fmt: skip
    renumbered_entries = collect_in_order(entries, reordered)
    out = tmp_path / f"out{suffix}"
    result = export_into(renumbered_entries, report, out, SETTINGS, fix_references=then)
    assert result.fixed > 0
    paragraphs = docx_paragraphs(out) if suffix == ".docx" else odt_paragraphs(out)
    assert any("（如照片 8、3）。另見照片8、3、4 與照片 9。" in text for text in paragraphs)
    assert [f.finding.number for f in check_report(out, now, now)] == [9]


def collect_in_order(
    entries: list[AppendixEntry], order: list[AppendixEntry]
) -> list[AppendixEntry]:
    """The entries in a new order, numbered 1… again (as `collect` does after a reorder)."""
    from dataclasses import replace

    from photoapp.export.numbering import caption_parts

    return [
        replace(
            entry,
            position=index,
            number=index + 1,
            parts=caption_parts(SETTINGS.caption_format, index + 1, entry.day_index, entry.caption),
        )
        for index, entry in enumerate(order)
    ]


@pytest.mark.parametrize("orientation", [Orientation.PORTRAIT, Orientation.LANDSCAPE])
def test_odt_inserting_twice_replaces_the_first_insert(
    tmp_path: Path, entries: list[AppendixEntry], orientation: Orientation
) -> None:
    report = odt_report(tmp_path / "r.odt", example_lines(middle=True), footer=True)
    once, twice = tmp_path / "once.odt", tmp_path / "twice.odt"
    settings = SETTINGS.with_changes(orientation=orientation)
    export_into(entries, report, once, settings)
    export_into(entries, once, twice, settings)
    assert odt_paragraphs(twice) == odt_paragraphs(once)
    assert odt_captions(twice) == captions_of(entries)
    document = OdfDocument(str(twice))
    heading = next(h for h in document.body.get_elements("text:h") if h.text == "附錄：照片")
    style = document.get_style("paragraph", heading.get_attribute("text:style-name"))
    assert style is not None
    assert style.get_attribute("style:parent-style-name") == "Heading_20_1"
    pictures = [part for part in document.get_parts() if part.startswith("Pictures/")]
    assert len(pictures) == 8


def test_day_headings_use_the_report_s_next_heading_style(tmp_path: Path, trip: Project) -> None:
    settings = SETTINGS.with_changes(group_by_day=True)
    grouped = collect(trip, settings)
    report = docx_report(tmp_path / "r.docx", example_lines())
    out = tmp_path / "out.docx"
    export_into(grouped, report, out, settings)
    document = Document(str(out))
    heading_2 = document.styles["Heading 2"].style_id
    body = document.element.body
    start = docx_paragraphs(out).index("附錄：照片")
    days = [
        "".join(t.text or "" for t in p.iter(qn("w:t")))
        for p in list(body.iterchildren(qn("w:p")))[start:]
        if (style := p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")) is not None
        and style.get(qn("w:val")) == heading_2
    ]
    assert len(days) == 4 and all(day.startswith("106 年 9 月 1") for day in days)


def test_the_page_the_appendix_starts_on_comes_from_the_saved_layout(tmp_path: Path) -> None:
    """Word saves where its pages broke (w:lastRenderedPageBreak): two breaks before the
    heading put it on page 3, and the appendix starts on page 4 (after a page break) unless
    the heading already starts a page. A file nobody laid out has no page to tell."""
    from docx.oxml import OxmlElement

    report = docx_report(tmp_path / "r.docx", example_lines())
    assert locate(report).page is None
    document = Document(str(report))
    paragraphs = document.paragraphs
    heading = next(i for i, p in enumerate(paragraphs) if p.text == "附錄：照片")
    for index in (5, heading - 3):
        paragraphs[index].runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    document.save(str(report))
    assert locate(report).page == 4
    paragraphs[heading].runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    document.save(str(report))
    assert locate(report).page == 4  # the heading now starts page 4 itself
