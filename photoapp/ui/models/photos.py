"""The project's photos as a list model: thumbnails, badges' data, and drops onto photos.

While an import runs, the files it is reading are rows too ("pending" tiles, after the photos,
with negative ids that are never a photo's): a drop shows every file at once, with its embedded
preview and then its sharp thumbnail as they are read. A pending tile is replaced by its photo
in the same model update that adds the photo, and goes when its file is not imported. Pending
tiles are not selectable nor draggable, and are never saved.

Dropping people onto a photo tags them (onto every selected photo when the target is one of
them); dropping files from outside asks for an import; photos dragged from the appendix strip
back onto the grid leave the appendix.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QImage, QPixmap

from photoapp.domain import captions
from photoapp.domain.model import Person, Photo
from photoapp.storage.project import Change, Event
from photoapp.ui import dates, mime
from photoapp.ui.models.id_list import IdListModel, Index
from photoapp.ui.models.roles import Role, Tile
from photoapp.ui.models.stacks import SimilarStacks
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider

SelectionProvider = Callable[[], list[int]]
_RECHECK_AFTER_S = 1.0  # files looked for less than this ago are not looked for again


def file_key(path: Path | str) -> str:
    """A file's path in one spelling, to match a dropped file with the photo made of it."""
    return os.path.normcase(os.path.abspath(path))


@dataclass
class PendingTile:
    """A dropped file being read: its name, then its embedded preview, then its thumbnail."""

    path: Path
    image: QImage | None = None  # the embedded preview as read
    pixmap: QPixmap | None = None  # made from it when first painted (most tiles are not)
    sha256: str | None = None  # once read: its sharp thumbnail is in the cache

    @property
    def preview(self) -> QPixmap | None:
        """The embedded preview, ready to paint."""
        if self.pixmap is None and self.image is not None:
            self.pixmap, self.image = QPixmap.fromImage(self.image), None
        return self.pixmap


class PhotoModel(IdListModel):
    """All photos of the project, in capture order."""

    def __init__(self, session: ProjectSession, thumbnails: ThumbnailProvider) -> None:
        super().__init__(session)
        self.session = session
        self.thumbnails = thumbnails
        self.selected_ids: SelectionProvider = list
        self._photos: dict[int, Photo] = {}
        self._by_sha: dict[str, int] = {}
        self._people: dict[int, Person] = {}
        self._missing: dict[int, bool] = {}
        self._pending: dict[int, PendingTile] = {}  # by negative id, in the order found
        self._pending_ids: dict[str, int] = {}  # by file_key
        self._next_pending = -1
        self._interim: dict[str, QPixmap] = {}  # by sha256: previews of photos just added
        self._checked_at = 0.0  # when every photo's file was last looked for (monotonic)
        self.stacks = SimilarStacks(session, self)
        self._search_texts: dict[int, str] = {}  # what the search box looks through, by id
        self._taken_texts: dict[int, str] = {}  # Role.TAKEN, by id
        self._reload()
        session.changed.connect(self._on_changed)
        thumbnails.ready.connect(self._on_thumbnail)
        self.stacks.changed.connect(lambda ids: self.refresh_rows(ids or None))

    # ---- keeping in step with the store -----------------------------------------------------

    def _reload(self, ids: Sequence[int] | None = None) -> None:
        project = self.session.project
        if ids:
            for photo_id in ids:
                self._search_texts.pop(photo_id, None)
                self._taken_texts.pop(photo_id, None)
        else:
            self._search_texts.clear()
            self._taken_texts.clear()
        self._people = {p.id: p for p in project.people()}
        photos = self.session.all_photos()
        if self._pending:
            # A photo just made of a dropped file takes its tile's place in this same update.
            for photo in photos:
                if photo.id not in self._photos:
                    key = file_key(self.path_of(photo))
                    tile = self._forget_pending(self._pending_ids.get(key))
                    if tile is not None and tile.preview is not None:
                        # Until its sharp thumbnail has loaded, the photo keeps the preview:
                        # its tile never goes blank in between.
                        self._interim[photo.sha256] = tile.preview
        self._photos = {p.id: p for p in photos}
        self._by_sha = {p.sha256: p.id for p in photos}  # content is unique in a project
        asked = set(ids) if ids is not None else None
        looked = [p for p in photos if asked is None or p.id in asked or p.id not in self._missing]
        missing = project.missing_ids(looked)
        for photo in looked:
            self._missing[photo.id] = photo.id in missing
        if ids is None:
            self._checked_at = time.monotonic()
        self.sync([*(p.id for p in photos), *self._pending])

    def _on_changed(self, event: Event) -> None:
        if event.change & (Change.PHOTOS | Change.APPENDIX):
            self._reload(event.photo_ids)
            self.refresh_rows(event.photo_ids or None)
        elif event.change & (Change.PEOPLE | Change.DAYS):
            self._reload()
            self.refresh_rows()

    def _on_thumbnail(self, sha256: str) -> None:
        self._interim.pop(sha256, None)
        if sha256 in self._by_sha:
            self.refresh_rows([self._by_sha[sha256]])
        elif self._pending:
            self.refresh_rows([i for i, tile in self._pending.items() if tile.sha256 == sha256])

    # ---- the files an import is reading -------------------------------------------------------

    def add_pending(self, paths: Iterable[Path]) -> None:
        """Show a tile for each of these files (after the photos), in one row insertion."""
        for path in paths:
            key = file_key(path)
            if key in self._pending_ids:
                continue
            self._pending[self._next_pending] = PendingTile(path)
            self._pending_ids[key] = self._next_pending
            self._next_pending -= 1
        self.sync([*self._photos_ids(), *self._pending])

    def show_previews(self, previews: Mapping[Path, QImage]) -> None:
        """Put these embedded previews on their files' tiles."""
        changed = []
        for path, image in previews.items():
            tile_id = self._pending_ids.get(file_key(path))
            if tile_id is not None:
                self._pending[tile_id].image = image
                changed.append(tile_id)
        self.refresh_rows(changed)

    def show_read(self, hashes: Mapping[Path, str]) -> None:
        """These files were read: their tiles show the sharp thumbnail (loaded by content)."""
        changed = []
        for path, sha256 in hashes.items():
            tile_id = self._pending_ids.get(file_key(path))
            if tile_id is not None:
                self._pending[tile_id].sha256 = sha256
                changed.append(tile_id)
        self.refresh_rows(changed)

    def remove_pending(self, paths: Iterable[Path] | None = None) -> None:
        """Take away the tiles of these files (all when None), in as few signals as can be."""
        if paths is None:
            self._pending.clear()
            self._pending_ids.clear()
        else:
            for path in paths:
                self._forget_pending(self._pending_ids.get(file_key(path)))
        self.sync([*self._photos_ids(), *self._pending])

    def pending_count(self) -> int:
        """How many files are shown as tiles, not yet photos."""
        return len(self._pending)

    def _forget_pending(self, tile_id: int | None) -> PendingTile | None:
        if tile_id is None:
            return None
        tile = self._pending.pop(tile_id)
        self._pending_ids.pop(file_key(tile.path), None)
        return tile

    def _photos_ids(self) -> list[int]:
        return [i for i in self._ids if i >= 0]

    def _pending_data(self, tile: PendingTile, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return tile.path.name
        if role == Qt.ItemDataRole.DecorationRole:
            if tile.sha256 is not None:
                sharp = self.thumbnails.pixmap(tile.sha256, tile.path)
                if sharp is not None:
                    return sharp
            return tile.preview
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(tile.path)
        if role == Role.PENDING:
            return True
        if role == Role.SEARCH_TEXT:
            return tile.path.name.lower()
        if role == Role.TILE:
            decoration = self._pending_data(tile, Qt.ItemDataRole.DecorationRole)
            return Tile(decoration, tile.path.name, pending=True)
        return None

    def recheck_files(self) -> None:
        """Look again which photo files are missing (e.g. when the window regains focus)."""
        if time.monotonic() - self._checked_at < _RECHECK_AFTER_S:
            return  # just looked (the window activated as it opened the project)
        self._checked_at = time.monotonic()
        gone = self.session.project.missing_ids(self._photos.values())
        changed = []
        for photo in self._photos.values():
            missing = photo.id in gone
            if missing != self._missing.get(photo.id):
                self._missing[photo.id] = missing
                self.thumbnails.forget(photo.sha256)
                changed.append(photo.id)
        self.refresh_rows(changed)

    # ---- reading ------------------------------------------------------------------------------

    def photo(self, photo_id: int) -> Photo | None:
        """The photo with this id, as the model has it."""
        return self._photos.get(photo_id)

    def path_of(self, photo: Photo) -> Path:
        """The photo's file."""
        return self.session.project.resolve(photo)

    def caption(self, photo: Photo) -> str:
        """The photo's caption with people's names in place of their tokens."""
        return captions.render(photo.caption, self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        photo_id = self.id_at(index)
        if photo_id is None:
            return None
        if photo_id < 0:
            tile = self._pending.get(photo_id)
            return self._pending_data(tile, role) if tile is not None else None
        photo = self._photos.get(photo_id)
        if photo is None:  # its row is being removed: Qt may still ask during the removal
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.file_name
        if role == Qt.ItemDataRole.DecorationRole:
            pixmap = self.thumbnails.pixmap(photo.sha256, lambda: self.path_of(photo))
            return pixmap if pixmap is not None else self._interim.get(photo.sha256)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [photo.file_name, dates.capture_time(photo.taken)]
            stack = self.stacks.stack(photo.id)
            if stack is not None:  # what the star and the count say, in words
                text = (
                    self.tr("The best of %n similar photos", "", stack.size)
                    if stack.best
                    else self.tr("One of %n similar photos", "", stack.size)
                )
                lines.append(text)
            caption = self.caption(photo)
            return "\n".join([caption, *lines] if caption else lines)
        return self._custom(photo, role)

    def _custom(self, photo: Photo, role: int) -> Any:
        # (a branch per role, not a table of lambdas made at each call: a page of thumbnails
        # is painted at every scroll step)
        if role == Role.TILE:
            # (the file's path is only made when the thumbnail has to be loaded)
            pixmap = self.thumbnails.pixmap(photo.sha256, lambda: self.path_of(photo))
            return Tile(
                pixmap if pixmap is not None else self._interim.get(photo.sha256),
                photo.file_name,
                number=photo.appendix_number,
                people=len(photo.people),
                caption=self.caption(photo) if photo.caption else "",
                missing=self._missing.get(photo.id, False),
                taken=self._taken(photo),
                stack=self.stacks.stack(photo.id),
            )
        if role == Role.APPENDIX_NUMBER:
            return photo.appendix_number
        if role == Role.TAKEN:
            return self._taken(photo)
        if role == Role.PEOPLE_COUNT:
            return len(photo.people)
        if role == Role.CAPTION:
            return self.caption(photo)
        if role == Role.MISSING:
            return self._missing.get(photo.id, False)
        if role == Role.PENDING:
            return None
        if role == Role.ID:
            return photo.id
        if role == Role.PHOTO:
            return photo
        if role == Role.DAY_ID:
            return photo.day_id
        if role == Role.PEOPLE_IDS:
            return list(photo.people)
        if role == Role.STACK:
            return self.stacks.stack(photo.id)
        if role == Role.SEARCH_TEXT:
            found = self._search_texts.get(photo.id)
            if found is None:
                found = self._search_texts[photo.id] = self._search_text(photo)
            return found
        return None

    def _taken(self, photo: Photo) -> str:
        """Role.TAKEN: the capture time as sortable text (made once a photo: the grid's date
        lines ask for it at each tile painted, and for the tile before it)."""
        found = self._taken_texts.get(photo.id)
        if found is None:
            found = photo.taken.local.isoformat() if photo.taken else ""
            self._taken_texts[photo.id] = found
        return found

    def _search_text(self, photo: Photo) -> str:
        names = []
        for person_id in photo.people:
            person = self._people.get(person_id)
            if person:
                names += [person.name, person.caption_name, person.original_name]
        return " ".join([self.caption(photo), photo.path, *names]).lower()

    # ---- drag and drop ----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        if (self.id_at(index) or 0) < 0:  # a file being read: seen, not yet a photo
            return Qt.ItemFlag.ItemIsEnabled
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    def mimeTypes(self) -> list[str]:
        return [mime.APPENDIX, mime.PEOPLE, mime.URIS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(i for i in (self.id_at(x) for x in indexes) if i and i > 0))
        files = [self.path_of(self._photos[i]) for i in ids]
        return mime.photos(ids, files, project=self.session.uuid)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        own = self.session.uuid
        if mime.local_files(data, own) or mime.ids(data, mime.APPENDIX, own):
            return True
        return bool(mime.ids(data, mime.PEOPLE, own)) and (self.id_at(parent) or 0) > 0

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        own = self.session.uuid
        files = mime.local_files(data, own)
        if files:
            self.session.request_import(files)  # the import runs elsewhere; the drop returns now
            return True
        leaving = mime.ids(data, mime.APPENDIX, own)
        if leaving:  # dragged from the appendix strip back to the photos
            self.session.remove_from_appendix(leaving)
            return True
        people = mime.ids(data, mime.PEOPLE, own)
        target = self.id_at(parent)
        if not people or target is None or target < 0:  # not onto a file still being read
            return False
        selected = self.selected_ids()
        photos = selected if target in selected else [target]
        stack = self.session.undo_stack
        if len(people) > 1:
            stack.beginMacro(
                self.tr("Tag %n photo(s) with %1 people", "", len(photos)).replace(
                    "%1", str(len(people))
                )
            )
        for person_id in people:
            self.session.tag(photos, person_id)
        if len(people) > 1:
            stack.endMacro()
        return True
