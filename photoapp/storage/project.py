"""The trip project: one SQLite file, read as domain records and changed by one-transaction edits.

Every edit method is one user action in one transaction and returns what its inverse needs, so
the GUI's undo commands call the inverse edit rather than keeping copies of data. Listeners hear
of every committed change.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from enum import Flag, auto
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from photoapp.domain import appendix, placement
from photoapp.domain.model import Day, Person, Photo, Trip
from photoapp.domain.placement import ClockShifts
from photoapp.storage import database, rows
from photoapp.storage.errors import ProjectExistsError
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


@dataclass(frozen=True)
class PhotoSnapshot:
    """Deleted photos with everything attached to them, enough to put them back exactly."""

    rows: tuple[dict[str, Any], ...]
    tags: tuple[tuple[int, int], ...]
    appendix_order: tuple[int, ...]


@dataclass
class Project:
    """An open project file. Use `Project.create` or `Project.open`, and `close()` when done."""

    path: Path
    connection: sqlite3.Connection
    _listeners: list[Listener] = field(default_factory=list)

    # ---- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, trip: Trip) -> Project:
        """A new project file with this trip and, when it has dates, one day per trip day."""
        project = cls(path.resolve(), database.create(path))
        with project.transaction():
            project.connection.execute(
                "INSERT INTO trip (id, title, organisation, destination, start_date, end_date,"
                " timezone) VALUES (1, ?, ?, ?, ?, ?, ?)",
                _trip_values(trip),
            )
            if trip.start and trip.end:
                for ordinal in range(trip.start.toordinal(), trip.end.toordinal() + 1):
                    project.connection.execute(
                        "INSERT INTO day (date) VALUES (?)",
                        (date.fromordinal(ordinal).isoformat(),),
                    )
        return project

    @classmethod
    def open(cls, path: Path) -> Project:
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

    # ---- editing: trip, days, people -------------------------------------------------------

    def set_trip(self, trip: Trip) -> Trip:
        """Replace the trip's details; returns the previous ones."""
        previous = self.trip()
        with self.transaction() as db:
            db.execute(
                "UPDATE trip SET title = ?, organisation = ?, destination = ?, start_date = ?,"
                " end_date = ?, timezone = ? WHERE id = 1",
                _trip_values(trip),
            )
        self._notify(Change.TRIP)
        return previous

    def set_setting(self, key: str, value: str | None) -> str | None:
        """Store (or with None, remove) a project-level setting; returns the previous value."""
        previous = self.setting(key)
        with self.transaction() as db:
            if value is None:
                db.execute("DELETE FROM setting WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, value)
                )
        return previous

    def add_day(self, day: date, label: str = "", *, day_id: int | None = None) -> Day:
        """A new itinerary day (`day_id` only to restore a removed one)."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO day (id, date, label) VALUES (?, ?, ?)",
                (day_id, day.isoformat(), label),
            )
        self._notify(Change.DAYS)
        return Day(int(cursor.lastrowid or 0), day, label)

    def update_day(self, day: Day) -> Day:
        """Change a day's date or label; returns it as it was."""
        previous = next(d for d in self.days() if d.id == day.id)
        with self.transaction() as db:
            db.execute(
                "UPDATE day SET date = ?, label = ? WHERE id = ?",
                (day.date.isoformat(), day.label, day.id),
            )
        self._notify(Change.DAYS)
        return previous

    def remove_day(self, day_id: int) -> tuple[Day, tuple[int, ...]]:
        """Remove a day; its photos become unassigned. Returns the day and those photos."""
        removed = next(d for d in self.days() if d.id == day_id)
        photo_ids = tuple(
            r[0]
            for r in self.connection.execute("SELECT id FROM photo WHERE day_id = ?", (day_id,))
        )
        with self.transaction() as db:
            db.execute("DELETE FROM day WHERE id = ?", (day_id,))
        self._notify(Change.DAYS | Change.PHOTOS, photo_ids)
        return removed, photo_ids

    def add_person(self, person: Person) -> Person:
        """A new person (`person.id` is used only when non-zero, to restore a removed one)."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO person (id, name, title, organisation, display, original_name)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (person.id or None, *_person_values(person)),
            )
        self._notify(Change.PEOPLE)
        return replace(person, id=int(cursor.lastrowid or 0))

    def update_person(self, person: Person) -> Person:
        """Change a person's details; returns them as they were."""
        previous = next(p for p in self.people() if p.id == person.id)
        with self.transaction() as db:
            db.execute(
                "UPDATE person SET name = ?, title = ?, organisation = ?, display = ?,"
                " original_name = ? WHERE id = ?",
                (*_person_values(person), person.id),
            )
        self._notify(Change.PEOPLE | Change.PHOTOS)
        return previous

    def remove_person(self, person_id: int) -> tuple[Person, tuple[int, ...]]:
        """Remove a person and their tags; returns the person and the photos they were tagged in."""
        removed = next(p for p in self.people() if p.id == person_id)
        query = "SELECT photo_id FROM photo_person WHERE person_id = ?"
        photo_ids = tuple(r[0] for r in self.connection.execute(query, (person_id,)))
        with self.transaction() as db:
            db.execute("DELETE FROM person WHERE id = ?", (person_id,))
        self._notify(Change.PEOPLE | Change.PHOTOS, photo_ids)
        return removed, photo_ids

    # ---- editing: photos -------------------------------------------------------------------

    def add_photos(self, photos: Sequence[NewPhoto]) -> list[int]:
        """Add imported photos in one transaction; returns their new ids."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        ids: list[int] = []
        with self.transaction() as db:
            for new in photos:
                meta = new.metadata
                taken = meta.taken
                cursor = db.execute(
                    "INSERT INTO photo (path, file_size, sha256, width, height, taken_at,"
                    " utc_offset, camera_make, camera_model, orientation, has_gps, gps_lat,"
                    " gps_lon, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        self.stored_path(new.path),
                        new.file_size,
                        new.sha256,
                        meta.width,
                        meta.height,
                        taken.local.isoformat() if taken else None,
                        taken.offset_minutes if taken else None,
                        meta.camera_make,
                        meta.camera_model,
                        meta.orientation,
                        int(meta.has_gps),
                        meta.gps[0] if meta.gps else None,
                        meta.gps[1] if meta.gps else None,
                        now,
                    ),
                )
                ids.append(int(cursor.lastrowid or 0))
        self._notify(Change.PHOTOS, ids)
        return ids

    def tag(self, photo_ids: Iterable[int], person_id: int) -> list[int]:
        """Tag photos with a person; returns the photos that were not tagged with them before."""
        photo_ids = list(dict.fromkeys(photo_ids))
        with self.transaction() as db:
            added = [
                pid
                for pid in photo_ids
                if db.execute(
                    "INSERT OR IGNORE INTO photo_person (photo_id, person_id) VALUES (?, ?)",
                    (pid, person_id),
                ).rowcount
            ]
        self._notify(Change.PHOTOS, added)
        return added

    def untag(self, photo_ids: Iterable[int], person_id: int) -> list[int]:
        """Remove a person's tag from photos; returns the photos that had it."""
        photo_ids = list(dict.fromkeys(photo_ids))
        with self.transaction() as db:
            removed = [
                pid
                for pid in photo_ids
                if db.execute(
                    "DELETE FROM photo_person WHERE photo_id = ? AND person_id = ?",
                    (pid, person_id),
                ).rowcount
            ]
        self._notify(Change.PHOTOS, removed)
        return removed

    def set_days(self, assignment: Mapping[int, int | None]) -> dict[int, int | None]:
        """Put photos on days (None: unassigned); returns each photo's previous day."""
        previous = {
            r[0]: r[1]
            for r in self.connection.execute(
                f"SELECT id, day_id FROM photo WHERE id IN ({','.join('?' * len(assignment))})",
                tuple(assignment),
            )
        }
        with self.transaction() as db:
            db.executemany(
                "UPDATE photo SET day_id = ? WHERE id = ?",
                [(day_id, pid) for pid, day_id in assignment.items()],
            )
        self._notify(Change.PHOTOS, assignment)
        return previous

    def set_clock(
        self,
        cameras: Mapping[str, int | None],
        photos: Mapping[int, int | None],
        days: Mapping[int, int | None],
    ) -> tuple[dict[str, int | None], dict[int, int | None], dict[int, int | None]]:
        """Set clock corrections (None removes one) and photo days, in one transaction.

        Returns the previous values of each, which applied the same way undo it.
        """
        old = self.clock_shifts()
        previous_cameras = {camera: old.by_camera.get(camera) for camera in cameras}
        previous_photos = {pid: old.by_photo.get(pid) for pid in photos}
        previous_days = {
            r[0]: r[1]
            for r in self.connection.execute(
                f"SELECT id, day_id FROM photo WHERE id IN ({','.join('?' * len(days))})",
                tuple(days),
            )
        }
        with self.transaction() as db:
            for camera, seconds in cameras.items():
                if seconds is None:
                    db.execute("DELETE FROM clock_shift WHERE camera = ?", (camera,))
                else:
                    db.execute(
                        "INSERT OR REPLACE INTO clock_shift (camera, seconds) VALUES (?, ?)",
                        (camera, seconds),
                    )
            db.executemany(
                "UPDATE photo SET time_shift = ? WHERE id = ?",
                [(seconds, pid) for pid, seconds in photos.items()],
            )
            db.executemany(
                "UPDATE photo SET day_id = ? WHERE id = ?",
                [(day_id, pid) for pid, day_id in days.items()],
            )
        self._notify(Change.PHOTOS, set(photos) | set(days))
        return previous_cameras, previous_photos, previous_days

    def set_caption(self, photo_id: int, caption: str) -> str:
        """Replace a photo's caption; returns the previous one."""
        previous = self.photo(photo_id).caption
        with self.transaction() as db:
            db.execute("UPDATE photo SET caption = ? WHERE id = ?", (caption, photo_id))
        self._notify(Change.PHOTOS, (photo_id,))
        return previous

    def set_appendix(self, order: Sequence[int]) -> list[int]:
        """Make `order` the appendix (photo ids, numbered 1…N); returns the previous order."""
        previous = self.appendix()
        if len(set(order)) != len(order):
            raise ValueError("a photo appears twice in the appendix order")
        with self.transaction() as db:
            _write_appendix(db, order)
        self._notify(Change.APPENDIX | Change.PHOTOS, set(previous) | set(order))
        return previous

    def delete_photos(self, photo_ids: Iterable[int]) -> PhotoSnapshot:
        """Remove photos from the project (never their files); returns what restores them."""
        ids = tuple(dict.fromkeys(photo_ids))
        marks = ",".join("?" * len(ids))
        snapshot = PhotoSnapshot(
            rows=tuple(
                dict(r)
                for r in self.connection.execute(f"SELECT * FROM photo WHERE id IN ({marks})", ids)
            ),
            tags=tuple(
                (r[0], r[1])
                for r in self.connection.execute(
                    f"SELECT photo_id, person_id FROM photo_person WHERE photo_id IN ({marks})", ids
                )
            ),
            appendix_order=tuple(self.appendix()),
        )
        with self.transaction() as db:
            db.execute(f"DELETE FROM photo WHERE id IN ({marks})", ids)
            remaining = appendix.remove(snapshot.appendix_order, ids)
            _write_appendix(db, remaining)
        self._notify(Change.PHOTOS | Change.APPENDIX, ids)
        return snapshot

    def restore_photos(self, snapshot: PhotoSnapshot) -> None:
        """Undo `delete_photos`: the photos come back with their tags and appendix places."""
        with self.transaction() as db:
            for row in snapshot.rows:
                columns = ",".join(row)
                db.execute(
                    f"INSERT INTO photo ({columns}) VALUES ({','.join('?' * len(row))})",
                    tuple(row.values()),
                )
            db.executemany(
                "INSERT INTO photo_person (photo_id, person_id) VALUES (?, ?)", snapshot.tags
            )
            _write_appendix(db, snapshot.appendix_order)
        self._notify(Change.PHOTOS | Change.APPENDIX, (r["id"] for r in snapshot.rows))


def _write_appendix(db: sqlite3.Connection, order: Sequence[int]) -> None:
    db.execute("DELETE FROM appendix")
    db.executemany(
        "INSERT INTO appendix (photo_id, position) VALUES (?, ?)",
        [(pid, index) for index, pid in enumerate(order)],
    )


def _trip_values(trip: Trip) -> tuple[str | None, ...]:
    return (
        trip.title,
        trip.organisation,
        trip.destination,
        trip.start.isoformat() if trip.start else None,
        trip.end.isoformat() if trip.end else None,
        trip.timezone,
    )


def _person_values(person: Person) -> tuple[str, ...]:
    return (person.name, person.title, person.organisation, person.display, person.original_name)
