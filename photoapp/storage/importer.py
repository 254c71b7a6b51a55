"""Importing photo files into a project: find, read, hash, check, thumbnail, add.

Reading a file is a pure function (`analyse`) run on a thread pool over all cores: Pillow's
decoders, its resizing and hashlib release the GIL, so threads scale without the cost of
processes. The project is written on the calling thread only, in batches, so a cancelled or
crashed import keeps what it had added.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from photoapp.storage.decode import SUFFIXES, DecodeError, DecodeProblem, open_image, scaled_upright
from photoapp.storage.exif import MetadataWarning, read_metadata
from photoapp.storage.project import NewPhoto, Project
from photoapp.storage.thumbnails import THUMBNAIL_SIZE, ThumbnailCache

_IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini"})
_IGNORED_SUFFIXES = frozenset({".photoapp", ".photoapp-journal"})  # the project file itself
_BATCH = 32


class RejectReason(Enum):
    """Why a file was not imported; the GUI and CLI word it in the user's language."""

    NOT_FOUND = "not-found"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported"
    EMPTY = "empty"
    NOT_IMAGE = "not-image"
    TRUNCATED = "truncated"
    TOO_LARGE = "too-large"
    DAMAGED = "damaged"


_FROM_DECODE = {
    DecodeProblem.EMPTY: RejectReason.EMPTY,
    DecodeProblem.NOT_IMAGE: RejectReason.NOT_IMAGE,
    DecodeProblem.TRUNCATED: RejectReason.TRUNCATED,
    DecodeProblem.TOO_LARGE: RejectReason.TOO_LARGE,
    DecodeProblem.DAMAGED: RejectReason.DAMAGED,
}


@dataclass(frozen=True)
class Rejected:
    """A file that was skipped, and why (`detail`: what the library said, for the curious)."""

    path: Path
    reason: RejectReason
    detail: str = ""


@dataclass(frozen=True)
class Duplicate:
    """A file whose content the project (or this import) already has."""

    path: Path
    existing_id: int | None  # None when the twin came earlier in the same import


@dataclass
class ImportReport:
    """The outcome of one import: every file given ends in exactly one of the three lists."""

    imported: list[tuple[Path, int]] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[tuple[Path, MetadataWarning]] = field(default_factory=list)
    cancelled: bool = False


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[Rejected]]:
    """The photo files in `paths`, folders searched recursively, in a stable order.

    Inside folders, files whose type is not a photo type are reported as unsupported; hidden
    files and the system's thumbnail files are passed over silently.
    """
    files: list[Path] = []
    rejected: list[Rejected] = []
    for given in paths:
        if given.is_dir():
            for root, dirs, names in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    path = Path(root) / name
                    if (
                        name.startswith(".")
                        or name.lower() in _IGNORED_NAMES
                        or path.suffix.lower() in _IGNORED_SUFFIXES
                    ):
                        continue
                    if path.suffix.lower() in SUFFIXES:
                        files.append(path)
                    else:
                        rejected.append(Rejected(path, RejectReason.UNSUPPORTED))
        elif given.is_file():
            files.append(given)  # a file named explicitly is tried whatever its suffix
        else:
            rejected.append(Rejected(given, RejectReason.NOT_FOUND))
    return list(dict.fromkeys(files)), rejected


def analyse(path: Path, cache: ThumbnailCache) -> NewPhoto | Rejected:
    """Read one file: hash it, check it decodes, read its metadata, make its thumbnail.

    Runs on worker threads; touches nothing but the file and the thumbnail cache.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        return Rejected(path, RejectReason.UNREADABLE, error.strerror or str(error))
    try:
        image = open_image(data)
        metadata = read_metadata(data, image)
        sha256 = hashlib.sha256(data).hexdigest()
        if not cache.has(sha256):
            # Decoding the whole file (at draft scale) is also the check that it is complete.
            cache.put(sha256, scaled_upright(data, (THUMBNAIL_SIZE, THUMBNAIL_SIZE)))
    except DecodeError as error:
        return Rejected(path, _FROM_DECODE[error.problem], error.detail)
    except OSError as error:
        return Rejected(path, RejectReason.DAMAGED, str(error))
    return NewPhoto(path, len(data), sha256, metadata)


class ImportBatch:
    """One import's bookkeeping on the thread that owns the project.

    `todo` lists what to read; results of `analyse` (from any worker) are handed to `accept` in
    any order; `finish` adds the last batch and returns the report. The CLI drives it with a
    thread pool, the GUI with Qt's, and both get the same rules for duplicates and batches.
    """

    def __init__(
        self, project: Project, files: Sequence[Path], rejected: Sequence[Rejected]
    ) -> None:
        """Plan the import of `files`, as `collect` found them (with what it rejected)."""
        self.project = project
        self.report = ImportReport(rejected=list(rejected))
        self.todo: list[Path] = []
        for path in files:
            existing = project.photo_id_for(path=path)
            if existing is not None:
                self.report.duplicates.append(Duplicate(path, existing))
            else:
                self.todo.append(path)
        self.total = len(files)
        self.done = self.total - len(self.todo)
        self._seen: set[str] = set()
        self._batch: list[NewPhoto] = []

    @classmethod
    def of_paths(cls, project: Project, paths: Sequence[Path]) -> ImportBatch:
        """Plan the import of files and folders (folders are searched here, on this thread)."""
        return cls(project, *collect(paths))

    def accept(self, result: NewPhoto | Rejected) -> None:
        """Take one analysed file: reject it, note it as a duplicate, or queue it to be added."""
        self.done += 1
        if isinstance(result, Rejected):
            self.report.rejected.append(result)
            return
        existing = self.project.photo_id_for(sha256=result.sha256)
        if existing is not None or result.sha256 in self._seen:
            self.report.duplicates.append(Duplicate(result.path, existing))
            return
        self._seen.add(result.sha256)
        self._batch.append(result)
        self.report.warnings.extend((result.path, w) for w in result.metadata.warnings)
        if len(self._batch) >= _BATCH:
            self.flush()

    def flush(self) -> list[int]:
        """Add the queued photos in one transaction; returns their ids."""
        if not self._batch:
            return []
        ids = self.project.add_photos(self._batch)
        added: list[int] = []
        for new, pid in zip(self._batch, ids, strict=True):
            if pid is None:
                existing = self.project.photo_id_for(sha256=new.sha256)
                self.report.duplicates.append(Duplicate(new.path, existing))
            else:
                self.report.imported.append((new.path, pid))
                added.append(pid)
        self._batch.clear()
        return added

    def finish(self, *, cancelled: bool = False) -> ImportReport:
        """Add what is left and return the report."""
        self.flush()
        self.report.cancelled = cancelled
        return self.report


ProgressCallback = Callable[[int, int], None]


def import_paths(
    project: Project,
    paths: Sequence[Path],
    cache: ThumbnailCache | None = None,
    *,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import files and folders into `project`; a bad file is reported, never fatal.

    `progress(done, total)` is called on the calling thread; `cancelled()` is polled between
    files and stops the import, keeping what was already added.
    """
    cache = cache or ThumbnailCache()
    batch = ImportBatch.of_paths(project, paths)
    if progress:
        progress(batch.done, batch.total)
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
        futures: list[Future[NewPhoto | Rejected]] = [
            pool.submit(analyse, path, cache) for path in batch.todo
        ]
        for future in futures:
            if cancelled is not None and cancelled():
                for pending in futures:
                    pending.cancel()
                return batch.finish(cancelled=True)
            batch.accept(future.result())
            if progress:
                progress(batch.done, batch.total)
    return batch.finish()
