"""Reading what a photo file says about itself: capture time, orientation, camera, GPS.

Pillow's parser is read first (it has parsed the header already, so it costs next to nothing);
when it fails or finds no capture time, exifread (with `details=False`: maker notes are slow and
a crafted one can hang it) is read too and its values win, Pillow's filling what it missed:
exifread finds nothing when the EXIF block sits far into the file, raises on some HEIC and
truncated files, and reads no WebP, but reads some blocks Pillow gives up on. Capture time
follows ExifTool's order: EXIF DateTimeOriginal, then XMP, then DateTimeDigitized, then DateTime.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from enum import Enum
from fractions import Fraction
from typing import Any, BinaryIO

from PIL import Image

from photoapp.domain.capture_time import CaptureTime, parse_exif_datetime
from photoapp.storage.decode import displayed_size, file_orientation, header_exif

# exifread logs every odd tag at warning level; problems reach the user through MetadataWarning.
logging.getLogger("exifread").setLevel(logging.CRITICAL)

_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_XMP_DATE_KEYS = ("exif:DateTimeOriginal", "photoshop:DateCreated", "xmp:CreateDate")


class MetadataWarning(Enum):
    """A part of the metadata that was present but unusable; the photo imports without it."""

    EXIF_UNREADABLE = "exif-unreadable"
    DATE_UNREADABLE = "date-unreadable"
    GPS_UNREADABLE = "gps-unreadable"


@dataclass(frozen=True)
class Metadata:
    """What the import keeps of a file's metadata."""

    width: int
    height: int
    orientation: int = 1
    taken: CaptureTime | None = None
    camera_make: str = ""
    camera_model: str = ""
    has_gps: bool = False
    gps: tuple[float, float] | None = None
    warnings: tuple[MetadataWarning, ...] = field(default=())


@dataclass
class _Tags:
    """Raw tag values from one reader, as text (or numbers for GPS)."""

    values: dict[str, Any] = field(default_factory=dict)
    failed: bool = False

    def get(self, key: str) -> Any:
        return self.values.get(key)


def _clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).strip("\x00 ").strip()


def _exifread_tags(source: bytes | BinaryIO) -> _Tags:
    import exifread  # the fallback parser: loaded when a photo first needs it (0.02 s)

    tags = _Tags()
    try:
        stream = io.BytesIO(source) if isinstance(source, bytes) else source
        stream.seek(0)
        # No embedded thumbnail: copying it out is work for a value never used here (phones
        # put one in every photo; storage.embedded reads it when it is wanted).
        found = exifread.process_file(stream, details=False, extract_thumbnail=False)
    except Exception:  # exifread raises AssertionError, IndexError, KeyError… on damaged files
        tags.failed = True
        return tags
    names = {
        "Image Make": "make",
        "Image Model": "model",
        "Image DateTime": "datetime",
        "EXIF DateTimeOriginal": "original",
        "EXIF DateTimeDigitized": "digitized",
        "EXIF OffsetTime": "offset",
        "EXIF OffsetTimeOriginal": "offset_original",
        "EXIF OffsetTimeDigitized": "offset_digitized",
        "EXIF SubSecTime": "subsec",
        "EXIF SubSecTimeOriginal": "subsec_original",
        "EXIF SubSecTimeDigitized": "subsec_digitized",
    }
    for tag, key in names.items():
        if tag in found:
            tags.values[key] = _clean(found[tag].printable)
    for tag, key in (
        ("GPS GPSLatitude", "lat"),
        ("GPS GPSLongitude", "lon"),
        ("GPS GPSLatitudeRef", "lat_ref"),
        ("GPS GPSLongitudeRef", "lon_ref"),
    ):
        if tag in found:
            values = found[tag].values
            tags.values[key] = _clean(values) if key.endswith("ref") else list(values)
    return tags


def _pillow_tags(image: Image.Image) -> _Tags:
    tags = _Tags()
    try:
        exif = header_exif(image)
        ifd0 = dict(exif)
        sub = dict(exif.get_ifd(_EXIF_IFD))
        gps = dict(exif.get_ifd(_GPS_IFD))
    except Exception:  # damaged EXIF raises from deep inside Pillow's TIFF parser
        tags.failed = True
        return tags
    for number, key, source in (
        (0x010F, "make", ifd0),
        (0x0110, "model", ifd0),
        (0x0132, "datetime", ifd0),
        (0x9003, "original", sub),
        (0x9004, "digitized", sub),
        (0x9010, "offset", sub),
        (0x9011, "offset_original", sub),
        (0x9012, "offset_digitized", sub),
        (0x9290, "subsec", sub),
        (0x9291, "subsec_original", sub),
        (0x9292, "subsec_digitized", sub),
    ):
        if number in source:
            tags.values[key] = _clean(source[number])
    for number, key in ((1, "lat_ref"), (2, "lat"), (3, "lon_ref"), (4, "lon")):
        if number in gps:
            value = gps[number]
            tags.values[key] = _clean(value) if key.endswith("ref") else list(value)
    return tags


def _xmp_dates(image: Image.Image) -> dict[str, str]:
    raw = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    found: dict[str, str] = {}
    for key in _XMP_DATE_KEYS:
        name = re.escape(key)
        match = re.search(rf'{name}\s*=\s*"([^"]+)"', text) or re.search(
            rf"<{name}>([^<]+)</{name}>", text
        )
        if match:
            found[key] = match.group(1).strip()
    return found


def _ratio(value: Any) -> float:
    if isinstance(value, tuple) and len(value) == 2:
        return float(Fraction(int(value[0]), int(value[1])))
    numerator = getattr(value, "numerator", None)
    denominator = getattr(value, "denominator", None)
    if numerator is not None and denominator is not None:
        return float(Fraction(int(numerator), int(denominator)))
    return float(value)


def _coordinate(parts: Any, ref: Any, negative: str) -> float:
    degrees, minutes, seconds = (_ratio(part) for part in list(parts)[:3])
    value = degrees + minutes / 60 + seconds / 3600
    return -value if str(ref).upper().startswith(negative) else value


def _gps(tags: _Tags) -> tuple[float, float] | None:
    lat = _coordinate(tags.get("lat"), tags.get("lat_ref") or "N", "S")
    lon = _coordinate(tags.get("lon"), tags.get("lon_ref") or "E", "W")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("coordinates out of range")
    return lat, lon


def _capture_time(tags: _Tags, xmp: dict[str, str]) -> tuple[CaptureTime | None, bool]:
    """The capture time and whether some date was present but unreadable."""
    unreadable = False
    candidates: list[tuple[str | None, str | None, str | None]] = [
        (tags.get("original"), tags.get("offset_original"), tags.get("subsec_original")),
        *((xmp.get(key), None, None) for key in _XMP_DATE_KEYS),
        (tags.get("digitized"), tags.get("offset_digitized"), tags.get("subsec_digitized")),
        (tags.get("datetime"), tags.get("offset"), tags.get("subsec")),
    ]
    for text, offset, subsec in candidates:
        if not text:
            continue
        taken = parse_exif_datetime(text, offset, subsec)
        if taken is not None:
            return taken, unreadable
        unreadable = True
    return None, unreadable


def read_metadata(source: bytes | BinaryIO, image: Image.Image) -> Metadata:
    """Metadata of a photo given its bytes (or open file) and its opened (not decoded) image.

    The file is read from its start; where it is left afterwards is unspecified.
    """
    second = _pillow_tags(image)
    # exifread is the slower parser by far (pure Python, holding the GIL that the import's
    # other threads need): it is asked only when Pillow's did not read the capture time.
    first = _exifread_tags(source) if second.failed or not second.get("original") else _Tags()
    tags = _Tags({**second.values, **{k: v for k, v in first.values.items() if v != ""}})
    warnings: list[MetadataWarning] = []
    if first.failed and second.failed:
        warnings.append(MetadataWarning.EXIF_UNREADABLE)
    taken, unreadable = _capture_time(tags, _xmp_dates(image))
    if unreadable and taken is None:
        warnings.append(MetadataWarning.DATE_UNREADABLE)
    gps: tuple[float, float] | None = None
    if tags.get("lat") is not None and tags.get("lon") is not None:
        try:
            gps = _gps(tags)
        except (ValueError, TypeError, ZeroDivisionError, IndexError):
            warnings.append(MetadataWarning.GPS_UNREADABLE)
    width, height = displayed_size(image)
    return Metadata(
        width=width,
        height=height,
        orientation=file_orientation(image),
        taken=taken,
        camera_make=str(tags.get("make") or ""),
        camera_model=str(tags.get("model") or ""),
        has_gps=gps is not None or MetadataWarning.GPS_UNREADABLE in warnings,
        gps=gps,
        warnings=tuple(warnings),
    )
