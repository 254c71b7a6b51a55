"""The first screen when no project is open: start a report, open one, or try the sample."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photoapp.ui import settings

_PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    """The app's name and purpose, three big buttons, and the recent projects still on disk.

    A recent project is chosen by double-click or Enter (the platform's "activate").
    """

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = QLabel("photoapp", self)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        name.setFont(font)
        purpose = QLabel(
            self.tr(
                "Turns the photos of an official trip into the photo appendix of your trip"
                " report (出國報告)."
            ),
            self,
        )
        purpose.setWordWrap(True)

        self.new_button = self._big_button(self.tr("&New trip report…"))
        self.open_button = self._big_button(self.tr("&Open…"))
        self.demo_button = self._big_button(self.tr("Open the &sample trip"))
        self.new_button.setDefault(True)

        recent_title = QLabel(self.tr("Recent"), self)
        bold = recent_title.font()
        bold.setBold(True)
        recent_title.setFont(bold)
        self.recent_list = QListWidget(self)
        self.recent_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.empty_label = QLabel(self.tr("The projects you open will be listed here."), self)
        self.empty_label.setEnabled(False)

        column = QWidget(self)
        column.setMinimumWidth(360)
        column.setMaximumWidth(560)
        inner = QVBoxLayout(column)
        inner.addSpacing(48)
        inner.addWidget(name)
        inner.addWidget(purpose)
        inner.addSpacing(16)
        for button in (self.new_button, self.open_button, self.demo_button):
            inner.addWidget(button)
        inner.addSpacing(16)
        inner.addWidget(recent_title)
        inner.addWidget(self.recent_list, 1)
        inner.addWidget(self.empty_label)
        inner.addStretch(1)  # keep the column together at the top when the list is hidden
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_list.itemActivated.connect(self._on_activated)
        self.refresh()

    def refresh(self) -> None:
        """Reload the recent list from the settings, leaving out files that no longer exist.

        The setting keeps them: a project on an unplugged drive comes back with the drive.
        """
        paths = [Path(p) for p in settings.RECENT_PROJECTS.get() if p and Path(p).is_file()]
        names = Counter(path.name for path in paths)
        self.recent_list.clear()
        for path in paths:
            # Two projects of the same name are told apart by their folders.
            text = path.name if names[path.name] == 1 else f"{path.name} — {path.parent.name}"
            item = QListWidgetItem(text, self.recent_list)
            item.setToolTip(str(path))
            item.setData(_PATH_ROLE, str(path))
        if paths:
            self.recent_list.setCurrentRow(0)
        self.recent_list.setVisible(bool(paths))
        self.empty_label.setVisible(not paths)

    def recent_paths(self) -> list[Path]:
        """The recent projects listed, in order."""
        return [
            Path(self.recent_list.item(row).data(_PATH_ROLE))
            for row in range(self.recent_list.count())
        ]

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(Path(item.data(_PATH_ROLE)))

    def _big_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(44)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        button.setFont(font)
        return button
