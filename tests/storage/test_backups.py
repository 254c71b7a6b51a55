"""Rolling backups made on opening, listed and restored as new files."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest

from photoapp.domain.model import Person, Trip
from photoapp.storage import backups
from photoapp.storage.errors import ProjectExistsError
from photoapp.storage.project import Project
from tests.photos import Exif, write_photo


def _edit_and_reopen(path: Path, name: str) -> None:
    project = Project.open(path)
    project.add_people([Person(0, name)])
    project.close()


def test_opening_keeps_the_last_five_states(tmp_path: Path) -> None:
    path = tmp_path / "trip.photoapp"
    Project.create(path, Trip("大田", start=date(2017, 9, 10), end=date(2017, 9, 11))).close()
    Project.open(path).close()
    assert len(backups.list_backups(path)) == 1
    Project.open(path).close()  # unchanged since: no second copy of the same state
    assert len(backups.list_backups(path)) == 1
    for index in range(7):
        _edit_and_reopen(path, f"person {index}")
    Project.open(path).close()
    found = backups.list_backups(path)
    assert [b.number for b in found] == [1, 2, 3, 4, 5]
    assert found[0].made > found[-1].made
    # The newest holds everything up to the last edit, the oldest of the five three fewer.
    assert backups.summary(found[0]).people == 7
    assert backups.summary(found[4]).people == 3
    for backup in found:
        with sqlite3.connect(backup.path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        raw.close()
    assert not [p for p in backups.folder_for(path).iterdir() if ".part" in p.name]


def test_restore_is_a_new_file_with_working_photo_paths(tmp_path: Path) -> None:
    from photoapp.storage.importer import import_paths
    from photoapp.storage.thumbnails import ThumbnailCache

    path = tmp_path / "trip" / "trip.photoapp"
    project = Project.create(path, Trip("x"))
    write_photo(tmp_path / "trip" / "相片" / "a.jpg", Exif())
    import_paths(project, [tmp_path / "trip" / "相片"], ThumbnailCache(tmp_path / "c"))
    project.set_caption(project.photos()[0].id, "合影")
    project.close()
    Project.open(path).close()
    project = Project.open(path)
    project.set_caption(project.photos()[0].id, "改壞了")
    project.close()
    before = path.read_bytes()
    newest = backups.list_backups(path)[0]
    with pytest.raises(ProjectExistsError):
        backups.restore_backup(newest, path)  # never over the current file
    assert path.read_bytes() == before
    restored = backups.restore_backup(newest, tmp_path / "trip" / "restored.photoapp")
    copy = Project.open(restored, backup=False)
    photo = copy.photos()[0]
    assert photo.caption == "合影" and photo.path == "相片/a.jpg" and not copy.is_missing(photo)
    copy.close()
    elsewhere = backups.restore_backup(newest, tmp_path / "other" / "restored.photoapp")
    copy = Project.open(elsewhere, backup=False)
    assert not copy.is_missing(copy.photos()[0])
    copy.close()


def test_backups_of_a_damaged_project_are_still_listed(tmp_path: Path) -> None:
    path = tmp_path / "trip.photoapp"
    Project.create(path, Trip("x")).close()
    Project.open(path).close()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert len(backups.list_backups(path)) == 1
    restored = backups.restore_backup(backups.list_backups(path)[0], tmp_path / "ok.photoapp")
    Project.open(restored).close()


def test_an_unwritable_backup_folder_does_not_stop_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(backups.BACKUP_ENV, str(blocker))
    path = tmp_path / "trip.photoapp"
    Project.create(path, Trip("x")).close()
    project = Project.open(path)
    assert project.backup_error is not None and project.trip().title == "x"
    project.close()


def test_backup_cost_on_opening(tmp_path: Path) -> None:
    """A project of 2,000 photos: the backup adds little to opening (figure printed with -s)."""
    path = tmp_path / "big.photoapp"
    project = Project.create(path, Trip("x"))
    with project.transaction() as db:
        db.executemany(
            "INSERT INTO photo (path, file_size, sha256, width, height, imported_at, caption)"
            " VALUES (?, 1, ?, 4, 3, '2017', ?)",
            [(f"{i}.jpg", f"{i:064x}", "說明" * 20) for i in range(2000)],
        )
    project.close()
    start = time.perf_counter()
    Project.open(path, backup=False).close()
    plain = time.perf_counter() - start
    start = time.perf_counter()
    Project.open(path).close()
    with_backup = time.perf_counter() - start
    print(f"open {plain * 1000:.1f} ms, with backup {with_backup * 1000:.1f} ms,"
          f" {os.path.getsize(path) / 1024:.0f} KB")  # fmt: skip
    assert with_backup < 2.0
