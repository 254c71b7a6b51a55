"""File ▸ Restore from Backup…: the project's backups listed with what they hold; the chosen
one opens as a new project file and the current file stays as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from photoapp.domain.model import Person, Trip
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.dialogs.restore_backup import RestoreBackupDialog
from photoapp.ui.main_window import MainWindow


def _three_states(path: Path) -> Project:
    """A project opened twice (a backup each time) and edited after each opening."""
    Project.create(path, Trip("大田 APCS 2017")).close()
    for name in ("葉宜津", "權善宅"):
        project = Project.open(path)  # backs up the state before this edit
        project.add_person(Person(0, name))
        project.close()
    project = Project.open(path)
    project.add_person(Person(0, "Ye Lwin"))
    return project


def _choose(monkeypatch: pytest.MonkeyPatch, row: int, destination: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(destination), ""))

    def exec_(dialog: RestoreBackupDialog) -> int:
        dialog.list.setCurrentRow(row)
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreBackupDialog, "exec", exec_)


def test_a_backup_is_restored_as_a_new_file_and_opened(
    qtbot: QtBot, tmp_path: Path, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "trip.photoapp"
    project = _three_states(path)
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    dialog = RestoreBackupDialog(path)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert len(lines) == 3  # newest first: 2 people, 1 person, none
    assert "大田 APCS 2017: 0 photos, 0 captions, 2 people" in lines[0]
    assert "1 person" in lines[1] and "0 people" in lines[2]
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    restored = tmp_path / "restored.photoapp"
    _choose(monkeypatch, 1, restored)
    window.registry["restore_backup"].trigger()
    assert window.session is not None and window.session.project.path == restored
    assert [p.name for p in window.session.project.people()] == ["葉宜津"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # never replaced


def test_restoring_never_replaces_a_file_and_says_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "trip.photoapp"
    _three_states(path).close()
    taken = tmp_path / "taken.photoapp"
    taken.write_text("mine")
    _choose(monkeypatch, 0, taken)
    dialog = RestoreBackupDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert dialog.problem_label.text() == f"{taken} already exists."
    assert taken.read_text() == "mine"


def test_backups_of_a_project_that_is_not_open_and_of_one_without_any(
    qtbot: QtBot, tmp_path: Path, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "trip.photoapp"
    _three_states(path).close()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)  # damaged since
    window = MainWindow(None, cache)
    qtbot.addWidget(window)
    assert window.registry["restore_backup"].isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    _choose(monkeypatch, 0, tmp_path / "rescued.photoapp")
    window.registry["restore_backup"].trigger()
    assert window.session is not None
    assert len(window.session.project.people()) == 2
    empty = RestoreBackupDialog(tmp_path / "never-opened.photoapp")
    qtbot.addWidget(empty)
    assert empty.list.count() == 0 and not empty.restore_button.isEnabled()
    assert "no backups" in empty.problem_label.text()
