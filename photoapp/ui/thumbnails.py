"""Thumbnails and previews for the views, loaded off the GUI thread and kept in memory.

The on-disk cache (made at import) is read on a worker into a QImage; the GUI thread turns it
into a QPixmap. A cache cleared by the system is refilled from the original file.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QObject, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from photoapp.storage.decode import DecodeError, scaled_upright
from photoapp.storage.photo_file import FileRefusedError, open_photo_file
from photoapp.storage.thumbnails import ThumbnailCache, make_thumbnail
from photoapp.ui.tasks import TaskRunner

GRID_SIZE = QSize(160, 160)
_MEMORY_LIMIT = 1000  # thumbnails kept as pixmaps (~200 KB each at 256 px)
_PRIORITIES = 1 << 30  # request counts wrap here (QThreadPool takes an int)


def to_qimage(image: Image.Image) -> QImage:
    """A Pillow RGB image as a QImage that owns its pixels (safe off the GUI thread)."""
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def load_thumbnail(cache: ThumbnailCache, sha256: str, original: Path) -> QImage | None:
    """The photo's thumbnail as a QImage, made again from the original if the cache lost it.

    A thumbnail made again is cached under the hash of the bytes it was made from: if the file
    changed since import, that is not `sha256`, and another project holding the original
    content must not be shown this picture under it.
    """
    path = cache.path_for(sha256)
    if path.is_file():
        image = QImage(str(path))
        if not image.isNull():
            return image
    try:
        _, thumbnail = make_thumbnail(cache, original)
    except (OSError, DecodeError, FileRefusedError):
        return None
    return to_qimage(thumbnail)


def load_preview(original: Path, size: int) -> QImage | None:
    """The photo upright, fitted in a `size` square, or None if the file cannot be read."""
    try:
        with open_photo_file(original) as stream:  # not a FIFO or a device: never hangs
            return to_qimage(scaled_upright(stream, (size, size)))
    except (OSError, DecodeError, FileRefusedError):
        return None


class ThumbnailProvider(QObject):
    """Hands out grid-sized pixmaps by content hash; `ready(sha256)` when one has loaded."""

    ready = Signal(str)
    preview_ready = Signal(int, QImage)  # photo id, image

    def __init__(self, cache: ThumbnailCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache or ThumbnailCache()
        pool = QThreadPool(self)
        pool.setMaxThreadCount(max(1, QThreadPool.globalInstance().maxThreadCount()))
        self._tasks = TaskRunner(self, pool)
        self._pixmaps: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._loading: set[str] = set()
        # The latest request loads first: what the grid paints now (the rows in view), before
        # rows a fast scroll asked for and left behind.
        self._requests = 0

    def pixmap(self, sha256: str, original: Path | Callable[[], Path]) -> QPixmap | None:
        """The thumbnail if loaded; otherwise None now and `ready(sha256)` later. `original`:
        the photo's file, or what finds it (asked only when the thumbnail has to be loaded: the
        grid asks for a page of kept thumbnails at every scroll step)."""
        if sha256 in self._pixmaps:
            self._pixmaps.move_to_end(sha256)
            return self._pixmaps[sha256]
        if sha256 not in self._loading:
            self._loading.add(sha256)
            cache = self.cache
            if not isinstance(original, Path):
                original = original()
            self._requests += 1
            self._tasks.submit(
                lambda: load_thumbnail(cache, sha256, original),
                lambda image: self._loaded(sha256, image),
                priority=self._requests % _PRIORITIES,
            )
        return self._pixmaps.get(sha256)  # there already when the task ran synchronously

    def _loaded(self, sha256: str, image: QImage | None) -> None:
        self._loading.discard(sha256)
        # Kept at the cache's size (256 px), not the grid's: the export preview shows photos
        # larger than the grid does, and the views scale down as they paint.
        self._pixmaps[sha256] = QPixmap.fromImage(image) if image is not None else None
        while len(self._pixmaps) > _MEMORY_LIMIT:
            self._pixmaps.popitem(last=False)
        self.ready.emit(sha256)

    def request_preview(self, photo_id: int, original: Path, size: int) -> None:
        """Load a large upright view of a photo; `preview_ready` brings it (null if unreadable)."""
        self._tasks.submit(
            lambda: load_preview(original, size),
            lambda image: self.preview_ready.emit(
                photo_id, image if image is not None else QImage()
            ),
            priority=_PRIORITIES,  # the one photo the user opened: before any thumbnail
        )

    def forget(self, sha256: str) -> None:
        """Drop a pixmap (e.g. when its file came back), so it is loaded again."""
        self._pixmaps.pop(sha256, None)
