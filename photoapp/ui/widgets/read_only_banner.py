"""The banner over a project that cannot be saved to: the reason, what was not saved, and
"Save a Copy…" and "Retry" where trying again may help."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from photoapp.storage.errors import ProjectWriteError
from photoapp.texts import messages
from photoapp.texts.catalogue import fill


class ReadOnlyBanner(QFrame):
    """Hidden while the project is writable; `show_reason` shows it, `clear` hides it."""

    save_copy_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A warning colour from the palette's own tones would be invisible in some themes.
        self.setStyleSheet(
            "#read_only_banner { background: #fff3cd; border: 1px solid #e0b84c; }"
            " #read_only_banner QLabel { color: #4d3800; }"
        )
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_copy_button = QPushButton(self.tr("Save a Copy…"))
        self.save_copy_button.clicked.connect(self.save_copy_requested)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_copy_button)
        layout.addWidget(self.retry_button)
        self.setAccessibleName(self.tr("Read-only"))
        self.hide()

    def show_reason(self, error: ProjectWriteError, not_saved: str = "") -> None:
        """Say that the project is read-only and why (and which edit was not saved)."""
        reason = fill(self.tr("Read-only: %1. Edits cannot be saved."), messages.write_error(error))
        lines = [not_saved] if not_saved else []
        lines += [reason, messages.read_only_advice(error)]
        self.label.setText("\n".join(lines))
        self.retry_button.setVisible(messages.can_retry(error))
        self.show()

    def clear(self) -> None:
        """The project is writable again."""
        self.label.clear()
        self.hide()

    def text(self) -> str:
        """What the banner says now."""
        return self.label.text()
