"""The item views of the main window and how each takes drags and drops.

The views choose the drop target and show it (a highlighted row or area, an insertion line in
the strip); what a drop does is decided by the models' `dropMimeData`, so tests and the views
exercise the same code. Files from outside are always answered with Copy (or Link), never Move.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyleOptionViewItem,
    QWidget,
)

from photoapp.ui import drag_image, mime
from photoapp.ui.delegates import CountDelegate, ThumbnailDelegate
from photoapp.ui.models.id_list import IdListModel
from photoapp.ui.models.roles import Role, id_of
from photoapp.ui.tasks import WARM_UP_AFTER_MS

# A drop target shown while something droppable hovers: a row, the whole view, or (the
# strip) the position an insertion would take.
DropTarget = tuple[str, int] | None


class DropView(QListView):
    """A list view that shows where a drag would land, answers outside files with Copy, and
    drags with a compact picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_uuid = ""  # set by the workspace: drags of this project are internal
        self.drop_target: DropTarget = None
        self.setDropIndicatorShown(False)  # ours is drawn in paintEvent, the same everywhere
        self.viewport().setProperty("photoappFileDrops", True)  # the window leaves files to us
        self._warmed_up = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed_up and isinstance(self.itemDelegate(), ThumbnailDelegate):
            self._warmed_up = True  # (painted once, while the user has not done anything yet)
            QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        delegate = self.itemDelegate()
        if isinstance(delegate, ThumbnailDelegate):
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            delegate.warm_up(option)

    # ---- what a drag would do here ------------------------------------------------------------

    def _outside(self, event: QDropEvent) -> bool:
        return bool(mime.local_files(event.mimeData(), self.project_uuid))

    def _force_copy(self, event: QDropEvent) -> None:
        if event.isAccepted() and self._outside(event):
            event.setDropAction(mime.outside_action(event.possibleActions()))
            event.accept()

    def _target_for(self, event: QDropEvent) -> DropTarget:
        """Where an accepted drag at the event's position lands (rows: their model row)."""
        index = self.indexAt(event.position().toPoint())
        model = self.model()
        onto_row = index.isValid() and not (self._outside(event) and self.files_onto_area)
        if onto_row and model.canDropMimeData(event.mimeData(), event.dropAction(), -1, 0, index):
            return ("row", index.row())
        return ("area", -1)

    files_onto_area = False  # the grid: files are imported, not dropped "onto a photo"

    def _show(self, target: DropTarget) -> None:
        if target != self.drop_target:
            self.drop_target = target
            self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._outside(event):
            event.setDropAction(mime.outside_action(event.possibleActions()))
        super().dragEnterEvent(event)
        self._force_copy(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._outside(event):
            event.setDropAction(mime.outside_action(event.possibleActions()))
        super().dragMoveEvent(event)
        self._force_copy(event)
        self._show(self._target_for(event) if event.isAccepted() else None)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._show(None)

    def dropEvent(self, event: QDropEvent) -> None:
        outside = self._outside(event)
        if outside:
            event.setDropAction(mime.outside_action(event.possibleActions()))
        super().dropEvent(event)
        if outside and event.isAccepted():
            # Qt's item view answers with the proposed action (Move with Shift held)
            event.setDropAction(mime.outside_action(event.possibleActions()))
            event.accept()
        self._show(None)

    # ---- painting the target --------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.drop_target is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        kind, row = self.drop_target
        if kind == "insert":
            self._paint_insertion(painter, row, colour)
        else:
            if kind == "row":
                rect = self.visualRect(self.model().index(row, 0)).adjusted(1, 1, -1, -1)
            else:
                rect = self.viewport().rect().adjusted(2, 2, -2, -2)
            fill = QColor(colour)
            fill.setAlpha(50)
            painter.setBrush(fill)
            painter.setPen(QPen(colour, 2))
            painter.drawRoundedRect(rect, 4, 4)
        painter.end()

    def _paint_insertion(self, painter: QPainter, row: int, colour: QColor) -> None:
        pass

    # ---- dragging out ---------------------------------------------------------------------------

    def drag_pixmap(self, indexes: list[QModelIndex]) -> QPixmap:
        """At most three stacked thumbnails with the count."""
        images = [index.data(Qt.ItemDataRole.DecorationRole) for index in indexes[:3]]
        return drag_image.stacked(images, len(indexes))

    def drag_indexes(self, indexes: list[QModelIndex], supported: Qt.DropAction) -> None:
        """Start a drag of these rows with the compact picture."""
        model = self.model()
        indexes = [i for i in indexes if model.flags(i) & Qt.ItemFlag.ItemIsDragEnabled]
        if not indexes:
            return
        indexes.sort(key=lambda i: i.row())
        data = model.mimeData(indexes)
        if data is None:
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        pixmap = self.drag_pixmap(indexes)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // 2, pixmap.height() - 4))
        drag.exec(supported, self.defaultDropAction())

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        self.drag_indexes(self.selectedIndexes(), supportedActions)


class PhotoGridView(DropView):
    """The thumbnail grid: drag photos out; drop people onto a photo, or files anywhere."""

    preview_requested = Signal(int)  # Space on the current photo
    stack_toggled = Signal(int)  # a click on a stack's count: the stack's key
    files_onto_area = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""  # what to say when the filter shows nothing
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)  # drops go to the model, items never float
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setIconSize(QSize(160, 160))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.viewport().setAcceptDrops(True)  # setMovement(Static) turned drops off
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(True)  # people land on a photo, not between photos
        self.setItemDelegate(ThumbnailDelegate(self))
        self.setWordWrap(False)

    def selected_ids(self) -> list[int]:
        """Ids of the selected photos, in view order."""
        rows = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [i for i in (id_of(index) for index in rows) if i is not None]

    def select_ids(self, ids: list[int]) -> None:
        """Select these photos (those visible) and show the first, in one selection change."""
        selection = QItemSelection()
        first = None
        for index in self._indexes_of(ids):
            selection.select(index, index)
            first = first or index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        if first is not None:
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def _indexes_of(self, ids: list[int]) -> list[QModelIndex]:
        """The rows of these photos that the grid shows, in its order: looked up by id in the
        photo model (opening a project selects one photo of 5,000; no pass over all rows)."""
        model = self.model()
        proxy = model if isinstance(model, QSortFilterProxyModel) else None
        source = proxy.sourceModel() if proxy is not None else model
        if not isinstance(source, IdListModel):
            wanted = set(ids)
            rows = (model.index(row, 0) for row in range(model.rowCount()))
            return [index for index in rows if index.data(Role.ID) in wanted]
        found = (source.index_for(i) for i in dict.fromkeys(ids))
        shown = (proxy.mapFromSource(i) if proxy is not None else i for i in found if i.isValid())
        return sorted((i for i in shown if i.isValid()), key=lambda i: i.row())

    def stack_key_at(self, point: QPoint) -> int | None:
        """The stack whose count badge is at `point` (viewport coordinates), or None."""
        index = self.indexAt(point)
        delegate = self.itemDelegate()
        if not index.isValid() or not isinstance(delegate, ThumbnailDelegate):
            return None
        header = delegate.header_height(self.fontMetrics())
        badge = delegate.stack_badge(index, self.visualRect(index), header)
        if badge is None or not badge.adjusted(-2, -2, 2, 2).contains(point):
            return None
        stack = index.data(Role.STACK)
        return int(stack.key) if stack is not None else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            key = self.stack_key_at(event.position().toPoint())
            if key is not None:  # the count opens or closes the stack; it selects nothing
                self.stack_toggled.emit(key)
                event.accept()
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = id_of(self.currentIndex())
        if event.key() == Qt.Key.Key_Space and current is not None:
            self.preview_requested.emit(current)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_text and self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = self.viewport().rect().adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(rect, int(flags), self.empty_text)
            painter.end()


class SideListView(DropView):
    """A side list (days or people) that takes drops onto its rows and edits names in place.

    Clicking filters, dragging tags: a press changes nothing (the row becomes current only when
    the button is released without a drag), so a drag that starts on a person never filters
    the grid under the photo it is meant for.
    """

    chosen = Signal(QModelIndex)  # a click or the keyboard chose a row (again)

    def __init__(self, parent: QWidget | None = None, *, draggable: bool = False) -> None:
        super().__init__(parent)
        self._press: tuple[QPoint, QPersistentModelIndex, QMouseEvent] | None = None
        self.setItemDelegate(CountDelegate(self))
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if draggable
            else QAbstractItemView.DragDropMode.DropOnly
        )
        self.setDragDropOverwriteMode(True)  # a drop lands on a row, never between rows
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setUniformItemSizes(True)
        self.setSpacing(1)

    def current_id(self) -> int | None:
        """The id of the current row."""
        return id_of(self.currentIndex())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            point = event.position().toPoint()
            copy = QMouseEvent(
                event.type(),
                event.position(),
                event.scenePosition(),
                event.globalPosition(),
                event.button(),
                event.buttons(),
                event.modifiers(),
            )
            left = event.button() == Qt.MouseButton.LeftButton
            self._press = (
                (point, QPersistentModelIndex(self.indexAt(point)), copy) if left else None
            )
            event.accept()  # nothing changes yet: this may be the start of a drag
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        point, pressed, _copy = self._press
        distance = (event.position().toPoint() - point).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        self._press = None
        if pressed.isValid() and self.dragEnabled():
            index = self.model().index(pressed.row(), 0)
            selected = self.selectionModel().selectedIndexes()
            rows = selected if index in selected else [index]
            self.drag_indexes(rows, self.model().supportedDragActions())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is not None and event.button() == Qt.MouseButton.LeftButton:
            # A click: now the row becomes current (which filters), as Qt would have on press.
            super().mousePressEvent(press[2])
            super().mouseReleaseEvent(event)
            if press[1].isValid():
                self.chosen.emit(self.model().index(press[1].row(), 0))
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        before = self.currentIndex()
        super().keyPressEvent(event)
        current = self.currentIndex()
        activate = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if current.isValid() and (current != before or activate):
            self.chosen.emit(current)

    def drag_pixmap(self, indexes: list[QModelIndex]) -> QPixmap:
        return drag_image.label([str(i.data(Qt.ItemDataRole.DisplayRole)) for i in indexes])


class AppendixStrip(DropView):
    """The appendix strip: drop photos in at a position, drag to reorder; a photo dragged from
    the strip back onto the photo grid leaves the appendix (the grid's model does that).

    While something droppable hovers, a line shows where it will go in; the drop goes exactly
    there (the left half of a photo: before it; the right half: after it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.viewport().setAcceptDrops(True)  # setMovement(Static) turned drops off
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)  # drops go between photos: the insertion line
        self.setItemDelegate(ThumbnailDelegate(self, caption_below=True, size=QSize(120, 90)))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)

    def selected_ids(self) -> list[int]:
        """Ids of the selected appendix photos, in appendix order."""
        rows = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [i for i in (id_of(index) for index in rows) if i is not None]

    def insertion_row(self, point: QPoint) -> int:
        """The appendix position a drop at `point` (viewport coordinates) goes in at."""
        model = self.model()
        for row in range(model.rowCount()):
            if point.x() < self.visualRect(model.index(row, 0)).center().x():
                return row
        return model.rowCount()

    def _target_for(self, event: QDropEvent) -> DropTarget:
        return ("insert", self.insertion_row(event.position().toPoint()))

    def _paint_insertion(self, painter: QPainter, row: int, colour: QColor) -> None:
        model = self.model()
        count = model.rowCount()
        if count == 0:
            x = 6
        elif row < count:
            x = self.visualRect(model.index(row, 0)).left() - 1
        else:
            x = self.visualRect(model.index(count - 1, 0)).right() + 2
        height = self.viewport().height()
        painter.setPen(QPen(colour, 3))
        painter.drawLine(x, 4, x, height - 4)
        painter.setBrush(colour)
        painter.drawEllipse(QRect(x - 4, 0, 8, 8))
        painter.drawEllipse(QRect(x - 4, height - 8, 8, 8))

    def dropEvent(self, event: QDropEvent) -> None:
        # The drop goes where the line showed, not where Qt's own position rules would put it.
        outside = self._outside(event)
        action = mime.outside_action(event.possibleActions()) if outside else event.dropAction()
        row = self.insertion_row(event.position().toPoint())
        model = self.model()
        accepted = model.canDropMimeData(event.mimeData(), action, row, 0, QModelIndex())
        if accepted and model.dropMimeData(event.mimeData(), action, row, 0, QModelIndex()):
            event.setDropAction(action)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self._show(None)
