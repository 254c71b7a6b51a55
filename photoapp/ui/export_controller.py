"""Exporting in the GUI: the documents are written on a worker thread, with progress and cancel.

The project is read on the GUI thread (`collect`); the worker only reads photo files and
writes the targets, and reports progress through a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from photoapp.export import (
    AppendixEntry,
    ExportError,
    ExportResult,
    ExportSettings,
    export_entries,
)
from photoapp.export.properties import DocumentInfo
from photoapp.ui.tasks import TaskRunner


class ExportController(QObject):
    """Runs one export at a time; `finished(list[ExportResult])` or `failed(ExportError)`."""

    progress = Signal(int, int)
    finished = Signal(list)
    failed = Signal(object)

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

        self._tasks.submit(work, self._done)

    def cancel(self) -> None:
        """Ask the export to stop; it removes what it had written."""
        self._stop.set()

    def _done(self, result: list[ExportResult] | ExportError) -> None:
        self.running = False
        if isinstance(result, ExportError):
            self.failed.emit(result)
        else:
            self.finished.emit(result)
