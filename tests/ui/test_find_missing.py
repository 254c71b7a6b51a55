"""File ▸ Find Missing Photos…: moved photos found by content in a folder, one undo step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow


def test_find_missing_photos_relinks_them_as_one_undo_step(
    qtbot: QtBot,
    trip_project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(trip_project, cache)
    qtbot.addWidget(window)
    shutil.move(tmp_path / "photos" / "day1", tmp_path / "USB" / "renamed")
    before = {p.id: p.path for p in trip_project.photos()}
    assert sum(trip_project.is_missing(p) for p in trip_project.photos()) == 2
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path / "USB"))
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))
    window.registry["relink"].trigger()
    assert told == [f"Found 2 of 2 missing or changed photos in {tmp_path / 'USB'}."]
    assert not any(trip_project.is_missing(p) for p in trip_project.photos())
    session = window.session
    assert session is not None and session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert {p.id: p.path for p in trip_project.photos()} == before
