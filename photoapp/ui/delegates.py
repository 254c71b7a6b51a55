"""Painting items: thumbnails with their quiet badges, and list rows with a count on the right."""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from photoapp.ui import dates
from photoapp.ui.models.roles import Role, Tile
from photoapp.ui.models.stacks import Stack
from photoapp.ui.thumbnails import GRID_SIZE

Index = QModelIndex | QPersistentModelIndex
_BADGE = QColor(28, 98, 168)
_WARN = QColor(196, 43, 28)
_BEST = QColor(214, 150, 0)
_STACK = QColor(90, 60, 150)
_BADGE_HEIGHT = 20
# Thumbnails scaled to the size they are painted at, by delegate: a grid page is 30 to 60 of
# them, so this holds a few pages (about 100 KB each at 160 px: 20 MB).
_SCALED_KEPT = 200


def _badge(painter: QPainter, rect: QRect, text: str, colour: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor("white"))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _person_glyph(painter: QPainter, rect: QRect) -> None:
    """A head and shoulders, drawn: emoji fonts are missing on many office machines."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    head = rect.width() // 2
    painter.drawEllipse(rect.x() + (rect.width() - head) // 2, rect.y(), head, head)
    painter.drawPie(rect.x(), rect.y() + head + 1, rect.width(), rect.height(), 0, 180 * 16)
    painter.restore()


def _star(painter: QPainter, rect: QRect) -> None:
    """A five-pointed star on a round badge: the best photo of its group (drawn, not a glyph,
    for the same reason as the person)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_BEST)
    painter.drawEllipse(rect)
    centre = QPointF(rect.center()) + QPointF(0.5, 0.5)
    outer, inner = rect.width() * 0.38, rect.width() * 0.16
    points = []
    for n in range(10):
        radius = outer if n % 2 == 0 else inner
        angle = math.pi / 2 + n * math.pi / 5
        points.append(centre + QPointF(radius * math.cos(angle), -radius * math.sin(angle)))
    painter.setBrush(QColor("white"))
    painter.drawPolygon(QPolygonF(points))
    painter.restore()


def _stacked_frames(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """Two cards behind a thumbnail: a closed stack of similar photos."""
    painter.save()
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    for step in (6, 3):
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(rect.translated(step, -step).adjusted(0, 0, -1, -1))
    painter.restore()


def _day_of(index: Index) -> date | None:
    taken = index.data(Role.TAKEN) if index.isValid() else None
    return date.fromisoformat(taken[:10]) if taken else None


def date_starting(index: Index, taken: str | None = None) -> date | None:
    """The capture date that begins at this photo of a list sorted by time (None when the photo
    before it has the same date, or it has none). `taken`: its Role.TAKEN, when known."""
    day = _day_of(index) if taken is None else (date.fromisoformat(taken[:10]) if taken else None)
    previous = index.sibling(index.row() - 1, 0) if index.row() > 0 else None
    if day is None or (previous is not None and _day_of(previous) == day):
        return None
    return day


def tile_of(index: Index) -> Tile:
    """What to paint for an item: its model's Role.TILE, or else each role asked for."""
    tile = index.data(Role.TILE)
    if isinstance(tile, Tile):
        return tile
    pending = bool(index.data(Role.PENDING))
    return Tile(
        index.data(Qt.ItemDataRole.DecorationRole),
        str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        pending=pending,
        number=index.data(Role.APPENDIX_NUMBER),
        people=0 if pending else index.data(Role.PEOPLE_COUNT) or 0,
        caption="" if pending else str(index.data(Role.CAPTION) or ""),
        missing=False if pending else bool(index.data(Role.MISSING)),
        taken=str(index.data(Role.TAKEN) or ""),
        stack=None if pending else index.data(Role.STACK),
    )


class ThumbnailDelegate(QStyledItemDelegate):
    """A thumbnail with its file name and badges: appendix number, people, caption, missing.

    In the grid, on request: the caption on a line under the file name (`show_captions`), and
    a date line above the first photo of each capture date (`separators()` says when: photos
    sorted by time, unfiltered). The best photo of a group of similar photos has a star; while
    the grid stacks them (`stack_state(key)` says "closed" or "open"), the best carries the
    group's count, and a closed stack is drawn as cards behind it."""

    def __init__(
        self, parent: object = None, *, caption_below: bool = False, size: QSize = GRID_SIZE
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.caption_below = caption_below  # the appendix strip: 照片 N and the caption
        self.size = size
        self.show_captions = False
        self.separators: Callable[[], bool] = lambda: False
        self.stack_state: Callable[[int], str] = lambda _key: ""
        self._missing = False  # the photo being painted has lost its file
        self._scaled: OrderedDict[tuple[int, int, int], QPixmap] = OrderedDict()

    def scaled(self, pixmap: QPixmap, size: QSize, ratio: float) -> QPixmap:
        """`pixmap` at `size` (device pixels `ratio` times more), smoothly scaled once and kept:
        painting a kept pixmap 1:1 is a copy, while scaling at every paint cost a scroll through
        a page of thumbnails tens of milliseconds (several times that with an import running)."""
        width, height = round(size.width() * ratio), round(size.height() * ratio)
        if width >= pixmap.width() or height >= pixmap.height():
            return pixmap  # never enlarged: the painter draws it into the rectangle
        key = (pixmap.cacheKey(), width, height)
        found = self._scaled.get(key)
        if found is not None:
            self._scaled.move_to_end(key)
            return found
        found = pixmap.scaled(
            width,
            height,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        found.setDevicePixelRatio(ratio)
        self._scaled[key] = found
        while len(self._scaled) > _SCALED_KEPT:
            self._scaled.popitem(last=False)
        return found

    def _header(self, option: QStyleOptionViewItem) -> int:
        """The height of the date line above the thumbnails (0 without separators)."""
        return self.header_height(option.fontMetrics)

    def header_height(self, metrics: QFontMetrics) -> int:
        """The height of the date line above the thumbnails (0 without separators)."""
        return metrics.height() + 4 if self.separators() else 0

    def thumbnail_area(self, item: QRect, header: int) -> QRect:
        """Where the thumbnail is drawn in an item's rectangle."""
        return QRect(item.x() + 8, item.y() + header + 6, self.size.width(), self.size.height())

    def stack_badge(self, index: Index, item: QRect, header: int) -> QRect | None:
        """Where the count of a stack is drawn (a click there opens or closes it), or None."""
        stack = index.data(Role.STACK) if index.isValid() else None
        if stack is None or not stack.best or not self.stack_state(stack.key):
            return None
        area = self.thumbnail_area(item, header)
        width = max(30, 16 + 8 * len(str(stack.size)))
        return QRect(area.x() + 4, area.bottom() - _BADGE_HEIGHT - 4, width, _BADGE_HEIGHT)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        lines = 2 if self.caption_below or self.show_captions else 1
        return QSize(
            self.size.width() + 16,
            self.size.height() + lines * option.fontMetrics.height() + 14 + self._header(option),
        )

    def _paint_separator(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, taken: str
    ) -> None:
        """The date above the first photo of each capture date, with a rule after it."""
        day = date_starting(index, taken)
        if day is not None:
            self._draw_separator(painter, option, day)

    def _draw_separator(self, painter: QPainter, option: QStyleOptionViewItem, day: date) -> None:
        rect: QRect = option.rect
        metrics = option.fontMetrics
        painter.save()
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        palette: QPalette = option.palette
        painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        text = dates.list_date(day)
        line = QRect(rect.x() + 4, rect.y() + 2, rect.width() - 8, metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        width = QFontMetrics(font).horizontalAdvance(text) + 10
        y = line.center().y()
        painter.drawLine(line.x() + width, y, rect.right(), y)
        painter.drawLine(rect.x() + 1, rect.y() + 2, rect.x() + 1, rect.bottom() - 2)
        painter.restore()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tile = tile_of(index)
        header = self._header(option)
        if header:
            self._paint_separator(painter, option, index, tile.taken)
        self._paint_tile(painter, option, tile, header)

    def warm_up(self, option: QStyleOptionViewItem) -> None:
        """Paint one tile of every kind (being read, with its preview, with every badge, of a
        stack, selected, with a date line) into a throwaway image.

        Done once while the window waits for the user: the first paint of a tile still being
        read made PySide create QGradient's enum types (its fillRect overloads), 15 ms on the
        GUI thread, and fonts and glyphs were loaded, just as a drop's first tiles appeared.
        """
        option = QStyleOptionViewItem(option)
        option.rect = QRect(0, 0, self.size.width() + 16, self.size.height() + 80)
        image = QImage(option.rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        pixmap = QPixmap(8, 6)
        pixmap.fill(QColor(128, 128, 128))
        best = Stack(key=0, size=3, best=True, best_id=0)
        tiles = (
            Tile(None, "…", pending=True),
            Tile(pixmap, "…", pending=True),
            Tile(pixmap, "…", number=1, people=2, caption="…", missing=True, stack=best),
            Tile(None, "…", stack=Stack(key=0, size=3, best=False, best_id=0)),
        )
        painter = QPainter(image)
        try:
            for selected, tile in enumerate(tiles):
                option.state = (
                    option.state | QStyle.StateFlag.State_Selected
                    if selected % 2
                    else option.state & ~QStyle.StateFlag.State_Selected
                )
                self._paint_tile(painter, option, tile, 0)
            self._draw_separator(painter, option, date(2017, 9, 10))
        finally:
            painter.end()

    def _paint_tile(
        self, painter: QPainter, option: QStyleOptionViewItem, tile: Tile, header: int
    ) -> None:
        rect: QRect = option.rect.adjusted(0, header, 0, 0)
        state = option.state
        palette: QPalette = option.palette
        painter.save()
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect.adjusted(2, 2, -2, -2), palette.highlight())
        area = self.thumbnail_area(rect, 0)
        pixmap = tile.pixmap
        pending = tile.pending  # a dropped file still being read: greyed
        if pending:
            painter.setOpacity(0.55)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            fitted = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            if fitted.width() > pixmap.width():
                fitted = pixmap.size()  # never enlarge a thumbnail
            x = area.x() + (area.width() - fitted.width()) // 2
            y = area.y() + (area.height() - fitted.height()) // 2
            picture = QRect(x, y, fitted.width(), fitted.height())
            stack = None if pending else tile.stack
            if stack is not None and stack.best and self.stack_state(stack.key) == "closed":
                _stacked_frames(painter, picture, palette)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            device = painter.device()
            ratio = device.devicePixelRatioF() if device is not None else 1.0
            painter.drawPixmap(picture, self.scaled(pixmap, fitted, ratio))
        else:
            painter.fillRect(area.adjusted(10, 20, -10, -20), palette.midlight())
            if pending:
                painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Reading…"))
        text_rect = QRect(
            rect.x() + 4, area.bottom() + 4, rect.width() - 8, rect.bottom() - area.bottom() - 4
        )
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(palette.highlightedText().color())
        metrics = option.fontMetrics
        lines = [tile.name]
        if self.caption_below:
            lines.insert(0, self.tr("Photo %1").replace("%1", str(tile.number)))
        elif self.show_captions:
            lines.append(tile.caption)
        for line in lines:
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, elided
            )
            text_rect.setTop(text_rect.top() + metrics.height())
        if not pending:
            self._badges(painter, area, tile)
        painter.restore()

    def _badges(self, painter: QPainter, area: QRect, tile: Tile) -> None:
        size = _BADGE_HEIGHT
        self._missing = tile.missing
        stack = tile.stack
        if stack is not None and not self.caption_below:
            self._stack_badges(painter, area, stack)
        if not self.caption_below:
            number = tile.number
            if number is not None:
                width = max(size, 10 + 8 * len(str(number)))
                _badge(painter, QRect(area.x() + 4, area.y() + 4, width, size), str(number), _BADGE)
        people = tile.people
        right = area.right() - 4
        if people:
            rect = QRect(right - 36, area.bottom() - size - 4, 36, size)
            _badge(painter, rect.adjusted(0, 0, 0, 0), f"  {people}", QColor(60, 60, 60, 200))
            _person_glyph(painter, QRect(rect.x() + 5, rect.y() + 3, 12, size - 6))
            right = rect.left() - 4
        if tile.caption and not self.caption_below:
            _badge(
                painter,
                QRect(right - size, area.bottom() - size - 4, size, size),
                "✎",
                QColor(60, 60, 60, 200),
            )
        if tile.missing:
            _badge(
                painter,
                QRect(area.right() - 70, area.y() + 4, 66, size),
                self.tr("Missing"),
                _WARN,
            )

    def _stack_badges(self, painter: QPainter, area: QRect, stack: Stack) -> None:
        """The best's star (top right, left of a missing file's badge), and while the grid
        stacks: the count on the best, a thin band on the others of an open stack."""
        state = self.stack_state(stack.key)
        if stack.best:
            right = area.right() - (74 if self._missing else 0)  # left of "Missing"
            _star(painter, QRect(right - 24, area.y() + 4, 20, 20))
            if state:
                width = max(30, 16 + 8 * len(str(stack.size)))
                rect = QRect(area.x() + 4, area.bottom() - _BADGE_HEIGHT - 4, width, _BADGE_HEIGHT)
                mark = "▸" if state == "closed" else "▾"
                _badge(painter, rect, f"{stack.size}{mark}", _STACK)
        elif state == "open":
            painter.fillRect(QRect(area.x(), area.bottom() - 3, area.width(), 3), _STACK)


class CountDelegate(QStyledItemDelegate):
    """A list row with its subtitle in grey and its count right-aligned (days, people)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        count = index.data(Role.COUNT)
        subtitle = index.data(Role.SUBTITLE) or ""
        super().paint(painter, option, index)
        rect: QRect = option.rect.adjusted(6, 0, -8, 0)
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected
        palette: QPalette = option.palette
        grey = palette.highlightedText().color() if selected else palette.placeholderText().color()
        painter.setPen(grey)
        if count is not None:
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(count)
            )
        if subtitle:
            name_width = option.fontMetrics.horizontalAdvance(str(index.data()))
            sub_rect = rect.adjusted(name_width + 14, 0, -40, 0)
            painter.drawText(
                sub_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle
            )
        painter.restore()
