"""A list model whose rows are ids, kept in step with the store by precise row signals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class IdListModel(QAbstractListModel):
    """Rows are ids; `sync` turns a new id list into remove, move and insert signals.

    Views keep their selection and scroll position through edits, which a model reset would
    throw away.
    """

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._ids: list[int] = []
        self._rows: dict[int, int] | None = None  # row of each id, made when first asked
        self.syncing = False  # True while `sync` moves rows (views' current rows move too)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def id_at(self, index: Index) -> int | None:
        """The id of a row, or None for an invalid index."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        return self._ids[index.row()]

    def index_for(self, item_id: int) -> QModelIndex:
        """The index of an id's row (invalid when absent)."""
        row = self.rows_by_id().get(item_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def rows_by_id(self) -> dict[int, int]:
        """Each id's row (kept until the rows change: looking up a row is not a pass over
        5,000 of them)."""
        if self._rows is None:
            self._rows = {item: row for row, item in enumerate(self._ids)}
        return self._rows

    def ids(self) -> list[int]:
        """The ids in row order."""
        return list(self._ids)

    def sync(self, new: Sequence[int]) -> None:
        """Make the rows `new`, signalling exactly what was removed, moved and inserted."""
        self.syncing = True
        try:
            self._sync(new)
        finally:
            self.syncing = False
            self._rows = None

    def _sync(self, new: Sequence[int]) -> None:
        # Rows go and come in runs, one signal a run: a view (and a sorting proxy) does its
        # work once for 300 photos added by an import, not 300 times.
        keep = set(new)
        row = len(self._ids)
        while row > 0:
            row -= 1
            if self._ids[row] in keep:
                continue
            last = row
            while row > 0 and self._ids[row - 1] not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self._ids[row : last + 1]
            self._rows = None
            self.endRemoveRows()
        present = set(self._ids)
        reordered = [item for item in new if item in present]
        if reordered != self._ids:
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            moved = [self._ids[index.row()] for index in persistent]
            self._ids = reordered
            self._rows = None
            rows = {item: row for row, item in enumerate(self._ids)}
            self.changePersistentIndexList(persistent, [self.index(rows[i], 0) for i in moved])
            self.layoutChanged.emit()
        row = 0
        while row < len(new):
            if new[row] in present:
                row += 1
                continue
            end = row
            while end + 1 < len(new) and new[end + 1] not in present:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end)
            self._ids[row:row] = new[row : end + 1]
            self._rows = None
            self.endInsertRows()
            row = end + 1

    def refresh_rows(self, ids: Sequence[int] | None = None) -> None:
        """Signal that the data (not the rows) of `ids` (all when None) changed."""
        if not self._ids:
            return
        if ids is None:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))
            return
        known = self.rows_by_id()
        rows = [known[item] for item in ids if item in known]
        if rows:
            # One range, not a signal a row: a sorting proxy re-sorts on each signal, and with
            # every row's data already new, row-by-row re-sorting leaves a wrong order.
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0))
