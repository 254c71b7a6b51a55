"""Opening a project the way SQLite means it: a crash's hot journal is rolled back, a project
held by another program says so, a read-only file opens read-only."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from photoapp.domain.model import Trip
from photoapp.storage import database
from photoapp.storage.database import ReadOnlyReason, journal_path
from photoapp.storage.errors import (
    NotAProjectError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectRecoveryError,
)
from photoapp.storage.project import Project
from tests.storage.mounts import remount, tmpfs


def _crash_mid_commit(path: Path) -> None:
    """A child process changes a lot in one transaction, spilling pages into the file before
    it commits (tiny cache), then dies: the file is half-written and the journal is hot."""
    code = textwrap.dedent(
        f"""
        import os, sqlite3
        db = sqlite3.connect({str(path)!r}, isolation_level=None)
        db.execute("PRAGMA cache_size = 2")
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE trip SET title = 'half-written'")
        for i in range(3000):
            db.execute("INSERT INTO person (name, title) VALUES (?, ?)", (f"p{{i}}", "x" * 300))
        os._exit(9)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=False, timeout=60)
    assert journal_path(path).stat().st_size > 0


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    path = tmp_path / "trip.photoapp"
    project = Project.create(path, Trip("大田", start=date(2017, 9, 10), end=date(2017, 9, 13)))
    project.add_people(project_people())
    project.close()
    _crash_mid_commit(path)
    return path


def project_people() -> list:  # type: ignore[type-arg]
    from photoapp.domain.model import Person

    return [Person(0, "葉宜津", "立法委員"), Person(0, "林佳龍", "市長")]


def test_a_hot_journal_is_rolled_back_not_called_damaged(crashed: Path) -> None:
    raw = sqlite3.connect(f"{crashed.as_uri()}?mode=ro", uri=True)  # the old pre-check
    with pytest.raises(sqlite3.OperationalError):
        raw.execute("PRAGMA quick_check").fetchone()
    raw.close()
    project = Project.open(crashed)
    assert project.trip().title == "大田"
    assert [p.name for p in project.people()] == ["葉宜津", "林佳龍"]
    assert project.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    project.close()
    assert not journal_path(crashed).exists()
    # The file alone is now whole: a copy mailed without anything beside it opens intact.
    alone = crashed.parent / "mailed" / "trip.photoapp"
    alone.parent.mkdir()
    shutil.copyfile(crashed, alone)
    copy = Project.open(alone)
    assert len(copy.people()) == 2
    copy.close()


def test_a_foreign_database_with_a_hot_journal_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.photoapp"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT)")
        raw.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, title TEXT)")
        raw.execute("INSERT INTO trip VALUES (1, 'theirs')")
    raw.close()
    _crash_mid_commit(path)
    before = (path.read_bytes(), journal_path(path).read_bytes())
    with pytest.raises(NotAProjectError):
        Project.open(path)
    assert (path.read_bytes(), journal_path(path).read_bytes()) == before


def test_a_project_held_by_another_program_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT", 0.2)
    path = tmp_path / "trip.photoapp"
    Project.create(path, Trip("x")).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program in the middle of writing, for long
    try:
        with pytest.raises(ProjectLockedError):
            Project.open(path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    Project.open(path).close()


def test_asked_read_only_refuses_edits_and_can_still_save_a_copy(tmp_path: Path) -> None:
    path = tmp_path / "trip.photoapp"
    Project.create(path, Trip("x")).close()
    before = path.read_bytes()
    project = Project.open(path, read_only=True)
    assert project.read_only and project.read_only_reason is ReadOnlyReason.REQUESTED
    with pytest.raises(ProjectReadOnlyError):
        project.add_people(project_people())
    with pytest.raises(sqlite3.OperationalError):  # SQLite itself refuses too
        project.connection.execute("UPDATE trip SET title = 'y'")
    project.save_copy(tmp_path / "copy.photoapp")
    project.close()
    assert path.read_bytes() == before
    copy = Project.open(tmp_path / "copy.photoapp")
    assert not copy.read_only and copy.trip().title == "x"
    copy.close()


def test_a_folder_that_cannot_be_written_opens_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "trip.photoapp"
    Project.create(path, Trip("x")).close()
    real_access = database.os.access

    def access(where: object, mode: int) -> bool:  # as a user without write permission sees it
        return False if Path(str(where)) == tmp_path and mode & 2 else real_access(where, mode)

    monkeypatch.setattr(database.os, "access", access)
    project = Project.open(path)
    assert project.read_only_reason is ReadOnlyReason.FOLDER
    project.close()


def test_a_read_only_medium_opens_read_only_even_an_older_file(tmp_path: Path) -> None:
    from tests.storage.test_database import write_version_2

    with tmpfs(tmp_path / "medium") as medium:
        current, old = medium / "trip.photoapp", medium / "old.photoapp"
        Project.create(current, Trip("now")).close()
        write_version_2(old)
        remount(medium, read_only=True)
        try:
            before = old.read_bytes()
            project = Project.open(current)
            assert project.read_only_reason is ReadOnlyReason.FILE
            with pytest.raises(ProjectReadOnlyError):
                project.add_people(project_people())
            project.close()
            older = Project.open(old)  # migrated in memory, the file untouched
            assert older.read_only and [p.caption for p in older.photos()] == ["合影", "合影"]
            older.close()
            assert old.read_bytes() == before
        finally:
            remount(medium, read_only=False)


def test_a_hot_journal_on_a_read_only_medium_is_explained(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "medium", size="8m") as medium:
        path = medium / "trip.photoapp"
        Project.create(path, Trip("x")).close()
        _crash_mid_commit(path)
        remount(medium, read_only=True)
        try:
            with pytest.raises(ProjectRecoveryError):
                Project.open(path)
        finally:
            remount(medium, read_only=False)
        Project.open(path).close()  # writable again: recovered
