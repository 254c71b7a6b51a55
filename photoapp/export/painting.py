"""Painting a laid-out page with QPainter: the PDF writer and the GUI's preview share it, so
what the export dialog shows is what the PDF holds.

Positions are the layout's millimetres converted at the painter's `resolution` (device pixels
per inch); text is measured on the device itself, so the line breaks are the device's own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPaintDevice,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from photoapp.export.bundled_fonts import add_bundled_fonts
from photoapp.export.fonts import east_asian_names, latin_names
from photoapp.export.geometry import MM_PER_INCH, Rect, line_mm
from photoapp.export.images import PreparedImage
from photoapp.export.layout import Heading, Layout, Page, Row, Slot, TextBox
from photoapp.export.settings import ExportSettings

PhotoPainter = Callable[[QPainter, QRectF, Slot], None]
THUMBNAIL_PX = 256  # the longer side of an ODF thumbnail (the format's own limit)


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
    font.setKerning(False)  # as Word and LibreOffice set body text: no pair kerning
    return font


def east_asian_spaces(text: str) -> list[tuple[int, int]]:
    """(start, length) of the runs of spaces that follow Chinese text.

    Word processors set a space in the font of the script before it, so a space after a
    Chinese character takes the East Asian font's (wider) space and one after a Latin letter
    or digit the Latin font's. The page painter does the same, so that its lines are theirs.
    """
    runs: list[tuple[int, int]] = []
    after_cjk = False
    for index, char in enumerate(text):
        if char.isspace():
            if after_cjk:
                if runs and runs[-1][0] + runs[-1][1] == index:
                    runs[-1] = (runs[-1][0], runs[-1][1] + 1)
                else:
                    runs.append((index, 1))
            continue
        after_cjk = unicodedata.east_asian_width(char) in ("W", "F")
    return runs


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
            else:  # a line of the figure list: the caption, its page number flush right
                self.text(layout.settings, block.text)
                self.text(layout.settings, block.page, right=True)
        if page.footer is not None:
            self.text(layout.settings, page.footer)

    def text(self, settings: ExportSettings, box: TextBox, *, right: bool = False) -> None:
        """Set `box.text` in its rectangle line by line, each line exactly the shared pitch.

        Never below the rectangle: should the device break the text into more lines than the
        rectangle holds, the last line that fits ends with "…" and the rest is not drawn.
        """
        font = document_font(settings, box.font_pt)
        pitch = self.px(line_mm(box.font_pt))
        room = max(1, int(self.px(box.rect.height) / pitch + 0.01))
        text_layout, lines = self._lines(box, font, box.text, settings.fonts.east_asian, right)
        if lines > room:
            start = text_layout.lineAt(room - 1).textStart()
            metrics = QFontMetricsF(font, self.device)
            tail = metrics.elidedText(
                box.text[start:], Qt.TextElideMode.ElideRight, self.px(box.rect.width)
            )
            text_layout, lines = self._lines(
                box, font, box.text[:start] + tail, settings.fonts.east_asian, right
            )
        metrics = QFontMetricsF(font, self.device)
        # centre the font's own height in the line, as fixed line spacing does
        offset = (pitch - (metrics.ascent() + metrics.descent())) / 2
        origin = QPointF(self.px(box.rect.x), self.px(box.rect.y))
        for index in range(min(lines, room)):
            line = text_layout.lineAt(index)
            line.setPosition(QPointF(0, index * pitch + offset))
            line.draw(self.painter, origin)

    def _lines(
        self, box: TextBox, font: QFont, text: str, east_asian: str, right: bool = False
    ) -> tuple[QTextLayout, int]:
        """`text` broken into lines of the box's width, as the device breaks it."""
        text_layout = QTextLayout(text, font, self.device)
        runs = east_asian_spaces(text)
        if runs:
            wide = QFont(font)
            wide.setFamilies([east_asian])
            spaces = QTextCharFormat()
            spaces.setFont(wide)
            ranges = []
            for start, length in runs:
                span = QTextLayout.FormatRange()
                span.start, span.length, span.format = start, length, spaces
                ranges.append(span)
            text_layout.setFormats(ranges)
        option = QTextOption(
            Qt.AlignmentFlag.AlignRight
            if right
            else Qt.AlignmentFlag.AlignHCenter
            if box.centered
            else Qt.AlignmentFlag.AlignLeft
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


def first_page_png(layout: Layout, images: Mapping[int, PreparedImage]) -> bytes | None:
    """The first page painted by the page painter into a THUMBNAIL_PX PNG, for a document's
    thumbnail; None without a QGuiApplication (Qt needs one for fonts) or without pages."""
    if not layout.pages or not isinstance(QCoreApplication.instance(), QGuiApplication):
        return None
    add_bundled_fonts()
    install_font_substitutions(layout.settings)
    width, height = layout.page_size
    scale = THUMBNAIL_PX / max(width, height)
    image = QImage(
        max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    resolution = scale * MM_PER_INCH  # device pixels per inch
    dots_per_metre = round(resolution / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)  # fonts are sized for this resolution
    image.setDotsPerMeterY(dots_per_metre)

    def photo(painter: QPainter, box: QRectF, slot: Slot) -> None:
        picture = QImage.fromData(images[slot.entry.photo.id].data)
        painter.drawImage(box, picture)

    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        PagePainter(painter, image, resolution).page(layout, layout.pages[0], photo)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes, Qt a str
    buffer.close()
    return bytes(data.data())
