"""Exporting in the GUI: the documents are written on a worker thread, with progress and cancel.

The project is read on the GUI thread (`collect`); the worker only reads photo files and
writes the targets, and reports progress through a queued signal. Whatever happens on the
worker, `finished` or `failed` comes, so the dialog never stays "running".
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from photoapp.export import (
    AppendixEntry,
    ExportError,
    ExportProblem,
    ExportResult,
    ExportSettings,
    export_entries,
)
from photoapp.export.properties import DocumentInfo
from photoapp.ui.tasks import TaskRunner, report_unexpected


class ExportController(QObject):
    """Runs one export at a time; then `finished(list[ExportResult])`, `failed(ExportError)`
    or, for an error nobody expected, `crashed(exception)` (also reported as unexpected)."""

    progress = Signal(int, int)
    finished = Signal(list)
    failed = Signal(object)
    crashed = Signal(object)  # an unexpected exception (a bug): the export stopped

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)  # the export itself runs its own pool for the photos
        self._tasks = TaskRunner(self, pool)
        self._stop = threading.Event()
        self.running = False

    def start(
        self,
        entries: Sequence[AppendixEntry],
        paths: Sequence[Path],
        settings: ExportSettings,
        info: DocumentInfo | None = None,
    ) -> None:
        """Write `paths` from `entries` with the properties `info`; the result comes by
        signal."""
        self.running = True
        self._stop.clear()
        stop = self._stop
        relay = self.progress  # emitted from the worker: Qt queues it to this object's thread

        def work() -> list[ExportResult] | ExportError:
            try:
                return export_entries(
                    entries,
                    paths,
                    settings,
                    progress=lambda done, total: relay.emit(done, total),
                    cancelled=stop.is_set,
                    info=info,
                )
            except ExportError as error:
                return error

        self._tasks.submit(work, self._done, self._crashed)

    def cancel(self) -> None:
        """Ask the export to stop; it removes what it had written."""
        self._stop.set()

    def _crashed(self, error: Exception) -> None:
        """The writer raised what it should not have: the export is over all the same."""
        self.running = False
        if isinstance(error, OSError):  # a file the writer did not expect to fail
            path = Path(error.filename) if isinstance(error.filename, str) else None
            self.failed.emit(ExportError(ExportProblem.CANNOT_WRITE, path, repr(error)))
            return
        self.crashed.emit(error)
        report_unexpected(error)

    def _done(self, result: list[ExportResult] | ExportError) -> None:
        self.running = False
        if isinstance(result, ExportError):
            self.failed.emit(result)
        else:
            self.finished.emit(result)
