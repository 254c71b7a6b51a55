"""The export dialog's "Into my report…" choice: the report chosen, where the appendix goes in it,
and the export that writes the report with the appendix in it (on a worker thread).

Remembered per project (the `into_report` setting the command line shares): the report last
chosen and the numbers each photo had at the last insert. Where the appendix goes is read from
the report on a worker (it is hostile input and may be large): the heading found, or that it
goes at the end, and the page it starts on when the file tells (Word and LibreOffice save
their page breaks).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.report_outline import AmbiguousAppendixError, AppendixNotFoundError
from photoapp.export import AppendixEntry, ExportError, ExportSettings
from photoapp.export.into import AppendixPlace, IntoResult, export_into, locate
from photoapp.export.into_state import IntoState, load, save
from photoapp.export.report_package import ReportError
from photoapp.storage.project import Project
from photoapp.texts import messages
from photoapp.ui.tasks import TaskRunner

_FAILURES = (ReportError, AmbiguousAppendixError, AppendixNotFoundError, ExportError)


def problem_text(error: Exception) -> str:
    """One line for a report that cannot be used, or an appendix place that is unclear."""
    if isinstance(error, ReportError):
        return f"{error.path.name}: {messages.report_problem(error.problem)}"
    if isinstance(error, AmbiguousAppendixError):
        return messages.ambiguous_appendix(error.candidates)
    if isinstance(error, AppendixNotFoundError):
        return messages.after_not_found(error.text)
    if isinstance(error, ExportError):
        where = f"{error.path.name}: " if error.path else ""
        return where + messages.export_problem(error.problem)
    return str(error)


class IntoReportPanel(QWidget):
    """A check box "Into my report…", the report's name with a Choose… button, and where the
    appendix goes. `changed` when the choice or the report changes."""

    changed = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.state = load(project)
        self.place: AppendixPlace | None = None
        self.problem = ""
        self._tasks = TaskRunner(self)
        self.check = QCheckBox(self.tr("Into my report…"))
        self.check.setToolTip(
            self.tr("Put the appendix into your own report (.docx or .odt), in place of its "
                    "附錄：照片 chapter, and write it as a new file")
        )  # fmt: skip
        self.choose_button = QPushButton(self.tr("Choose the report…"))
        self.where_label = QLabel()
        self.where_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.choose_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.where_label)
        self.check.toggled.connect(self._toggled)
        self.choose_button.clicked.connect(self.choose)
        if self.state.report and Path(self.state.report).is_file():
            self.check.setChecked(True)  # remembered: the last export went into this report
        self._show()

    @property
    def report(self) -> Path | None:
        """The chosen report, when writing into it."""
        if not self.check.isChecked() or not self.state.report:
            return None
        return Path(self.state.report)

    def choose(self) -> None:
        """Ask for the report file."""
        start = self.state.report or str(self.project.folder)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose your report"), start,
            self.tr("Reports (*.docx *.odt)"),
        )  # fmt: skip
        if name:
            self.set_report(Path(name))

    def set_report(self, path: Path) -> None:
        """Write into `path` from now on (remembered in the project); find where it goes."""
        self.state = IntoState(str(path), None, self.state.numbers)
        save(self.project, self.state)
        self.check.setChecked(True)
        self._locate()

    def _toggled(self, on: bool) -> None:
        if on and not self.state.report:
            self.choose()
            if not self.state.report:  # no report chosen: nothing to write into
                self.check.setChecked(False)
                return
        self._locate()

    def _locate(self) -> None:
        self.place, self.problem = None, ""
        report = self.report
        if report is None:
            self._show()
            self.changed.emit()
            return
        self.where_label.setText(self.tr("Reading %1…").replace("%1", report.name))
        after = self.state.after

        def work() -> AppendixPlace | Exception:
            try:
                return locate(report, after)
            except (ReportError, AmbiguousAppendixError, AppendixNotFoundError) as error:
                return error

        self._tasks.submit(work, self._located)

    def _located(self, result: AppendixPlace | Exception) -> None:
        if isinstance(result, AppendixPlace):
            self.place = result
        else:
            self.problem = problem_text(result)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        report = self.report
        self.choose_button.setEnabled(self.check.isChecked())
        if report is None:
            self.where_label.setText("")
            return
        if self.problem:
            self.where_label.setText(self.problem)
            return
        place = self.place
        if place is None:
            return
        if place.found:
            text = self.tr("%1: the appendix replaces what follows 「%2」").replace(
                "%2", place.heading
            )
        else:
            text = self.tr("%1: no photo appendix heading, the appendix goes at the end")
        text = text.replace("%1", report.name)
        if place.page is not None:
            text += self.tr(", starting on page %1.").replace("%1", str(place.page))
        else:
            text += self.tr(" (the page shows once the report is laid out in Word or "
                            "LibreOffice and saved).")  # fmt: skip
        self.where_label.setText(text)

    def default_target(self) -> Path:
        """The new report's name beside the report: 報告 (附照片).docx."""
        report = self.report or Path("report.docx")
        return report.with_name(report.stem + self.tr(" (with photos)") + report.suffix)

    def remember(self, result: IntoResult) -> None:
        """Keep the numbers of this insert, for the reference check after a reorder."""
        self.state = IntoState(self.state.report, self.state.after, dict(result.numbers))
        save(self.project, self.state)


class IntoReportController(QObject):
    """Writes the report with the appendix in it on a worker; `finished(IntoResult)` or
    `failed(str)` (the message, in the user's language), `progress(done, total)`."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self._tasks = TaskRunner(self, pool)
        self._stop = threading.Event()
        self.running = False

    def start(
        self,
        entries: Sequence[AppendixEntry],
        report: Path,
        target: Path,
        settings: ExportSettings,
        after: str | None,
    ) -> None:
        self.running = True
        self._stop.clear()
        stop, relay = self._stop, self.progress

        def work() -> IntoResult | str:
            try:
                return export_into(
                    entries, report, target, settings, after=after,
                    progress=lambda done, total: relay.emit(done, total),
                    cancelled=stop.is_set,
                )  # fmt: skip
            except _FAILURES as error:
                return problem_text(error)

        self._tasks.submit(work, self._done)

    def cancel(self) -> None:
        self._stop.set()

    def _done(self, result: IntoResult | str) -> None:
        self.running = False
        if isinstance(result, str):
            self.failed.emit(result)
        else:
            self.finished.emit(result)
