"""The project file: created, reopened, migrated, and refused untouched when it is not ours."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from photoapp.domain.model import Trip
from photoapp.storage.errors import (
    CorruptProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
)
from photoapp.storage.project import Project
from photoapp.storage.schema import APPLICATION_ID, SCHEMA_VERSION


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_is_marked_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "行程" / "trip.photoapp"
    trip = Trip("大田", "臺中市政府", "韓國", date(2017, 9, 10), date(2017, 9, 13), "Asia/Seoul")
    Project.create(path, trip).close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    reopened = Project.open(path)
    assert reopened.trip() == trip
    assert [d.date.day for d in reopened.days()] == [10, 11, 12, 13]
    assert reopened.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    reopened.close()


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "trip.photoapp"
    path.write_text("mine")
    with pytest.raises(ProjectExistsError):
        Project.create(path, Trip("x"))
    assert path.read_text() == "mine"


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", NotAProjectError),
        (b"just some text\n" * 20, NotAProjectError),
        (b"SQLite format 3\x00" + b"\xff" * 2000, CorruptProjectError),
    ],
)
def test_foreign_files_are_refused_unchanged(tmp_path: Path, content: bytes, error: type) -> None:
    path = tmp_path / "x.photoapp"
    path.write_bytes(content)
    with pytest.raises(error):
        Project.open(path)
    assert path.read_bytes() == content


def test_other_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE t (x)")
    before = _digest(path)
    with pytest.raises(NotAProjectError):
        Project.open(path)
    assert _digest(path) == before


def test_newer_schema_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "future.photoapp"
    Project.create(path, Trip("x")).close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = _digest(path)
    with pytest.raises(NewerProjectError) as raised:
        Project.open(path)
    assert raised.value.version == SCHEMA_VERSION + 1
    assert _digest(path) == before


def test_damaged_pages_are_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.photoapp"
    project = Project.create(path, Trip("x", start=date(2017, 1, 1), end=date(2017, 12, 31)))
    project.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for number in range(1, len(data) // page):  # scribble over every b-tree page header
        data[page * number : page * number + 12] = b"\x07" * 12
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptProjectError):
        Project.open(path)
    assert path.read_bytes() == bytes(data)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFoundError):
        Project.open(tmp_path / "nothing.photoapp")


def test_save_a_copy_keeps_photo_paths_working(tmp_path: Path) -> None:
    from photoapp.storage.importer import import_paths
    from photoapp.storage.thumbnails import ThumbnailCache
    from tests.photos import Exif, write_photo

    project = Project.create(tmp_path / "trip" / "trip.photoapp", Trip("x"))
    write_photo(tmp_path / "trip" / "相片" / "a.jpg", Exif())
    import_paths(project, [tmp_path / "trip" / "相片"], ThumbnailCache(tmp_path / "c"))
    project.set_caption(project.photos()[0].id, "合影")
    copy_path = tmp_path / "elsewhere" / "copy.photoapp"
    project.save_copy(copy_path)
    with pytest.raises(ProjectExistsError):
        project.save_copy(copy_path)
    copy = Project.open(copy_path)
    photo = copy.photos()[0]
    assert photo.caption == "合影"
    assert not copy.is_missing(photo)
    assert photo.path == (tmp_path / "trip" / "相片" / "a.jpg").resolve().as_posix()
    copy.close()
    project.close()


def write_version_2(path: Path) -> None:
    """A project file as version 2 of the schema wrote it: two captioned photos, one tagged."""
    from photoapp.storage.database import _statements
    from photoapp.storage.schema import MIGRATIONS

    with sqlite3.connect(path) as raw:  # a file as version 2 wrote it
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for script in MIGRATIONS[:2]:
            for statement in _statements(script):
                raw.execute(statement)
        raw.execute("PRAGMA user_version = 2")
        raw.execute("INSERT INTO trip (id, title) VALUES (1, '舊檔')")
        raw.execute("INSERT INTO person (id, name) VALUES (1, '葉宜津')")
        for pid in (1, 2):
            raw.execute(
                "INSERT INTO photo (id, path, file_size, sha256, width, height, imported_at,"
                " caption) VALUES (?, ?, 1, ?, 4, 3, '2017-09-01T00:00:00', '合影')",
                (pid, f"{pid}.jpg", f"sha{pid}"),
            )
        raw.execute("INSERT INTO photo_person VALUES (2, 1)")
        raw.execute("INSERT INTO appendix VALUES (2, 0)")
    raw.close()


def test_an_older_file_is_migrated_keeping_everything(tmp_path: Path) -> None:
    path = tmp_path / "old.photoapp"
    write_version_2(path)
    project = Project.open(path)
    assert [p.caption for p in project.photos()] == ["合影", "合影"]
    assert project.photo(2).people == (1,) and project.appendix() == [2]
    assert project.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    project.delete_photos([2])
    new_id = project.connection.execute(
        "INSERT INTO photo (path, file_size, sha256, width, height, imported_at)"
        " VALUES ('3.jpg', 1, 'sha3', 4, 3, '2017')"
    ).lastrowid
    assert new_id == 3  # the deleted photo's id is never given to another
    project.close()


def test_each_project_has_its_own_identity_kept_in_the_file(tmp_path: Path) -> None:
    import uuid

    from photoapp.storage.database import _statements
    from photoapp.storage.schema import MIGRATIONS

    first = Project.create(tmp_path / "a.photoapp", Trip("甲"))
    second = Project.create(tmp_path / "b.photoapp", Trip("乙"))
    assert uuid.UUID(first.uuid).version == 4
    assert first.uuid != second.uuid
    kept = first.uuid
    first.save_copy(tmp_path / "copy.photoapp")
    first.close()
    second.close()
    assert Project.open(tmp_path / "a.photoapp").uuid == kept  # the same across opening
    copy = Project.open(tmp_path / "copy.photoapp")
    assert copy.uuid not in (kept, "")  # a copy is another project
    copy.close()
    path = tmp_path / "old.photoapp"  # a file from before identities: it gets one on opening
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for script in MIGRATIONS[:3]:
            for statement in _statements(script):
                raw.execute(statement)
        raw.execute("PRAGMA user_version = 3")
        raw.execute("INSERT INTO trip (id, title) VALUES (1, '舊檔')")
    old = Project.open(path)
    made = old.uuid
    old.close()
    assert uuid.UUID(made) and Project.open(path).uuid == made


def test_small_tables_are_read_once_until_the_next_transaction(project: Project) -> None:
    """The trip, days, people and appendix are kept in memory between this connection's
    edits (the window's views read them at every change; an import's writer, on a
    connection of its own, adds photos only)."""
    from photoapp.domain.model import Person

    statements: list[str] = []
    project.connection.set_trace_callback(statements.append)
    try:
        for _ in range(3):
            project.trip(), project.days(), project.people(), project.appendix()
        assert len(statements) == 4
        people = project.people()
        people.append(Person(0, "not stored"))  # a caller's list is its own
        assert project.people() == []
        project.add_person(Person(0, "葉副市長"))
        assert [p.name for p in project.people()] == ["葉副市長"]  # read again after an edit
        statements.clear()
        project.people()
        assert statements == []
    finally:
        project.connection.set_trace_callback(None)


def test_what_a_failed_transaction_read_is_not_kept(project: Project) -> None:
    from photoapp.domain.model import Person

    with pytest.raises(RuntimeError), project.transaction() as db:
        db.execute("INSERT INTO person (name) VALUES ('rolled back')")
        assert [p.name for p in project.people()] == ["rolled back"]
        raise RuntimeError("the edit fails")
    assert project.people() == []
    project.add_person(Person(0, "kept"))
    assert [p.name for p in project.people()] == ["kept"]
