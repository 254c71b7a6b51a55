"""The itinerary list: all photos, the unassigned ones, then each day; photos drop onto a day."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, Qt

from photoapp.domain.model import Day
from photoapp.storage.project import Change, Event
from photoapp.ui import dates, mime
from photoapp.ui.models.filter import ALL_PHOTOS, UNASSIGNED
from photoapp.ui.models.id_list import IdListModel, Index
from photoapp.ui.models.roles import Role
from photoapp.ui.session import UNASSIGNED_DAY, ImportTarget, ProjectSession


class DayModel(IdListModel):
    """Rows: ALL_PHOTOS, UNASSIGNED, then the days in date order. Day labels edit in place."""

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session)
        self.session = session
        self._days: dict[int, Day] = {}
        self._counts: Counter[int] = Counter()
        self._reload()
        session.changed.connect(self._on_changed)

    def _reload(self) -> None:
        days = self.session.project.days()
        self._days = {d.id: d for d in days}
        counts: Counter[int] = Counter()
        for photo in self.session.all_photos():
            counts[photo.day_id if photo.day_id is not None else UNASSIGNED] += 1
            counts[ALL_PHOTOS] += 1
        self._counts = counts
        self.sync([ALL_PHOTOS, UNASSIGNED, *(d.id for d in days)])

    def _on_changed(self, event: Event) -> None:
        if event.change & (Change.DAYS | Change.PHOTOS):
            self._reload()
            self.refresh_rows()

    def day(self, day_id: int) -> Day | None:
        """The day of a row id (None for the two special rows)."""
        return self._days.get(day_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row_id = self.id_at(index)
        if row_id is None:
            return None
        day = self._days.get(row_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if row_id == ALL_PHOTOS:
                return self.tr("All photos")
            if row_id == UNASSIGNED:
                return self.tr("Unassigned")
            assert day is not None
            return f"{dates.list_date(day.date)}  {day.label}".rstrip()
        if role == Qt.ItemDataRole.EditRole:
            return day.label if day else None
        if role == Role.ID:
            return row_id
        if role == Role.COUNT:
            return self._counts.get(row_id, 0)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        day = self._days.get(self.id_at(index) or 0)
        if role != Qt.ItemDataRole.EditRole or day is None or not isinstance(value, str):
            return False
        if value.strip() != day.label:
            self.session.update_day(Day(day.id, day.date, value.strip()))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # files dropped below the days: imported
        # every row takes drops: photos onto a day (not onto "all photos"), files onto any
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        if self.id_at(index) in self._days:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mimeTypes(self) -> list[str]:
        return [mime.PHOTOS, mime.URIS]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if mime.local_files(data, self.session.uuid):
            return True  # onto a day: imported onto it; elsewhere: imported
        target = self.id_at(parent)
        photos = mime.ids(data, mime.PHOTOS, self.session.uuid)
        return bool(photos) and target not in (None, ALL_PHOTOS)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.id_at(parent)
        files = mime.local_files(data, self.session.uuid)
        if files:
            day = UNASSIGNED_DAY if target == UNASSIGNED else target
            on_day = day if day not in (None, ALL_PHOTOS) else None
            self.session.request_import(files, ImportTarget(day_id=on_day))
            return True
        photos: Sequence[int] = mime.ids(data, mime.PHOTOS, self.session.uuid)
        self.session.assign_day(photos, None if target == UNASSIGNED else target)
        return True
