"""Filling in, in the background, the likeness (perceptual hash and sharpness) that the photos
of a project made before schema 6 lack.

The window opens at once: the photos are read on Qt's thread pool one batch at a time (mostly
their small cached thumbnails), and each batch is stored on the GUI thread in one transaction
(the project's connection belongs to it), whose change event updates the views. One batch at a
time keeps a core free for the window and its thumbnails; a read-only project is left alone.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from photoapp.storage.errors import ProjectWriteError
from photoapp.storage.likeness import Likeness, Missing, compute_likeness, missing_likeness
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.session import ProjectSession
from photoapp.ui.tasks import TaskRunner

_log = logging.getLogger(__name__)

BATCH = 256  # photos per transaction: each one's event makes the photo views read afresh


class LikenessFiller(QObject):
    """Computes and stores the likeness a project's photos lack; `finished(count)` at the end."""

    finished = Signal(int)

    def __init__(self, session: ProjectSession, cache: ThumbnailCache) -> None:
        super().__init__(session)
        self.session = session
        self.cache = cache
        self.runner = TaskRunner(self)
        self.stored = 0
        self._todo: list[Missing] = []
        self._stopped = False

    def start(self) -> None:
        """Begin (nothing to do for a project whose photos all have it, or a read-only one)."""
        if self.session.read_only is not None:
            return
        self._todo = missing_likeness(self.session.project)
        if self._todo:
            self._next()

    def stop(self) -> None:
        """Stop before the project is closed: a batch still running is dropped."""
        self._stopped = True
        self.runner.cancel_pending()

    def _next(self) -> None:
        if self._stopped or not self._todo:
            self.finished.emit(self.stored)
            return
        batch, self._todo = self._todo[:BATCH], self._todo[BATCH:]
        cache = self.cache

        def work() -> dict[int, Likeness]:
            found = {item.photo_id: compute_likeness(item, cache) for item in batch}
            return {pid: like for pid, like in found.items() if like is not None}

        self.runner.submit(work, self._store)

    def _store(self, found: dict[int, Likeness]) -> None:
        if self._stopped or self.session.read_only is not None:
            return
        try:
            self.session.project.set_likeness(found)
        except ProjectWriteError as error:
            # Not the user's edit: nothing to tell them, the next opening tries again.
            _log.info("likeness not stored: %s", error)
            self._stopped = True
            return
        self.stored += len(found)
        self._next()
