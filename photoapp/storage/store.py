"""The project file's core: opening and creating it, transactions, listeners, and reading it
as domain records. The edits are mixins over this class (see project.py)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, tzinfo
from enum import Flag, auto
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from photoapp.domain import appendix, placement
from photoapp.domain.model import Day, Person, Photo, Trip
from photoapp.domain.placement import ClockShifts
from photoapp.storage import database, rows
from photoapp.storage.errors import ProjectExistsError

if TYPE_CHECKING:  # EXIF reading (exifread, Pillow) is not needed to open a project
    from photoapp.storage.exif import Metadata


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


Listener = Callable[[Event], None]


@dataclass(frozen=True)
class NewPhoto:
    """A photo file that import has read and is ready to add."""

    path: Path
    file_size: int
    sha256: str
    metadata: Metadata
    file_mtime_ns: int | None = None  # what says, with the size, that the file is unchanged


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
    _listeners: list[Listener] = field(default_factory=list)

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
    def open(cls, path: Path) -> Self:
        """An existing project file; raises a ProjectError (and changes nothing) if unusable."""
        return cls(path.resolve(), database.open_existing(path))

    def close(self) -> None:
        """Close the file; every edit was already committed."""
        self.connection.close()

    def save_copy(self, destination: Path) -> None:
        """Write a copy of the project to `destination` (a new file), its photo paths rewritten
        so that they still lead to the same files from the copy's folder."""
        destination = destination.resolve()
        if destination.exists():
            raise ProjectExistsError(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary = destination.with_name(destination.name + ".part")
        temporary.unlink(missing_ok=True)
        target = sqlite3.connect(temporary)
        try:
            self.connection.backup(target)
            for photo_id, path in target.execute("SELECT id, path FROM photo").fetchall():
                absolute = (self.folder / path).resolve()
                try:
                    stored = absolute.relative_to(destination.parent).as_posix()
                except ValueError:
                    stored = absolute.as_posix()
                target.execute("UPDATE photo SET path = ? WHERE id = ?", (stored, photo_id))
            target.commit()
        finally:
            target.close()
        temporary.replace(destination)

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` after every committed edit."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic edit: all of it is committed, or none of it."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def _notify(self, change: Change, photo_ids: Iterable[int] = ()) -> None:
        event = Event(change, tuple(photo_ids))
        for listener in list(self._listeners):
            listener(event)

    # ---- paths -----------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        """The folder holding the project file; photos below it are stored relative to it."""
        return self.path.parent

    def stored_path(self, path: Path) -> str:
        """A photo's stored path: relative (POSIX) below the project folder, else absolute."""
        absolute = path.resolve()
        try:
            return absolute.relative_to(self.folder).as_posix()
        except ValueError:
            return absolute.as_posix()

    def resolve(self, photo: Photo) -> Path:
        """The absolute path of a photo's file."""
        return self.folder / photo.path

    def is_missing(self, photo: Photo) -> bool:
        """Whether the photo's file is gone (it stays in the project with all it has)."""
        return not self.resolve(photo).is_file()

    # ---- reading ---------------------------------------------------------------------------

    def trip(self) -> Trip:
        """The trip."""
        return rows.trip(self.connection.execute("SELECT * FROM trip WHERE id = 1").fetchone())

    def days(self) -> list[Day]:
        """The itinerary days, in date order."""
        return [rows.day(r) for r in self.connection.execute("SELECT * FROM day ORDER BY date")]

    def people(self) -> list[Person]:
        """The people, in the order they were added."""
        return [rows.person(r) for r in self.connection.execute("SELECT * FROM person ORDER BY id")]

    def appendix(self) -> list[int]:
        """Photo ids in appendix order."""
        query = "SELECT photo_id FROM appendix ORDER BY position"
        return [r[0] for r in self.connection.execute(query)]

    def photos(self, ids: Sequence[int] | None = None) -> list[Photo]:
        """Photos (all, or those with `ids`) in capture-time order, undated ones last."""
        query = "SELECT * FROM photo"
        params: tuple[int, ...] = ()
        if ids is not None:
            query += f" WHERE id IN ({','.join('?' * len(ids))})"
            params = tuple(ids)
        query += " ORDER BY taken_at IS NULL, taken_at, path"
        tags: dict[int, list[int]] = defaultdict(list)
        for photo_id, person_id in self.connection.execute(
            "SELECT photo_id, person_id FROM photo_person ORDER BY rowid"
        ):
            tags[photo_id].append(person_id)
        numbers = appendix.numbers(self.appendix())
        return [
            rows.photo(r, tuple(tags.get(r["id"], ())), numbers.get(r["id"]))
            for r in self.connection.execute(query, params)
        ]

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
