"""Reports with the appendix in them, as LibreOffice lays them out: the page count is the
report's pages before the appendix plus the appendix's own pages (plus 附錄二's), page
numbers continue, and each caption is printed once. Skipped where soffice is not installed."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from photoapp.export import ExportSettings, Orientation, collect
from photoapp.export.into import export_into
from photoapp.storage.project import Project
from tests.export.conftest import soffice_to_pdf
from tests.export.reports import docx_report, eight_photo_trip, example_lines, odt_report

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)"),
]
PORTRAIT = ExportSettings(per_page=2)
LANDSCAPE = PORTRAIT.with_changes(orientation=Orientation.LANDSCAPE, per_page=3)
# variant: (suffix, appendix in the middle, footer, tracked, settings)
VARIANTS = {
    "docx-middle": (".docx", True, False, False, PORTRAIT),
    "docx-none": (".docx", False, False, False, PORTRAIT),
    "docx-landscape": (".docx", True, True, False, LANDSCAPE),
    "docx-footer-tracked": (".docx", False, True, True, PORTRAIT),
    "odt-middle": (".odt", True, False, False, PORTRAIT),
    "odt-none": (".odt", False, False, False, PORTRAIT),
    "odt-landscape": (".odt", True, True, False, LANDSCAPE),
    "odt-footer": (".odt", False, True, False, PORTRAIT),
}


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    project = eight_photo_trip(tmp_path_factory.mktemp("into-soffice-trip"))
    assert isinstance(project, Project)
    yield project
    project.close()


def _build(folder: Path, name: str, suffix: str, lines: list, footer: bool, tracked: bool) -> Path:
    path = folder / f"{name}{suffix}"
    if suffix == ".docx":
        return docx_report(path, lines, footer=footer, tracked=tracked)
    return odt_report(path, lines, footer=footer)


@pytest.fixture(scope="module")
def converted(
    trip: Project, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[int, int, int, Path]]:
    """For each variant: pages of the report before its appendix, the appendix's pages (as
    laid out), the pages after it, and LibreOffice's PDF of the output."""
    folder = tmp_path_factory.mktemp("into-soffice")
    documents: list[Path] = []
    befores: dict[tuple[str, bool, bool], Path] = {}
    outputs: dict[str, tuple[Path, int, tuple[str, bool, bool]]] = {}
    for name, (suffix, middle, footer, tracked, settings) in VARIANTS.items():
        report = _build(
            folder, name, suffix, example_lines(appendix=True, middle=middle), footer, tracked
        )
        key = (suffix, footer, tracked)
        if key not in befores:
            befores[key] = _build(
                folder, f"before-{len(befores)}", suffix, example_lines(appendix=False),
                footer, tracked,
            )  # fmt: skip
            documents.append(befores[key])
        out = folder / f"{name}-out{suffix}"
        result = export_into(collect(trip, settings), report, out, settings)
        outputs[name] = (out, result.result.pages, key)
        documents.append(out)
    pdfs = soffice_to_pdf(documents, folder / "pdf", folder / "profile")
    pages = {pdf.stem: len(PdfReader(pdf).pages) for pdf in pdfs}
    return {
        name: (
            pages[befores[key].stem],
            appendix_pages,
            1 if VARIANTS[name][1] else 0,
            folder / "pdf" / f"{out.stem}.pdf",
        )
        for name, (out, appendix_pages, key) in outputs.items()
    }


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_pages_are_the_report_s_plus_the_appendix_s(
    converted: dict[str, tuple[int, int, int, Path]], variant: str
) -> None:
    before, appendix, after, pdf = converted[variant]
    assert len(PdfReader(pdf).pages) == before + appendix + after


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_each_caption_is_printed_once_on_the_appendix_pages(
    converted: dict[str, tuple[int, int, int, Path]], variant: str
) -> None:
    before, appendix, _after, pdf = converted[variant]
    reader = PdfReader(pdf)
    texts = [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]
    for number in range(1, 9):
        found = [index for index, text in enumerate(texts) if f"照片{number}：" in text]
        assert len(found) == 1, (number, found)
        assert before <= found[0] < before + appendix


@pytest.mark.parametrize("variant", [v for v in VARIANTS if VARIANTS[v][2]])
def test_page_numbers_continue_through_the_appendix(
    converted: dict[str, tuple[int, int, int, Path]], variant: str
) -> None:
    """The report's footer numbers its pages from 3: the appendix's last page carries the
    number that follows on, whatever its orientation."""
    before, appendix, _after, pdf = converted[variant]
    reader = PdfReader(pdf)
    last = before + appendix - 1
    text = re.sub(r"\s+", "", reader.pages[last].extract_text())
    assert f"第{3 + last}頁" in text
