"""Putting the prepared JPEGs into a Qt-written PDF as they are, by an incremental update.

QPdfWriter re-encodes every image it is given as JPEG at about quality 94, which makes a PDF
of photos about twice the size of the same photos at quality 85, and spends time doing it. So
the PDF writer paints each photo as a one-pixel stand-in whose colour numbers the photo, and
this module appends to the finished file new versions of those image objects holding the
prepared JPEG bytes (DCTDecode: passed through, never decoded) with a new cross-reference
section, as PDF's incremental updates allow. Every other byte Qt wrote stays as it was.

No Qt here: only the bytes of the file.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from pathlib import Path

# an object whose dictionary is followed by a stream, never reaching into the next object
_OBJECT = re.compile(rb"(\d+) 0 obj\s*<<((?:(?!endobj|\d+ 0 obj).)*?)>>\s*stream\r?\n", re.DOTALL)
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.DOTALL)
_MARK_RED = 255  # stand-ins are (255, high byte, low byte): never grey, so Qt keeps them RGB


def stand_in_colour(index: int) -> tuple[int, int, int]:
    """The RGB of the one-pixel stand-in for the `index`-th photo (0-based, below 65535)."""
    if not 0 <= index < 0xFFFF:
        raise ValueError(f"stand-in index {index} out of range")
    return (_MARK_RED, index >> 8, index & 0xFF)


def _stand_ins(pdf: bytes) -> dict[int, int]:
    """Object number of each one-pixel stand-in image, by the photo index its colour holds."""
    found: dict[int, int] = {}
    for match in _OBJECT.finditer(pdf):
        header = match.group(2)
        if b"/Subtype /Image" not in header or not re.search(rb"/Width 1\b", header):
            continue
        if not re.search(rb"/Height 1\b", header) or b"/FlateDecode" not in header:
            continue
        stream = pdf[match.end() : match.end() + 256]
        try:
            pixel = zlib.decompressobj().decompress(stream)[:3]
        except zlib.error:
            continue
        if len(pixel) == 3 and pixel[0] == _MARK_RED:
            found[(pixel[1] << 8) | pixel[2]] = int(match.group(1))
    return found


def pass_through(path: Path, jpegs: Mapping[int, tuple[bytes, tuple[int, int]]]) -> None:
    """Replace the stand-ins in the PDF at `path` by `jpegs` (photo index → JPEG and size).

    Raises ValueError when the file does not hold exactly one stand-in for each JPEG.
    """
    pdf = path.read_bytes()
    objects = _stand_ins(pdf)
    if set(objects) != set(jpegs):
        raise ValueError(f"{len(objects)} stand-in images for {len(jpegs)} photos")
    trailer = _TRAILER.search(pdf[-4096:])
    if trailer is None:
        raise ValueError("no trailer at the end of the PDF")
    dictionary, previous = trailer.group(1), int(trailer.group(2))
    update = bytearray(b"\n")
    offsets: dict[int, int] = {}
    for index in sorted(jpegs):
        data, (width, height) = jpegs[index]
        number = objects[index]
        offsets[number] = len(pdf) + len(update)
        update += (
            f"{number} 0 obj\n<< /Type /XObject /Subtype /Image /Width {width} /Height {height}"
            f" /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode"
            f" /Length {len(data)} >>\nstream\n"
        ).encode("ascii")
        update += data
        update += b"\nendstream\nendobj\n"
    xref_at = len(pdf) + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n"  # readers expect each table to start at 0
    for number in sorted(offsets):
        update += f"{number} 1\n{offsets[number]:010d} 00000 n \n".encode("ascii")
    kept = re.sub(rb"/Prev\s+\d+", b"", dictionary)
    update += b"trailer\n<<" + kept.rstrip() + f"\n/Prev {previous}\n>>\n".encode("ascii")
    update += f"startxref\n{xref_at}\n%%EOF\n".encode("ascii")
    with path.open("ab") as stream:
        stream.write(update)
