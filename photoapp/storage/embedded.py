"""The small preview a camera or phone embeds in a photo file, read without decoding the photo.

A JPEG carries a ~160x120 JPEG in its EXIF block (APP1, IFD1: JPEGInterchangeFormat and its
length); a HEIC file may carry a thumbnail image item. Reading either costs milliseconds
against a few hundred for the draft decode of a twelve-megapixel photo, so a drop can show
every photo at once and sharpen it later.

The preview is only ever a stand-in: anything odd about it (absent, damaged, not a JPEG, far
too big, a hostile file) gives None, never an exception, and the caller keeps its placeholder.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import ExifTags, Image

from photoapp.storage.decode import file_orientation, register_heif, upright
from photoapp.storage.photo_file import open_photo_file

_OFFSET, _LENGTH = 0x0201, 0x0202  # IFD1's JPEGInterchangeFormat and ...Length
# An APP1 segment holds at most 64 KB, and a preview is a few KB: anything bigger or larger
# than this is not a phone's preview, and decoding it would not be cheap.
_MAX_BYTES = 65_536
_MAX_SIDE = 1024


def embedded_thumbnail(path: Path) -> Image.Image | None:
    """The file's embedded preview, upright as the photo is shown, or None when there is none.

    Never raises (whatever the file holds), never decodes the photo itself.
    """
    register_heif()
    try:
        # A FIFO or a device is refused (never hangs); Image.open reads the header only.
        with open_photo_file(path) as stream, Image.open(stream) as image:
            if image.format in ("JPEG", "MPO"):
                return _jpeg_preview(image)
            if image.format in ("HEIF", "AVIF"):
                return _heif_preview(image)
    except Exception:  # a bad preview is no preview: the import reports the file itself
        return None
    return None


def _jpeg_preview(image: Image.Image) -> Image.Image | None:
    raw = image.info.get("exif")
    if not isinstance(raw, bytes):
        return None
    tiff = raw[6:] if raw.startswith(b"Exif\x00\x00") else raw  # offsets count from here
    exif = image.getexif()
    ifd1 = exif.get_ifd(ExifTags.IFD.IFD1)
    offset, length = ifd1.get(_OFFSET), ifd1.get(_LENGTH)
    if not isinstance(offset, int) or not isinstance(length, int):
        return None
    if not 0 < length <= _MAX_BYTES or offset < 8 or offset + length > len(tiff):
        return None
    preview = _small_image(tiff[offset : offset + length])
    if preview is None:
        return None
    # Phones store the preview as the sensor saw it, like the photo: turned the same way.
    return upright(preview, file_orientation(image))


def _small_image(data: bytes) -> Image.Image | None:
    with Image.open(io.BytesIO(data)) as preview:
        if preview.format != "JPEG":
            return None
        width, height = preview.size
        if not (0 < width <= _MAX_SIDE and 0 < height <= _MAX_SIDE):
            return None
        return preview.convert("RGB")  # decoded now: the bytes go with the file


def _heif_preview(image: Image.Image) -> Image.Image | None:
    # pillow-heif's draft picks the smallest embedded thumbnail that is a scaled copy of the
    # image; None when the file has none (the whole photo would have to be decoded).
    if image.draft(image.mode, (1, 1)) is None:
        return None
    width, height = image.size
    if not (0 < width <= _MAX_SIDE and 0 < height <= _MAX_SIDE):
        return None
    # libheif turns the pixels upright itself (thumbnails too): no EXIF turn here.
    return image.convert("RGB")
