"""The dialog shown after an import that skipped files or met damaged metadata: which, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoapp.storage.importer import ImportReport
from photoapp.storage.photo_file import printable
from photoapp.texts import messages
from photoapp.texts.catalogue import fill


class ImportReportDialog(QDialog):
    """A summary line, then every file that was not imported and every photo imported with a
    metadata warning (file name, folder, reason), with a button that copies the list."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        self.resize(760, 420)
        self._rows: list[tuple[str, str, str]] = []

        imported, duplicates, rejected = (
            len(report.imported),
            len(report.duplicates),
            len(report.rejected),
        )
        summary = fill(
            self.tr("%1; %2; %3."),  # imported; duplicates skipped; not imported
            self.tr("Imported %n photo(s)", "", imported),
            self.tr("%n duplicate(s) skipped", "", duplicates),
            self.tr("%n file(s) could not be imported", "", rejected),
        )
        if report.cancelled:
            summary += " " + self.tr("The import was cancelled before it finished.")
        self.summary_label = QLabel(summary, self)
        self.summary_label.setWordWrap(True)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Files"))
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Folder"), self.tr("Reason")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep both ends of a folder
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        header.setStretchLastSection(True)

        if report.rejected:
            group = self._group(self.tr("Not imported (%1)").replace("%1", str(rejected)))
            for item in report.rejected:
                row = self._add(group, printable(item.path.name), printable(item.path.parent))
                row.setText(2, messages.reject_reason(item.reason))
                if item.detail:
                    row.setToolTip(2, item.detail)  # what the decoder said, for the curious
                self._rows.append((row.text(0), row.text(1), row.text(2)))
        if report.warnings:
            group = self._group(
                self.tr("Imported with a warning (%1)").replace("%1", str(len(report.warnings)))
            )
            for path, warning in report.warnings:
                row = self._add(group, printable(path.name), printable(path.parent))
                row.setText(2, messages.metadata_warning(warning))
                self._rows.append((row.text(0), row.text(1), row.text(2)))
        self.tree.expandAll()

        self.copy_button = QPushButton(self.tr("&Copy list"), self)
        self.copy_button.setToolTip(
            self.tr("Copy the list as tab-separated text, to paste into a spreadsheet or email.")
        )
        self.copy_button.setEnabled(bool(self._rows))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_list)

    def list_text(self) -> str:
        """The listed files as tab-separated lines under a header line."""
        header = (self.tr("File"), self.tr("Folder"), self.tr("Reason"))
        return "".join("\t".join(row) + "\n" for row in (header, *self._rows))

    def copy_list(self) -> None:
        """Put `list_text()` on the clipboard."""
        QGuiApplication.clipboard().setText(self.list_text())

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        return group

    def _add(self, group: QTreeWidgetItem, name: str, folder: str) -> QTreeWidgetItem:
        row = QTreeWidgetItem(group, [name, folder])
        row.setToolTip(1, folder)
        return row
