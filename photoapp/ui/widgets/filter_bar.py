"""The bar above the photo grid that says what it is filtered by, with ✕ to show all photos."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class FilterBar(QWidget):
    """ "Showing: 陳志明 ✕" while a day, a person or a search filters the grid; hidden otherwise."""

    cleared = Signal()  # ✕ clicked: show all photos

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel()
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Show all photos"))
        self.clear_button.setAccessibleName(self.tr("Show all photos"))
        self.clear_button.clicked.connect(self.cleared)
        layout.addWidget(self.label)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.hide()

    def show_filter(self, text: str) -> None:
        """Say what filters the grid ("" hides the bar)."""
        self.label.setText(self.tr("Showing: %1").replace("%1", text))
        self.setVisible(bool(text))
