"""The on-disk thumbnail cache, keyed by content hash, so no thumbnail is ever made twice.

It lives in the user cache folder (platformdirs), shared by all projects: the same photo in two
trips has one thumbnail. Files are written to a temporary name and renamed, so two workers or
two program instances never see half a thumbnail.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PIL import Image
from platformdirs import user_cache_path

THUMBNAIL_SIZE = (
    256  # longest side in pixels; the grid shows up to 160 px, 256 stays sharp on HiDPI
)
# The reduction from the draft decode (about twice the size) to the thumbnail: bicubic, Pillow's
# own choice for thumbnails, is as sharp at this ratio and a third cheaper than Lanczos, which
# counts at import (a few per cent of each photo's whole reading).
THUMBNAIL_RESAMPLE = Image.Resampling.BICUBIC
CACHE_ENV = "PHOTOAPP_CACHE_DIR"


def default_cache_dir() -> Path:
    """Where thumbnails go: $PHOTOAPP_CACHE_DIR, else the platform's user cache folder."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else user_cache_path("photoapp") / "thumbnails"


class ThumbnailCache:
    """JPEG thumbnails at `root/ab/abcdef….jpg` for a photo whose SHA-256 is `abcdef…`."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else default_cache_dir()

    def path_for(self, sha256: str) -> Path:
        """Where the thumbnail of this content is (or would be) stored."""
        return self.root / sha256[:2] / f"{sha256}.jpg"

    def has(self, sha256: str) -> bool:
        """Whether a thumbnail of this content is cached."""
        return self.path_for(sha256).is_file()

    def put(self, sha256: str, image: Image.Image) -> Path:
        """Store an (already upright, already small) thumbnail atomically."""
        target = self.path_for(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as stream:
                image.save(stream, "JPEG", quality=85, optimize=False)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return target


def make_thumbnail(cache: ThumbnailCache, path: Path) -> tuple[str, Image.Image]:
    """A thumbnail of the file as it is now, cached under the hash of the bytes it was made
    from (which, for a file changed since import, is not the hash the project has).

    Raises FileRefusedError or DecodeError for a file that cannot be shown.
    """
    from photoapp.storage import photo_file
    from photoapp.storage.decode import decode_cost, fit_upright, open_image
    from photoapp.storage.memory import DECODING

    box = (THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    with photo_file.open_photo_file(path) as stream:
        before = photo_file.stamp(stream)
        image = open_image(stream)
        sha256 = photo_file.hash_stream(stream)
        with DECODING.reserve(decode_cost(image, box)):
            thumbnail = fit_upright(image, box, THUMBNAIL_RESAMPLE)
        if photo_file.stamp(stream) != before:
            raise photo_file.FileRefusedError(photo_file.FileProblem.CHANGED)
    cache.put(sha256, thumbnail)
    return sha256, thumbnail
