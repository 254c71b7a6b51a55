"""The appendix as a PDF with real, selectable text and embedded fonts, painted with QtGui.

QPdfWriter + QPainter paint the layout's rectangles exactly: headings, captions and page
numbers as text (Qt embeds the fonts it uses as CID TrueType subsets), photos as one-pixel
stand-ins that `pdf_images.pass_through` then replaces by the prepared JPEGs, unchanged.

The caller must have a QGuiApplication (the GUI has one; the CLI makes one with the offscreen
platform; in tests pytest-qt's `qapp` gives it): Qt needs it for fonts. 標楷體 / DFKai-SB and
Times New Roman are mapped to installed faces with QFont substitutions, the fallbacks in the
settings' order; AR PL UKai comes before Noto Sans CJK TC, whose PDF text layer turns 片 into
the Kangxi radical U+2F5A so that searching for 照片 fails.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextLayout,
    QTextOption,
)

from photoapp.export.entries import document_text
from photoapp.export.errors import ExportError, ExportProblem
from photoapp.export.fonts import east_asian_names, latin_names
from photoapp.export.geometry import MM_PER_INCH, Rect, line_mm
from photoapp.export.images import PreparedImage
from photoapp.export.layout import Heading, Layout, Page, Row, TextBox
from photoapp.export.pdf_images import pass_through, stand_in_colour
from photoapp.export.settings import ExportSettings, Orientation, Paper

RESOLUTION = 1200  # device units per inch: positions to a fiftieth of a millimetre
CREATOR = "photoapp"
_PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


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


def write_pdf(layout: Layout, images: Mapping[int, PreparedImage], target: Path) -> None:
    """Write the laid-out appendix to `target` (a .pdf file, written in place).

    Raises ExportError(CANNOT_WRITE) when the file cannot be opened for writing, and
    RuntimeError when there is no QGuiApplication.
    """
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("writing a PDF needs a QGuiApplication (Qt needs it for fonts)")
    settings = layout.settings
    install_font_substitutions(settings)
    writer = QPdfWriter(str(target))
    orientation = (
        QPageLayout.Orientation.Landscape
        if settings.orientation is Orientation.LANDSCAPE
        else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(_PAGE_SIZES[settings.paper]),
            orientation,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(RESOLUTION)
    writer.setTitle(document_text(settings.heading))
    writer.setCreator(CREATOR)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "QPdfWriter could not open it")
    order: dict[int, tuple[bytes, tuple[int, int]]] = {}
    try:
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        for page in layout.pages:
            if page.index > 0:
                writer.newPage()
            _paint_page(painter, writer, layout, page, images, order)
    finally:
        painter.end()
    pass_through(target, order)


def _px(mm: float) -> float:
    return mm / MM_PER_INCH * RESOLUTION


def _rect(rect: Rect) -> QRectF:
    return QRectF(_px(rect.x), _px(rect.y), _px(rect.width), _px(rect.height))


def _paint_page(
    painter: QPainter,
    writer: QPdfWriter,
    layout: Layout,
    page: Page,
    images: Mapping[int, PreparedImage],
    order: dict[int, tuple[bytes, tuple[int, int]]],
) -> None:
    for block in page.blocks:
        if isinstance(block, Heading):
            _paint_text(painter, writer, layout.settings, block.text)
        elif isinstance(block, Row):
            for slot in block.slots:
                prepared = images[slot.entry.photo.id]
                index = len(order)
                order[index] = (prepared.data, prepared.size)
                stand_in = QImage(1, 1, QImage.Format.Format_RGB32)
                stand_in.fill(QColor(*stand_in_colour(index)))
                painter.drawImage(_rect(slot.photo), stand_in)
                _paint_text(painter, writer, layout.settings, slot.caption)
    if page.footer is not None:
        _paint_text(painter, writer, layout.settings, page.footer)


def _paint_text(
    painter: QPainter, writer: QPdfWriter, settings: ExportSettings, box: TextBox
) -> None:
    """Set `box.text` in its rectangle line by line, each line exactly the shared line pitch."""
    font = document_font(settings, box.font_pt)
    text_layout = QTextLayout(box.text, font, writer)
    option = QTextOption(
        Qt.AlignmentFlag.AlignHCenter if box.centered else Qt.AlignmentFlag.AlignLeft
    )
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    text_layout.setTextOption(option)
    pitch = _px(line_mm(box.font_pt))
    metrics = QFontMetricsF(font, writer)
    # centre the font's own height in the line, as fixed line spacing does
    offset = (pitch - (metrics.ascent() + metrics.descent())) / 2
    text_layout.beginLayout()
    lines = 0
    while True:
        line = text_layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(_px(box.rect.width))
        line.setPosition(QPointF(0, lines * pitch + offset))
        lines += 1
    text_layout.endLayout()
    text_layout.draw(painter, QPointF(_px(box.rect.x), _px(box.rect.y)))
