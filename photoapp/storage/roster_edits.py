"""Edits of the trip, its days, its people and project settings, each one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from photoapp.domain import captions
from photoapp.domain.model import Day, Person, Trip
from photoapp.storage.store import Change, ProjectStore, person_values, trip_values


@dataclass(frozen=True)
class PersonMerge:
    """What a merge changed: the removed entry, its tags, the tags it added, old captions."""

    keep_id: int
    gone: Person
    gone_tags: tuple[int, ...]
    added_tags: tuple[int, ...]
    captions: dict[int, str]


@dataclass(frozen=True)
class DaysSnapshot:
    """The itinerary and every photo's day, as they were before `replace_days`."""

    days: tuple[Day, ...]
    photo_days: tuple[tuple[int, int | None], ...]


class RosterEdits(ProjectStore):
    """The trip, day, people and settings edits of a project."""

    def set_trip(self, trip: Trip) -> Trip:
        """Replace the trip's details; returns the previous ones."""
        previous = self.trip()
        with self.transaction() as db:
            db.execute(
                "UPDATE trip SET title = ?, organisation = ?, destination = ?, start_date = ?,"
                " end_date = ?, timezone = ? WHERE id = 1",
                trip_values(trip),
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

    def add_day_with_photos(
        self, day: date, label: str = "", *, day_id: int | None = None
    ) -> tuple[Day, tuple[int, ...]]:
        """A new itinerary day that takes the unassigned photos taken on it, in one transaction
        (a day added for a date the trip lacked gathers that date's photos at once). Returns the
        day and the photos it took; `remove_day` undoes both (the photos become unassigned)."""
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO day (id, date, label) VALUES (?, ?, ?)",
                (day_id, day.isoformat(), label),
            )
            added = Day(int(cursor.lastrowid or 0), day, label)
            unassigned = [p.id for p in self.photos() if p.day_id is None]
            target = self.day_assignment(unassigned) if unassigned else {}
            moved = tuple(pid for pid, target_day in target.items() if target_day == added.id)
            db.executemany(
                "UPDATE photo SET day_id = ? WHERE id = ?", [(added.id, pid) for pid in moved]
            )
        self._notify(Change.DAYS | Change.PHOTOS, moved)
        return added, moved

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

    def restore_day(self, removed: tuple[Day, tuple[int, ...]]) -> None:
        """Undo `remove_day` (given what it returned): the day, same id, with its photos."""
        day, photo_ids = removed
        with self.transaction() as db:
            db.execute(
                "INSERT INTO day (id, date, label) VALUES (?, ?, ?)",
                (day.id, day.date.isoformat(), day.label),
            )
            db.executemany(
                "UPDATE photo SET day_id = ? WHERE id = ?", [(day.id, pid) for pid in photo_ids]
            )
        self._notify(Change.DAYS | Change.PHOTOS, photo_ids)

    def add_person(self, person: Person) -> Person:
        """A new person (`person.id` is used only when non-zero, to restore a removed one)."""
        with self.transaction() as db:
            person_id = _insert_person(db, person)
        self._notify(Change.PEOPLE)
        return replace(person, id=person_id)

    def update_person(self, person: Person) -> Person:
        """Change a person's details; returns them as they were."""
        previous = next(p for p in self.people() if p.id == person.id)
        with self.transaction() as db:
            db.execute(
                "UPDATE person SET name = ?, title = ?, organisation = ?, display = ?,"
                " original_name = ? WHERE id = ?",
                (*person_values(person), person.id),
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

    def restore_person(self, removed: tuple[Person, tuple[int, ...]]) -> None:
        """Undo `remove_person` (given what it returned): the person, same id, and their tags."""
        person, photo_ids = removed
        with self.transaction() as db:
            _insert_person(db, person)
            db.executemany(
                "INSERT INTO photo_person (photo_id, person_id) VALUES (?, ?)",
                [(pid, person.id) for pid in photo_ids],
            )
        self._notify(Change.PEOPLE | Change.PHOTOS, photo_ids)

    def add_people(self, people: Sequence[Person]) -> list[int]:
        """Add several people (a roster) in one transaction; returns their ids."""
        ids: list[int] = []
        with self.transaction() as db:
            ids = [_insert_person(db, person) for person in people]
        self._notify(Change.PEOPLE)
        return ids

    def remove_people(self, person_ids: Sequence[int]) -> None:
        """Remove people who have no tags (undoing a roster import)."""
        with self.transaction() as db:
            db.executemany("DELETE FROM person WHERE id = ?", [(pid,) for pid in person_ids])
        self._notify(Change.PEOPLE)

    def merge_people(self, keep_id: int, gone_id: int) -> PersonMerge:
        """Make two entries of one person one: `gone_id`'s tags and caption mentions go to
        `keep_id`, then `gone_id` is removed. Returns what `unmerge_people` needs."""
        if keep_id == gone_id:
            raise ValueError("a person cannot be merged with themself")
        gone = next(p for p in self.people() if p.id == gone_id)
        query = "SELECT photo_id FROM photo_person WHERE person_id = ?"
        gone_tags = tuple(r[0] for r in self.connection.execute(query, (gone_id,)))
        kept = {r[0] for r in self.connection.execute(query, (keep_id,))}
        old_token, new_token = captions.person_token(gone_id), captions.person_token(keep_id)
        like = f"%{old_token}%"
        previous = {
            r[0]: r[1]
            for r in self.connection.execute(
                "SELECT id, caption FROM photo WHERE caption LIKE ?", (like,)
            )
        }
        with self.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO photo_person (photo_id, person_id) VALUES (?, ?)",
                [(pid, keep_id) for pid in gone_tags],
            )
            db.executemany(
                "UPDATE photo SET caption = ? WHERE id = ?",
                [(text.replace(old_token, new_token), pid) for pid, text in previous.items()],
            )
            db.execute("DELETE FROM person WHERE id = ?", (gone_id,))
        self._notify(Change.PEOPLE | Change.PHOTOS, set(gone_tags) | set(previous))
        added = tuple(pid for pid in gone_tags if pid not in kept)
        return PersonMerge(keep_id, gone, gone_tags, added, previous)

    def unmerge_people(self, merge: PersonMerge) -> None:
        """Undo `merge_people`: the second entry comes back with its tags and captions."""
        with self.transaction() as db:
            _insert_person(db, merge.gone)
            db.executemany(
                "INSERT INTO photo_person (photo_id, person_id) VALUES (?, ?)",
                [(pid, merge.gone.id) for pid in merge.gone_tags],
            )
            db.executemany(
                "DELETE FROM photo_person WHERE photo_id = ? AND person_id = ?",
                [(pid, merge.keep_id) for pid in merge.added_tags],
            )
            db.executemany(
                "UPDATE photo SET caption = ? WHERE id = ?",
                [(text, pid) for pid, text in merge.captions.items()],
            )
        photos = set(merge.gone_tags) | set(merge.captions)
        self._notify(Change.PEOPLE | Change.PHOTOS, photos)

    def replace_days(self, days: Sequence[tuple[date, str]]) -> DaysSnapshot:
        """Make the itinerary exactly `days` (date, label), in one transaction.

        A day whose date stays keeps its photos (and gets the new label); photos on a day that
        goes become unassigned; then unassigned dated photos go onto the day they were taken.
        Returns what `restore_days` needs to undo it.
        """
        snapshot = DaysSnapshot(
            tuple(self.days()),
            tuple((r[0], r[1]) for r in self.connection.execute("SELECT id, day_id FROM photo")),
        )
        wanted = dict(days)
        existing = {d.date: d for d in snapshot.days}
        with self.transaction() as db:
            for day in snapshot.days:
                if day.date not in wanted:
                    db.execute("DELETE FROM day WHERE id = ?", (day.id,))
                elif wanted[day.date] != day.label:
                    db.execute("UPDATE day SET label = ? WHERE id = ?", (wanted[day.date], day.id))
            for when, label in wanted.items():
                if when not in existing:
                    db.execute(
                        "INSERT INTO day (date, label) VALUES (?, ?)", (when.isoformat(), label)
                    )
            unassigned = [r[0] for r in db.execute("SELECT id FROM photo WHERE day_id IS NULL")]
            placed = self.day_assignment(unassigned) if unassigned else {}
            db.executemany(
                "UPDATE photo SET day_id = ? WHERE id = ?",
                [(day_id, pid) for pid, day_id in placed.items() if day_id is not None],
            )
        self._notify(Change.DAYS | Change.PHOTOS)
        return snapshot

    def restore_days(self, snapshot: DaysSnapshot) -> None:
        """Undo `replace_days`: the old days, with the same ids, and every photo's old day."""
        with self.transaction() as db:
            db.execute("UPDATE photo SET day_id = NULL")
            db.execute("DELETE FROM day")
            db.executemany(
                "INSERT INTO day (id, date, label) VALUES (?, ?, ?)",
                [(d.id, d.date.isoformat(), d.label) for d in snapshot.days],
            )
            db.executemany(
                "UPDATE photo SET day_id = ? WHERE id = ?",
                [(day_id, pid) for pid, day_id in snapshot.photo_days if day_id is not None],
            )
        self._notify(Change.DAYS | Change.PHOTOS)


def _insert_person(db: sqlite3.Connection, person: Person) -> int:
    """Insert a person (with their id when non-zero, to restore one); returns the id."""
    cursor = db.execute(
        "INSERT INTO person (id, name, title, organisation, display, original_name)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (person.id or None, *person_values(person)),
    )
    return int(cursor.lastrowid or 0)
