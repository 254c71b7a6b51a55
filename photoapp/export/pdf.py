"""The appendix as a PDF with real, selectable text and embedded fonts, painted with QtGui.

QPdfWriter + QPainter paint the layout's rectangles exactly: headings, captions and page
numbers as text (Qt embeds the fonts it uses as CID TrueType subsets), photos as one-pixel
stand-ins that `pdf_images.pass_through` then replaces by the prepared JPEGs, unchanged;
`pdf_finish` adds page labels (a viewer's page numbers are the printed ones) and gives the
fonts their subset names.

The caller must have a QGuiApplication (the GUI has one; the CLI makes one with the offscreen
platform; in tests pytest-qt's `qapp` gives it): Qt needs it for fonts. 標楷體 / DFKai-SB and
Times New Roman are mapped to installed faces with QFont substitutions, the fallbacks in the
settings' order; AR PL UKai comes before Noto Sans CJK TC, whose PDF text layer turns 片 into
the Kangxi radical U+2F5A so that searching for 照片 fails.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from photoapp.export.bundled_fonts import add_bundled_fonts
from photoapp.export.errors import ExportError, ExportProblem
from photoapp.export.images import PreparedImage
from photoapp.export.layout import Layout, Slot
from photoapp.export.painting import PagePainter, install_font_substitutions
from photoapp.export.pdf_finish import finish
from photoapp.export.pdf_images import pass_through, stand_in_colour
from photoapp.export.properties import DocumentInfo
from photoapp.export.settings import Orientation, Paper

RESOLUTION = 1200  # device units per inch: positions to a fiftieth of a millimetre
_PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


def write_pdf(
    layout: Layout, images: Mapping[int, PreparedImage], target: Path, info: DocumentInfo
) -> None:
    """Write the laid-out appendix to `target` (a .pdf file, written in place), with `info`
    as its document information; PDF/A-1b when the settings ask (the PDF/A level Qt's
    writer has).

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
    # Qt writes these into both the document information and the XMP metadata
    writer.setTitle(info.title)
    writer.setAuthor(info.author)
    writer.setCreator(info.application)
    if settings.pdf_a:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "QPdfWriter could not open it")
    order: dict[int, tuple[bytes, tuple[int, int]]] = {}

    def stand_in(painter: QPainter, box: QRectF, slot: Slot) -> None:
        # a one-pixel image of a colour of its own, replaced by the JPEG after Qt is done
        prepared = images[slot.entry.photo.id]
        index = len(order)
        order[index] = (prepared.data, prepared.size)
        pixel = QImage(1, 1, QImage.Format.Format_RGB32)
        pixel.fill(QColor(*stand_in_colour(index)))
        painter.drawImage(box, pixel)

    pages = PagePainter(painter, writer, RESOLUTION)
    try:
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        for page in layout.pages:
            if page.index > 0:
                writer.newPage()
            pages.page(layout, page, stand_in)
    finally:
        painter.end()
    pass_through(target, order)
    finish(target, settings.first_page_number)


def gui_application() -> None:
    """Make the QGuiApplication the PDF writer needs when the caller has none (the command
    line): offscreen when there is no display. A QCoreApplication cannot become one, so this
    runs before any other Qt application object exists."""
    if isinstance(QCoreApplication.instance(), QGuiApplication):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    add_bundled_fonts()
