"""What the photo grid shows: one day, the unassigned, one person's photos, a search; sorted;
similar photos stacked (only each group's best shown, unless its stack is opened) or only the
best of each group kept."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from photoapp.ui.models.roles import Role

ALL_PHOTOS = -1  # day filter values besides day ids
UNASSIGNED = -2


class SortOrder(Enum):
    """How the grid orders photos."""

    CAPTURE_TIME = "time"
    APPENDIX = "appendix"


class PhotoFilterModel(QSortFilterProxyModel):
    """Filters and sorts the photo model; drops pass through to it unchanged."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.day_filter = ALL_PHOTOS
        self.person_filter: int | None = None
        self.search = ""
        self.order = SortOrder.CAPTURE_TIME
        self.stacking = False  # a group of similar photos shows as its best, with a count
        self.best_only = False  # the rest of each group is hidden, whatever is opened
        self.expanded: set[int] = set()  # the keys of the stacks opened to show every photo
        self.setDynamicSortFilter(True)
        # In capture order nothing is sorted here: the source model is in that order already,
        # and sorting 5,000 photos through lessThan in Python cost 0.3 s at every open.

    def set_day(self, day: int) -> None:
        """Show one day's photos (a day id), all of them, or the unassigned ones."""
        if day == self.day_filter and self.person_filter is None:
            return  # nothing changes: no pass over every photo (5,000 of them cost 0.1 s)
        self.beginFilterChange()
        self.day_filter = day
        self.person_filter = None
        self.endFilterChange()

    def set_person(self, person_id: int | None) -> None:
        """Show only photos with this person (None: no person filter)."""
        self.beginFilterChange()
        self.person_filter = person_id
        self.day_filter = ALL_PHOTOS
        self.endFilterChange()

    def set_search(self, text: str) -> None:
        """Show photos whose caption, people or file name contain every word of `text`."""
        search = text.strip().lower()
        if search == self.search:
            return
        self.beginFilterChange()
        self.search = search
        self.endFilterChange()

    def set_stacking(self, stacking: bool) -> None:
        """Stack each group of similar photos under its best (opened stacks stay open)."""
        if stacking != self.stacking:
            self.beginFilterChange()
            self.stacking = stacking
            self.endFilterChange()

    def set_best_only(self, best_only: bool) -> None:
        """Hide every photo of a group but its best (nothing is deleted)."""
        if best_only != self.best_only:
            self.beginFilterChange()
            self.best_only = best_only
            self.endFilterChange()

    def toggle_stack(self, key: int) -> bool:
        """Open a closed stack or close an open one; whether it is open now."""
        self.beginFilterChange()
        if key in self.expanded:
            self.expanded.discard(key)
        else:
            self.expanded.add(key)
        self.endFilterChange()
        return key in self.expanded

    def hidden_in_stacks(self) -> int:
        """How many photos that the day, person and search filters show are out of sight
        under their group's best (what the filter bar says with "Keep only the best")."""
        model = self.sourceModel()
        filtered = self.day_filter != ALL_PHOTOS or self.person_filter is not None or self.search
        matching = 0
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(Role.ID) is not None and (not filtered or self._matches(index)):
                matching += 1
        shown = sum(
            1 for row in range(self.rowCount()) if self.index(row, 0).data(Role.ID) is not None
        )
        return matching - shown

    def stack_state(self, key: int) -> str:
        """How the grid shows a group: "closed" (its best with a count), "open" (every photo,
        while stacking), or "" (no stacking: the photos as they are)."""
        if not self.stacking or self.best_only:
            return ""
        return "open" if key in self.expanded else "closed"

    def set_order(self, order: SortOrder) -> None:
        """Sort by capture time, or by appendix number (photos not in it after, by time)."""
        self.order = order
        if order is SortOrder.APPENDIX:
            self.sort(0)
            self.invalidate()
        else:
            self.sort(-1)  # the source model's order: capture time

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        stacked = self.stacking or self.best_only
        filtered = self.day_filter != ALL_PHOTOS or self.person_filter is not None or self.search
        if not filtered and not stacked:
            return True  # the usual case, asked once a photo whenever the photos change
        index = self.sourceModel().index(source_row, 0, source_parent)
        if filtered and not self._matches(index):
            return False
        return not (stacked and self._hidden_in_stack(index, filtered=bool(filtered)))

    def _matches(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Whether a photo passes the day, person and search filters."""
        day = index.data(Role.DAY_ID)
        if self.day_filter == UNASSIGNED and day is not None:
            return False
        if self.day_filter >= 0 and day != self.day_filter:
            return False
        if self.person_filter is not None and self.person_filter not in (
            index.data(Role.PEOPLE_IDS) or []
        ):
            return False
        if self.search:
            haystack = index.data(Role.SEARCH_TEXT) or ""
            return all(word in haystack for word in self.search.split())
        return True

    def _hidden_in_stack(
        self, index: QModelIndex | QPersistentModelIndex, *, filtered: bool
    ) -> bool:
        """Whether a photo is under its group's best, out of sight: never when the best itself
        is filtered out (a search for this photo's name, a person only it shows), so that a
        filter never loses a photo it matches."""
        stack = index.data(Role.STACK)
        if stack is None or stack.best:
            return False
        if not self.best_only and stack.key in self.expanded:
            return False
        if filtered:
            model = self.sourceModel()
            best = model.index_for(stack.best_id) if hasattr(model, "index_for") else None
            if best is None or not best.isValid() or not self._matches(best):
                return False
        return True

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.order is SortOrder.APPENDIX:
            a, b = left.data(Role.APPENDIX_NUMBER), right.data(Role.APPENDIX_NUMBER)
            if a is not None or b is not None:
                if a is None or b is None:
                    return a is not None
                return bool(a < b)
        # the source model is in capture order already (undated photos last)
        return left.row() < right.row()
