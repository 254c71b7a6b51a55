"""The status bar's import progress: "Importing 128/312", a bar and Cancel, shown while an
import runs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from photoapp.texts.catalogue import fill
from photoapp.ui.import_controller import ImportController

# QProgressBar.setValue repaints at once (not at the next paint, with the rest): everything
# else waiting to be painted in the window, the photo grid too, was painted with it, at each
# of an import's progress reports (20-40 ms each as the drop's tiles showed). So the bar is
# moved with its updates off (turned on again, it is painted with the rest), and at most this
# often; the label follows every report.
BAR_PACE_MS = 250


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
        self._bar_pace = QTimer(self)
        self._bar_pace.setSingleShot(True)
        self._bar_pace.setInterval(BAR_PACE_MS)
        self._bar_pace.timeout.connect(self._move_bar)
        self._bar_value = (0, 0)  # (done, total) for the bar, once its pace allows
        self.hide()

    def show_progress(self, done: int, total: int) -> None:
        """Show how far the import is (hidden once it is over); no total yet: still searching."""
        self.setVisible(self.importer.running and (total == 0 or done < total))
        if total == 0:
            self.bar.setRange(0, 0)  # busy: the folders are being searched
            self.label.setText(self.tr("Looking for photos…"))
            return
        self.label.setText(fill(self.tr("Importing %1/%2"), done, total))
        self._bar_value = (done, total)
        if not self._bar_pace.isActive():
            self._move_bar()

    def _move_bar(self) -> None:
        done, total = self._bar_value
        if (self.bar.maximum(), self.bar.value()) != (total, done):
            self.bar.setUpdatesEnabled(False)  # (no repaint now: painted at the next paint)
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.bar.setUpdatesEnabled(True)
            self._bar_pace.start()  # (the next report waits; the last one moves it then)
