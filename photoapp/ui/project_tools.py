"""The main window's project tools beyond plain editing: the report's itinerary, camera clocks,
caption templates, rosters and merges, the captions spreadsheet, and the appendix checks.

Each opens its dialog on the open project; the dialogs do their edit through the session as
one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from photoapp.storage import captions_csv
from photoapp.storage.relink import find_moved
from photoapp.storage.safe_output import UnsafeTargetError
from photoapp.texts import messages
from photoapp.texts.catalogue import fill
from photoapp.ui import dialogs, settings
from photoapp.ui.output_guard import confirm_replace
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.workspace import Workspace

_CSV_FILTER = "CSV (*.csv)"


class ProjectTools(QObject):
    """Opens the project tools for whatever project the window has open."""

    def __init__(
        self,
        window: QMainWindow,
        current: Callable[[], tuple[ProjectSession, Workspace] | None],
        thumbnails: ThumbnailProvider,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._current = current
        self.thumbnails = thumbnails
        self.checks: dialogs.ChecksDialog | None = None

    def _open(self) -> tuple[ProjectSession, Workspace] | None:
        return self._current()

    def edit_trip(self) -> None:
        """Edit the trip's details (the time zone can come from the photos' GPS)."""
        if opened := self._open():
            session = opened[0]
            from photoapp.ui.dialogs.trip import TripDialog  # loaded when first opened

            dialog = TripDialog(session.project.trip(), session.all_photos(), self.window)
            if dialog.exec():
                session.set_trip(dialog.trip())

    def export(self) -> None:
        """Open the export dialog."""
        if opened := self._open():
            from photoapp.ui.dialogs.export import ExportDialog  # loaded when first opened

            ExportDialog(opened[0], self.thumbnails, self.window).exec()

    def auto_assign(self) -> None:
        """Put every dated photo on the day it was taken (one undo step)."""
        if opened := self._open():
            moved = opened[0].auto_assign()
            self.window.statusBar().showMessage(
                self.tr("Placed %n photo(s) on their days", "", moved), 5000
            )

    def itinerary(self) -> None:
        """Take the days from the report's text."""
        if opened := self._open():
            dialogs.ItineraryDialog(opened[0], self.window).exec()

    def clock(self) -> None:
        """Correct a camera's clock, for the selected photos' camera or the selection."""
        if opened := self._open():
            session, workspace = opened
            dialogs.ClockDialog(session, workspace.selected_ids(), self.window).exec()

    def template(self) -> None:
        """Caption the selected photos from a template."""
        if opened := self._open():
            session, workspace = opened
            ids = workspace.selected_ids()
            if not ids:
                QMessageBox.information(
                    self.window,
                    self.tr("Caption from a template"),
                    self.tr("Select the photos to caption first."),
                )
                return
            dialogs.TemplateDialog(session, ids, self.window).exec()

    def roster(self) -> None:
        """Import a roster of people."""
        if opened := self._open():
            dialogs.RosterDialog(opened[0], self.window).exec()

    def merge_person(self) -> None:
        """Merge the current person into another entry of the same person."""
        opened = self._open()
        if opened is None:
            return
        session, workspace = opened
        gone_id = workspace.people.current_id()
        people = session.project.people()
        gone = next((p for p in people if p.id == gone_id), None)
        others = [p for p in people if p.id != gone_id]
        if gone is None or not others:
            return
        labels = [f"{p.name}　{p.title}".strip() for p in others]
        chosen, accepted = QInputDialog.getItem(
            self.window,
            self.tr("Merge person"),
            self.tr("%1 is the same person as:").replace("%1", gone.name),
            labels,
            0,
            False,
        )
        if accepted and chosen in labels:
            session.merge_people(others[labels.index(chosen)].id, gone.id)

    def find_missing(self) -> None:
        """Search a folder (and its sub-folders) for photos whose files are missing or changed,
        by their content, and point them there in one undo step."""
        opened = self._open()
        if opened is None:
            return
        session = opened[0]
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Find missing photos in folder"), str(session.project.folder)
        )
        if not folder:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = find_moved(session.project, Path(folder))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result.found:
            session.relink(result.found)
        sought = len(result.found) + len(result.not_found)
        if sought == 0:
            text = self.tr("No photo of the project is missing or changed.")
        else:
            text = fill(
                self.tr("Found %1 of %2 missing or changed photos in %3."),
                len(result.found),
                sought,
                folder,
            )
        QMessageBox.information(self.window, self.tr("Find missing photos"), text)

    def show_checks(self) -> None:
        """Show the appendix checks (a window that can stay open)."""
        opened = self._open()
        if opened is None:
            return
        session, workspace = opened
        if self.checks is None:
            self.checks = dialogs.ChecksDialog(session, self.window)
            self.checks.photo_chosen.connect(lambda pid: workspace.select_photos([pid]))
        self.checks.show()
        self.checks.raise_()
        self.checks.activateWindow()

    def close_checks(self) -> None:
        """Close the checks window (its project is closing)."""
        if self.checks is not None:
            self.checks.close()
            self.checks.deleteLater()
            self.checks = None

    def export_captions(self) -> None:
        """Write the captions spreadsheet."""
        opened = self._open()
        if opened is None:
            return
        session = opened[0]
        default = session.project.folder / f"{session.project.path.stem}-captions.csv"
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export captions"), str(default), _CSV_FILTER
        )
        if not name:
            return
        title = self.tr("Export captions")
        try:
            try:
                count = captions_csv.export_captions(session.project, Path(name))
            except UnsafeTargetError as refused:
                if not refused.confirmable or not confirm_replace(self.window, title, refused):
                    raise
                count = captions_csv.export_captions(session.project, Path(name), force=True)
        except UnsafeTargetError as refused:
            QMessageBox.critical(self.window, title, messages.unsafe_target(refused))
            return
        except OSError as error:  # the cause in the user's language, never the raw text
            QMessageBox.critical(self.window, title, messages.os_error(error, name))
            return
        QMessageBox.information(
            self.window,
            self.tr("Export captions"),
            self.tr("Wrote %n photo(s) to %1. Edit the captions and numbers there, then import it.",
                    "", count).replace("%1", name),
        )  # fmt: skip

    def import_captions(self) -> None:
        """Apply an edited captions spreadsheet (one undo step)."""
        opened = self._open()
        if opened is None:
            return
        session = opened[0]
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import captions"), str(session.project.folder), _CSV_FILTER
        )
        if not name:
            return
        try:
            table = captions_csv.read_captions(session.project, Path(name))
        except captions_csv.CaptionsFileError as error:
            QMessageBox.critical(
                self.window,
                self.tr("Import captions"),
                f"{name}: {messages.captions_file_problem(error.problem)}",
            )
            return
        count = len(table.captions)
        session.set_captions(
            self.tr("Import %n caption(s) from a spreadsheet", "", count),
            table.captions,
            table.order,
        )
        if table.skipped:
            lines = [
                fill(
                    self.tr("line %1 (%2): %3"),
                    row.line,
                    row.value,
                    messages.skipped_row(row.problem),
                )
                for row in table.skipped
            ]
            QMessageBox.warning(
                self.window,
                self.tr("Import captions"),
                self.tr("Some rows were not applied:") + "\n\n" + "\n".join(lines),
            )
        settings.LAST_PROJECT_FOLDER.set(str(Path(name).parent))
