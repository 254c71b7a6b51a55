"""Every setting, declared once (key, type, default), read and written through QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
MAX_RECENT = 8


def store() -> QSettings:
    """The settings file (INI, in the user's config folder, the same on every platform)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "photoapp", "photoapp")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One persistent setting."""

    key: str
    default: T

    def get(self) -> T:
        """The stored value, or the default when absent or of the wrong type."""
        value: Any = store().value(self.key, self.default)
        if isinstance(self.default, bool) and isinstance(value, str):
            value = value.lower() == "true"  # INI files store booleans as text
        elif isinstance(self.default, list) and value is not None:
            value = list(value) if isinstance(value, (list, tuple)) else [value]
        return value if isinstance(value, type(self.default)) else self.default

    def set(self, value: T) -> None:
        """Store a value."""
        store().setValue(self.key, value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
MAIN_SPLITTER = Setting("window/main_splitter", QByteArray())
CENTRE_SPLITTER = Setting("window/centre_splitter", QByteArray())
SIDE_SPLITTER = Setting("window/side_splitter", QByteArray())
RECENT_PROJECTS: Setting[list[str]] = Setting("files/recent_projects", [])
LAST_PHOTO_FOLDER = Setting("files/last_photo_folder", "")
LAST_PROJECT_FOLDER = Setting("files/last_project_folder", "")
MINGUO_DATES = Setting("display/minguo_dates", True)
LANGUAGE = Setting("display/language", "")  # "" follows the system
THUMBNAIL_SIZE = Setting("display/thumbnail_size", "160")  # pixels, 64 to 256 (as text: INI)
CAPTIONS_UNDER_PHOTOS = Setting("display/captions_under_photos", False)
STACK_SIMILAR = Setting("display/stack_similar", False)  # similar photos as one stack


def add_recent(path: str) -> list[str]:
    """Put a project at the top of the recent list; returns the new list."""
    recent = [p for p in RECENT_PROJECTS.get() if p != path]
    recent.insert(0, path)
    del recent[MAX_RECENT:]
    RECENT_PROJECTS.set(recent)
    return recent


EXPORT_PROFILES = Setting("export/profiles", "{}")  # JSON: profile name -> export settings JSON
LAST_EXPORT_FOLDER = Setting("files/last_export_folder", "")
AUTHOR = Setting("export/author", "")  # the author exported documents name (empty: none)
