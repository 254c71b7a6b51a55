"""Importing photo files into a project: find, read, hash, check, thumbnail, add.

Reading a file is a pure function (`analyse`) run on worker threads: Pillow's decoders, its
resizing and hashlib release the GIL, so threads scale without the cost of processes. The
project is written in batches, so a cancelled or crashed import keeps what it had added: on
the calling thread (the command line), or, with a `deferred` ImportBatch, wherever its caller
writes the batches it `take`s (the window: a writer thread with its own connection).

One bad file never stops an import: whatever goes wrong while reading a file (any exception,
its time limit, a FIFO, a device, a file too big, a name that is not text) rejects that file
with a reason and the import goes on. No file is read whole into memory: it is decoded from the
open file, reduced as it decodes where the format allows, within a memory budget shared by the
workers, and hashed block by block as the decoder reads it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import BinaryIO, cast

from PIL import ImageFile

from photoapp.storage import photo_file
from photoapp.storage.decode import (
    SNIFF_BYTES,
    SUFFIXES,
    DecodeError,
    DecodeProblem,
    decode_cost,
    fit_upright,
    looks_like_photo,
    open_image,
)
from photoapp.storage.exif import MetadataWarning, read_metadata
from photoapp.storage.folders import Listed, files_below, is_folder
from photoapp.storage.likeness import likeness_of
from photoapp.storage.memory import DECODING, MemoryBudget
from photoapp.storage.photo_file import Deadline, FileProblem, FileRefusedError
from photoapp.storage.project import NewPhoto, Project
from photoapp.storage.thumbnails import THUMBNAIL_RESAMPLE, THUMBNAIL_SIZE, ThumbnailCache
from photoapp.storage.workers import each_in_order

_IGNORED_SUFFIXES = frozenset({".photoapp", ".photoapp-journal"})  # the project file itself
_BATCH = 32
_DECODE_BLOCK = 1 << 20  # bytes handed to the decoder at a time (see _analyse)


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
    NOT_REGULAR = "not-regular"
    FILE_TOO_BIG = "file-too-big"
    BAD_NAME = "bad-name"
    TIMED_OUT = "timed-out"
    CHANGED = "changed"
    FOLDER_UNREADABLE = "folder-unreadable"
    FAILED = "failed"


_FROM_DECODE = {
    DecodeProblem.EMPTY: RejectReason.EMPTY,
    DecodeProblem.NOT_IMAGE: RejectReason.NOT_IMAGE,
    DecodeProblem.TRUNCATED: RejectReason.TRUNCATED,
    DecodeProblem.TOO_LARGE: RejectReason.TOO_LARGE,
    DecodeProblem.DAMAGED: RejectReason.DAMAGED,
}
_FROM_FILE = {
    FileProblem.UNREADABLE: RejectReason.UNREADABLE,
    FileProblem.NOT_REGULAR: RejectReason.NOT_REGULAR,
    FileProblem.TOO_BIG: RejectReason.FILE_TOO_BIG,
    FileProblem.BAD_NAME: RejectReason.BAD_NAME,
    FileProblem.TIMED_OUT: RejectReason.TIMED_OUT,
    FileProblem.CHANGED: RejectReason.CHANGED,
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

    Inside folders, files are taken by their name's extension, or by their content when the
    name has none; other files are reported as unsupported, and hidden files and the system's
    thumbnail files are passed over silently. A file named explicitly is tried whatever it is.
    """
    files: list[Path] = []
    rejected: list[Rejected] = []
    for found in iter_collect(paths):
        if isinstance(found, Rejected):
            rejected.append(found)
        else:
            files.append(found)
    return files, rejected


def iter_collect(paths: Iterable[Path]) -> Iterator[Path | Rejected]:
    """`collect` as a stream: each file to read (once) or each rejection, as it is found.

    The window starts reading (and showing) the first files while a big folder is still
    being listed, instead of waiting for the whole tree.
    """
    seen: set[Path] = set()
    for given in paths:
        try:
            photo_file.check_name(given)
        except FileRefusedError as refused:
            yield Rejected(given, RejectReason.BAD_NAME, refused.detail)
            continue
        if is_folder(given):
            for found in files_below(given):
                if not isinstance(found, Listed):
                    yield Rejected(found.path, RejectReason.FOLDER_UNREADABLE, found.detail)
                    continue
                verdict = _in_folder(found.path)
                if isinstance(verdict, Rejected):
                    yield verdict
                elif verdict and found.path not in seen:
                    seen.add(found.path)
                    yield found.path
        elif os.path.lexists(given):
            if given not in seen:  # a file named explicitly is tried whatever its suffix
                seen.add(given)
                yield given
        else:
            yield Rejected(given, RejectReason.NOT_FOUND)


def _in_folder(path: Path) -> bool | Rejected:
    """Whether a file found in a folder is one to import: True, False (pass over) or why not."""
    suffix = path.suffix.lower()
    if suffix in _IGNORED_SUFFIXES:
        return False
    try:
        photo_file.check_name(path)
        if suffix in SUFFIXES:
            return True
        if suffix:
            return Rejected(path, RejectReason.UNSUPPORTED)
        with photo_file.open_photo_file(path) as stream:  # no extension: look inside
            head = stream.read(SNIFF_BYTES)
    except FileRefusedError as refused:
        return Rejected(path, _FROM_FILE[refused.problem], refused.detail)
    except OSError as error:
        return Rejected(path, RejectReason.UNREADABLE, error.strerror or str(error))
    return True if looks_like_photo(head) else Rejected(path, RejectReason.UNSUPPORTED)


def analyse(
    path: Path,
    cache: ThumbnailCache,
    deadline: Deadline | None = None,
    budget: MemoryBudget = DECODING,
) -> NewPhoto | Rejected:
    """Read one file: hash it, check it decodes, read its metadata, make its thumbnail.

    Runs on worker threads; touches nothing but the file and the thumbnail cache, and never
    raises: whatever goes wrong is the file's Rejected.
    """
    try:
        return _analyse(path, cache, deadline or Deadline(), budget)
    except FileRefusedError as refused:
        return Rejected(path, _FROM_FILE[refused.problem], refused.detail)
    except DecodeError as error:
        return Rejected(path, _FROM_DECODE[error.problem], error.detail)
    except MemoryError:
        return Rejected(path, RejectReason.TOO_LARGE, "out of memory")
    except OSError as error:
        return Rejected(path, RejectReason.DAMAGED, error.strerror or str(error))
    except Exception as error:  # a parser's bug on a crafted file: that file is rejected
        return failed(path, error)


def failed(path: Path, error: BaseException) -> Rejected:
    """The rejection of a file whose reading raised what nobody expected."""
    return Rejected(path, RejectReason.FAILED, f"{type(error).__name__}: {error}")


def timed_out(path: Path) -> Rejected:
    """The rejection of a file whose reading was given up after its time limit."""
    return Rejected(path, RejectReason.TIMED_OUT, f"over {photo_file.TIME_LIMIT:g} s")


def _analyse(
    path: Path, cache: ThumbnailCache, deadline: Deadline, budget: MemoryBudget
) -> NewPhoto:
    box = (THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    with photo_file.open_photo_file(path) as opened:
        before = photo_file.stamp(opened)
        # Hashed as the parsers read it: the decoder reads the whole file, so the file is
        # read once, not once for the hash and once more for the picture.
        reader = photo_file.HashingReader(opened)
        stream = cast(BinaryIO, reader)  # (it offers what parsers use of a binary file)
        image = open_image(stream)  # the header first: what is not a photo is not read on
        # The rest is fed to the decoder a megabyte at a time, not Pillow's 64 KB: each block
        # is a read and a hash through Python and a decoder call that takes the GIL again,
        # about 60 a photo that the other worker and the window waited behind. Measured in
        # turns with the two-core limit: import 0.90x of it (0.87x with 64 KB blocks).
        if isinstance(image, ImageFile.ImageFile):
            image.decodermaxblock = _DECODE_BLOCK
        metadata = read_metadata(stream, image)
        deadline.check()
        # Decoding the whole file (reduced) is also the check that it is complete. It is done
        # even when the cache has this content's thumbnail (known only once hashed): a
        # content imported before is the rare case, one file read the common one.
        with ExitStack() as reserved:
            with deadline.paused():  # waiting for memory is not this file's slowness
                reserved.enter_context(budget.reserve(decode_cost(image, box)))
            thumbnail = fit_upright(image, box, THUMBNAIL_RESAMPLE)
            if thumbnail is not image:  # (reduced in place, it is the thumbnail)
                image.close()  # its full-size pixels go before the reservation does
        deadline.check()
        sha256 = reader.hexdigest(deadline)  # what the decoder left unread, if anything
        if photo_file.stamp(opened) != before:
            # The hash and the picture must be of the same bytes.
            raise FileRefusedError(FileProblem.CHANGED)
    if not cache.has(sha256):
        cache.put(sha256, thumbnail)
    # From the thumbnail just made: no second decode, and the same whether cached or not.
    likeness = likeness_of(thumbnail)
    return NewPhoto(path, before[0], sha256, metadata, before[1], likeness)


class ImportBatch:
    """One import's bookkeeping on the thread that owns the project.

    `todo` lists what to read; results of `analyse` (from any worker) are handed to `accept` in
    any order; `finish` adds the last batch and returns the report. The CLI drives it with a
    thread pool, the GUI with Qt's, and both get the same rules for duplicates and batches.
    """

    def __init__(
        self, project: Project, files: Sequence[Path] = (), rejected: Sequence[Rejected] = ()
    ) -> None:
        """Plan the import of `files`, as `collect` found them (with what it rejected)."""
        self.project = project
        self.report = ImportReport()
        self.todo: list[Path] = []
        self.total = 0
        self.done = 0
        self._seen: set[str] = set()
        self._batch: list[NewPhoto] = []
        # Deferred: `accept` never writes; the caller `take`s full batches and writes them
        # where it likes (the window: on a thread of their own), then reports them `added`.
        self.deferred = False
        self.plan(files, rejected)

    def plan(
        self,
        files: Sequence[Path],
        rejected: Sequence[Rejected] = (),
        resolved: Mapping[Path, Path] | None = None,
    ) -> list[Path]:
        """Add more found files to the import (a folder search streams them); returns those
        of them to read, the others being already in the project or unreadable names.
        `resolved`: the files' resolved paths, where the search worked them out already."""
        self.report.rejected.extend(rejected)
        to_read: list[Path] = []
        known: dict[str | Path, int] = {}
        try:  # one query for all of them, not one a file
            known = self.project.photo_ids_for(paths=files, resolved=resolved)
        except (OSError, RuntimeError, ValueError):
            known = {}  # a bad name among them: each is looked up alone below
            lookup = True
        else:
            lookup = False
        for path in files:
            try:
                existing = self.project.photo_id_for(path=path) if lookup else known.get(path)
            except (OSError, RuntimeError, ValueError) as error:  # a symlink loop, a bad name
                self.report.rejected.append(Rejected(path, RejectReason.UNREADABLE, str(error)))
                self.done += 1
                continue
            if existing is not None:
                self.report.duplicates.append(Duplicate(path, existing))
                self.done += 1
            else:
                to_read.append(path)
        self.todo.extend(to_read)
        self.total += len(files)
        return to_read

    @classmethod
    def of_paths(cls, project: Project, paths: Sequence[Path]) -> ImportBatch:
        """Plan the import of files and folders (folders are searched here, on this thread)."""
        return cls(project, *collect(paths))

    def accept(self, result: NewPhoto | Rejected) -> None:
        """Take one analysed file: reject it, note it as a duplicate, or queue it to be added
        (a full batch is added at once unless the batch was made with `deferred`)."""
        self.accept_all([result])

    def accept_all(self, results: Sequence[NewPhoto | Rejected]) -> None:
        """`accept` for several results, their duplicates looked up in one query."""
        contents = [r.sha256 for r in results if isinstance(r, NewPhoto)]
        known = self.project.photo_ids_for(sha256=contents) if contents else {}
        for result in results:
            self.done += 1
            if isinstance(result, Rejected):
                self.report.rejected.append(result)
                continue
            existing = known.get(result.sha256)
            if existing is not None or result.sha256 in self._seen:
                self.report.duplicates.append(Duplicate(result.path, existing))
                continue
            self._seen.add(result.sha256)
            self._batch.append(result)
            self.report.warnings.extend((result.path, w) for w in result.metadata.warnings)
            if len(self._batch) >= _BATCH and not self.deferred:
                self.flush()

    def take(self, *, all_of_it: bool = False, size: int = _BATCH) -> list[NewPhoto]:
        """The queued photos to add now, taken off the queue: a batch of `size` once that
        many are queued (or, `all_of_it`, up to `size` of whatever is queued). The caller
        adds them (`Project.add_photos`, on any connection) and hands the ids to `added`,
        batch after batch in the order taken."""
        if len(self._batch) < size and not all_of_it:
            return []
        taken, self._batch = self._batch[:size], self._batch[size:]
        return taken

    def pending(self) -> int:
        """How many accepted photos wait in the queue, not yet taken nor added."""
        return len(self._batch)

    def added(self, photos: Sequence[NewPhoto], ids: Sequence[int | None]) -> list[int]:
        """Record photos `take` gave and the ids `add_photos` returned for them; returns the
        ids of those added (a None id: the project had it meanwhile, a duplicate)."""
        added: list[int] = []
        missing = [new.sha256 for new, pid in zip(photos, ids, strict=True) if pid is None]
        known = self.project.photo_ids_for(sha256=missing) if missing else {}
        for new, pid in zip(photos, ids, strict=True):
            if pid is None:
                self.report.duplicates.append(Duplicate(new.path, known.get(new.sha256)))
            else:
                self.report.imported.append((new.path, pid))
                added.append(pid)
        return added

    def flush(self) -> list[int]:
        """Add the queued photos in one transaction; returns their ids."""
        if not self._batch:
            return []
        photos, self._batch = self._batch, []
        return self.added(photos, self.project.add_photos(photos))

    def finish(self, *, cancelled: bool = False) -> ImportReport:
        """Add what is left and return the report."""
        self.flush()
        self.report.cancelled = cancelled
        return self.report


ProgressCallback = Callable[[int, int], None]


def import_workers() -> int:
    """How many files to read at once: one per core.

    Nearly all of a file's reading (decoding, resizing, hashing, file reads) runs with the GIL
    released, so one thread per core keeps every core busy.
    """
    return os.cpu_count() or 2


def import_paths(
    project: Project,
    paths: Sequence[Path],
    cache: ThumbnailCache | None = None,
    *,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    time_limit: float = photo_file.TIME_LIMIT,
) -> ImportReport:
    """Import files and folders into `project`; a bad file is reported, never fatal.

    `progress(done, total)` is called on the calling thread; `cancelled()` is polled between
    files and stops the import, keeping what was already added. A file whose reading takes
    longer than `time_limit` seconds is rejected and the import goes on without it.
    """
    cache = cache or ThumbnailCache()
    batch = ImportBatch.of_paths(project, paths)
    if progress:
        progress(batch.done, batch.total)
    results = each_in_order(
        batch.todo,
        lambda path, deadline: analyse(path, cache, deadline),
        timed_out=timed_out,
        failed=failed,
        workers=workers or import_workers(),
        time_limit=time_limit,
        grace=min(5.0, time_limit),
        cancelled=cancelled,
    )
    for result in results:
        batch.accept(result)
        if progress:
            progress(batch.done, batch.total)
        if cancelled is not None and cancelled():
            break
    if batch.done < batch.total:
        return batch.finish(cancelled=True)
    return batch.finish()
