"""File ▸ Restore from Backup…: the project's rolling backups, newest first, each with what it
holds; the chosen one is written as a new project file (the current one is never replaced)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoapp.storage import backups
from photoapp.storage.errors import ProjectError
from photoapp.texts import messages
from photoapp.texts.catalogue import fill
from photoapp.ui import dates

_PROJECT_FILTER = "photoapp (*.photoapp)"


class RestoreBackupDialog(QDialog):
    """Lists the backups of the project at `project_path`; `restored` is the new file written
    (None until the user restored one)."""

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(520)
        intro = QLabel(
            fill(
                self.tr(
                    "photoapp keeps the last %1 states of %2 from when it was opened. The backup"
                    " you choose is saved as a new project file; the current one stays as it is."
                ),
                str(backups.KEEP),
                project_path.name,
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore())
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore as a New File…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        found = backups.list_backups(self.project_path)
        for backup in found:
            item = QListWidgetItem(self._describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        else:
            self.problem_label.setText(self.tr("This project has no backups yet."))
        self.restore_button.setEnabled(bool(found))

    def _describe(self, backup: backups.Backup) -> str:
        local = backup.made.astimezone()  # made in UTC; shown in the user's time
        when = f"{dates.list_date(local.date())} {local.strftime('%H:%M')}"
        try:
            held = backups.summary(backup)
        except ProjectError:
            return fill(self.tr("%1 — cannot be read"), when)
        photos = self.tr("%n photo(s)", "", held.photos)
        captions = self.tr("%n caption(s)", "", held.captions)
        people = self.tr("%n person(s)", "", held.people)
        return fill(self.tr("%1 — %2: %3, %4, %5"), when, held.title, photos, captions, people)

    def chosen(self) -> backups.Backup | None:
        """The backup selected in the list."""
        item = self.list.currentItem()
        if item is None:
            return None
        backup: backups.Backup = item.data(Qt.ItemDataRole.UserRole)
        return backup

    def default_destination(self, backup: backups.Backup) -> Path:
        """Beside the project, named after it and the backup's date."""
        stamp = backup.made.astimezone().strftime("%Y-%m-%d %H%M")
        name = fill(self.tr("%1 (backup of %2)"), self.project_path.stem, stamp)
        return self.project_path.with_name(name + self.project_path.suffix)

    def restore(self) -> None:
        """Ask where to save the chosen backup, and save it there as a new project file."""
        backup = self.chosen()
        if backup is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the backup as"),
            str(self.default_destination(backup)),
            _PROJECT_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,  # it never replaces a file
        )
        if not name:
            return
        destination = Path(name if name.endswith(".photoapp") else name + ".photoapp")
        try:
            self.restored = backups.restore_backup(backup, destination)
        except ProjectError as error:
            self.problem_label.setText(messages.project_error(error))
            return
        self.accept()
