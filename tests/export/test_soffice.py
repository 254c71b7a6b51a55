"""The ODT and DOCX as LibreOffice lays them out: the same pages as the layout and the Qt PDF,
the captions in the same places, a CJK font embedded. Skipped where soffice is not installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from photoapp.export import (
    PER_DAY_CAPTION_FORMAT,
    ExportSettings,
    Orientation,
    caption_lines,
    export_all,
)
from photoapp.storage.project import Project
from tests.export.conftest import make_trip, soffice_to_pdf

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)"),
]
VARIANTS = {
    "default": ExportSettings(),
    "days": ExportSettings(
        per_page=4,
        group_by_day=True,
        day_starts_page=False,
        caption_format=PER_DAY_CAPTION_FORMAT,
        first_page_number=12,
        page_number_format="- {page} -",
    ),
    "landscape": ExportSettings(orientation=Orientation.LANDSCAPE, per_page=3, heading=""),
}
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>')
_PAGE = re.compile(r"<page ")
TOLERANCE_PT = 3.0  # about a millimetre


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    project = make_trip(tmp_path_factory.mktemp("soffice-trip"))
    yield project
    project.close()


@pytest.fixture(scope="module")
def converted(
    trip: Project, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[int, Path, Path, Path]]:
    """For each variant: the layout's page count, the Qt PDF, and LibreOffice's PDFs of the
    ODT and the DOCX."""
    out: dict[str, tuple[int, Path, Path, Path]] = {}
    for name, settings in VARIANTS.items():
        folder = tmp_path_factory.mktemp(f"soffice-{name}")
        odt, docx, pdf = export_all(
            trip, [folder / "odt.odt", folder / "docx.docx", folder / "qt.pdf"], settings
        )
        assert odt.pages == docx.pages == pdf.pages
        from_odt, from_docx = soffice_to_pdf(
            [odt.path, docx.path], folder / "pdf", folder / "profile"
        )
        out[name] = (pdf.pages, pdf.path, from_odt, from_docx)
    return out


def caption_positions(pdf: Path) -> list[list[tuple[float, float]]]:
    """Where each caption starts (x, y of its first word, in points), page by page."""
    listing = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = _PAGE.split(listing)[1:]
    return [
        [(float(x), float(y)) for x, y, word in _WORD.findall(page) if word.startswith("照片")]
        for page in pages
    ]


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_same_page_count_everywhere(
    converted: dict[str, tuple[int, Path, Path, Path]], variant: str
) -> None:
    pages, qt_pdf, from_odt, from_docx = converted[variant]
    assert [len(PdfReader(p).pages) for p in (qt_pdf, from_odt, from_docx)] == [pages] * 3


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_captions_sit_where_the_layout_put_them(
    converted: dict[str, tuple[int, Path, Path, Path]], variant: str
) -> None:
    _, qt_pdf, from_odt, from_docx = converted[variant]
    expected = caption_positions(qt_pdf)
    assert sum(len(page) for page in expected) == 5
    for converted_pdf in (from_odt, from_docx):
        found = caption_positions(converted_pdf)
        assert [len(page) for page in found] == [len(page) for page in expected]
        for page, page_expected in zip(found, expected, strict=True):
            for (x, y), (qx, qy) in zip(page, page_expected, strict=True):
                assert abs(y - qy) < TOLERANCE_PT, (converted_pdf.name, y, qy)
                assert abs(x - qx) < 4 * TOLERANCE_PT, (converted_pdf.name, x, qx)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_captions_and_numbers_survive_libreoffice(
    trip: Project, converted: dict[str, tuple[int, Path, Path, Path]], variant: str
) -> None:
    _, _, from_odt, from_docx = converted[variant]
    for pdf in (from_odt, from_docx):
        text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(pdf).pages))
        for line in caption_lines(trip, VARIANTS[variant]):
            assert re.sub(r"\s+", "", line) in text, (pdf.name, line)


def test_a_traditional_chinese_kai_face_is_embedded(
    converted: dict[str, tuple[int, Path, Path, Path]],
) -> None:
    _, _, from_odt, from_docx = converted["default"]
    for pdf in (from_odt, from_docx):
        listing = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        assert "UKaiTW" in listing, listing
        assert all(" yes " in row for row in listing.splitlines()[2:])


def test_page_numbers_continue_the_report(
    converted: dict[str, tuple[int, Path, Path, Path]],
) -> None:
    _, qt_pdf, from_odt, from_docx = converted["days"]
    for pdf in (qt_pdf, from_odt, from_docx):
        texts = [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(pdf).pages]
        for index, text in enumerate(texts):
            assert f"-{12 + index}-" in text, (pdf.name, index)
