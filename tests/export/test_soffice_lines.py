"""Captions broken into the same lines by LibreOffice (ODT and DOCX) as in photoapp's PDF, on
captions mixing Chinese, English names and numbers (issue 10: LibreOffice added CJK-Latin
autospace and broke "Ye / Lwin" inside a name). Skipped where soffice is not installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from photoapp.domain import captions
from photoapp.domain.model import Person
from photoapp.export import ExportSettings, Layout, Orientation, export_all, plan
from photoapp.storage.project import Project
from tests.export.conftest import make_trip, soffice_to_pdf

pytestmark = [
    pytest.mark.soffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)"),
]
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
POINTS = 72 / 25.4
CAPTIONS = [
    "緬甸仰光市長 {ye} 與{yeh}於 2017 年 9 月 11 日第 3 屆亞太城市高峰會議開幕式後合影留念",
    "{yeh}拜會 Daejeon Metropolitan City 市長 Kwon Sun-taek，雙方就 12 項合作議題交換意見",
    "APCS 2017 全體會議第 2 場次：{ye} 以 Smart City 為題演講，約 350 位代表出席",
    "參訪大田科學園區 KAIST 研究中心，了解 AI 與 5G 應用成果",
    "{ye}、{yeh}與 Kwon Sun-taek 市長共同簽署 MOU",
]
VARIANTS = {
    "landscape-2": ExportSettings(orientation=Orientation.LANDSCAPE, per_page=2, heading=""),
    "portrait-6": ExportSettings(per_page=6),
}


def caption_lines_in(pdf: Path, layout: Layout) -> list[list[str]]:
    """Each caption's lines as the PDF sets them (words joined without white space)."""
    listing = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = listing.split("<page ")[1:]
    found: list[list[str]] = []
    for page, words_xml in zip(layout.pages, pages, strict=True):
        words = [
            (float(x0), float(y0), float(x1), float(y1), text)
            for x0, y0, x1, y1, text in _WORD.findall(words_xml)
        ]
        for slot in page.slots:
            box = slot.caption.rect
            inside = [
                w
                for w in words
                if box.x * POINTS - 2 <= (w[0] + w[2]) / 2 <= box.right * POINTS + 2
                and box.y * POINTS - 2 <= (w[1] + w[3]) / 2 <= slot.cell.bottom * POINTS
            ]
            lines: dict[int, list[tuple[float, str]]] = {}
            for x0, y0, _x1, y1, text in inside:
                lines.setdefault(round((y0 + y1) / 2 / 3), []).append((x0, text))
            found.append(["".join(t for _, t in sorted(line)) for _, line in sorted(lines.items())])
    return found


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = make_trip(tmp_path_factory.mktemp("lines-trip"))
    ye = project.add_person(Person(0, "Ye Lwin", "市長", "仰光市政府", "Ye Lwin"))
    people = {p.caption_name: p for p in project.people()}
    tokens = {
        "ye": captions.person_token(ye.id),
        "yeh": captions.person_token(people["葉副市長"].id),
    }
    for photo_id, caption in zip(project.appendix(), CAPTIONS, strict=True):
        project.set_caption(photo_id, caption.format(**tokens))
    return project


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_libreoffice_breaks_captions_as_the_pdf_does(
    trip: Project, tmp_path: Path, variant: str
) -> None:
    settings = VARIANTS[variant]
    layout = plan(trip, settings)
    odt, docx, pdf = export_all(
        trip, [tmp_path / "a.odt", tmp_path / "a.docx", tmp_path / "a.pdf"], settings
    )
    from_odt, from_docx = soffice_to_pdf([odt.path, docx.path], tmp_path / "lo", tmp_path / "p")
    expected = caption_lines_in(pdf.path, layout)
    assert any(len(lines) > 1 for lines in expected)  # the captions do wrap
    for lines in expected:
        assert not any(line.endswith("Ye") for line in lines[:-1]), lines  # "Ye / Lwin"
    assert caption_lines_in(from_odt, layout) == expected
    assert caption_lines_in(from_docx, layout) == expected
