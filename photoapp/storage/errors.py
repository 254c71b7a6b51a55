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


class ProjectRecoveryError(ProjectError):
    """The project was left mid-save by a crash and must be rolled back before it can be read,
    but the file or its folder cannot be written (copy the file *with* its -journal elsewhere)."""


# SQLite's primary result codes (the low byte of an extended code) that name a cause.
_SQLITE_READONLY, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_IOERR = 8, 5, 6, 10
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB, _SQLITE_CORRUPT = 13, 14, 26, 11


def write_error(path: Path, error: BaseException) -> ProjectError:
    """The typed error for a failed write to `path` from SQLite's or the system's exception.

    `detail` keeps the original text for a log; callers word the cause from the type.
    """
    import errno

    detail = str(error)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary == _SQLITE_FULL:
            return DiskFullError(path, detail)
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return ProjectLockedError(path, detail)
        if primary == _SQLITE_READONLY:
            return ProjectReadOnlyError(path, detail)
        if primary == _SQLITE_CANTOPEN or (primary == _SQLITE_IOERR and not path.exists()):
            return (
                ProjectGoneError(path, detail)
                if not path.exists()
                else ProjectReadOnlyError(path, detail)
            )
        if primary in (_SQLITE_NOTADB, _SQLITE_CORRUPT):
            return CorruptProjectError(path, detail)
        return ProjectWriteError(path, detail)
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(path, detail)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ProjectReadOnlyError(path, detail)
        if error.errno == errno.ENOENT:
            return ProjectGoneError(path, detail)
    return ProjectWriteError(path, detail)
