"""The Qt PDF read back with pypdf and poppler: pages, selectable caption text, embedded CJK
font, the prepared JPEGs passed through unchanged in appendix order."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtGui import QFontDatabase

from photoapp.export import (
    ENGLISH_CAPTION_FORMAT,
    ExportSettings,
    Orientation,
    caption_lines,
    export,
    plan,
)
from photoapp.storage.project import Project
from tests.export.conftest import assert_clean_jpeg, expected_images
from tests.photos import mark_is_top_left


def squeeze(text: str) -> str:
    """Text without white space (extraction puts tabs and breaks where fonts change)."""
    return re.sub(r"\s+", "", text)


def drawn_images(reader: PdfReader) -> list[bytes]:
    """The raw stream of every image in the order the pages draw them."""
    found = []
    for page in reader.pages:
        objects = page["/Resources"]["/XObject"]
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Do":
                found.append(objects[operands[0]].get_object().get_data())
    return found


def page_fonts(reader: PdfReader) -> dict[str, Any]:
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def test_a_traditional_chinese_font_is_installed() -> None:
    assert QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese)


def test_pages_photos_and_captions(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings()
    result = export(trip, tmp_path / "附錄.pdf", settings)
    reader = PdfReader(result.path, strict=True)
    assert len(reader.pages) == result.pages == len(plan(trip, settings).pages) == 3
    images = drawn_images(reader)
    assert images == expected_images(trip, settings)  # passed through byte for byte
    for data in images:
        assert mark_is_top_left(assert_clean_jpeg(data))
    text = "".join(page.extract_text() for page in reader.pages)
    for line in caption_lines(trip, settings):
        assert squeeze(line) in squeeze(text)
    assert "\u2f5a" not in text  # the Kangxi radical some fonts give for 片
    assert reader.metadata is not None and reader.metadata.title == "大田 APCS 2017 附錄：照片"


def test_fonts_are_embedded(trip: Project, tmp_path: Path) -> None:
    reader = PdfReader(export(trip, tmp_path / "a.pdf", ExportSettings()).path)
    fonts = page_fonts(reader)
    cjk = [name for name in fonts if "UKai" in name]
    assert cjk, f"no CJK font among {list(fonts)}"
    for font in fonts.values():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
def test_pdffonts_sees_embedded_cid_fonts(trip: Project, tmp_path: Path) -> None:
    path = export(trip, tmp_path / "a.pdf", ExportSettings()).path
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    assert any("UKai" in row and "CID TrueType" in row for row in rows)
    assert all(" yes " in row for row in rows)  # every font embedded


def test_page_numbers_and_english_captions(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings(
        first_page_number=8,
        page_number_format="Page {page}",
        caption_format=ENGLISH_CAPTION_FORMAT,
        orientation=Orientation.LANDSCAPE,
        per_page=4,
    )
    reader = PdfReader(export(trip, tmp_path / "a.pdf", settings).path)
    texts = [squeeze(page.extract_text()) for page in reader.pages]
    assert [("Page8" in text, "Page9" in text) for text in texts] == [(True, False), (False, True)]
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert squeeze("Photo 3: 葉副市長於 APCS 全會致詞") in squeeze(reader.pages[0].extract_text())


def test_pdf_is_smaller_than_qt_would_make_it(trip: Project, tmp_path: Path) -> None:
    settings = ExportSettings()
    result = export(trip, tmp_path / "a.pdf", settings)
    photos = sum(len(data) for data in expected_images(trip, settings))
    assert result.bytes_written < photos + 400_000  # the JPEGs, the fonts and little else


def test_the_pdf_writer_paints_with_qtgui_only() -> None:
    script = (
        "import sys\n"
        "import photoapp.export.pdf\n"
        "assert 'PySide6.QtGui' in sys.modules\n"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'the PDF writer loads QtWidgets'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def words(pdf: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's words with their boxes in points (poppler's pdftotext -bbox)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        pages.append(
            [
                (float(a), float(b), float(c), float(d), text)
                for a, b, c, d, text in _WORD.findall(page)
            ]
        )
    return pages


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("per_page", [1, 6])
def test_a_ten_thousand_character_caption_never_leaves_its_cell(
    trip: Project, tmp_path: Path, per_page: int
) -> None:
    # issue 10: it ran over the page, the heading and the margins
    first = trip.appendix()[0]
    trip.set_caption(first, "這是一段非常長的說明 Ye Lwin 2017 年" * 400)
    settings = ExportSettings(per_page=per_page)
    layout = plan(trip, settings)
    slot = layout.pages[0].slots[0]
    result = export(trip, tmp_path / "long.pdf", settings)
    assert result.cut == (slot.entry.line,)
    points = 72 / 25.4
    cell_bottom = slot.cell.bottom * points
    body_bottom = layout.body.bottom * points
    page_one = words(result.path)[0]
    caption = [
        w
        for w in page_one
        if slot.caption.rect.y * points - 1 <= w[1] < cell_bottom
        and w[0] < slot.cell.right * points
    ]
    assert caption and caption[-1][4].endswith("…")
    for x_min, _y_min, x_max, y_max, text in page_one:
        if text == "1":  # the page number, in the footer
            continue
        assert y_max <= body_bottom + 0.5, text
        assert layout.body.x * points - 0.5 <= x_min and x_max <= layout.body.right * points + 0.5
    for *_, y_max, text in caption:
        assert y_max <= cell_bottom + 0.5, text


def test_document_information_page_labels_and_subset_names(trip: Project, tmp_path: Path) -> None:
    # issue 10: no /PageLabels (a viewer showed 1-26 while footers printed 8-33), font
    # subsets without the ABCDEF+ prefix, no document title
    settings = ExportSettings(first_page_number=8)
    result = export(trip, tmp_path / "a.pdf", settings, author="王小明")
    reader = PdfReader(result.path, strict=True)
    assert reader.page_labels == ["8", "9", "10"]
    info = reader.metadata
    assert info is not None
    assert info.title == "大田 APCS 2017 附錄：照片" and info.author == "王小明"
    assert info.creator == "photoapp 0.1.0" and info.producer
    assert info.creation_date is not None and info.modification_date is not None
    fonts = page_fonts(reader)
    assert fonts and all(re.match(r"^/[A-Z]{6}\+", name) for name in fonts), list(fonts)
    for name, font in fonts.items():
        cid = font["/DescendantFonts"][0].get_object()
        assert cid["/BaseFont"] == name == cid["/FontDescriptor"]["/FontName"]
    listing = subprocess.run(["pdffonts", str(result.path)], capture_output=True, text=True)
    assert all("+" in row.split()[0] for row in listing.stdout.splitlines()[2:])


def test_pdf_a_on_request_with_its_xmp(trip: Project, tmp_path: Path) -> None:
    result = export(trip, tmp_path / "a.pdf", ExportSettings(pdf_a=True), author="王小明")
    reader = PdfReader(result.path, strict=True)
    xmp = reader.xmp_metadata
    assert xmp is not None
    raw = xmp.stream.get_data().decode()
    assert 'pdfaid:part="1"' in raw and 'pdfaid:conformance="B"' in raw
    assert xmp.dc_title and "大田 APCS 2017 附錄：照片" in xmp.dc_title.values()
    assert xmp.xmp_creator_tool == "photoapp 0.1.0"
    assert "/OutputIntents" in reader.trailer["/Root"]
    assert reader.page_labels == ["1", "2", "3"]
    plain = PdfReader(export(trip, tmp_path / "b.pdf", ExportSettings()).path)
    assert (
        plain.xmp_metadata is None
        or "pdfaid:part" not in plain.xmp_metadata.stream.get_data().decode()
    )
