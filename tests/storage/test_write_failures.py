"""Writes that fail on real conditions come out as typed errors, roll back whole, and keep
their cause: a locked, read-only, deleted or replaced project file, a full disk."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from photoapp.domain.model import Person, Trip
from photoapp.storage.errors import (
    DiskFullError,
    ProjectGoneError,
    ProjectLockedError,
    ProjectReadOnlyError,
    ProjectWriteError,
)
from photoapp.storage.project import Project
from tests.conditions import fill, immutable, locked, tiny_disk


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cause_name(error: BaseException) -> str:
    cause = error.__cause__
    assert isinstance(cause, sqlite3.Error), cause
    return str(cause.sqlite_errorname)


def test_a_project_locked_by_another_program(project: Project) -> None:
    project.connection.execute("PRAGMA busy_timeout = 50")
    with locked(project.path), pytest.raises(ProjectLockedError) as raised:
        project.add_day(date(2017, 9, 20), "多一天")
    assert _cause_name(raised.value) == "SQLITE_BUSY"
    assert not project.connection.in_transaction
    # once the other program lets go, the same edit is saved
    project.add_day(date(2017, 9, 20), "多一天")
    assert date(2017, 9, 20) in [d.date for d in project.days()]


def test_a_full_database_keeps_its_cause_and_commits_nothing(project: Project) -> None:
    # SQLite's page limit gives SQLITE_FULL as a full disk does, and rolls back by itself:
    # the ROLLBACK after it used to fail and hide the cause behind "no transaction is active".
    pages = project.connection.execute("PRAGMA page_count").fetchone()[0]
    project.connection.execute(f"PRAGMA max_page_count = {pages}")
    people = [Person(0, f"人員{i}" * 50, "職稱" * 100) for i in range(300)]
    with pytest.raises(DiskFullError) as raised:
        project.add_people(people)
    assert _cause_name(raised.value) == "SQLITE_FULL"
    assert "no transaction" not in str(raised.value.__context__ or "")
    assert project.people() == []
    project.connection.execute(f"PRAGMA max_page_count = {pages * 100}")
    project.add_people(people)
    assert len(project.people()) == 300


def test_a_full_disk(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", "512k") as disk:
        project = Project.create(disk / "trip.photoapp", Trip("大田"))
        try:
            filler = fill(disk)
            with pytest.raises(DiskFullError) as raised:
                project.add_people([Person(0, f"人員{i}", "職" * 500) for i in range(200)])
            assert project.people() == []
            assert _cause_name(raised.value) == "SQLITE_FULL"
            with pytest.raises(DiskFullError):
                project.probe_write()
            filler.unlink()
            project.probe_write()
            project.add_person(Person(0, "權善宅"))
            assert [p.name for p in project.people()] == ["權善宅"]
        finally:
            project.close()


def test_save_a_copy_on_a_full_disk_fails_and_leaves_nothing(
    project: Project, tmp_path: Path
) -> None:
    project.add_people([Person(0, f"人員{i}", "職" * 500) for i in range(200)])
    with tiny_disk(tmp_path / "disk", "256k") as disk:
        fill(disk)
        with pytest.raises(DiskFullError) as raised:
            project.save_copy(disk / "copy.photoapp")
        assert raised.value.path == disk / "copy.photoapp"
        assert sorted(os.listdir(disk)) == ["filler.bin"]


def test_a_project_file_deleted_while_open(project: Project) -> None:
    os.unlink(project.path)
    with pytest.raises(ProjectGoneError):
        project.add_person(Person(0, "權善宅"))
    assert project.people() == []
    assert not project.path.exists()  # nothing was written there either


def test_a_project_file_deleted_in_the_middle_of_an_edit(project: Project) -> None:
    with pytest.raises(ProjectGoneError) as raised, project.transaction() as db:
        os.unlink(project.path)
        db.execute("INSERT INTO person (name) VALUES ('權善宅')")
    assert _cause_name(raised.value) == "SQLITE_READONLY_DBMOVED"
    assert project.people() == []


def test_a_project_file_replaced_while_open(project: Project, tmp_path: Path) -> None:
    other = tmp_path / "other.photoapp"
    Project.create(other, Trip("另一個")).close()
    shutil.copy(other, tmp_path / "incoming")
    os.replace(tmp_path / "incoming", project.path)  # as a sync client or a restore does
    before = _digest(project.path)
    with pytest.raises(ProjectGoneError):
        project.set_trip(Trip("改過"))
    assert _digest(project.path) == before
    assert Project.open(project.path).trip().title == "另一個"


def test_a_file_made_read_only_after_opening(project: Project) -> None:
    with immutable(project.path), pytest.raises(ProjectReadOnlyError) as raised:
        project.add_person(Person(0, "權善宅"))
    assert isinstance(raised.value, ProjectWriteError)
    assert project.people() == []
    project.add_person(Person(0, "權善宅"))  # writable again


def test_a_folder_made_read_only_after_opening(project: Project) -> None:
    # The journal cannot be made beside the file.
    with immutable(project.path.parent), pytest.raises(ProjectReadOnlyError):
        project.add_person(Person(0, "權善宅"))
    assert project.people() == []


def test_a_read_only_file_opened_says_so_before_any_edit(project: Project) -> None:
    path = project.path
    project.close()
    before = _digest(path)
    with immutable(path):
        reopened = Project.open(path)
        try:
            with pytest.raises(ProjectReadOnlyError):
                reopened.probe_write()
            with pytest.raises(ProjectReadOnlyError):
                reopened.add_person(Person(0, "權善宅"))
        finally:
            reopened.close()
    assert _digest(path) == before


def test_probing_changes_nothing_and_rules_still_raise_their_own_errors(
    project: Project,
) -> None:
    before = _digest(project.path)
    project.probe_write()
    assert _digest(project.path) == before
    with pytest.raises(sqlite3.IntegrityError), project.transaction() as db:
        db.execute("INSERT INTO photo_person (photo_id, person_id) VALUES (999, 999)")
    assert not project.connection.in_transaction
