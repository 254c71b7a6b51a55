"""The embedded preview: read from the EXIF block (JPEG) or the thumbnail item (HEIC), upright,
in milliseconds; None, never an exception, for whatever else a file holds."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from photoapp.samples.exif_preview import photo_with_preview, with_exif_preview
from photoapp.samples.photos import exif_block, scene, stored
from photoapp.storage.embedded import embedded_thumbnail
from tests.photos import Exif, heic_bytes, mark_is_top_left, photo_bytes, write_bytes

META = Exif(taken="2017:09:11 09:47:00", orientation=6, make="Apple", model="iPhone 7")


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_the_jpeg_preview_is_read_upright(tmp_path: Path, orientation: int) -> None:
    data = photo_with_preview(Exif(orientation=orientation), size=(640, 480), seed=orientation)
    preview = embedded_thumbnail(write_bytes(tmp_path / "p.jpg", data))
    assert preview is not None and preview.mode == "RGB"
    assert preview.width > preview.height  # the scene is landscape, whatever the storage
    assert mark_is_top_left(preview)


def test_the_import_never_decodes_the_preview_and_the_window_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phone photo's preview is decoded once in all: by the window's quick pass (the drop's
    tiles), never by the import's reading of the file (which takes its thumbnail from the
    photo's own pixels)."""
    from PIL import JpegImagePlugin

    from photoapp.storage.importer import NewPhoto, analyse
    from photoapp.storage.thumbnails import ThumbnailCache

    opened: list[tuple[int, int]] = []
    real_open = JpegImagePlugin.JpegImageFile._open

    def counted(self: JpegImagePlugin.JpegImageFile) -> None:
        real_open(self)
        opened.append(self.size)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "_open", counted)
    path = write_bytes(tmp_path / "phone.jpg", photo_with_preview(META, size=(640, 480)))
    assert isinstance(analyse(path, ThumbnailCache(tmp_path / "cache")), NewPhoto)
    assert opened == [(480, 640)]  # the photo only (stored turned: orientation 6)
    opened.clear()
    assert embedded_thumbnail(path) is not None
    assert opened == [(480, 640), (90, 120)]  # the photo's header, then its preview


def test_the_sample_writer_embeds_the_preview_on_request(tmp_path: Path) -> None:
    from photoapp.samples.photos import photo_bytes as sample_bytes

    plain = write_bytes(tmp_path / "plain.jpg", sample_bytes(META, size=(640, 480)))
    phone = write_bytes(
        tmp_path / "phone.jpg", sample_bytes(META, size=(640, 480), exif_preview=True)
    )
    assert embedded_thumbnail(plain) is None
    preview = embedded_thumbnail(phone)
    assert preview is not None and preview.size == (120, 90)  # upright, as the photo shows
    with Image.open(phone) as photo:
        assert photo.size == (480, 640) and photo.getexif()[0x0112] == 6
    with pytest.raises(ValueError, match="JPEG"):
        sample_bytes(META, image_format="PNG", exif_preview=True)


def test_reading_the_preview_takes_milliseconds_not_a_decode(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "big.jpg", photo_with_preview(META, size=(4000, 3000)))
    embedded_thumbnail(path)  # warm: the first call imports Pillow's plugins
    started = time.perf_counter()
    for _ in range(10):
        assert embedded_thumbnail(path) is not None
    # A draft decode of this photo takes 100+ ms; ten previews stay well under one of them.
    assert (time.perf_counter() - started) / 10 < 0.05


def test_a_heic_thumbnail_is_read_and_upright(tmp_path: Path) -> None:
    picture = stored(scene((640, 480), 3, grain=False), 6)
    buffer = io.BytesIO()
    picture.save(buffer, "HEIF", exif=exif_block(META).tobytes(), quality=80, thumbnails=[160])
    preview = embedded_thumbnail(write_bytes(tmp_path / "p.heic", buffer.getvalue()))
    assert preview is not None and preview.size == (160, 120)
    assert mark_is_top_left(preview)


@pytest.mark.parametrize(
    "data",
    [
        photo_bytes(META),  # a JPEG with EXIF but no preview
        photo_bytes(Exif()),
        heic_bytes(META),  # a HEIC without a thumbnail item
        photo_bytes(META, image_format="PNG"),
        b"",
        b"not a photo at all",
    ],
    ids=["jpeg", "jpeg-bare", "heic", "png", "empty", "text"],
)
def test_no_preview_is_none(tmp_path: Path, data: bytes) -> None:
    assert embedded_thumbnail(write_bytes(tmp_path / "x.jpg", data)) is None


def test_a_missing_file_or_a_fifo_is_none(tmp_path: Path) -> None:
    assert embedded_thumbnail(tmp_path / "gone.jpg") is None
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    assert embedded_thumbnail(fifo) is None  # refused, not waited on


def _preview_of(image: Image.Image) -> bytes:
    return with_exif_preview(photo_bytes(META, size=(64, 48)), image)


def test_a_preview_that_is_not_a_small_jpeg_is_none(tmp_path: Path) -> None:
    huge = Image.new("L", (2000, 10))  # compresses to a few KB, but no phone's preview
    assert embedded_thumbnail(write_bytes(tmp_path / "a.jpg", _preview_of(huge))) is None
    data = bytearray(_preview_of(Image.new("RGB", (16, 16))))
    at = data.find(b"\xff\xd8", 4)  # the preview's own start: make it a PNG signature
    data[at : at + 4] = b"\x89PNG"
    assert embedded_thumbnail(write_bytes(tmp_path / "b.jpg", bytes(data))) is None


def test_a_preview_pointing_outside_the_block_is_none(tmp_path: Path) -> None:
    data = bytearray(_preview_of(Image.new("RGB", (16, 16))))
    order = "<" if b"II*\x00" in data else ">"
    at = data.find(struct.pack(order + "HHI", 0x0202, 4, 1))  # its length: claim far too much
    assert at > 0
    data[at + 8 : at + 12] = struct.pack(order + "I", 60_000)
    assert embedded_thumbnail(write_bytes(tmp_path / "c.jpg", bytes(data))) is None


SEED = photo_with_preview(META, size=(64, 48))
FUZZ = settings(
    max_examples=80,
    deadline=timedelta(seconds=2),
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(
    edits=st.lists(st.tuples(st.integers(0, 4096), st.integers(0, 255)), min_size=1, max_size=12),
    cut=st.integers(0, len(SEED)),
)
def test_a_damaged_file_never_raises(
    tmp_path: Path, edits: list[tuple[int, int]], cut: int
) -> None:
    """Bytes changed where the parsers look (the EXIF block and the preview sit in the first
    few KB), and the file cut anywhere: a picture or None."""
    data = bytearray(SEED)
    for offset, value in edits:
        data[offset % len(data)] = value
    path = write_bytes(tmp_path / "fuzz.jpg", bytes(data[: max(cut, 1)]))
    result = embedded_thumbnail(path)
    assert result is None or (isinstance(result, Image.Image) and max(result.size) <= 1024)


HEIF_PROBE = """
import sys
from pathlib import Path
from photoapp.storage import decode, embedded
loaded = "pillow_heif" in sys.modules
print(loaded, decode.open_image(Path(sys.argv[1]).read_bytes()).format)
"""


def test_pillow_heif_loads_with_the_first_photo_opened_not_before(tmp_path: Path) -> None:
    """The window loads the decoding module at once but, on a project with its thumbnails
    cached, opens no photo: pillow-heif (15 ms) loads when a photo is first opened."""
    path = write_bytes(tmp_path / "p.heic", heic_bytes(META))
    result = subprocess.run(
        [sys.executable, "-c", HEIF_PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["False", "HEIF"]
