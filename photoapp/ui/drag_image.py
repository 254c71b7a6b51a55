"""The picture a drag carries under the pointer: small, so that the target stays visible.

At most three thumbnails stacked with a small offset and, for more than one item, a badge with
the count; a person or a day is a rounded label with its name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

THUMB = 56  # each stacked thumbnail fits this square
_OFFSET = 7
_BADGE = 22
_BADGE_COLOUR = QColor(28, 98, 168)


def _as_pixmap(value: object) -> QPixmap | None:
    if isinstance(value, QPixmap) and not value.isNull():
        return value
    if isinstance(value, QIcon) and not value.isNull():
        return value.pixmap(THUMB, THUMB)
    return None


def stacked(images: Sequence[object], count: int) -> QPixmap:
    """Up to three of `images` (QPixmap or QIcon; others are drawn as plain cards) stacked,
    with a count badge when `count` > 1. Never larger than about 100×100 px."""
    shown = list(images[:3]) or [None]
    depth = len(shown) - 1
    size = THUMB + depth * _OFFSET + _BADGE // 2
    canvas = QPixmap(size, size)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = QApplication.palette()
    for layer, image in enumerate(reversed(shown)):  # the first image on top
        step = (depth - layer) * _OFFSET
        card = QRect(step, _BADGE // 2 + depth * _OFFSET - step, THUMB, THUMB)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(card.adjusted(0, 0, -1, -1))
        pixmap = _as_pixmap(image)
        if pixmap is not None:
            scaled = pixmap.scaled(
                THUMB - 4,
                THUMB - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = card.x() + (THUMB - scaled.width()) // 2
            y = card.y() + (THUMB - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
    if count > 1:
        badge = QRectF(size - _BADGE - 1, 0, _BADGE, _BADGE)
        text = str(count) if count < 1000 else "999+"
        if len(text) > 2:
            badge.setLeft(size - 1 - _BADGE - 6 * (len(text) - 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BADGE_COLOUR)
        painter.drawRoundedRect(badge, _BADGE / 2, _BADGE / 2)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(12)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return canvas


def label(texts: Sequence[str]) -> QPixmap:
    """A rounded label with the first name (and "+N" for more), for people and days."""
    text = texts[0] if texts else ""
    if len(texts) > 1:
        text += f"  +{len(texts) - 1}"
    font = QApplication.font()
    metrics = QFontMetrics(font)
    width = min(metrics.horizontalAdvance(text) + 20, 260)
    height = metrics.height() + 10
    canvas = QPixmap(width, height)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = QApplication.palette()
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(0, 0, width, height), height / 2, height / 2)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    painter.setFont(font)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 20)
    painter.drawText(QRect(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, elided)
    painter.end()
    return canvas
