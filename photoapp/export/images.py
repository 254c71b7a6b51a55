"""Photos as they go into a published report: upright, sized for their box, stripped, JPEG.

Each photo of a layout is prepared once per export, on a thread pool over all cores (Pillow's
decoders, its resampling and its encoder release the GIL), and the same bytes go into every
format. What comes out carries no EXIF, GPS, XMP, maker notes, embedded thumbnail or comment:
Pillow writes only what it is given, and it is given pixels, a resolution and nothing else.
A photo whose file is missing or unreadable becomes an empty box of its size with a cross, so
that the numbers and pages stay those of the full appendix.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw

from photoapp.export.errors import ExportCancelledError, ExportProblem
from photoapp.export.layout import Layout, Slot
from photoapp.storage.decode import DecodeError, scaled_upright

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
PLACEHOLDER_FILL = (250, 250, 250)
PLACEHOLDER_LINE = (170, 170, 170)
_SRGB = ImageCms.createProfile("sRGB")


@dataclass(frozen=True)
class PreparedImage:
    """A photo ready for a document: JPEG `data` of `size` pixels.

    `problem` is None for a real photo; PHOTO_MISSING or PHOTO_UNREADABLE when `data` is the
    empty box standing in for it (`detail` then says what went wrong).
    """

    photo_id: int
    data: bytes
    size: tuple[int, int]
    problem: ExportProblem | None = None
    detail: str = ""


def encode(image: Image.Image, quality: int, dpi: int) -> bytes:
    """Baseline JPEG bytes of `image` with a JFIF resolution and no other metadata."""
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, optimize=True, dpi=(dpi, dpi))
    return buffer.getvalue()


def to_srgb(image: Image.Image) -> Image.Image:
    """The pixels converted to sRGB when the photo carries another colour profile (a phone's
    Display P3), since documents and PDF viewers take untagged pixels as sRGB."""
    profile = image.info.get("icc_profile")
    if not profile:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        if "srgb" in ImageCms.getProfileDescription(source).lower():
            return image
        converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):  # a broken profile: keep the pixels
        return image
    return converted if converted is not None else image


def placeholder(box: tuple[int, int], quality: int, dpi: int) -> bytes:
    """An empty framed box with a cross, the size of the photo that should be there."""
    width, height = box
    image = Image.new("RGB", (width, height), PLACEHOLDER_FILL)
    draw = ImageDraw.Draw(image)
    line = max(2, min(width, height) // 150)
    draw.rectangle((0, 0, width - 1, height - 1), outline=PLACEHOLDER_LINE, width=line)
    draw.line((0, 0, width - 1, height - 1), fill=PLACEHOLDER_LINE, width=line)
    draw.line((0, height - 1, width - 1, 0), fill=PLACEHOLDER_LINE, width=line)
    return encode(image, quality, dpi)


def prepare(
    photo_id: int, path: Path, box: tuple[int, int], quality: int, dpi: int
) -> PreparedImage:
    """One photo fitted into `box` pixels (never enlarged), or its placeholder."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as error:
        return _stand_in(photo_id, box, quality, dpi, ExportProblem.PHOTO_MISSING, str(error))
    except OSError as error:
        return _stand_in(photo_id, box, quality, dpi, ExportProblem.PHOTO_UNREADABLE, str(error))
    try:
        image = to_srgb(scaled_upright(data, box))
    except DecodeError as error:
        return _stand_in(photo_id, box, quality, dpi, ExportProblem.PHOTO_UNREADABLE, str(error))
    return PreparedImage(photo_id, encode(image, quality, dpi), image.size)


def _stand_in(
    photo_id: int,
    box: tuple[int, int],
    quality: int,
    dpi: int,
    problem: ExportProblem,
    detail: str,
) -> PreparedImage:
    return PreparedImage(photo_id, placeholder(box, quality, dpi), box, problem, detail)


def prepare_slots(
    layout: Layout,
    slots: Sequence[Slot],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> dict[int, PreparedImage]:
    """Prepare the photos of `slots` on a pool of `workers` threads (default: one per CPU).

    Returns them by photo id. `progress(done, total)` is called on this thread as photos
    finish; when `cancelled()` turns true the work still queued is dropped and
    ExportCancelledError is raised.
    """
    settings = layout.settings
    total = len(slots)
    prepared: dict[int, PreparedImage] = {}
    if progress:
        progress(0, total)
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
        pending: set[Future[PreparedImage]] = {
            pool.submit(
                prepare,
                slot.entry.photo.id,
                slot.entry.path,
                layout.pixel_box(slot),
                settings.jpeg_quality,
                settings.dpi,
            )
            for slot in slots
        }
        while pending:
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                image = future.result()
                prepared[image.photo_id] = image
            if done and progress:
                progress(len(prepared), total)
            if cancelled and cancelled():
                for future in pending:
                    future.cancel()
                raise ExportCancelledError()
    return prepared


def prepare_all(
    layout: Layout,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> dict[int, PreparedImage]:
    """Every photo of the layout, prepared (see `prepare_slots`)."""
    return prepare_slots(
        layout, list(layout.slots()), progress=progress, cancelled=cancelled, workers=workers
    )
