"""Sample JPEGs with the small preview phones embed in their EXIF block (IFD1), as a camera
writes it: a ~160x120 JPEG in the sensor's orientation, like the photo's own pixels.

Pillow writes EXIF without IFD1, so the preview is spliced into the APP1 segment it wrote:
IFD0's "next IFD" pointer is set to a new IFD1 (compression 6, offset and length of the JPEG)
appended after the block's data, followed by the preview's bytes.
"""

from __future__ import annotations

import io
import struct

from PIL import Image

from photoapp.samples.photos import Exif, photo_bytes

PREVIEW_BOX = (160, 120)


def with_exif_preview(data: bytes, preview: Image.Image) -> bytes:
    """The JPEG `data` (with an EXIF APP1 segment) with `preview` embedded in its IFD1."""
    start = data.find(b"\xff\xe1")
    if start < 0 or data[start + 4 : start + 10] != b"Exif\x00\x00":
        raise ValueError("the JPEG has no EXIF segment to add a preview to")
    (length,) = struct.unpack(">H", data[start + 2 : start + 4])
    tiff = bytearray(data[start + 10 : start + 2 + length])
    order = "<" if tiff[:2] == b"II" else ">"
    (ifd0,) = struct.unpack(order + "I", tiff[4:8])
    (entries,) = struct.unpack(order + "H", tiff[ifd0 : ifd0 + 2])
    next_at = ifd0 + 2 + 12 * entries
    if len(tiff) % 2:
        tiff += b"\x00"  # IFDs start on a word boundary
    ifd1 = len(tiff)
    buffer = io.BytesIO()
    preview.convert("RGB").save(buffer, "JPEG", quality=70)
    jpeg = buffer.getvalue()
    jpeg_at = ifd1 + 2 + 3 * 12 + 4
    tiff[next_at : next_at + 4] = struct.pack(order + "I", ifd1)
    tiff += struct.pack(order + "H", 3)
    tiff += struct.pack(order + "HHIHH", 0x0103, 3, 1, 6, 0)  # compression: JPEG
    tiff += struct.pack(order + "HHII", 0x0201, 4, 1, jpeg_at)
    tiff += struct.pack(order + "HHII", 0x0202, 4, 1, len(jpeg))
    tiff += struct.pack(order + "I", 0) + jpeg
    segment = b"Exif\x00\x00" + bytes(tiff)
    if len(segment) + 2 > 0xFFFF:
        raise ValueError("the EXIF block with its preview is over 64 KB")
    return (
        data[:start]
        + b"\xff\xe1"
        + struct.pack(">H", len(segment) + 2)
        + segment
        + (data[start + 2 + length :])
    )


def photo_with_preview(meta: Exif, *, size: tuple[int, int] = (640, 480), seed: int = 0) -> bytes:
    """A sample JPEG (as `photo_bytes` makes it) with a phone's EXIF preview of its scene."""
    return photo_bytes(meta, size=size, seed=seed, exif_preview=True)
