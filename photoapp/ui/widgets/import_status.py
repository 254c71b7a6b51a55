"""The status bar's import progress: "Importing 128/312", a bar and Cancel, shown while an
import runs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from photoapp.texts.catalogue import fill
from photoapp.ui.import_controller import ImportController


class ImportStatus(QWidget):
    """Follows an ImportController: visible only while it imports."""

    def __init__(self, importer: ImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer = importer
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(importer.cancel)
        importer.progress.connect(self.show_progress)
        importer.finished.connect(lambda _report: self.hide())
        self.hide()

    def show_progress(self, done: int, total: int) -> None:
        """Show how far the import is (hidden once it is over); no total yet: still searching."""
        self.setVisible(self.importer.running and (total == 0 or done < total))
        if total == 0:
            self.bar.setRange(0, 0)  # busy: the folders are being searched
            self.label.setText(self.tr("Looking for photos…"))
            return
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(fill(self.tr("Importing %1/%2"), done, total))
