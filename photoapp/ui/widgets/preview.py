"""The large preview (Space in the grid): one photo upright in a window; the arrow keys go to
the previous and next photo of the grid; Space or Esc closes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from photoapp.ui.thumbnails import ThumbnailProvider

PREVIEW_PIXELS = 2048


# Given the photo shown and a step (-1, +1): the photo there (id, file, title), or None.
Neighbour = Callable[[int, int], tuple[int, Path, str] | None]
_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageUp: -1,
          Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageDown: 1}  # fmt: skip


class PreviewDialog(QDialog):
    """Shows one photo as large as the screen allows; arrows step through the others."""

    photo_shown = Signal(int)  # the arrows moved to this photo

    def __init__(
        self, thumbnails: ThumbnailProvider, photo_id: int, path: Path, title: str,
        parent: QWidget | None = None, neighbour: Neighbour | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.photo_id = photo_id
        self._thumbnails = thumbnails
        self._neighbour = neighbour
        self.label = QLabel(self.tr("Loading…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumSize(200, 150)
        self.label.setStyleSheet("background: #202020; color: #dddddd;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self._image = QImage()
        thumbnails.preview_ready.connect(self._loaded)
        thumbnails.request_preview(photo_id, path, PREVIEW_PIXELS)
        self.resize(1200, 850)

    def _loaded(self, photo_id: int, image: QImage) -> None:
        if photo_id != self.photo_id:
            return
        if image.isNull():
            self.label.setText(self.tr("This photo cannot be shown"))
            return
        self._image = image
        self._fit()

    def _fit(self) -> None:
        if self._image.isNull():
            return
        pixmap = QPixmap.fromImage(self._image).scaled(
            self.label.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.label.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def step(self, step: int) -> bool:
        """Show the photo `step` places on in the grid's order; False at either end."""
        found = self._neighbour(self.photo_id, step) if self._neighbour else None
        if found is None:
            return False
        self.photo_id, path, title = found
        self.setWindowTitle(title)
        self._image = QImage()
        self.label.clear()
        self.label.setText(self.tr("Loading…"))
        self._thumbnails.request_preview(self.photo_id, path, PREVIEW_PIXELS)
        self.photo_shown.emit(self.photo_id)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Escape):
            self.accept()
            return
        if event.key() in _STEPS:
            self.step(_STEPS[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)
