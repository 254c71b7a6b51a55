"""What makes two photos alike, and how sharp each is, measured on the import's thumbnail.

`likeness_of(thumbnail)` gives a 64-bit perceptual hash (a difference hash, dHash, as
imagehash's `dhash` computes it) and a sharpness score (the variance of the Laplacian). Both
read the 256-pixel thumbnail the importer makes anyway, so the photo is never decoded twice.

Pillow alone does it, so neither numpy nor imagehash (with numpy, scipy and PyWavelets: about
100 MB more to install and bundle, see benchmarks/README.md) is a dependency. On the generated
bursts of tests/burst_photos.py the dHash told bursts from other scenes better than a pHash
(the sign of the lowest 8x8 DCT frequencies against their median), whose bits are dominated by
the layout every trip photo shares (bright above, dark below); it is also cheaper: one resize
and 64 comparisons, no transform.

`missing_likeness` fills in the photos of an older project (made before schema 6) from the
thumbnail cache, in batches, for the CLI and for the GUI's background task alike.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageFilter, ImageStat

from photoapp.storage.decode import DecodeError
from photoapp.storage.photo_file import FileRefusedError
from photoapp.storage.thumbnails import ThumbnailCache, make_thumbnail

if TYPE_CHECKING:
    from photoapp.domain.model import Photo
    from photoapp.storage.project import Project
    from photoapp.storage.store import ProjectStore

HASH_SIDE = 8  # 8 rows of 8 neighbour comparisons: 64 bits
SHARPNESS_SIDE = 256  # sharpness is measured at this longest side, whatever the photo's size
_SIGNED = 1 << 63
# Pillow filters "L" pictures into "L" pictures (clipped to 0-255, and "F" is not filtered), so
# the Laplacian is taken as its positive and its negative part, each halved so that steps of up
# to 510 levels fit; the two never overlap, which is all the variance needs (see `sharpness`).
_LAPLACIAN_UP = ImageFilter.Kernel((3, 3), (0, 1, 0, 1, -4, 1, 0, 1, 0), scale=2, offset=0)
_LAPLACIAN_DOWN = ImageFilter.Kernel((3, 3), (0, -1, 0, -1, 4, -1, 0, -1, 0), scale=2, offset=0)


@dataclass(frozen=True)
class Likeness:
    """A photo's perceptual hash (signed 64-bit, as SQLite stores integers) and sharpness."""

    phash: int
    sharpness: float


def likeness_of(thumbnail: Image.Image) -> Likeness:
    """The hash and sharpness of an upright thumbnail (any mode, any size up to 256 px)."""
    grey = thumbnail.convert("L") if thumbnail.mode != "L" else thumbnail
    return Likeness(perceptual_hash(grey), sharpness(grey))


def perceptual_hash(grey: Image.Image) -> int:
    """The difference hash (dHash) of a grey picture, as a signed 64-bit integer.

    The picture is reduced to 9x8 pixels; each bit says whether a pixel is brighter than its
    right-hand neighbour (row by row, the first bit the highest). Brightness and contrast
    changes keep the bits, small shifts and zooms flip few of them.
    """
    small = grey.resize((HASH_SIDE + 1, HASH_SIDE), Image.Resampling.LANCZOS).tobytes()
    value = 0
    for y in range(HASH_SIDE):
        row = small[y * (HASH_SIDE + 1) : (y + 1) * (HASH_SIDE + 1)]
        for x in range(HASH_SIDE):
            value = (value << 1) | (row[x] > row[x + 1])
    return value - (1 << 64) if value >= _SIGNED else value


def sharpness(grey: Image.Image) -> float:
    """The variance of the Laplacian over the picture's own contrast, at a fixed size.

    Measured at SHARPNESS_SIDE pixels on the longest side, so photos from cameras of other
    resolutions compare; divided by the grey picture's variance, so an under-exposed shot of a
    burst is not taken for a blurred one. Higher is sharper; a flat picture scores 0.
    """
    width, height = grey.size
    longest = max(width, height)
    if longest != SHARPNESS_SIDE and longest > 0:
        scale = SHARPNESS_SIDE / longest
        grey = grey.resize(
            (max(1, round(width * scale)), max(1, round(height * scale))),
            Image.Resampling.BILINEAR,
        )
    if min(grey.size) < 3:
        return 0.0
    # The one-pixel border, where the kernel reads outside the picture, is left out.
    inside = (1, 1, grey.width - 1, grey.height - 1)
    up = ImageStat.Stat(grey.filter(_LAPLACIAN_UP).crop(inside))
    down = ImageStat.Stat(grey.filter(_LAPLACIAN_DOWN).crop(inside))
    count = up.count[0]
    # Laplacian = 2 * (up - down), where at most one of up and down is non-zero per pixel.
    mean = 2 * (up.sum[0] - down.sum[0]) / count
    variance = 4 * (up.sum2[0] + down.sum2[0]) / count - mean * mean
    contrast = ImageStat.Stat(grey).var[0]
    if contrast < 1.0:  # a flat picture: nothing to be sharp about
        return 0.0
    return float(max(0.0, variance) / contrast)


def hamming(first: int, second: int) -> int:
    """How many of the 64 bits two hashes differ in."""
    return ((first ^ second) & ((1 << 64) - 1)).bit_count()


# ---- older projects: filling in what schema 6 added ------------------------------------------

LIKENESS_BATCH = 64  # photos written per transaction while filling in


@dataclass(frozen=True)
class Missing:
    """A photo without likeness: its id, content hash (its thumbnail's key) and file."""

    photo_id: int
    sha256: str
    path: Path


def missing_likeness(project: ProjectStore) -> list[Missing]:
    """The project's photos that have no hash or sharpness yet, oldest first."""
    query = "SELECT id, sha256, path FROM photo WHERE phash IS NULL OR sharpness IS NULL"
    return [
        Missing(int(row[0]), str(row[1]), project.folder / str(row[2]))
        for row in project.connection.execute(query + " ORDER BY id")
    ]


def cached_likeness(thumbnail_file: Path) -> Likeness | None:
    """The likeness of a cached thumbnail (a small JPEG), or None when it cannot be read."""
    try:
        with Image.open(thumbnail_file) as image:
            image.draft("L", image.size)  # only the grey is needed: JPEG skips the colour
            return likeness_of(image)
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def compute_likeness(missing: Missing, cache: ThumbnailCache) -> Likeness | None:
    """One photo's likeness: from its cached thumbnail, else from a thumbnail made (and
    cached) from its file; None when neither can be read (a missing or damaged file). Runs on
    worker threads: it touches only the files and the thumbnail cache."""
    found = cached_likeness(cache.path_for(missing.sha256))
    if found is not None:
        return found
    try:
        _sha256, thumbnail = make_thumbnail(cache, missing.path)
    except (FileRefusedError, DecodeError, OSError, ValueError, MemoryError):
        return None
    return likeness_of(thumbnail)


def fill_missing(
    project: Project,
    cache: ThumbnailCache,
    *,
    workers: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[int, Likeness]:
    """Compute the likeness the project lacks and store it, LIKENESS_BATCH photos per
    transaction (so an interrupted run keeps what it did); returns what it computed.

    A read-only project is not written, but what was computed is returned all the same, so
    `photoapp similar` works on it. The CLI calls this; the GUI runs `compute_likeness` on its
    thread pool and writes each batch with `Project.set_likeness` on its own thread.
    """
    computed: dict[int, Likeness] = {}
    todo = missing_likeness(project)
    if not todo:
        return computed
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
        for batch in batches(todo):
            if cancelled is not None and cancelled():
                break
            found = {
                item.photo_id: like
                for item, like in zip(
                    batch, pool.map(lambda item: compute_likeness(item, cache), batch), strict=True
                )
                if like is not None
            }
            if not project.read_only:
                project.set_likeness(found)
            computed.update(found)
    return computed


def photos_with_likeness(project: Project, cache: ThumbnailCache) -> list[Photo]:
    """The project's photos, those without likeness computed first (`fill_missing`): what
    `photoapp similar` and `photoapp suggest` group. In a read-only project the computed
    values are put into the records returned, since they cannot be stored."""
    computed = fill_missing(project, cache)
    photos = project.photos()
    if not project.read_only or not computed:
        return photos
    return [
        replace(photo, phash=computed[photo.id].phash, sharpness=computed[photo.id].sharpness)
        if photo.id in computed
        else photo
        for photo in photos
    ]


def batches(items: Sequence[Missing], size: int = LIKENESS_BATCH) -> Iterator[Sequence[Missing]]:
    """`items` in runs of `size`, each written in one transaction."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
