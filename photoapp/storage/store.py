"""The project file's core: opening and creating it, transactions, listeners, and reading it
as domain records. The edits are mixins over this class (see project.py)."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date, tzinfo
from enum import Flag, auto
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from photoapp.domain import appendix, placement
from photoapp.domain.model import Day, Person, Photo, Trip
from photoapp.domain.placement import ClockShifts
from photoapp.storage import backups, copies, database, rows, write_failures
from photoapp.storage.database import ReadOnlyReason
from photoapp.storage.errors import (
    ProjectError,
    ProjectGoneError,
    ProjectReadOnlyError,
    write_error,
)
from photoapp.storage.safe_output import OutputFormat, check_target, project_references

if TYPE_CHECKING:  # EXIF reading (exifread, Pillow) is not needed to open a project
    from photoapp.storage.exif import Metadata
    from photoapp.storage.likeness import Likeness

_log = logging.getLogger(__name__)
_LIST_FOLDER_FROM = 16  # photos in one folder from which `missing_ids` lists the folder
_IN_CHUNK = 500  # values in one `IN (…)`: well under SQLite's limit on a statement's values


class Change(Flag):
    """What part of the project an edit changed."""

    TRIP = auto()
    DAYS = auto()
    PEOPLE = auto()
    PHOTOS = auto()
    APPENDIX = auto()


@dataclass(frozen=True)
class Event:
    """A committed change: what kind, and which photos (empty when not about photos)."""

    change: Change
    photo_ids: tuple[int, ...] = ()
    # The photos of `photo_ids` as they were just committed, when the writer read them back
    # (an import's batches): listeners then need not read them (and wait for the file's lock
    # while the next batch is being written). None: read them if needed.
    photos: tuple[Photo, ...] | None = None


Listener = Callable[[Event], None]


@dataclass(frozen=True)
class NewPhoto:
    """A photo file that import has read and is ready to add."""

    path: Path
    file_size: int
    sha256: str
    metadata: Metadata
    file_mtime_ns: int | None = None  # what says, with the size, that the file is unchanged
    likeness: Likeness | None = None  # perceptual hash and sharpness, from the thumbnail


@dataclass(frozen=True)
class PhotoSnapshot:
    """Deleted photos with everything attached to them, enough to put them back exactly."""

    rows: tuple[dict[str, Any], ...]
    tags: tuple[tuple[int, int], ...]
    appendix_order: tuple[int, ...]


@dataclass
class ProjectStore:
    """An open project file: lifecycle, transactions, listeners and reading.

    The edits live in mixins (roster_edits, photo_edits) combined into `project.Project`.
    """

    path: Path
    connection: sqlite3.Connection
    read_only_reason: ReadOnlyReason | None = None
    #: Why no backup could be made on opening (the backup folder unwritable, a full disk), or
    #: None; the project is usable all the same.
    backup_error: ProjectError | None = None
    _listeners: list[Listener] = field(default_factory=list)
    # The file this connection has open; a file at `path` that is not this one (deleted,
    # replaced by a sync client or a restore) must not receive edits meant for the other.
    _identity: write_failures.FileIdentity | None = None
    # Taken around every transaction, and shared with this project's `writer`s: an edit made
    # while an import's batch is being written waits for exactly that transaction (woken as
    # it ends), not in SQLite's busy handler, which sleeps in steps of up to 100 ms.
    _write_lock: threading.Lock = field(default_factory=threading.Lock)
    #: When this connection last began an edit (time.monotonic(); 0: never): an import's
    #: writer gives way to the user while they are editing (see `ui.import_controller`).
    edited_at: float = 0.0
    # The trip, days, people and appendix as last read, until this connection's next
    # transaction: views read them again at every change (at every batch of an import, ten
    # reads), and a read on this connection waits for the file while an import's writer (its
    # own connection, which adds photos only) commits: 15-20 ms of a batch's update.
    _remembered: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._identity = write_failures.identity(self.path)

    # ---- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, trip: Trip) -> Self:
        """A new project file with this trip and, when it has dates, one day per trip day."""
        project = cls(path.resolve(), database.create(path))
        with project.transaction():
            project.connection.execute(
                "INSERT INTO trip (id, title, organisation, destination, start_date, end_date,"
                " timezone) VALUES (1, ?, ?, ?, ?, ?, ?)",
                trip_values(trip),
            )
            if trip.start and trip.end:
                for ordinal in range(trip.start.toordinal(), trip.end.toordinal() + 1):
                    project.connection.execute(
                        "INSERT INTO day (date) VALUES (?)",
                        (date.fromordinal(ordinal).isoformat(),),
                    )
        return project

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, backup: bool = True) -> Self:
        """An existing project file; raises a ProjectError (and changes nothing) if unusable.

        Opens read-only when asked to, or when the file or its folder cannot be written (see
        `read_only`). Unless `backup` is False, a backup is made once the file passed its
        integrity check (see `storage.backups`); a failure there is kept in `backup_error`.
        """
        opened = database.open_existing(path, read_only=read_only)
        project = cls(path.resolve(), opened.connection, opened.read_only)
        if backup:
            try:
                backups.make_backup(project.connection, project.path)
            except ProjectError as error:
                project.backup_error = error
            except (OSError, sqlite3.Error) as error:
                project.backup_error = write_error(backups.backups_root(), error)
        return project

    @property
    def read_only(self) -> bool:
        """Whether edits are refused (ProjectReadOnlyError); `read_only_reason` says why."""
        return self.read_only_reason is not None

    def close(self) -> None:
        """Close the file; every edit was already committed."""
        self.connection.close()
        self._closed = True

    @property
    def closed(self) -> bool:
        """Whether `close` was called (a timer of the window's may still ask after it)."""
        return getattr(self, "_closed", False)

    def save_copy(self, destination: Path) -> None:
        """Write a copy of the project to `destination` (a new file), its photo paths rewritten
        so that they still lead to the same files from the copy's folder. Works read-only too;
        a failure (disk full) raises a ProjectWriteError naming `destination` and leaves nothing.
        """
        copies.write_copy(self.connection, self.folder, destination, new_identity=True)

    def check_output(self, target: Path, output: OutputFormat, *, force: bool = False) -> None:
        """Raise UnsafeTargetError if writing `output` to `target` could destroy something: the
        project file (or its journal), one of its photos, or (unless `force`, the user's
        confirmation) an existing file of another kind. Every writer asks this first."""
        check_target(
            target,
            output,
            project_path=self.path,
            references=project_references(self.connection, self.folder),
            force=force,
        )

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` after every committed edit."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic edit: all of it is committed, or none of it.

        When the file cannot take the edit (read-only, locked, disk full, deleted or replaced)
        the edit is rolled back and a ProjectWriteError subclass says why, with SQLite's error
        as its cause. Other errors (a broken rule: IntegrityError) pass through unchanged.
        """
        self._refuse_if_read_only()
        self._check_identity()
        self.edited_at = time.monotonic()
        self._remembered.clear()
        with self._turn():
            try:
                self.connection.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                self._raise_typed(error)
                raise
            try:
                yield self.connection
                self.connection.execute("COMMIT")
            except BaseException as error:
                self._rollback()
                if isinstance(error, sqlite3.Error):
                    self._raise_typed(error)
                raise
            finally:
                self._remembered.clear()  # (read inside the transaction: perhaps rolled back)

    @contextmanager
    def _turn(self) -> Iterator[None]:
        """This process's turn to write the file (see `_write_lock`). Past the file's busy
        timeout it goes on without: SQLite then says the file is locked, as for another program.
        """
        taken = self._write_lock.acquire(blocking=False)  # the usual case: nobody writing
        if not taken:
            timeout = database.BUSY_TIMEOUT if self._busy_ms is None else self._busy_ms / 1000
            taken = self._write_lock.acquire(timeout=max(0.0, timeout))
        try:
            yield
        finally:
            if taken:
                self._write_lock.release()

    @property
    def _busy_ms(self) -> int | None:
        try:
            return int(self.connection.execute("PRAGMA busy_timeout").fetchone()[0])
        except sqlite3.Error:
            return None

    def probe_write(self) -> None:
        """Raise the ProjectWriteError that an edit would meet now; changes nothing.

        Starts a write (the journal is made, a page of it written) and rolls it back.
        """
        self._refuse_if_read_only()
        self._check_identity()
        try:
            self.connection.execute("BEGIN IMMEDIATE")
            version = int(self.connection.execute("PRAGMA user_version").fetchone()[0])
            self.connection.execute(f"PRAGMA user_version = {version}")
        except sqlite3.Error as error:
            self._rollback()
            self._raise_typed(error)
            raise
        self._rollback()

    def _refuse_if_read_only(self) -> None:
        if self.read_only_reason is not None:
            reason = self.read_only_reason.value
            raise ProjectReadOnlyError(self.path, f"opened read-only ({reason})")

    def _check_identity(self) -> None:
        if self._identity is not None and write_failures.identity(self.path) != self._identity:
            raise ProjectGoneError(self.path, "the file at this path is not the one opened")

    def _raise_typed(self, error: sqlite3.Error) -> None:
        """Raise the typed error for `error` when it is a failure of the file."""
        wrapped = write_failures.classify(error, self.path, self._identity)
        if wrapped is not None:
            raise wrapped from error

    def _rollback(self) -> None:
        # SQLite rolls back by itself after some errors (disk full, I/O): a ROLLBACK then
        # fails with "no transaction is active", which must not hide the real cause.
        if not self.connection.in_transaction:
            return
        try:
            self.connection.execute("ROLLBACK")
        except sqlite3.Error:
            _log.exception("rollback failed in %s", self.path)

    def _notify(
        self,
        change: Change,
        photo_ids: Iterable[int] = (),
        photos: Sequence[Photo] | None = None,
    ) -> None:
        event = Event(change, tuple(photo_ids), None if photos is None else tuple(photos))
        for listener in list(self._listeners):
            listener(event)

    # ---- paths -----------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        """The folder holding the project file; photos below it are stored relative to it."""
        return self.path.parent

    def stored_path(self, path: Path, resolved: Path | None = None) -> str:
        """A photo's stored path: relative (POSIX) below the project folder, else absolute.
        `resolved`: the path already resolved (symlinks followed), when the caller has it."""
        absolute = resolved if resolved is not None else path.resolve()
        try:
            return absolute.relative_to(self.folder).as_posix()
        except ValueError:
            return absolute.as_posix()

    def resolve(self, photo: Photo) -> Path:
        """The absolute path of a photo's file."""
        return self.folder / photo.path

    def is_missing(self, photo: Photo) -> bool:
        """Whether the photo's file is gone (it stays in the project with all it has)."""
        # os.path rather than Path: asked for every photo when a project opens (5,000 times).
        return not os.path.isfile(os.path.join(self.folder, photo.path))

    def missing_ids(self, photos: Iterable[Photo]) -> set[int]:
        """The ids of those photos whose file is gone: `is_missing` for many at once.

        A folder holding many of them is listed once (one directory read instead of a file
        look-up each: a 5,000-photo project opens 50 ms sooner); a name not in its listing is
        looked up on its own, so a file system that ignores case, or a folder that cannot be
        listed, gives the same answer as `is_missing`.
        """
        by_folder: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for photo in photos:
            within, _, name = photo.path.rpartition("/")  # stored paths are POSIX
            by_folder[within].append((photo.id, name))
        missing: set[int] = set()
        for within, named in by_folder.items():
            folder = os.path.join(self.folder, within)
            present: set[str] = set()
            if len(named) >= _LIST_FOLDER_FROM:
                # A folder that cannot be listed: each file is looked up on its own below.
                with suppress(OSError), os.scandir(folder) as entries:
                    present = {entry.name for entry in entries if entry.is_file()}
            for photo_id, name in named:
                if name not in present and not os.path.isfile(os.path.join(folder, name)):
                    missing.add(photo_id)
        return missing

    # ---- reading ---------------------------------------------------------------------------

    def _remember(self, name: str, read: Callable[[], Any]) -> Any:
        """What `read` returns, read once until this connection's next transaction."""
        try:
            return self._remembered[name]
        except KeyError:
            value = self._remembered[name] = read()
            return value

    def trip(self) -> Trip:
        """The trip."""
        query = "SELECT * FROM trip WHERE id = 1"
        trip: Trip = self._remember(
            "trip", lambda: rows.trip(self.connection.execute(query).fetchone())
        )
        return trip

    def days(self) -> list[Day]:
        """The itinerary days, in date order."""
        query = "SELECT * FROM day ORDER BY date"
        days = self._remember(
            "days", lambda: tuple(rows.day(r) for r in self.connection.execute(query))
        )
        return list(days)

    def people(self) -> list[Person]:
        """The people, in the order they were added."""
        query = "SELECT * FROM person ORDER BY id"
        people = self._remember(
            "people", lambda: tuple(rows.person(r) for r in self.connection.execute(query))
        )
        return list(people)

    def appendix(self) -> list[int]:
        """Photo ids in appendix order."""
        query = "SELECT photo_id FROM appendix ORDER BY position"
        order = self._remember(
            "appendix", lambda: tuple(r[0] for r in self.connection.execute(query))
        )
        return list(order)

    def photos(self, ids: Sequence[int] | None = None) -> list[Photo]:
        """Photos (all, or those with `ids`) in capture-time order, undated ones last."""
        query = f"SELECT {', '.join(rows.PHOTO_COLUMNS)} FROM photo"
        params: tuple[int, ...] = ()
        if ids is not None:
            query += f" WHERE id IN ({','.join('?' * len(ids))})"
            params = tuple(ids)
        query += " ORDER BY taken_at IS NULL, taken_at, path"
        tags_query = "SELECT photo_id, person_id FROM photo_person"
        if ids is not None:  # a few photos (an edit's): not every tag of the project
            tags_query += f" WHERE photo_id IN ({','.join('?' * len(ids))})"
        tags: dict[int, list[int]] = defaultdict(list)
        for photo_id, person_id in self.connection.execute(tags_query + " ORDER BY rowid", params):
            tags[photo_id].append(person_id)
        numbers = appendix.numbers(self.appendix())
        cursor = self.connection.cursor()
        cursor.row_factory = None  # plain tuples: a 5,000-photo project opens on this
        return [
            rows.photo_from_values(r, tuple(tags.get(r[0], ())), numbers.get(r[0]))
            for r in cursor.execute(query, params)
        ]

    def photo_ids_for(
        self,
        *,
        sha256: Iterable[str] = (),
        paths: Iterable[Path] = (),
        resolved: Mapping[Path, Path] | None = None,
    ) -> dict[str | Path, int]:
        """`photo_id_for` for many at once (the files an import found): the id of each given
        content (by its sha256) and each given path (as given) that the project has.
        `resolved`: some of the paths already resolved (a folder search does it off the GUI
        thread: a few stat calls a file, 20-50 ms for 300 files)."""
        resolved = resolved or {}
        found: dict[str | Path, int] = {}
        wanted = list(dict.fromkeys(sha256))
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            query = f"SELECT sha256, id FROM photo WHERE sha256 IN ({','.join('?' * len(chunk))})"
            found.update({r[0]: int(r[1]) for r in self.connection.execute(query, chunk)})
        stored = {self.stored_path(path, resolved.get(path)): path for path in paths}
        names = list(stored)
        for start in range(0, len(names), _IN_CHUNK):
            chunk = names[start : start + _IN_CHUNK]
            query = f"SELECT path, id FROM photo WHERE path IN ({','.join('?' * len(chunk))})"
            found.update({stored[r[0]]: int(r[1]) for r in self.connection.execute(query, chunk)})
        return found

    def writer(self) -> Self:
        """This project through a connection of its own, for writing from another thread
        (SQLite connections are one thread's each; an import writes its batches on a worker).

        Same file, same checks (read-only, the file replaced) and the same typed errors, the
        same lock timeout; it has no listeners: whoever uses it tells this project's listeners
        (`announce`). The caller closes it."""
        self._refuse_if_read_only()
        self._check_identity()
        timeout = int(self.connection.execute("PRAGMA busy_timeout").fetchone()[0])
        try:
            connection = database.connect_again(self.path, timeout_ms=timeout)
        except sqlite3.Error as error:
            self._raise_typed(error)
            raise
        twin = type(self)(self.path, connection, self.read_only_reason)
        twin._identity = self._identity
        twin._write_lock = self._write_lock
        return twin

    def announce(
        self, change: Change, photo_ids: Iterable[int] = (), photos: Sequence[Photo] | None = None
    ) -> None:
        """Tell the listeners of a change committed through another connection (`writer`);
        `photos`: those of `photo_ids` as that connection read them back after committing."""
        self._notify(change, photo_ids, photos)

    def photo(self, photo_id: int) -> Photo:
        """One photo; KeyError if there is none with that id."""
        found = self.photos([photo_id])
        if not found:
            raise KeyError(photo_id)
        return found[0]

    def photo_id_for(self, *, sha256: str | None = None, path: Path | None = None) -> int | None:
        """The id of the photo with this content or at this path, if the project has it."""
        if sha256 is not None:
            row = self.connection.execute("SELECT id FROM photo WHERE sha256 = ?", (sha256,))
        elif path is not None:
            row = self.connection.execute(
                "SELECT id FROM photo WHERE path = ?", (self.stored_path(path),)
            )
        else:
            raise ValueError("give sha256 or path")
        found = row.fetchone()
        return int(found[0]) if found else None

    @property
    def uuid(self) -> str:
        """The project's identity, made when the file was created (or first opened by this
        version); a copy saved with `save_copy` gets its own."""
        return self.setting("project_uuid") or ""

    def setting(self, key: str) -> str | None:
        """A project-level setting (e.g. the export layout), or None."""
        row = self.connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def clock_shifts(self) -> ClockShifts:
        """The camera clock corrections."""
        cameras = {r[0]: r[1] for r in self.connection.execute("SELECT * FROM clock_shift")}
        query = "SELECT id, time_shift FROM photo WHERE time_shift IS NOT NULL"
        photos = {r[0]: r[1] for r in self.connection.execute(query)}
        return ClockShifts(cameras, photos)

    def zone(self) -> tzinfo | None:
        """The destination's time zone, when the trip names a known one."""
        name = self.trip().timezone
        if not name:
            return None
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None

    def day_assignment(self, photo_ids: Sequence[int] | None = None) -> dict[int, int | None]:
        """Where the placement rule puts photos (all dated ones, or those of `photo_ids`)."""
        photos = self.photos(photo_ids)
        return placement.assignment(photos, self.days(), self.zone(), self.clock_shifts())


def photo_order(photo: Photo) -> tuple[bool, str, str]:
    """The key `ProjectStore.photos` sorts by (capture time, undated last, then path): the
    stored capture time is the local time's ISO text, and SQLite compares text as Python does."""
    taken = photo.taken
    return (taken is None, taken.local.isoformat() if taken else "", photo.path)


def write_appendix(db: sqlite3.Connection, order: Sequence[int]) -> None:
    db.execute("DELETE FROM appendix")
    db.executemany(
        "INSERT INTO appendix (photo_id, position) VALUES (?, ?)",
        [(pid, index) for index, pid in enumerate(order)],
    )


def trip_values(trip: Trip) -> tuple[str | None, ...]:
    return (
        trip.title,
        trip.organisation,
        trip.destination,
        trip.start.isoformat() if trip.start else None,
        trip.end.isoformat() if trip.end else None,
        trip.timezone,
    )


def person_values(person: Person) -> tuple[str, ...]:
    return (person.name, person.title, person.organisation, person.display, person.original_name)
