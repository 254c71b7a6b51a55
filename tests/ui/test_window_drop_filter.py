"""Files dropped anywhere on the window are imported, through a filter on the window's own
widgets (not the application's every event, which costs the window its responsiveness while
an import runs): widgets made later, a project opened later, are watched too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow
from tests.photos import Exif, write_photo
from tests.ui.interact import drop_answer

COPY, MOVE = Qt.DropAction.CopyAction, Qt.DropAction.MoveAction


def _files(folder: Path, seed: int) -> QMimeData:
    path = write_photo(folder / f"new{seed}.jpg", Exif(taken="2017:09:12 10:00:00"), seed=seed,
                       size=(64, 48))  # fmt: skip
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    return data


def test_a_project_opened_later_takes_drops_on_any_of_its_widgets(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window = MainWindow(None, cache)
    qtbot.addWidget(window)
    window.show()
    window.set_project(project)
    assert window.workspace is not None
    data = _files(tmp_path / "a", 400)
    editor = window.workspace.detail.caption_editor
    assert drop_answer(editor, QPoint(5, 5), data, MOVE) == COPY
    qtbot.waitUntil(lambda: not window.importer.running, timeout=10_000)
    assert len(project.photos()) == 1
    # A widget added to the window afterwards is watched as well.
    late = QLabel("late", window.workspace.detail)
    late.show()
    more = _files(tmp_path / "b", 401)
    assert drop_answer(late, QPoint(2, 2), more, MOVE) == COPY
    qtbot.waitUntil(lambda: not window.importer.running, timeout=10_000)
    assert len(project.photos()) == 2
    assert not window.file_drops.overlay.isVisible()
