"""Copies of a project file made with SQLite's backup API: "Save a copy", backups, restores.

A copy is written under a hidden temporary name beside its destination and renamed into place
only when complete, so a failure (a full disk) leaves neither a half file nor a temporary. The
photo paths are rewritten so that they still lead to the same files from the copy's folder.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from pathlib import Path

from photoapp.storage.database import journal_path
from photoapp.storage.errors import ProjectExistsError, write_error
from photoapp.storage.safe_output import remove_stale_temporaries, temporary_for


def stored_path(absolute: str, folder: str | None) -> str:
    """A photo's stored form (strings, no file system calls: it runs once per photo): relative
    (POSIX) below `folder`, else absolute."""
    if folder is not None:
        prefix = folder.rstrip(os.sep) + os.sep
        if absolute.startswith(prefix):
            absolute = absolute[len(prefix) :]
    return absolute.replace(os.sep, "/") if os.sep != "/" else absolute


def write_copy(
    source: sqlite3.Connection,
    source_folder: Path,
    destination: Path,
    *,
    relative: bool = True,
    new_identity: bool = False,
) -> None:
    """Write the database behind `source` as a new file `destination` (which must not exist).

    Stored photo paths are read relative to `source_folder` and written relative to the
    destination's folder when below it (`relative`), otherwise absolute. Raises
    ProjectExistsError, or a ProjectWriteError subclass naming `destination` (disk full,
    read-only) with nothing left behind. `new_identity` gives the copy its own project UUID
    ("Save a copy" makes another project; a backup stays the same one).
    """
    destination = destination.resolve()
    if destination.exists():
        raise ProjectExistsError(destination)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_error(destination, error) from error
    remove_stale_temporaries(destination)
    temporary = temporary_for(destination)
    try:
        target = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA query_only = OFF")
            target.execute("BEGIN IMMEDIATE")
            changes = []
            source_text = str(source_folder)
            folder = str(destination.parent) if relative else None
            for photo_id, path in target.execute("SELECT id, path FROM photo").fetchall():
                stored = stored_path(os.path.normpath(os.path.join(source_text, path)), folder)
                if stored != path:
                    changes.append((stored, photo_id))
            target.executemany("UPDATE photo SET path = ? WHERE id = ?", changes)
            if new_identity:  # drags between the two must not take ids for each other's
                target.execute(
                    "UPDATE setting SET value = ? WHERE key = 'project_uuid'", (str(uuid.uuid4()),)
                )
            target.execute("COMMIT")
        finally:
            target.close()
        if destination.exists():  # appeared meanwhile: never replace it
            raise ProjectExistsError(destination)
        os.replace(temporary, destination)
    except (sqlite3.Error, OSError) as error:
        _discard(temporary)
        raise write_error(destination, error) from error
    except BaseException:
        _discard(temporary)
        raise


def _discard(temporary: Path) -> None:
    for path in (temporary, journal_path(temporary)):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
