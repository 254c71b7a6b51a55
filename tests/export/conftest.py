"""Fixtures for the export tests: a trip whose photos test every rule, and ways to read back."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from photoapp.domain import captions
from photoapp.domain.model import Person, Trip
from photoapp.export.entries import collect
from photoapp.export.images import prepare
from photoapp.export.layout import build_layout
from photoapp.export.settings import ExportSettings
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from tests.photos import Exif, write_photo

FONTS_CONF = Path(__file__).with_name("fonts.conf")
SEOUL = "+09:00"
DAEJEON = (36.3504, 127.3845)
# name, capture time, orientation, format, caption (with {yeh} / {kwon} person tokens)
SHOTS = [
    ("day1/a.jpg", "2017:09:10 10:00:00", 6, "JPEG", "{yeh}抵達仁川機場"),
    ("day1/b.jpg", "2017:09:10 15:00:00", 8, "JPEG", "{kwon}歡迎{yeh}一行"),
    ("day2/c.jpg", "2017:09:11 09:00:00", 1, "JPEG", "{yeh}於 APCS 全會致詞"),
    ("day2/d.png", "2017:09:11 11:00:00", 1, "PNG", "與會城市代表合影"),
    ("day3/e.jpg", "2017:09:12 10:30:00", 3, "JPEG", ""),
]
DAY_LABELS = {date(2017, 9, 10): "抵達仁川", date(2017, 9, 11): "大田 APCS 全會"}


def make_trip(folder: Path) -> Project:
    """A trip of five photos over three days, with people, captions and an appendix.

    The photos carry GPS, camera and orientation EXIF; one is a PNG with transparency
    (seed 3 is odd); each has the red mark at the top left of its upright picture.
    """
    project = Project.create(
        folder / "trip.photoapp",
        Trip(
            "大田 APCS 2017", start=date(2017, 9, 10), end=date(2017, 9, 13), timezone="Asia/Seoul"
        ),
    )
    for index, (name, taken, orientation, kind, _) in enumerate(SHOTS):
        meta = Exif(
            taken=taken,
            offset=SEOUL,
            orientation=orientation,
            make="Canon",
            model="Canon EOS 80D",
            gps=DAEJEON,
        )
        write_photo(folder / "photos" / name, meta, seed=index, size=(480, 360), image_format=kind)
    report = import_paths(project, [folder / "photos"])
    assert not report.rejected
    yeh = project.add_person(Person(0, "葉宜津", "副市長", "臺中市政府", "葉副市長"))
    kwon = project.add_person(Person(0, "權善宅", "市長", "大田廣域市", "大田市長權善宅"))
    tokens = {"yeh": captions.person_token(yeh.id), "kwon": captions.person_token(kwon.id)}
    days = {day.date: day for day in project.days()}
    for day in days.values():
        if day.date in DAY_LABELS:
            project.update_day(type(day)(day.id, day.date, DAY_LABELS[day.date]))
    by_name = {path.relative_to(folder / "photos").as_posix(): pid for path, pid in report.imported}
    order = []
    for name, taken, _, _, caption in SHOTS:
        photo_id = by_name[name]
        project.set_caption(photo_id, caption.format(**tokens))
        day = days[date(int(taken[:4]), int(taken[5:7]), int(taken[8:10]))]
        project.set_days({photo_id: day.id})
        order.append(photo_id)
    project.set_appendix(order)
    return project


@pytest.fixture
def trip(tmp_path: Path) -> Iterator[Project]:
    """The five-photo trip in the test's own folder."""
    project = make_trip(tmp_path)
    yield project
    project.close()


def expected_images(project: Project, settings: ExportSettings) -> list[bytes]:
    """The prepared JPEG of each appendix photo, in appendix order, as the writers get them."""
    layout = build_layout(collect(project, settings), settings)
    return [
        prepare(
            slot.entry.photo.id,
            slot.entry.path,
            layout.pixel_box(slot),
            settings.jpeg_quality,
            settings.dpi,
        ).data
        for slot in layout.slots()
    ]


def jpeg_segments(data: bytes) -> list[int]:
    """The marker bytes (0xE0 for APP0, 0xE1 for APP1 …) of a JPEG's header segments."""
    assert data[:2] == b"\xff\xd8", "not a JPEG"
    markers: list[int] = []
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: the header is over
            break
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        position += 2 + length
    return markers


def assert_clean_jpeg(data: bytes) -> Image.Image:
    """The JPEG holds no EXIF (APP1: EXIF, XMP), maker notes, comment or thumbnail."""
    markers = jpeg_segments(data)
    assert 0xE1 not in markers, "APP1 (EXIF/XMP) left in an exported image"
    assert 0xFE not in markers, "a JPEG comment left in an exported image"
    assert not {m for m in markers if 0xE2 <= m <= 0xEF}, f"APPn segments left: {markers}"
    image = Image.open(io.BytesIO(data))
    assert not dict(image.getexif()), "EXIF left in an exported image"
    assert "xmp" not in image.info
    return image


def soffice_to_pdf(documents: list[Path], outdir: Path, profile: Path) -> list[Path]:
    """Convert documents to PDF with LibreOffice (one process, a private profile)."""
    soffice = shutil.which("soffice")
    assert soffice is not None
    env = dict(os.environ, FONTCONFIG_FILE=str(FONTS_CONF))
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, documents),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env=env,
    )
    converted = [outdir / f"{document.stem}.pdf" for document in documents]
    for pdf in converted:
        assert pdf.is_file(), f"LibreOffice did not convert {pdf.stem}"
    return converted
