"""Painting a laid-out page with QPainter: the PDF writer and the GUI's preview share it, so
what the export dialog shows is what the PDF holds.

Positions are the layout's millimetres converted at the painter's `resolution` (device pixels
per inch); text is measured on the device itself, so the line breaks are the device's own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QTextLayout,
    QTextOption,
)

from photoapp.export.fonts import east_asian_names, latin_names
from photoapp.export.geometry import MM_PER_INCH, Rect, line_mm
from photoapp.export.layout import Heading, Layout, Page, Row, Slot, TextBox
from photoapp.export.settings import ExportSettings
from photoapp.resource_files import resource_path

PhotoPainter = Callable[[QPainter, QRectF, Slot], None]


FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


@cache
def add_bundled_fonts() -> list[str]:
    """Make the fonts shipped in resources/fonts (the one-folder program carries the Chinese
    fallback there) available to Qt; returns their families. Needs a QGuiApplication."""
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families


def install_font_substitutions(settings: ExportSettings) -> None:
    """Map the fonts the settings name to their fallbacks, for every QFont in this process."""
    fonts = settings.fonts
    for names in (east_asian_names(fonts), latin_names(fonts)):
        for index, name in enumerate(names[:-1]):
            QFont.insertSubstitutions(name, names[index + 1 :])


def document_font(settings: ExportSettings, size_pt: float) -> QFont:
    """The font for a piece of text: Latin face first (Latin letters and digits come from it,
    as in Word and LibreOffice), then the East Asian face for the rest."""
    fonts = settings.fonts
    font = QFont()
    font.setFamilies([fonts.latin, fonts.east_asian])
    font.setPointSizeF(size_pt)
    return font


class PagePainter:
    """Paints pages of one layout on one device at a given resolution."""

    def __init__(self, painter: QPainter, device: QPaintDevice, resolution: float) -> None:
        self.painter = painter
        self.device = device
        self.resolution = resolution

    def px(self, mm: float) -> float:
        """Millimetres in device pixels."""
        return mm / MM_PER_INCH * self.resolution

    def rect(self, rect: Rect) -> QRectF:
        """A layout rectangle in device pixels."""
        return QRectF(self.px(rect.x), self.px(rect.y), self.px(rect.width), self.px(rect.height))

    def page(self, layout: Layout, page: Page, photo: PhotoPainter) -> None:
        """Paint one page: headings, each photo (by `photo`), captions, the page number."""
        for block in page.blocks:
            if isinstance(block, Heading):
                self.text(layout.settings, block.text)
            elif isinstance(block, Row):
                for slot in block.slots:
                    photo(self.painter, self.rect(slot.photo), slot)
                    self.text(layout.settings, slot.caption)
        if page.footer is not None:
            self.text(layout.settings, page.footer)

    def text(self, settings: ExportSettings, box: TextBox) -> None:
        """Set `box.text` in its rectangle line by line, each line exactly the shared pitch.

        Never below the rectangle: should the device break the text into more lines than the
        rectangle holds, the last line that fits ends with "…" and the rest is not drawn.
        """
        font = document_font(settings, box.font_pt)
        pitch = self.px(line_mm(box.font_pt))
        room = max(1, int(self.px(box.rect.height) / pitch + 0.01))
        text_layout, lines = self._lines(box, font, box.text)
        if lines > room:
            start = text_layout.lineAt(room - 1).textStart()
            metrics = QFontMetricsF(font, self.device)
            tail = metrics.elidedText(
                box.text[start:], Qt.TextElideMode.ElideRight, self.px(box.rect.width)
            )
            text_layout, lines = self._lines(box, font, box.text[:start] + tail)
        metrics = QFontMetricsF(font, self.device)
        # centre the font's own height in the line, as fixed line spacing does
        offset = (pitch - (metrics.ascent() + metrics.descent())) / 2
        origin = QPointF(self.px(box.rect.x), self.px(box.rect.y))
        for index in range(min(lines, room)):
            line = text_layout.lineAt(index)
            line.setPosition(QPointF(0, index * pitch + offset))
            line.draw(self.painter, origin)

    def _lines(self, box: TextBox, font: QFont, text: str) -> tuple[QTextLayout, int]:
        """`text` broken into lines of the box's width, as the device breaks it."""
        text_layout = QTextLayout(text, font, self.device)
        option = QTextOption(
            Qt.AlignmentFlag.AlignHCenter if box.centered else Qt.AlignmentFlag.AlignLeft
        )
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        text_layout.setTextOption(option)
        text_layout.beginLayout()
        lines = 0
        while True:
            line = text_layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.px(box.rect.width))
            lines += 1
        text_layout.endLayout()
        return text_layout, lines
