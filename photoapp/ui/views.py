"""The item views of the main window and how each takes drags and drops.

The views only choose the drop target and show feedback; what a drop does is decided by the
models' `dropMimeData`, so tests and the views exercise the same code.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from photoapp.ui import mime
from photoapp.ui.delegates import CountDelegate, ThumbnailDelegate
from photoapp.ui.models.roles import Role, id_of


def _accept_outside_files(event: QDragEnterEvent | QDragMoveEvent) -> bool:
    """Files from a file manager are copied in (imported), never moved."""
    if mime.local_files(event.mimeData()):
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True
    return False


class PhotoGridView(QListView):
    """The thumbnail grid: drag photos out; drop people onto a photo, or files anywhere."""

    preview_requested = Signal(int)  # Space on the current photo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.setDropIndicatorShown(True)
        self.setItemDelegate(ThumbnailDelegate(self))
        self.setWordWrap(False)

    def selected_ids(self) -> list[int]:
        """Ids of the selected photos, in view order."""
        rows = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [i for i in (id_of(index) for index in rows) if i is not None]

    def select_ids(self, ids: list[int]) -> None:
        """Select these photos (those visible) and show the first, in one selection change."""
        model = self.model()
        wanted = set(ids)
        selection = QItemSelection()
        first = None
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(Role.ID) in wanted:
                selection.select(index, index)
                first = first or index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        if first is not None:
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = id_of(self.currentIndex())
        if event.key() == Qt.Key.Key_Space and current is not None:
            self.preview_requested.emit(current)
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not _accept_outside_files(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not _accept_outside_files(event):
            super().dragMoveEvent(event)


class SideListView(QListView):
    """A side list (days or people) that takes drops onto its rows and edits names in place."""

    def __init__(self, parent: QWidget | None = None, *, draggable: bool = False) -> None:
        super().__init__(parent)
        self.setItemDelegate(CountDelegate(self))
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if draggable
            else QAbstractItemView.DragDropMode.DropOnly
        )
        self.setDragDropOverwriteMode(True)  # a drop lands on a row, never between rows
        self.setDropIndicatorShown(True)
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


class AppendixStrip(QListView):
    """The appendix strip: drop photos in at a position, drag to reorder; a photo dragged from
    the strip back onto the photo grid leaves the appendix (the grid's model does that)."""

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
        self.setDropIndicatorShown(True)
        self.setItemDelegate(ThumbnailDelegate(self, caption_below=True, size=QSize(120, 90)))
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)

    def selected_ids(self) -> list[int]:
        """Ids of the selected appendix photos, in appendix order."""
        rows = sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [i for i in (id_of(index) for index in rows) if i is not None]
