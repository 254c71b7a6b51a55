"""The custom data roles every model and view of ours share."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap


class Role(IntEnum):
    """Custom item data roles."""

    ID = Qt.ItemDataRole.UserRole + 1  # the photo, person or day id of the row
    PHOTO = ID + 1  # domain.model.Photo
    CAPTION = ID + 2  # rendered caption text
    APPENDIX_NUMBER = ID + 3  # int or None
    PEOPLE_COUNT = ID + 4
    MISSING = ID + 5  # the photo's file is gone
    TAKEN = ID + 6  # sortable capture time text, "" when unknown
    DAY_ID = ID + 7
    PEOPLE_IDS = ID + 8
    SEARCH_TEXT = ID + 9  # lower-cased caption, people and file name
    COUNT = ID + 10  # photos on a day or with a person
    SUBTITLE = ID + 11  # a person's title, a day's date
    PENDING = ID + 12  # a dropped file still being read: a tile, not yet a photo
    STACK = ID + 13  # ui.models.stacks.Stack: its group of similar photos, or None
    TILE = ID + 14  # Tile: all a thumbnail delegate paints, in one call (None: ask each role)


@dataclass(frozen=True)
class Tile:
    """What a thumbnail shows, asked for at once: a page of tiles is painted at every scroll
    step, and each role asked separately is a call from C++ into Python."""

    pixmap: QPixmap | None  # DecorationRole
    name: str  # DisplayRole
    pending: bool = False  # PENDING
    number: int | None = None  # APPENDIX_NUMBER
    people: int = 0  # PEOPLE_COUNT
    caption: str = ""  # CAPTION
    missing: bool = False  # MISSING
    taken: str = ""  # TAKEN
    stack: Any = None  # STACK: ui.models.stacks.Stack or None


def id_of(index: QModelIndex | QPersistentModelIndex) -> int | None:
    """The id stored under Role.ID of any index of ours, through proxies too."""
    value = index.data(Role.ID)
    return int(value) if value is not None else None
