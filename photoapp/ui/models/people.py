"""The people list: drag people onto photos, drop photos onto a person; names edit in place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from photoapp.domain.model import Person
from photoapp.storage.project import Change, Event
from photoapp.ui import mime
from photoapp.ui.models.id_list import IdListModel, Index
from photoapp.ui.models.roles import Role
from photoapp.ui.session import ImportTarget, ProjectSession


class PeopleModel(IdListModel):
    """Rows: the people of the project, in the order they were added."""

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session)
        self.session = session
        self._people: dict[int, Person] = {}
        self._counts: Counter[int] = Counter()
        self._reload()
        session.changed.connect(self._on_changed)

    def _reload(self) -> None:
        people = self.session.project.people()
        self._people = {p.id: p for p in people}
        self._counts = Counter(pid for photo in self.session.all_photos() for pid in photo.people)
        self.sync([p.id for p in people])

    def _on_changed(self, event: Event) -> None:
        if event.change & (Change.PEOPLE | Change.PHOTOS):
            self._reload()
            self.refresh_rows()

    def person(self, person_id: int) -> Person | None:
        """The person of a row id."""
        return self._people.get(person_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self._people.get(self.id_at(index) or 0)
        if person is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.EditRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [person.name, person.title, person.organisation, person.original_name]
            caption = self.tr("In captions: %1").replace("%1", person.caption_name)
            return "\n".join([" · ".join(p for p in parts if p), caption])
        if role == Role.ID:
            return person.id
        if role == Role.SUBTITLE:
            return person.title
        if role == Role.COUNT:
            return self._counts.get(person.id, 0)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self._people.get(self.id_at(index) or 0)
        if role != Qt.ItemDataRole.EditRole or person is None or not isinstance(value, str):
            return False
        name = value.strip()
        if name and name != person.name:
            # A person whose caption form was their name keeps it in step with the rename.
            display = "" if person.display in ("", person.name) else person.display
            self.session.update_person(replace(person, name=name, display=display))
        return bool(name)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # files dropped below the people: imported
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [mime.PEOPLE, mime.PHOTOS, mime.URIS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = dict.fromkeys(i for i in map(self.id_at, indexes) if i is not None)
        return mime.people(ids, project=self.session.uuid)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if mime.local_files(data, self.session.uuid):
            return True  # onto a person: imported and tagged; elsewhere: imported
        return (
            bool(mime.ids(data, mime.PHOTOS, self.session.uuid)) and self.id_at(parent) is not None
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        person_id = self.id_at(parent)
        files = mime.local_files(data, self.session.uuid)
        if files:
            self.session.request_import(files, ImportTarget(person_id=person_id))
            return True
        photos = mime.ids(data, mime.PHOTOS, self.session.uuid)
        if person_id is None or not photos:
            return False
        self.session.tag(photos, person_id)
        return True
