"""Helpers that write test photos and read back what was stored."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

from photoapp.samples.photos import MARK, Exif, photo_bytes, write_photo

__all__ = [
    "MARK",
    "Exif",
    "bomb_png",
    "exif_far_into_file",
    "heic_bytes",
    "mark_is_top_left",
    "photo_bytes",
    "write_bytes",
    "write_photo",
]


def mark_is_top_left(image: Image.Image) -> bool:
    """Whether the red corner mark of a sample scene is at the top left (the photo is upright)."""
    rgb = image.convert("RGB")
    corners = {
        "top_left": (2, 2),
        "top_right": (rgb.width - 3, 2),
        "bottom_left": (2, rgb.height - 3),
        "bottom_right": (rgb.width - 3, rgb.height - 3),
    }

    def red(xy: tuple[int, int]) -> bool:
        r, g, b = rgb.getpixel(xy)  # type: ignore[misc]
        return r > 150 and g < 110 and b < 110

    return red(corners["top_left"]) and not any(red(corners[c]) for c in corners if c != "top_left")


def exif_far_into_file(meta: Exif, padding: int = 70_000) -> bytes:
    """A JPEG whose EXIF block sits after a large comment, as some editors save them."""
    data = photo_bytes(meta)
    chunk = b"x" * 65_000
    comments = b""
    while padding > 0:
        piece = chunk[: min(padding, 65_000)]
        comments += b"\xff\xfe" + struct.pack(">H", len(piece) + 2) + piece
        padding -= len(piece)
    return data[:2] + comments + data[2:]


def bomb_png(width: int = 20_000, height: int = 20_000) -> bytes:
    """A tiny PNG whose header claims a huge picture (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def heic_bytes(meta: Exif, size: tuple[int, int] = (320, 240)) -> bytes:
    """A HEIC photo (through pillow-heif) stored sideways with an EXIF orientation."""
    from photoapp.samples.photos import exif_block, scene, stored
    from photoapp.storage.decode import register_heif

    register_heif()  # (Pillow writes HEIF once pillow-heif is registered)
    picture = stored(scene(size, 3, grain=False), meta.orientation)
    buffer = io.BytesIO()
    picture.save(buffer, "HEIF", exif=exif_block(meta).tobytes(), quality=80)
    return buffer.getvalue()


def write_bytes(path: Path, data: bytes) -> Path:
    """Write `data` to `path`, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
