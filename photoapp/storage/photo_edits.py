"""Edits of photos: adding, tagging, days, clocks, captions, the appendix, deleting."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from photoapp.domain import appendix
from photoapp.storage.store import Change, NewPhoto, PhotoSnapshot, ProjectStore, write_appendix

if TYPE_CHECKING:  # Pillow is not needed to open a project
    from photoapp.storage.likeness import Likeness


class PhotoEdits(ProjectStore):
    """The photo edits of a project; each returns what undoes it."""

    def add_photos(self, photos: Sequence[NewPhoto]) -> list[int | None]:
        """Add imported photos, each on the itinerary day it was taken, in one transaction.

        Returns each one's new id, or None for a photo whose file or content the project had
        meanwhile (an undo can bring a deleted photo back while an import runs).
        """
        now = datetime.now(UTC).isoformat(timespec="seconds")
        ids: list[int | None] = []
        # (paths resolved before the file is locked: a few stat calls each, and an import
        # writes while the user edits, whose edits wait for this transaction)
        stored = [self.stored_path(new.path) for new in photos]
        with self.transaction() as db:
            for new, path in zip(photos, stored, strict=True):
                meta = new.metadata
                taken = meta.taken
                cursor = db.execute(
                    "INSERT OR IGNORE INTO photo (path, file_size, sha256, width, height, taken_at,"
                    " utc_offset, camera_make, camera_model, orientation, has_gps, gps_lat,"
                    " gps_lon, imported_at, file_mtime_ns, phash, sharpness)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        path,
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
                        new.file_mtime_ns,
                        new.likeness.phash if new.likeness else None,
                        new.likeness.sharpness if new.likeness else None,
                    ),
                )
                ids.append(cursor.lastrowid if cursor.rowcount and cursor.lastrowid else None)
            added = [pid for pid in ids if pid is not None]
            # New photos go straight onto the day they were taken (the user can move them).
            days = self.day_assignment(added) if added else {}
            db.executemany(
                "UPDATE photo SET day_id = ? WHERE id = ?",
                [(day_id, pid) for pid, day_id in days.items() if day_id is not None],
            )
        self._notify(Change.PHOTOS, added)
        return ids

    def set_likeness(self, values: Mapping[int, Likeness]) -> None:
        """Store computed perceptual hashes and sharpness (older photos, filled in after
        opening) in one transaction. Not a user's edit, so nothing undoes it; listeners hear
        of the photos so that views showing groups or blur update."""
        if not values:
            return
        with self.transaction() as db:
            db.executemany(
                "UPDATE photo SET phash = ?, sharpness = ? WHERE id = ?",
                [(like.phash, like.sharpness, pid) for pid, like in values.items()],
            )
        self._notify(Change.PHOTOS, values)

    def set_photo_paths(self, paths: Mapping[int, Path | str]) -> dict[int, str]:
        """Point photos at other files of the same content (relinking moved photos), in one
        transaction; returns the previous stored paths, which applied the same way undo it.

        A Path is stored as import stores it (relative below the project's folder); a str is
        taken as already stored.
        """
        marks = ",".join("?" * len(paths))
        previous = {
            r[0]: r[1]
            for r in self.connection.execute(
                f"SELECT id, path FROM photo WHERE id IN ({marks})", tuple(paths)
            )
        }
        updates: list[tuple[str, int | None, int]] = []
        for pid, path in paths.items():
            stored = self.stored_path(path) if isinstance(path, Path) else path
            try:
                mtime: int | None = os.stat(self.folder / stored).st_mtime_ns
            except OSError:
                mtime = None
            updates.append((stored, mtime, pid))
        with self.transaction() as db:
            # Two steps, so that photos swapping paths never collide on the unique path.
            db.executemany(
                "UPDATE photo SET path = '#relink#' || id WHERE id = ?", [(u[2],) for u in updates]
            )
            db.executemany("UPDATE photo SET path = ?, file_mtime_ns = ? WHERE id = ?", updates)
        self._notify(Change.PHOTOS, paths)
        return previous

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
            write_appendix(db, order)
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
            write_appendix(db, remaining)
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
            write_appendix(db, snapshot.appendix_order)
        self._notify(Change.PHOTOS | Change.APPENDIX, (r["id"] for r in snapshot.rows))

    def set_captions(
        self, captions: Mapping[int, str], order: Sequence[int] | None = None
    ) -> tuple[dict[int, str], list[int]]:
        """Replace several captions and, when given, the appendix order, in one transaction.

        Returns the previous captions and order, which applied the same way undo it.
        """
        marks = ",".join("?" * len(captions))
        previous = {
            r[0]: r[1]
            for r in self.connection.execute(
                f"SELECT id, caption FROM photo WHERE id IN ({marks})", tuple(captions)
            )
        }
        previous_order = self.appendix()
        with self.transaction() as db:
            db.executemany(
                "UPDATE photo SET caption = ? WHERE id = ?",
                [(text, pid) for pid, text in captions.items()],
            )
            if order is not None:
                write_appendix(db, order)
        change = Change.PHOTOS | (Change.APPENDIX if order is not None else Change(0))
        self._notify(change, set(captions) | set(order or ()) | set(previous_order))
        return previous, previous_order
