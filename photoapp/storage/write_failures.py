"""Why a write to a project file failed: SQLite's and the system's errors as typed errors.

SQLite says "attempt to write a readonly database" for a read-only file and for a file that
was deleted under it, and "disk I/O error" for many causes: its (extended) error code, the
file's identity (device and inode) and the disk's free space tell them apart.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from photoapp.storage.errors import (
    DiskFullError,
    ProjectGoneError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectWriteError,
)

FileIdentity = tuple[int, int]  # (st_dev, st_ino)

# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _AUTH, _NOTADB = (
    3, 5, 6, 8, 10, 11, 13, 14, 23, 26,
)  # fmt: skip
_READONLY_DBMOVED = 1032  # the file was unlinked or renamed since it was opened
_LOW_SPACE = 1 << 20  # below this much free space, an unexplained I/O error is a full disk


def identity(path: Path) -> FileIdentity | None:
    """The device and inode of the file now at `path`, or None when there is none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def classify(
    error: sqlite3.Error, path: Path, opened_as: FileIdentity | None = None
) -> ProjectWriteError | None:
    """The typed error for `error`, raised while writing the project at `path` (opened as the
    file `opened_as`); None when it is no failure of the file (a broken rule, a bug)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    detail = f"{getattr(error, 'sqlite_errorname', '')}: {error}"
    primary = code & 0xFF
    if code == _READONLY_DBMOVED or _moved(path, opened_as):
        return ProjectGoneError(path, detail)
    if primary in (_BUSY, _LOCKED):
        return ProjectLockedError(path, detail)
    if primary == _FULL:
        return DiskFullError(path, detail)
    if primary in (_READONLY, _PERM, _AUTH):
        return ProjectReadOnlyError(path, detail)
    if primary == _CANTOPEN:  # the journal cannot be made beside the file
        return _unwritable(path, detail) or ProjectReadOnlyError(path, detail)
    if primary in (_IOERR, _CORRUPT, _NOTADB):
        return _unwritable(path, detail) or ProjectWriteError(path, detail)
    return None


def _moved(path: Path, opened_as: FileIdentity | None) -> bool:
    return opened_as is not None and identity(path) != opened_as


def _unwritable(path: Path, detail: str) -> ProjectWriteError | None:
    """Why the file at `path` cannot be written as far as the system says, if it says."""
    if not path.parent.is_dir():
        return ProjectGoneError(path, detail)
    # os.access honours read-only mounts and immutable files, even for root.
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        return ProjectReadOnlyError(path, detail)
    try:
        if shutil.disk_usage(path.parent).free < _LOW_SPACE:
            return DiskFullError(path, detail)
    except OSError:
        pass
    return None
