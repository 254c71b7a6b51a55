"""Importing in the GUI: files are found and read on a thread pool, added on the GUI thread,
shown at once as tiles, cancellable.

The folder search streams: each file it finds is announced (`found`, so the grid shows a tile
for it at once) and queued to be read while the search goes on. Each file is read twice on the
pool: first its embedded preview (milliseconds, queued ahead of all decoding, `previews`), then
the real reading (`storage.importer.analyse`: hash, check, sharp thumbnail; `read`). Results
are gathered and handed to the GUI thread's side every few tens of milliseconds, so hundreds of
files cost a few model updates rather than hundreds; there the same `ImportBatch` as the command
line's decides about duplicates (one query for many files). The photos are added in small
transactions on a writer thread of their own, through a connection of its own
(`Project.writer`), batch after batch in order; the GUI thread records the ids each batch got
and tells the views (`Project.announce`), so a slow disk or a busy machine never blocks the
window while it writes. A file that will not become a photo is announced by `dropped` (its
Rejected or Duplicate), so its tile can go.

The import's threads run below the GUI thread's priority (`tasks.lower_this_thread`): with both
cores decoding, the window still gets a core at once when the user scrolls or types.

Whatever fails, the import ends (`finished` always comes, so a next import can start): a file
whose reading raised is rejected and the rest go on; a project that cannot take the photos
stops the import (the batches queued behind the failed one are not written), reports what was
added, and says why by `write_failed`. Cancel ends the import at once, waiting for the batch
being written, which is kept and reported.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Iterable
from contextlib import suppress
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage

from photoapp.domain.model import Photo
from photoapp.storage.decode import load_decoders
from photoapp.storage.embedded import embedded_thumbnail
from photoapp.storage.errors import ProjectWriteError
from photoapp.storage.importer import (
    ImportBatch,
    ImportReport,
    Rejected,
    RejectReason,
    analyse,
    import_workers,
    iter_collect,
)
from photoapp.storage.project import Change, NewPhoto, Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.tasks import TaskRunner, lower_this_thread, report_unexpected
from photoapp.ui.thumbnails import to_qimage

# How often gathered results reach the GUI thread's side: a model update (and a re-sort, a
# repaint) per tick, not per file; short enough that tiles still seem to change one by one.
DELIVERY_MS = 40
# The search hands over what it found at least this often (and after this many files), so the
# first tiles show while a big or slow folder is still being listed.
_SEARCH_CHUNK_S = 0.02
_SEARCH_CHUNK_FILES = 256
# Found files are looked up in the project (each path resolved: a few stat calls) 16 at a
# time, for at most about 8 ms an event-loop turn (a turn takes at least one slice).
_PLAN_SLICE = 16
_PLAN_SLICE_S = 0.008
# Photos added in one transaction by the writer: the user's own edits (a caption typed) wait
# for the transaction under way, so it is kept short (a few milliseconds).
_WRITE_BATCH = 16
# The writer waits for the user's editing to pause this long, at most _GIVE_WAY_MAX_S a batch.
_GIVE_WAY_PAUSE_S = 0.4
_GIVE_WAY_MAX_S = 5.0
# The previews read are handed over at least this often (the first tiles get theirs at once).
_PREVIEW_HANDOVER_S = 0.03


def read_previews(paths: list[Path]) -> dict[Path, QImage]:
    """The embedded previews of these files as QImages (those that have one); on the pool."""
    images = {}
    for path in paths:
        preview = embedded_thumbnail(path)
        if preview is not None:
            images[path] = to_qimage(preview)
    return images


class _PreviewRelay(QObject):
    """Lives in the GUI thread; the preview reader emits through it."""

    ready = Signal(object)  # {Path: QImage}


class _PreviewReader(QRunnable):
    """Reads the embedded previews of the files it is given, in order, on one thread for the
    whole import, and hands them over every few tens of milliseconds. One task an import, not
    one for every 16 files: handing out a task cost the GUI thread about half a millisecond,
    20 of them as a drop's tiles were shown."""

    def __init__(self, relay: _PreviewRelay) -> None:
        super().__init__()
        self.relay = relay
        self.todo: queue.SimpleQueue[list[Path]] = queue.SimpleQueue()
        self.stop = threading.Event()

    def run(self) -> None:
        lower_this_thread()
        ready: dict[Path, QImage] = {}
        last = time.monotonic()
        pending: deque[Path] = deque()
        while not self.stop.is_set():
            if not pending:
                if ready:  # nothing more to read now: hand over what is read
                    self._hand_over(ready)
                    ready, last = {}, time.monotonic()
                try:
                    pending.extend(self.todo.get(timeout=0.1))
                except queue.Empty:
                    continue
                continue
            path = pending.popleft()
            ready.update(read_previews([path]))
            if time.monotonic() - last >= _PREVIEW_HANDOVER_S:
                self._hand_over(ready)
                ready, last = {}, time.monotonic()

    def _hand_over(self, images: dict[Path, QImage]) -> None:
        if images and not self.stop.is_set():
            with suppress(RuntimeError):  # (unless the relay went with the application)
                self.relay.ready.emit(images)


class _SearchRelay(QObject):
    """Lives in the GUI thread; the search emits through it, so delivery is queued there."""

    # Path (to read) or Rejected, in the order found; and the paths' resolved forms, worked out
    # here rather than on the GUI thread, which looks them up in the project by them.
    found = Signal(list, object)  # (object: Qt would make the dict a map of strings)
    done = Signal()
    failed = Signal(object)


class _Search(QRunnable):
    """The folder search on the pool, handing over what it finds in small chunks."""

    def __init__(self, paths: Iterable[Path], relay: _SearchRelay) -> None:
        super().__init__()
        self.paths = list(paths)
        self.relay = relay
        self.stop = threading.Event()

    def run(self) -> None:
        lower_this_thread()
        try:
            self._search()
        except Exception as error:  # a search that raises must still end the import
            with suppress(RuntimeError):  # (unless the relay went with the application)
                self.relay.failed.emit(error)

    def _search(self) -> None:
        chunk: list[Path | Rejected] = []
        resolved: dict[Path, Path] = {}
        last = time.monotonic()
        for item in iter_collect(self.paths):
            if self.stop.is_set():
                return
            chunk.append(item)
            if isinstance(item, Path):
                with suppress(OSError, RuntimeError, ValueError):  # (then looked up as given)
                    resolved[item] = item.resolve()
            now = time.monotonic()
            if len(chunk) >= _SEARCH_CHUNK_FILES or now - last >= _SEARCH_CHUNK_S:
                self.relay.found.emit(chunk, resolved)
                chunk, resolved, last = [], {}, now
        if not self.stop.is_set():
            self.relay.found.emit(chunk, resolved)
            self.relay.done.emit()


class _WriteRelay(QObject):
    """Lives in the GUI thread; the writer emits through it, so delivery is queued there."""

    written = Signal()


class _Write(QRunnable):
    """One batch of photos added on the writer's thread, through the writer's own connection
    (`Project.writer`). After a failed write, the writes queued behind it do nothing: the
    import stops, and photos it does not report must not be in the project."""

    def __init__(
        self,
        writer: Project,
        photos: list[NewPhoto],
        halted: threading.Event,
        relay: _WriteRelay,
        user: Project,
        hurry: threading.Event,
    ) -> None:
        super().__init__()
        self.writer = writer
        self.photos = photos
        self.halted = halted
        self.relay = relay
        self.user = user  # the window's own connection: its edits are the user's
        self.hurry = hurry
        self.ids: list[int | None] = []
        self.added: list[Photo] = []  # read back after the commit, for the views
        self.error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        try:
            self._give_way()
            if self.halted.is_set():
                self.error = _SkippedError()
            else:
                self.ids = self.writer.add_photos(self.photos)
                # Read back here, where nothing waits for it: read by the GUI thread, it
                # would wait for the file's lock while the next batch is written.
                with suppress(Exception):  # (then the views read them themselves)
                    self.added = self.writer.photos([i for i in self.ids if i is not None])
        except BaseException as error:  # handed to the GUI thread, which stops the import
            self.error = error
            self.halted.set()
        finally:
            self.done.set()
            with suppress(RuntimeError):  # (unless the relay went with the application)
                self.relay.written.emit()

    def written_back(self) -> bool:
        """Whether `added` holds every photo this write added, as read back after it."""
        return len(self.added) == sum(1 for i in self.ids if i is not None)

    def _give_way(self) -> None:
        """While the user is editing (a caption being typed: an edit a keystroke), wait for a
        pause before writing: each of their edits would otherwise wait for this transaction.
        Not for ever (the photos must get into the project), nor once the import is ending."""
        until = time.monotonic() + _GIVE_WAY_MAX_S
        while time.monotonic() < until and not self.hurry.is_set() and not self.halted.is_set():
            if time.monotonic() - self.user.edited_at >= _GIVE_WAY_PAUSE_S:
                return
            self.hurry.wait(0.02)


class _SkippedError(Exception):
    """A write not tried because one before it failed."""


class ImportController(QObject):
    """Runs one import at a time into a project and reports progress and the outcome."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # ImportReport
    write_failed = Signal(object)  # ProjectWriteError: the project stopped taking photos
    # (object, not list or dict: Qt cannot copy Python objects such as Path into its types)
    found = Signal(object)  # [Path]: files to read (shown as tiles until they are photos)
    previews = Signal(object)  # {Path: QImage}: embedded previews read
    read = Signal(object)  # {Path: sha256}: files read, their sharp thumbnail in the cache
    dropped = Signal(object)  # [Rejected | Duplicate]: files that will not become photos

    def __init__(self, cache: ThumbnailCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache or ThumbnailCache()
        pool = QThreadPool(self)
        pool.setMaxThreadCount(import_workers())
        self._tasks = TaskRunner(self, pool, background=True)  # reading files
        # The search and the previews have their own threads: they are quick, and must not
        # wait behind decodes (a preview is what makes the drop feel instant).
        self._quick_pool = QThreadPool(self)
        self._quick_pool.setMaxThreadCount(2)
        self._quick = TaskRunner(self, self._quick_pool, background=True)
        self._batch: ImportBatch | None = None
        self._search: _Search | None = None  # set while the folders are being searched
        self._preview_reader: _PreviewReader | None = None  # set while previews may come
        self._results: list[NewPhoto | Rejected] = []  # gathered until the next delivery
        self._previews: dict[Path, QImage] = {}
        self._queue: deque[Path] = deque()  # found, not yet handed to the pool
        self._unplanned: deque[Path | Rejected] = deque()  # found, not yet looked up
        self._resolved: dict[Path, Path] = {}  # their resolved paths, as the search found them
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(1)  # a timer, not a posted call: other timers go between
        self._plan_timer.timeout.connect(self._plan_some)
        self._in_flight = 0  # handed to the pool, result not yet back
        self._ahead = 2 * import_workers() + 2
        self._pumping = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELIVERY_MS)
        self._timer.timeout.connect(self._deliver)
        # The database is written on a thread of its own, batch after batch in order, through
        # a connection of its own: the GUI thread only records the ids and tells the views.
        self._writer_pool = QThreadPool(self)
        self._writer_pool.setMaxThreadCount(1)
        self._writer: Project | None = None
        self._writes: deque[_Write] = deque()  # handed to the writer, not yet recorded
        self._halted = threading.Event()
        self._hurry = threading.Event()  # set: the writer no longer gives way to the user
        self._finishing = False  # everything is read: finish once the writes are recorded
        self._write_relay = _WriteRelay(self)
        self._write_relay.written.connect(self._written)

    def warm_up(self) -> None:
        """Load the decoders a first import needs, on a worker, before any drop (see
        storage.decode.load_decoders)."""
        self._quick.submit(load_decoders, lambda _none: None)

    @property
    def running(self) -> bool:
        """Whether an import is under way (its folders being searched, or its files read)."""
        return self._batch is not None

    def start(self, project: Project, paths: list[Path]) -> bool:
        """Begin importing `paths`; False (and nothing done) if an import is already running.

        Folders are searched on a worker (a network drive can take long to list), and each
        file found is read on the pool while the search goes on.
        """
        if self.running:
            return False
        self._batch = ImportBatch(project)
        self._batch.deferred = True  # full batches are written by `_write`, off this thread
        self._halted = threading.Event()
        self._hurry = threading.Event()
        self._finishing = False
        self.progress.emit(0, 0)
        relay = _SearchRelay(self)
        search = _Search(paths, relay)
        self._search = search
        relay.found.connect(partial(self._found, search))
        relay.done.connect(partial(self._searched, search))
        relay.failed.connect(partial(self._search_failed, search))
        if self._synchronous():
            search.run()
        else:
            self._quick_pool.start(search)
        return True

    def _synchronous(self) -> bool:
        return TaskRunner.synchronous

    # ---- the search -----------------------------------------------------------------------------

    def _found(
        self, search: _Search, items: list[Path | Rejected], resolved: dict[Path, Path]
    ) -> None:
        if self._batch is None or search is not self._search:  # cancelled meanwhile
            return
        self._unplanned.extend(items)
        self._resolved.update(resolved)
        if self._synchronous():
            while self._unplanned and self._batch is not None:
                self._plan_some()
        elif not self._plan_timer.isActive():
            self._plan_timer.start()

    def _plan_some(self) -> None:
        """Plan what the search found, for a few milliseconds: looking files up in the
        project is a few milliseconds for a hundred (their paths resolved by the search),
        so a big folder is taken a slice an event-loop turn, and the window answers in
        between."""
        batch = self._batch
        if batch is None:
            self._unplanned.clear()
            self._resolved.clear()
            return
        to_read: list[Path] = []
        began = time.perf_counter()
        while self._unplanned and time.perf_counter() - began < _PLAN_SLICE_S:
            count = min(_PLAN_SLICE, len(self._unplanned))
            items = [self._unplanned.popleft() for _ in range(count)]
            files = [item for item in items if isinstance(item, Path)]
            rejected = [item for item in items if isinstance(item, Rejected)]
            resolved = {f: self._resolved.pop(f) for f in files if f in self._resolved}
            try:
                to_read += batch.plan(files, rejected, resolved)
            except Exception:
                self._stop(None)
                raise
        if self._unplanned and not self._synchronous():
            self._plan_timer.start()
        if to_read:
            self.found.emit(to_read)
        # Previews by the preview reader, files to read a few at a time (see _pump): a task
        # costs the GUI thread a fraction of a millisecond to hand out.
        if to_read:
            self._read_previews(to_read)
        self._queue.extend(to_read)
        self._pump()
        if batch.total:
            self.progress.emit(batch.done, batch.total)
        if not self._unplanned and self._search is None:
            self._schedule()  # the search is over: finishes if everything was read already

    def _searching(self) -> bool:
        """Whether files may still be found: the search goes on, or what it found is not all
        planned yet."""
        return self._search is not None or bool(self._unplanned)

    def _searched(self, search: _Search) -> None:
        if search is not self._search:
            return
        self._search = None
        self._schedule()  # finishes if everything found was already read (or nothing was)

    def _search_failed(self, search: _Search, error: Exception) -> None:
        if search is not self._search:  # cancelled meanwhile: already reported
            return
        self._search = None
        self._forget_queue()
        self._tasks.cancel_pending()
        self._quick.cancel_pending()
        self._finish(cancelled=True)
        report_unexpected(error)

    # ---- results ------------------------------------------------------------------------------

    def _pump(self) -> None:
        """Keep a few files more than the workers can read queued in the pool, no more."""
        if self._pumping:  # (tasks run at once in tests: no recursion, the loop goes on)
            return
        self._pumping = True
        try:
            while self._queue and self._in_flight < self._ahead and self._batch is not None:
                path = self._queue.popleft()
                self._in_flight += 1
                self._tasks.submit(
                    partial(analyse, path, self.cache),
                    self._analysed,
                    partial(self._analyse_failed, path),
                )
        finally:
            self._pumping = False

    def _read_previews(self, paths: list[Path]) -> None:
        if self._synchronous():
            self._previewed(None, read_previews(paths))
            return
        if self._preview_reader is None:
            relay = _PreviewRelay(self)
            reader = _PreviewReader(relay)
            relay.ready.connect(partial(self._previewed, reader))
            self._preview_reader = reader
            self._quick_pool.start(reader)
        self._preview_reader.todo.put(paths)

    def _end_previews(self) -> None:
        reader, self._preview_reader = self._preview_reader, None
        if reader is not None:
            reader.stop.set()

    def _previewed(self, reader: _PreviewReader | None, images: dict[Path, QImage]) -> None:
        if reader is not self._preview_reader:  # of an import that ended meanwhile
            return
        if images and self._batch is not None:
            self._previews.update(images)
            self._schedule()

    def _analysed(self, result: NewPhoto | Rejected) -> None:
        self._in_flight -= 1
        self._on_result(result)
        self._pump()

    def _analyse_failed(self, path: Path, error: Exception) -> None:
        # Reading one file must never stop the import (nor leave it "running" for ever):
        # that file is rejected, the traceback is in the log, the others go on.
        detail = f"{type(error).__name__}: {error}"
        self._analysed(Rejected(path, RejectReason.UNREADABLE, detail))

    def _on_result(self, result: NewPhoto | Rejected) -> None:
        if self._batch is None:
            return
        self._results.append(result)
        self._schedule()

    def _schedule(self) -> None:
        if self._synchronous():
            self._deliver()
        elif not self._timer.isActive():
            self._timer.start()

    def _deliver(self) -> None:
        """Hand over what was gathered since the last delivery, in a few signals."""
        batch = self._batch
        if batch is None:
            return
        previews, self._previews = self._previews, {}
        results, self._results = self._results, []
        if previews:
            self.previews.emit(previews)
        read = {r.path: r.sha256 for r in results if isinstance(r, NewPhoto)}
        if read:
            self.read.emit(read)  # before they are added: the tiles sharpen first
        report = batch.report
        rejected, duplicates = len(report.rejected), len(report.duplicates)
        try:
            batch.accept_all(results)
            self._write(batch)
        except ProjectWriteError as error:
            self._stop(error)
            return
        except Exception:
            # A bug: stop, but still report what was imported and hide the progress (a stuck
            # progress bar would claim an import that is over); the error goes to the log.
            self._stop(None)
            raise
        gone = [*report.rejected[rejected:], *report.duplicates[duplicates:]]
        if gone:
            self.dropped.emit(gone)
        if not self._searching() and batch.done >= batch.total:
            self._finish()
        elif batch.total:
            self.progress.emit(batch.done, batch.total)

    def cancel(self) -> None:
        """Stop: files not yet read are skipped, photos already added stay."""
        if self._batch is None:
            return
        if self._search is not None:
            self._search.stop.set()
            self._search = None
        self._tasks.cancel_pending()
        self._quick.cancel_pending()
        self._results.clear()  # read but not added: dropped like the files not yet read
        self._previews.clear()
        self._forget_queue()
        self._finish(cancelled=True)

    def _forget_queue(self) -> None:
        self._end_previews()
        self._queue.clear()
        self._unplanned.clear()
        self._resolved.clear()
        self._plan_timer.stop()
        self._in_flight = 0  # what is in the pool is cancelled: its results are dropped

    # ---- writing --------------------------------------------------------------------------------

    def _write(self, batch: ImportBatch, *, all_of_it: bool = False) -> None:
        """Hand the full batches (or, `all_of_it`, whatever is accepted) to the writer.

        Synchronously (tests) they are written here, as the command line does; a failure
        raises ProjectWriteError. Otherwise the writer's thread writes them and `_written`
        records them, in order."""
        while True:
            photos = batch.take(all_of_it=all_of_it, size=_WRITE_BATCH)
            if not photos:
                return
            if self._synchronous():
                batch.added(photos, batch.project.add_photos(photos))
                continue
            if self._writer is None:
                self._writer = batch.project.writer()  # ProjectWriteError: as a failed write
            write = _Write(
                self._writer, photos, self._halted, self._write_relay, batch.project, self._hurry
            )
            self._writes.append(write)
            self._writer_pool.start(write)

    def _collect(self, batch: ImportBatch, *, wait: bool = False) -> BaseException | None:
        """Record the writes that are done (all of them, `wait`ing for them), in the order they
        were handed over, and tell the views of the photos added. Returns the first failure
        (the writes after it were not tried), or None."""
        if wait:
            self._hurry.set()  # (waited for here: nothing gives way any more)
            self._writer_pool.waitForDone()
        added: list[int] = []
        rows: list[Photo] | None = []
        known = len(batch.report.duplicates)
        error: BaseException | None = None
        while self._writes and self._writes[0].done.is_set():
            write = self._writes.popleft()
            if write.error is not None:
                self._writes.clear()
                error = write.error
                break
            added += batch.added(write.photos, write.ids)
            if rows is not None and write.written_back():
                rows += write.added
            else:
                rows = None  # (written synchronously: the views read them)
        if added:  # the batches written since the last look: one update of the views
            batch.project.announce(Change.PHOTOS, added, rows)
        twins = batch.report.duplicates[known:]  # the project had them meanwhile
        if twins:
            self.dropped.emit(twins)
        return error

    def _written(self) -> None:
        batch = self._batch
        if batch is None:
            return
        try:
            error = self._collect(batch)
        except Exception:
            self._stop(None)
            raise
        if error is not None:
            self._failed(error)
        elif self._finishing and not self._writes:
            self._finish()
        elif batch.total:
            self.progress.emit(batch.done, batch.total)

    def _failed(self, error: BaseException) -> None:
        """A write failed: the import stops; a file that cannot be written says why."""
        if isinstance(error, ProjectWriteError):
            self._stop(error)
            return
        self._stop(None)
        report_unexpected(error)  # a bug (or a rule broken): the log and the dialog

    def _close_writer(self) -> None:
        self._hurry.set()
        self._writer_pool.waitForDone()
        self._writes.clear()
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()

    def _finish(self, *, cancelled: bool = False) -> None:
        batch = self._batch
        if batch is None:
            return
        self._timer.stop()
        self._end_previews()  # (every file is read: its own thumbnail is there)
        try:
            self._write(batch, all_of_it=True)
            if self._writes and not cancelled:
                self._finishing = True  # `_written` finishes once they are recorded
                return
            error = self._collect(batch, wait=True)  # cancelled: at once, with what is added
            if error is not None:
                self._failed(error)
                return
            report: ImportReport = batch.finish(cancelled=cancelled)
        except ProjectWriteError as error:
            self._stop(error)
            return
        except Exception:
            self._stop(None)
            raise
        self._close_writer()
        self._batch = None
        self._finishing = False
        self.progress.emit(batch.total, batch.total)
        self.finished.emit(report)

    def _stop(self, error: ProjectWriteError | None) -> None:
        """End the import without adding more: report what was added before `error`."""
        batch, self._batch = self._batch, None
        if self._search is not None:
            self._search.stop.set()
            self._search = None
        self._timer.stop()
        self._results.clear()
        self._previews.clear()
        self._forget_queue()
        self._tasks.cancel_pending()
        self._quick.cancel_pending()
        self._halted.set()  # writes not yet begun are not tried
        self._writer_pool.clear()
        if batch is not None and error is None:
            # (what was written before a bug stopped the import is in the project: reported)
            late = self._collect(batch, wait=True)
            if isinstance(late, ProjectWriteError):
                error = late
        self._close_writer()
        self._finishing = False
        if batch is None:
            return
        report = batch.report  # the photos not yet added are not in it: they were not saved
        report.cancelled = True
        self.progress.emit(batch.total, batch.total)
        self.finished.emit(report)
        if error is not None:
            self.write_failed.emit(error)
