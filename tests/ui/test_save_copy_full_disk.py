"""Save a copy on a full disk: the user is told the file and the cause, and no .part is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow
from tests.storage.mounts import tmpfs


def test_save_a_copy_on_a_full_disk_says_so_and_leaves_nothing(
    qtbot: QtBot,
    project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    with tmpfs(tmp_path / "stick", size="64k") as stick:
        status = os.statvfs(stick)
        (stick / "photos.zip").write_bytes(b"\0" * (status.f_bavail * status.f_frsize - 4096))
        target = stick / "copy.photoapp"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        window.save_copy()
        assert shown == [f"{target} cannot be written: the disk is full."]
        assert sorted(p.name for p in stick.iterdir()) == ["photos.zip"]
