"""Opening, creating and migrating the SQLite project file, refusing anything that is not ours.

A file is checked read-only before it is opened for writing, so a foreign, corrupt or newer
file is refused without a byte of it changed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from photoapp.storage.errors import (
    CorruptProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
)
from photoapp.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SUFFIX = ".photoapp"


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    # Autocommit mode: every write goes through `transaction()` with an explicit BEGIN IMMEDIATE.
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    return connection


def _check(path: Path) -> int:
    """The schema version of an existing project file; raises if the file is not usable."""
    if not path.is_file():
        raise ProjectNotFoundError(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise ProjectNotFoundError(path, str(error)) from error
    if header != b"SQLite format 3\x00":
        raise NotAProjectError(path, "not a SQLite database")
    try:
        connection = _connect(path, read_only=True)
    except sqlite3.Error as error:
        raise CorruptProjectError(path, str(error)) from error
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if application_id != APPLICATION_ID:
            raise NotAProjectError(path, f"application_id {application_id:#x}")
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise NewerProjectError(path, version)
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise CorruptProjectError(path, str(result))
        return version
    except sqlite3.DatabaseError as error:
        raise CorruptProjectError(path, str(error)) from error
    finally:
        connection.close()


def _configure(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    # One self-contained file (no -wal beside it) that users can copy and mail; FULL sync so a
    # committed edit survives a power cut.
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")


def _migrate(connection: sqlite3.Connection, current: int) -> None:
    # Migrations may rebuild a table that others refer to (SQLite's way to change a column):
    # foreign keys are off while they run, then checked before each one commits.
    connection.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(current, SCHEMA_VERSION):
            connection.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(MIGRATIONS[version]):
                    connection.execute(statement)
                if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
                    raise sqlite3.IntegrityError(f"migration {version + 1} broke a reference")
                connection.execute(f"PRAGMA user_version = {version + 1}")
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
    finally:
        connection.execute("PRAGMA foreign_keys = ON")


def _statements(script: str) -> list[str]:
    """Split a migration into statements (our migrations hold no semicolons inside strings)."""
    return [part.strip() for part in script.split(";") if part.strip()]


def create(path: Path) -> sqlite3.Connection:
    """A new, empty project file at `path`, which must not exist yet."""
    if path.exists():
        raise ProjectExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.row_factory = sqlite3.Row
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure(connection)
        _migrate(connection, 0)
    except BaseException:
        connection.close()
        path.unlink(missing_ok=True)
        raise
    return connection


def open_existing(path: Path) -> sqlite3.Connection:
    """An existing project file, brought forward to the current schema."""
    version = _check(path)
    try:
        connection = _connect(path)
        _configure(connection)
        _migrate(connection, version)
    except sqlite3.DatabaseError as error:
        raise CorruptProjectError(path, str(error)) from error
    return connection
