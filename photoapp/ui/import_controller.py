"""Importing in the GUI: files are read on a thread pool, added on the GUI thread, cancellable.

Each file's reading (`storage.importer.analyse`) is one task; the results come back one by one
to the GUI thread, where the same `ImportBatch` as the command line's decides about duplicates
and adds photos in small transactions, so the window stays responsive throughout.

Whatever fails, the import ends (`finished` always comes, so a next import can start): a file
whose reading raised is rejected and the rest go on; a project that cannot take the photos
stops the import, reports what was added, and says why by `write_failed`.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from photoapp.storage.errors import ProjectWriteError
from photoapp.storage.importer import (
    ImportBatch,
    ImportReport,
    Rejected,
    RejectReason,
    analyse,
    collect,
    import_workers,
)
from photoapp.storage.project import NewPhoto, Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.tasks import TaskRunner, report_unexpected


class ImportController(QObject):
    """Runs one import at a time into a project and reports progress and the outcome."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # ImportReport
    write_failed = Signal(object)  # ProjectWriteError: the project stopped taking photos

    def __init__(self, cache: ThumbnailCache | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache or ThumbnailCache()
        pool = QThreadPool(self)
        pool.setMaxThreadCount(import_workers())
        self._tasks = TaskRunner(self, pool)
        self._batch: ImportBatch | None = None
        self._project: Project | None = None  # set while the folders are being searched

    @property
    def running(self) -> bool:
        """Whether an import is under way (its folders being searched, or its files read)."""
        return self._batch is not None or self._project is not None

    def start(self, project: Project, paths: list[Path]) -> bool:
        """Begin importing `paths`; False (and nothing done) if an import is already running.

        Folders are searched on a worker (a network drive can take long to list), then each
        file is read on the pool.
        """
        if self.running:
            return False
        self._project = project
        self.progress.emit(0, 0)
        self._tasks.submit(partial(collect, paths), self._collected, self._collect_failed)
        return True

    def _collect_failed(self, error: Exception) -> None:
        if self._project is None:  # cancelled meanwhile: already reported
            return
        self._project = None
        self.finished.emit(ImportReport(cancelled=True))
        report_unexpected(error)

    def _collected(self, found: tuple[list[Path], list[Rejected]]) -> None:
        project, self._project = self._project, None
        if project is None:  # cancelled while searching
            return
        batch = ImportBatch(project, *found)
        self._batch = batch
        self.progress.emit(batch.done, batch.total)
        if not batch.todo:
            self._finish()
            return
        for path in list(batch.todo):
            self._tasks.submit(
                partial(analyse, path, self.cache),
                self._on_result,
                partial(self._analyse_failed, path),
            )

    def _analyse_failed(self, path: Path, error: Exception) -> None:
        # Reading one file must never stop the import (nor leave it "running" for ever):
        # that file is rejected, the traceback is in the log, the others go on.
        detail = f"{type(error).__name__}: {error}"
        self._on_result(Rejected(path, RejectReason.UNREADABLE, detail))

    def _on_result(self, result: NewPhoto | Rejected) -> None:
        batch = self._batch
        if batch is None:
            return
        try:
            batch.accept(result)
        except ProjectWriteError as error:
            self._stop(error)
            return
        except Exception:
            # A bug: stop, but still report what was imported and hide the progress (a stuck
            # progress bar would claim an import that is over); the error goes to the log.
            self._stop(None)
            raise
        if batch.done >= batch.total:
            self._finish()
        else:
            self.progress.emit(batch.done, batch.total)

    def cancel(self) -> None:
        """Stop: files not yet read are skipped, photos already added stay."""
        if self._project is not None:  # still searching the folders: nothing was added
            self._project = None
            self._tasks.cancel_pending()
            self.finished.emit(ImportReport(cancelled=True))
            return
        if self._batch is not None:
            self._tasks.cancel_pending()
            self._finish(cancelled=True)

    def _finish(self, *, cancelled: bool = False) -> None:
        batch = self._batch
        if batch is None:
            return
        try:
            report: ImportReport = batch.finish(cancelled=cancelled)
        except ProjectWriteError as error:
            self._stop(error)
            return
        except Exception:
            self._stop(None)
            raise
        self._batch = None
        self.progress.emit(batch.total, batch.total)
        self.finished.emit(report)

    def _stop(self, error: ProjectWriteError | None) -> None:
        """End the import without adding more: report what was added before `error`."""
        batch, self._batch = self._batch, None
        self._tasks.cancel_pending()
        if batch is None:
            return
        report = batch.report  # the photos not yet added are not in it: they were not saved
        report.cancelled = True
        self.progress.emit(batch.total, batch.total)
        self.finished.emit(report)
        if error is not None:
            self.write_failed.emit(error)
