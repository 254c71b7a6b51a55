"""The large preview (Space in the grid): one photo upright in a window; Space or Esc closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from photoapp.ui.thumbnails import ThumbnailProvider

PREVIEW_PIXELS = 2048


class PreviewDialog(QDialog):
    """Shows one photo as large as the screen allows."""

    def __init__(
        self, thumbnails: ThumbnailProvider, photo_id: int, path: Path, title: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.photo_id = photo_id
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Escape):
            self.accept()
            return
        super().keyPressEvent(event)
