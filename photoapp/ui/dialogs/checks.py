"""The appendix checks in a window that can stay open while the user fixes what they find.

Once a report is linked (the export dialog's "Into my report…"), its text's photo references
are checked too: numbers no photo has, and photos that moved since the last insert.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.checks import Finding
from photoapp.domain.model import Photo
from photoapp.domain.report_outline import AmbiguousAppendixError, AppendixNotFoundError
from photoapp.export import collect, saved_settings
from photoapp.export.findings import export_findings
from photoapp.export.into import check_report
from photoapp.export.into_state import load as load_report_link
from photoapp.export.report_package import ReportError
from photoapp.storage.project import Event, Project
from photoapp.texts import messages
from photoapp.texts.catalogue import fill
from photoapp.ui.dialogs.into_report import problem_text
from photoapp.ui.session import ProjectSession

REFRESH_DELAY_MS = 200  # typing a caption changes the project on every key: check once it pauses
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind value, person id) of a listed finding


def findings(session: ProjectSession, photos: list[Photo] | None = None) -> list[Finding]:
    """What the appendix checks find now, in appendix order (`photos`: the session's photos,
    when the caller already has them)."""
    project = session.project
    return export_findings(
        project, saved_settings(project), session.all_photos() if photos is None else photos
    )


def count_findings(session: ProjectSession) -> int:
    """How many reminders the appendix checks give (for the status bar)."""
    return len(findings(session))


class ReportReferences:
    """The linked report's photo-reference reminders, one line each. The report is read again
    only when its file or the appendix numbers change: reading a report takes about half a
    second, and the checks run again after every pause in typing a caption."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._lines: list[str] = []

    def lines(self, project: Project) -> tuple[str, list[str]]:
        """The linked report's file name and its reminders (no report linked: "" and [])."""
        state = load_report_link(project)
        if not state.report:
            return "", []
        report = Path(state.report)
        try:
            status = report.stat()
        except OSError:
            return report.name, [messages.report_gone()]
        now = {entry.photo.id: entry.number for entry in collect(project, saved_settings(project))}
        key = (state.report, status.st_mtime_ns, status.st_size, state.after,
               tuple(sorted(now.items())), tuple(sorted(state.numbers.items())))  # fmt: skip
        if key != self._key:
            try:
                found = check_report(report, now, state.numbers or None, state.after)
                self._lines = [
                    messages.reference_finding(
                        item.paragraph, item.finding.reference, item.finding.kind, item.finding.now
                    )
                    for item in found
                ]
            except (ReportError, AmbiguousAppendixError, AppendixNotFoundError) as error:
                self._lines = [problem_text(error)]
            self._key = key
        return report.name, self._lines


class ChecksDialog(QDialog):
    """The appendix checks, one line a reminder (`Photo 3 (a.jpg): has no caption`), kept up to
    date as the project changes; activating a line emits `photo_chosen` with its photo's id.

    Not modal: it stays open beside the main window.
    """

    photo_chosen = Signal(int)  # the photo of the activated reminder

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale = False  # the project changed while the window was hidden
        self.report_references = ReportReferences()
        self.setWindowTitle(self.tr("Check the appendix"))
        self.setModal(False)
        self.resize(560, 420)

        self.summary_label = QLabel(self)
        self.findings_list = QListWidget(self)
        self.findings_list.setAccessibleName(self.tr("Reminders"))
        self.findings_list.setWordWrap(True)
        self.findings_list.setToolTip(self.tr("Double-click a reminder to select its photo"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter on a reminder chooses its photo, not Close
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.findings_list, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.buttons.rejected.connect(self.reject)
        self.findings_list.itemActivated.connect(self._activated)
        session.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        """Run the checks again and list what they find (the current line stays current)."""
        self._timer.stop()
        self._stale = False
        current = self.findings_list.currentItem()
        kept = (
            (current.data(Qt.ItemDataRole.UserRole), current.data(FINDING_ROLE))
            if current
            else None
        )
        project = self.session.project
        people = self.session.people_by_id()
        photos = self.session.all_photos()
        names = {p.id: p.file_name for p in photos}
        found = findings(self.session, photos)
        self.findings_list.clear()
        for finding in found:
            person = people.get(finding.person_id or 0)
            person_name = person.name if person else ""
            message = messages.check_finding(finding.kind, person_name, finding.value)
            number = str(finding.number or "?")
            name = names.get(finding.photo_id)
            if name:
                text = fill(self.tr("Photo %1 (%2): %3"), number, name, message)
            else:
                text = fill(self.tr("Photo %1: %3"), number, "", message)
            item = QListWidgetItem(text, self.findings_list)
            item.setData(Qt.ItemDataRole.UserRole, finding.photo_id)
            item.setData(FINDING_ROLE, (finding.kind.value, finding.person_id))
            if kept == (finding.photo_id, (finding.kind.value, finding.person_id)):
                self.findings_list.setCurrentItem(item)
        report, lines = self.report_references.lines(project)
        for line in lines:  # after the photos' reminders; they name no photo to select
            QListWidgetItem(fill(self.tr("Report %1: %2"), report, line), self.findings_list)
        n = len(found) + len(lines)
        if n:
            self.summary_label.setText(self.tr("%n reminder(s)", "", n))
        elif not project.appendix():
            self.summary_label.setText(self.tr("The appendix has no photos yet."))
        else:
            self.summary_label.setText(self.tr("No reminders: the appendix is ready"))

    def chosen_photo(self) -> int | None:
        """The photo of the current line, or None."""
        item = self.findings_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _on_changed(self, _event: Event) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def _activated(self, item: QListWidgetItem) -> None:
        photo_id = item.data(Qt.ItemDataRole.UserRole)
        if photo_id is not None:
            self.photo_chosen.emit(int(photo_id))
