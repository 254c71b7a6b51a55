"""The figure list (照片目錄) at the start: computed in the layout and the PDF, a TOC field over
the 照片 SEQ captions in DOCX, an illustration index in ODT; the same pages in all three."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from odfdo import Document
from pypdf import PdfReader

from photoapp.export import ExportSettings, Heading, Row, build_layout, export_all, plan
from photoapp.export.layout import FIGURE_LIST_HEADING, ListLine
from photoapp.storage.project import Project
from tests.export.conftest import soffice_to_pdf
from tests.export.test_layout import check_sound, entries


def list_lines(layout) -> list[ListLine]:  # type: ignore[no-untyped-def]
    return [b for p in layout.pages for b in p.blocks if isinstance(b, ListLine)]


def test_the_list_names_each_photo_and_its_page() -> None:
    settings = ExportSettings(figure_list=True, first_page_number=8)
    layout = build_layout(entries(5), settings)
    first = layout.pages[0]
    headings = [b.text.text for b in first.blocks if isinstance(b, Heading)]
    assert headings == ["附錄：照片", FIGURE_LIST_HEADING]
    assert not any(isinstance(b, Row) for b in first.blocks)  # the photos begin on page 2
    lines = list_lines(layout)
    where = {s.entry.position: p.number for p in layout.pages for s in p.slots}
    assert [line.text.text for line in lines] == [e.line for e in entries(5)]
    assert (
        [int(line.page.text) for line in lines]
        == [where[i] for i in range(5)]
        == [
            9,
            9,
            10,
            10,
            11,
        ]
    )
    check_sound(layout)


def test_a_long_list_runs_over_pages() -> None:
    layout = build_layout(entries(80), ExportSettings(figure_list=True, per_page=6))
    pages_with_list = [
        p.index for p in layout.pages if any(isinstance(b, ListLine) for b in p.blocks)
    ]
    assert pages_with_list == [0, 1]
    assert len(list_lines(layout)) == 80
    assert int(list_lines(layout)[0].page.text) == 3
    for page in layout.pages:
        for line in (b for b in page.blocks if isinstance(b, ListLine)):
            assert line.text.rect.bottom <= layout.body.bottom


def test_each_format_has_its_own_kind_of_list(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings(figure_list=True)
    odt, docx, pdf = export_all(
        trip, [tmp_path / "a.odt", tmp_path / "a.docx", tmp_path / "a.pdf"], settings
    )
    layout = plan(trip, settings)
    expected = [f"{line.text.text}\t{line.page.text}" for line in list_lines(layout)]
    assert len(expected) == 5 and odt.pages == docx.pages == pdf.pages == len(layout.pages)
    index = Document(odt.path).body.get_element("//text:illustration-index")
    assert index is not None
    source = index.get_element("text:illustration-index-source")
    assert source.get_attribute("text:caption-sequence-name") == "照片"
    body = index.get_element("text:index-body")
    assert [p.text_recursive for p in body.get_elements("text:p")] == expected
    with zipfile.ZipFile(docx.path) as package:
        xml = package.read("word/document.xml").decode()
    assert re.search(r'<w:instrText[^>]*> TOC \\h \\z \\c "照片" </w:instrText>', xml)
    text = re.sub(r"\s+", "", PdfReader(pdf.path).pages[0].extract_text())
    assert FIGURE_LIST_HEADING in text
    for line in list_lines(layout):
        assert re.sub(r"\s+", "", line.text.text) in text


@pytest.mark.soffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
def test_same_pages_through_libreoffice(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings(figure_list=True, per_page=4)
    odt, docx, pdf = export_all(
        trip, [tmp_path / "a.odt", tmp_path / "a.docx", tmp_path / "a.pdf"], settings
    )
    from_odt, from_docx = soffice_to_pdf([odt.path, docx.path], tmp_path / "lo", tmp_path / "p")
    counts = [len(PdfReader(p).pages) for p in (pdf.path, from_odt, from_docx)]
    assert counts == [pdf.pages] * 3
    for converted in (from_odt, from_docx):
        first = re.sub(r"\s+", "", PdfReader(converted).pages[0].extract_text())
        assert FIGURE_LIST_HEADING in first and "照片1：" in first
