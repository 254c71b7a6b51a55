"""Typed errors of the storage layer; the GUI and the CLI word each in the user's language."""

from __future__ import annotations

from pathlib import Path


class ProjectError(Exception):
    """A project file cannot be used as asked; the file is left as it was."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class NotAProjectError(ProjectError):
    """The file exists but is not a photoapp project (another database, or not a database)."""


class CorruptProjectError(ProjectError):
    """The file is a photoapp project whose database is damaged."""


class NewerProjectError(ProjectError):
    """The file was written by a newer photoapp whose schema this version does not know."""

    def __init__(self, path: Path, version: int) -> None:
        super().__init__(path, f"schema version {version}")
        self.version = version


class ProjectExistsError(ProjectError):
    """A new project was asked for where a file already exists."""


class ProjectNotFoundError(ProjectError):
    """No file at the given path."""


class ProjectWriteError(ProjectError):
    """An edit could not be saved to an open project; nothing of it was written.

    The subclasses say why, so the GUI and the CLI can word the cause and the GUI can switch
    the window to read-only. `detail` keeps SQLite's own text for the log, never for the user.
    """


class ProjectReadOnlyError(ProjectWriteError):
    """The project file (or its folder) cannot be written: read-only file, medium or folder."""


class ProjectLockedError(ProjectWriteError):
    """Another program holds the project file (another photoapp, a sync client, a backup)."""


class DiskFullError(ProjectWriteError):
    """The disk holding the project file is full."""


class ProjectGoneError(ProjectWriteError):
    """The project file was deleted, moved or replaced while it was open."""
