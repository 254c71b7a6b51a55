"""Files dropped anywhere on the window are imported, through a filter on the window's own
widgets (not the application's every event, which costs the window its responsiveness while
an import runs): widgets made later, a project opened later, are watched too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QChildEvent, QEvent, QMimeData, QObject, QPoint, Qt, QTimer, QUrl
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
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


def test_a_polished_widget_moved_into_the_window_takes_drops_with_its_children(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.show()
    assert window.workspace is not None
    outside = QWidget()
    inner = QLabel("inner", outside)
    QVBoxLayout(outside).addWidget(inner)
    outside.ensurePolished()  # its children first, before it has a parent in the window
    outside.setParent(window.workspace.detail)
    outside.show()
    assert drop_answer(inner, QPoint(2, 2), _files(tmp_path, 402), MOVE) == COPY
    qtbot.waitUntil(lambda: not window.importer.running, timeout=10_000)
    assert len(project.photos()) == 1


def test_objects_made_in_the_window_are_not_handed_to_python_by_the_filter(
    qtbot: QtBot, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A QObject made with a widget of the window as parent is no widget to watch: the filter
    leaves it alone (wrapping the first such for Python costs PySide tens of milliseconds)."""
    window = MainWindow(None, cache)
    qtbot.addWidget(window)
    handed: list[QEvent.Type] = []
    child = QChildEvent.child

    def handing(event: QChildEvent) -> QObject:
        handed.append(event.type())
        return child(event)

    monkeypatch.setattr(QChildEvent, "child", handing)
    QTimer(window)
    QObject(window.statusBar())
    assert QEvent.Type.ChildAdded not in handed
