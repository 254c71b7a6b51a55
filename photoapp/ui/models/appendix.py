"""The appendix, 照片 1…N in order: photos dropped in are added at the drop position, dragged
within it are reordered (the numbers follow at once)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from photoapp.domain import captions
from photoapp.storage.project import Change, Event
from photoapp.ui import mime
from photoapp.ui.models.id_list import IdListModel, Index
from photoapp.ui.models.roles import Role
from photoapp.ui.session import ImportTarget, ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider


class AppendixModel(IdListModel):
    """Rows: the appendix's photo ids in order; row r is 照片 r+1."""

    def __init__(self, session: ProjectSession, thumbnails: ThumbnailProvider) -> None:
        super().__init__(session)
        self.session = session
        self.thumbnails = thumbnails
        self._photos = {p.id: p for p in session.all_photos()}
        self._people = session.people_by_id()
        self.sync(session.project.appendix())
        session.changed.connect(self._on_changed)
        thumbnails.ready.connect(self._on_thumbnail)

    def _on_changed(self, event: Event) -> None:
        if event.change & (Change.PHOTOS | Change.APPENDIX | Change.PEOPLE):
            self._photos = {p.id: p for p in self.session.all_photos()}
            self._people = self.session.people_by_id()
            self.sync(self.session.project.appendix())
            self.refresh_rows()

    def _on_thumbnail(self, sha256: str) -> None:
        # the appendix is a few dozen photos: looking through them is cheap
        self.refresh_rows(
            [i for i in self._ids if i in self._photos and self._photos[i].sha256 == sha256]
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        photo_id = self.id_at(index)
        if photo_id is None:
            return None
        photo = self._photos.get(photo_id)
        if photo is None:  # its row is being removed: Qt may still ask during the removal
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Role.CAPTION):
            # The number is painted from APPENDIX_NUMBER: display text stays with its photo.
            return captions.render(photo.caption, self._people) or photo.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.pixmap(photo.sha256, self.session.project.resolve(photo))
        if role == Role.ID:
            return photo_id
        if role == Role.APPENDIX_NUMBER:
            return index.row() + 1
        if role == Role.PHOTO:
            return photo
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [mime.PHOTOS, mime.URIS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._ids[r] for r in rows]
        files = [self.session.project.resolve(self._photos[i]) for i in ids]
        return mime.photos(ids, files, project=self.session.uuid, from_appendix=True)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        own = self.session.uuid
        return bool(mime.local_files(data, own) or mime.ids(data, mime.PHOTOS, own))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if row < 0:  # onto an item: before it; onto the empty area: at the end
            row = parent.row() if parent.isValid() else len(self._ids)
        files = mime.local_files(data, self.session.uuid)
        if files:  # imported, then added here
            self.session.request_import(files, ImportTarget(appendix_position=row))
            return True
        photos = [i for i in mime.ids(data, mime.PHOTOS, self.session.uuid) if i in self._photos]
        if not photos:
            return False
        self.session.add_to_appendix(photos, row)
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # Qt calls this after a move-drag that our own dropMimeData already applied: the
        # appendix order is changed only through the session, so there is nothing to remove.
        return False
