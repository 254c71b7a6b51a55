"""Opening, creating and migrating the SQLite project file, refusing anything that is not ours.

A file is checked read-only before it is opened for writing, so a foreign, corrupt or newer
file is refused without a byte of it changed. Two states of a healthy file are handled the way
SQLite means them rather than called damage:

- a *hot journal* (`NAME.photoapp-journal` left by a crash in the middle of a commit): once the
  header says the file is ours, a read-write connection rolls the interrupted commit back, and
  the file alone is whole again (copying or mailing it without the journal is then safe);
- a file that cannot be written (read-only file, folder or medium) or that the user asked to
  open read-only: it opens read-only (`query_only`), migrated in memory when it is older.
A file another program keeps locked past the busy timeout raises ProjectLockedError.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from photoapp.storage.errors import (
    CorruptProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectExistsError,
    ProjectLockedError,
    ProjectNotFoundError,
    ProjectRecoveryError,
)
from photoapp.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SUFFIX = ".photoapp"
JOURNAL_SUFFIX = "-journal"
BUSY_TIMEOUT = 5.0  # seconds another program may hold the file before we say it is in use
_MAGIC = b"SQLite format 3\x00"
# Extended result codes (sqlite3 has the names from Python 3.11 on; the numbers are SQLite's).
_BUSY_CODES = frozenset({5, 6, 261, 517})  # BUSY, LOCKED, BUSY_RECOVERY, BUSY_SNAPSHOT
_READONLY_ROLLBACK = 776


class ReadOnlyReason(Enum):
    """Why an open project cannot be changed (the GUI shows it in its read-only banner)."""

    REQUESTED = "requested"  # the user (or the caller) asked for read-only
    FILE = "file"  # the file itself cannot be written (permissions, read-only medium)
    FOLDER = "folder"  # the folder cannot be written, so SQLite cannot make its journal


@dataclass(frozen=True)
class Opened:
    """A connection to an opened project, and why it is read-only (None: it can be edited)."""

    connection: sqlite3.Connection
    read_only: ReadOnlyReason | None = None


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite keeps beside `path` while a commit is under way."""
    return path.with_name(path.name + JOURNAL_SUFFIX)


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    # Autocommit mode: every write goes through `transaction()` with an explicit BEGIN IMMEDIATE.
    connection = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT
    )
    connection.row_factory = sqlite3.Row
    return connection


def connect_again(path: Path, *, timeout_ms: int) -> sqlite3.Connection:
    """Another read-write connection to an open project file (for a writing thread),
    configured as the first one is."""
    connection = _connect(path)
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = FULL")
    except BaseException:
        connection.close()
        raise
    return connection


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", -1) or -1)


def _header(path: Path) -> bytes:
    if not path.is_file():
        raise ProjectNotFoundError(path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise ProjectNotFoundError(path, error.strerror or "") from error
    if not header.startswith(_MAGIC):
        raise NotAProjectError(path, "not a SQLite database")
    return header


def _header_is_ours(header: bytes) -> bool:
    # The application id sits at offset 68 of page 1 and never changes after creation, so it
    # can be trusted even while a hot journal holds the rest of page 1's last good state.
    return len(header) == 100 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def _inspect(path: Path, connection: sqlite3.Connection) -> int:
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


def _check(path: Path) -> int:
    """The schema version of an existing project file; raises if the file is not usable.

    Rolls back an interrupted commit (hot journal) first when the header says the file is ours.
    """
    header = _header(path)
    for attempt in range(2):
        try:
            connection = _connect(path, read_only=True)
        except sqlite3.Error as error:
            raise CorruptProjectError(path, str(error)) from error
        try:
            return _inspect(path, connection)
        except sqlite3.OperationalError as error:
            if _code(error) in _BUSY_CODES:
                raise ProjectLockedError(path, str(error)) from error
            if _code(error) != _READONLY_ROLLBACK or attempt:
                raise CorruptProjectError(path, str(error)) from error
        except sqlite3.DatabaseError as error:
            raise CorruptProjectError(path, str(error)) from error
        finally:
            connection.close()
        if not _header_is_ours(header):
            raise NotAProjectError(path, "foreign database with an unfinished transaction")
        _roll_back_journal(path)
    raise AssertionError("unreachable")  # pragma: no cover


def _roll_back_journal(path: Path) -> None:
    """Undo a commit a crash interrupted, the way SQLite does: read through a writable handle."""
    if _read_only_reason(path) is not None:
        raise ProjectRecoveryError(path, "hot journal, but the file or folder is read-only")
    try:
        connection = _connect(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if _code(error) in _BUSY_CODES:
            raise ProjectLockedError(path, str(error)) from error
        raise CorruptProjectError(path, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise CorruptProjectError(path, str(error)) from error


def _read_only_reason(path: Path) -> ReadOnlyReason | None:
    """Why SQLite could not write this file, or None. `os.access` also says no on a read-only
    mount (EROFS), even to root."""
    if not os.access(path, os.W_OK):
        return ReadOnlyReason.FILE
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return ReadOnlyReason.FOLDER
    return None


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
    connection = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT
    )
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


def open_existing(path: Path, *, read_only: bool = False) -> Opened:
    """An existing project file, brought forward to the current schema.

    Opens read-only when asked to or when the file (or its folder) cannot be written; an
    older file is then migrated in memory, never on disk.
    """
    version = _check(path)
    reason = ReadOnlyReason.REQUESTED if read_only else _read_only_reason(path)
    if reason is not None:
        return Opened(_open_read_only(path, version), reason)
    try:
        connection = _connect(path)
        _configure(connection)
        _migrate(connection, version)
    except sqlite3.OperationalError as error:
        if _code(error) in _BUSY_CODES:
            raise ProjectLockedError(path, str(error)) from error
        raise CorruptProjectError(path, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise CorruptProjectError(path, str(error)) from error
    return Opened(connection)


def _open_read_only(path: Path, version: int) -> sqlite3.Connection:
    try:
        connection = _connect(path, read_only=True)
        if version < SCHEMA_VERSION:  # an older file: brought forward in a private copy
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            memory.row_factory = sqlite3.Row
            connection.backup(memory)
            connection.close()
            connection = memory
            _migrate(connection, version)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA query_only = ON")  # SQLite itself refuses any write
    except sqlite3.OperationalError as error:
        if _code(error) in _BUSY_CODES:
            raise ProjectLockedError(path, str(error)) from error
        raise CorruptProjectError(path, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise CorruptProjectError(path, str(error)) from error
    return connection
