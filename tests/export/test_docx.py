"""The DOCX read back with python-docx: photos in order, SEQ caption fields, East Asian fonts,
pictures kept with their captions, the footer's page numbers."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from photoapp.export import PER_DAY_CAPTION_FORMAT, ExportSettings, caption_lines, export, plan
from photoapp.storage.project import Project
from tests.export.conftest import assert_clean_jpeg, expected_images
from tests.photos import mark_is_top_left


def pictures(document: Any) -> list[bytes]:
    blobs = []
    for shape in document.inline_shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        blobs.append(document.part.related_parts[blip.embed].blob)
    return blobs


def captions(document: Any) -> list[Any]:
    return [
        paragraph
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        if paragraph.style.name == "Caption"
    ]


def instructions(paragraph: Any) -> list[str]:
    return [node.text.strip() for node in paragraph._p.iter(qn("w:instrText"))]


def test_photos_and_captions_in_appendix_order(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings()
    result = export(trip, tmp_path / "附錄.docx", settings)
    document = docx.Document(str(result.path))
    blobs = pictures(document)
    assert blobs == expected_images(trip, settings)
    for data in blobs:
        assert mark_is_top_left(assert_clean_jpeg(data))
    assert [p.text for p in captions(document)] == caption_lines(trip, settings)
    assert result.pages == len(plan(trip, settings).pages)


def test_numbers_are_seq_fields_with_their_values(trip: Project, tmp_path: Path) -> None:
    document = docx.Document(str(export(trip, tmp_path / "a.docx", ExportSettings()).path))
    paragraphs = captions(document)
    assert [instructions(p) for p in paragraphs] == [["SEQ 照片 \\* ARABIC"]] * 5
    first = paragraphs[0]._p
    kinds = [c.get(qn("w:fldCharType")) for c in first.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    assert paragraphs[2].text.startswith("照片 3：")


def test_per_day_numbers_restart_the_seq_field(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings(caption_format=PER_DAY_CAPTION_FORMAT)
    document = docx.Document(str(export(trip, tmp_path / "a.docx", settings).path))
    fields = [instructions(p)[0] for p in captions(document)]
    assert fields == [
        "SEQ 照片 \\* ARABIC",
        "SEQ 照片 \\* ARABIC",
        "SEQ 照片 \\r 1 \\* ARABIC",
        "SEQ 照片 \\* ARABIC",
        "SEQ 照片 \\r 1 \\* ARABIC",
    ]
    assert [p.text[:6] for p in captions(document)] == [
        "照片 1-1",
        "照片 1-2",
        "照片 2-1",
        "照片 2-2",
        "照片 3-1",
    ]


def test_east_asian_fonts_are_set_on_the_styles_used(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings(group_by_day=True)
    document = docx.Document(str(export(trip, tmp_path / "a.docx", settings).path))
    used = {p.style.name for p in document.paragraphs} | {p.style.name for p in captions(document)}
    assert {"Appendix Title", "Appendix Day", "Caption"} <= used
    for name in used | {"Footer"}:
        fonts = document.styles[name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) == "標楷體", name
        assert fonts.get(qn("w:ascii")) == "Times New Roman", name
        assert fonts.get(qn("w:eastAsiaTheme")) is None
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(".//" + qn("w:rFonts")).get(qn("w:eastAsia")) == "標楷體"


def test_pictures_keep_with_their_captions_and_rows_never_split(
    trip: Project, tmp_path: Path
) -> None:
    document = docx.Document(str(export(trip, tmp_path / "a.docx", ExportSettings()).path))
    for table in document.tables:
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
            height = row._tr.trPr.find(qn("w:trHeight"))
            assert height.get(qn("w:hRule")) == "exact"
            for cell in row.cells:
                photo = cell.paragraphs[0]
                if next(photo._p.iter(qn("w:drawing")), None) is not None:
                    assert photo.paragraph_format.keep_with_next


def test_page_numbers_start_where_asked(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings(first_page_number=31, page_number_format="- {page} -")
    document = docx.Document(str(export(trip, tmp_path / "a.docx", settings).path))
    section = document.sections[0]
    assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "31"
    footer = section.footer.paragraphs[0]
    assert instructions(footer) == ["PAGE"]
    assert footer.text == "- 31 -"
    breaks = document.element.body.findall(".//" + qn("w:pageBreakBefore"))
    assert len(breaks) == len(plan(trip, settings).pages) - 1


def test_no_template_leftovers(trip: Project, tmp_path: Path) -> None:
    result = export(trip, tmp_path / "a.docx", ExportSettings())
    document = docx.Document(str(result.path))
    names = [part.partname for part in document.part.package.iter_parts()]
    assert "/docProps/thumbnail.jpeg" not in names
    assert document.core_properties.author == ""
    assert document.core_properties.title == "大田 APCS 2017 附錄：照片"


def test_properties_are_photoapps_own(trip: Project, tmp_path: Path) -> None:
    # issue 10: core.xml dated 2013-12-23, app.xml "Microsoft Macintosh Word", "Pages 1"
    before = datetime.now(UTC).replace(microsecond=0)
    result = export(trip, tmp_path / "a.docx", ExportSettings(), author="王小明")
    after = datetime.now(UTC)
    core = docx.Document(str(result.path)).core_properties
    assert core.title == "大田 APCS 2017 附錄：照片"
    assert core.author == core.last_modified_by == "王小明"
    created = core.created.replace(tzinfo=UTC)  # python-docx reads its Z as naive or UTC
    assert before <= created <= after and core.modified == core.created
    assert core.language == "zh-TW" and core.revision == 1
    with zipfile.ZipFile(result.path) as package:
        app = package.read("docProps/app.xml").decode()
        styles = package.read("word/styles.xml").decode()
    assert "<Application>photoapp 0.1.0</Application>" in app
    assert f"<Pages>{result.pages}</Pages>" in app and result.pages == 3
    assert "Microsoft" not in app and "Normal.dotm" not in app
    languages = set(re.findall(r'w:(?:val|eastAsia|bidi)="([a-z]{2}-[A-Z]{2})"', styles))
    assert languages <= {"en-US", "zh-TW"}, languages


def test_properties_are_in_the_order_word_requires(trip: Project, tmp_path: Path) -> None:
    """Word refuses a document whose property elements are out of schema order."""
    from lxml import etree

    from photoapp.export.docx import _ORDER

    settings = ExportSettings(group_by_day=True, page_number_format="- {page} -")
    path = export(trip, tmp_path / "a.docx", settings).path
    with zipfile.ZipFile(path) as package:
        parts = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        for name in parts:
            root = etree.fromstring(package.read(name))
            for tag, order in _ORDER.items():
                rank = {qn(child): index for index, child in enumerate(order)}
                for element in root.iter(tag):
                    seen = [rank[c.tag] for c in element if c.tag in rank]
                    assert seen == sorted(seen), (name, etree.QName(tag).localname, seen)
