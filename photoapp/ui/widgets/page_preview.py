"""The export dialog's preview: pages painted from the same layout, by the same page painter,
as the PDF; photos drawn from their thumbnails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from photoapp.domain.model import Photo
from photoapp.export import Layout, Slot
from photoapp.export.geometry import MM_PER_INCH
from photoapp.export.painting import PagePainter, install_font_substitutions

PixmapFor = Callable[[Photo], QPixmap | None]
_GAP = 16  # pixels between and around pages


class PagePreview(QWidget):
    """Two facing pages of a layout at a time; `first_page` says which."""

    page_changed = Signal(int)

    def __init__(self, pixmap_for: PixmapFor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap_for = pixmap_for
        self.layout_: Layout | None = None
        self.first_page = 0
        self._cache: dict[tuple[int, int], QImage] = {}
        self.setMinimumSize(QSize(420, 320))

    def thumbnails_changed(self) -> None:
        """Paint the pages again: thumbnails they were waiting for have come."""
        self._cache.clear()
        self.update()

    def set_layout(self, layout: Layout | None) -> None:
        """Show a new layout (keeping the page when it still exists)."""
        self.layout_ = layout
        self._cache.clear()
        pages = len(layout.pages) if layout else 0
        self.first_page = max(0, min(self.first_page, pages - 1))
        self.update()
        self.page_changed.emit(self.first_page)

    def show_page(self, index: int) -> None:
        """Show the page `index` (0-based) and the one after it."""
        if self.layout_ is None:
            return
        self.first_page = max(0, min(index, len(self.layout_.pages) - 1))
        self.update()
        self.page_changed.emit(self.first_page)

    def page_image(self, index: int, height: int) -> QImage:
        """Page `index` painted into an image `height` pixels tall (cached)."""
        assert self.layout_ is not None
        key = (index, height)
        if key not in self._cache:
            self._cache[key] = self._paint(index, height)
        return self._cache[key]

    def _paint(self, index: int, height: int) -> QImage:
        layout = self.layout_
        assert layout is not None
        width_mm, height_mm = layout.page_size
        resolution = height / height_mm * MM_PER_INCH  # device pixels per inch
        image = QImage(
            round(width_mm / MM_PER_INCH * resolution), height, QImage.Format.Format_RGB32
        )
        image.setDotsPerMeterX(round(resolution / 0.0254))
        image.setDotsPerMeterY(round(resolution / 0.0254))
        image.fill(QColor("white"))
        install_font_substitutions(layout.settings)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        PagePainter(painter, image, resolution).page(layout, layout.pages[index], self._photo)
        painter.end()
        return image

    def _photo(self, painter: QPainter, box: QRectF, slot: Slot) -> None:
        pixmap = self._pixmap_for(slot.entry.photo) if slot.entry.path.is_file() else None
        if pixmap is None or pixmap.isNull():
            painter.setPen(QPen(QColor(150, 150, 150), 1))
            painter.drawRect(box)
            painter.drawLine(box.topLeft(), box.bottomRight())
            painter.drawLine(box.topRight(), box.bottomLeft())
            return
        painter.drawPixmap(box, pixmap, QRectF(pixmap.rect()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(120, 120, 120))
        layout = self.layout_
        if layout is None or not layout.pages:
            painter.setPen(QColor("white"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No pages"))
            return
        width_mm, height_mm = layout.page_size
        shown = list(range(self.first_page, min(self.first_page + 2, len(layout.pages))))
        height = float(self.height() - 2 * _GAP)
        page_width = height * width_mm / height_mm
        if 2 * page_width + 3 * _GAP > self.width():  # two pages must fit side by side
            page_width = (self.width() - 3 * _GAP) / 2
            height = page_width * height_mm / width_mm
        height_px = max(50, int(height))
        x = (self.width() - len(shown) * page_width - (len(shown) - 1) * _GAP) / 2
        for index in shown:
            image = self.page_image(index, height_px)
            target = QRectF(x, _GAP, image.width(), image.height())
            painter.fillRect(target.translated(3, 3), QColor(60, 60, 60))
            painter.drawImage(target, image)
            x += image.width() + _GAP
