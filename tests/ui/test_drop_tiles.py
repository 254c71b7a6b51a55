"""Issue 14's photos on screen at once, on the real window with real worker threads: a tile per
dropped file before any is read, its embedded preview, then its photo; rejected and cancelled
files' tiles go; the model inserts rows in ranges."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from photoapp.samples.exif_preview import photo_with_preview
from photoapp.storage.importer import RejectReason
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.texts import messages
from photoapp.ui import import_controller
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.roles import Role
from photoapp.ui.tasks import TaskRunner
from photoapp.ui.workspace import Workspace
from tests.photos import Exif, write_bytes

COUNT = 8


@pytest.fixture
def real_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every file's reading (not its preview) until set: the drop is "slow"."""
    opened = threading.Event()
    real = import_controller.analyse

    def slowed(path: Path, cache: ThumbnailCache) -> object:
        opened.wait(30)
        return real(path, cache)

    monkeypatch.setattr(import_controller, "analyse", slowed)
    yield opened
    opened.set()  # a failed test must not leave workers waiting


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> tuple[MainWindow, Workspace]:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.workspace is not None
    return window, window.workspace


def _drop_folder(folder: Path, count: int = COUNT) -> list[Path]:
    paths = []
    for index in range(count):
        meta = Exif(taken=f"2017:09:12 10:{index:02d}:00", orientation=(1, 6)[index % 2])
        data = photo_with_preview(meta, size=(640, 480), seed=50 + index)
        paths.append(write_bytes(folder / f"IMG_{index:04d}.jpg", data))
    return paths


def _rows(workspace: Workspace) -> list[QModelIndex]:
    model = workspace.photo_model
    return [model.index(row, 0) for row in range(model.rowCount())]


def _pending(workspace: Workspace) -> list[QModelIndex]:
    return [index for index in _rows(workspace) if index.data(Role.PENDING)]


def _wait_done(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.importer.running, timeout=30_000)


def test_every_dropped_file_is_a_tile_with_its_preview_before_any_is_read(
    qtbot: QtBot,
    real_threads: None,
    gate: threading.Event,
    project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
) -> None:
    window, workspace = _window(qtbot, project, cache)
    before = workspace.photo_model.rowCount()
    paths = _drop_folder(tmp_path / "drop")
    window.import_paths([tmp_path / "drop"])
    qtbot.waitUntil(lambda: len(_pending(workspace)) == COUNT, timeout=10_000)
    tiles = _pending(workspace)
    assert [t.data(Qt.ItemDataRole.DisplayRole) for t in tiles] == [p.name for p in paths]
    assert workspace.centre.currentWidget() is workspace.grid
    assert all(not t.flags() & Qt.ItemFlag.ItemIsSelectable for t in tiles)
    assert all(t.data(Role.ID) is None for t in tiles)  # never taken for a photo

    # Nothing is read yet, and every tile shows its file's embedded preview (<= 160 px).
    def previews() -> list[QPixmap]:
        pictures = [t.data(Qt.ItemDataRole.DecorationRole) for t in _pending(workspace)]
        return [p for p in pictures if isinstance(p, QPixmap)]

    qtbot.waitUntil(lambda: len(previews()) == COUNT, timeout=10_000)
    assert all(max(p.width(), p.height()) <= 160 for p in previews())
    assert all(p.width() > p.height() for p in previews())  # upright, as the photos are
    assert workspace.photo_model.rowCount() == before + COUNT
    assert len(project.photos()) == before

    # A photo takes its tile's place with a picture already: the preview until its sharp
    # thumbnail has loaded, never a blank tile in between.
    model = workspace.photo_model
    pictures: list[object] = []
    model.rowsInserted.connect(
        lambda _parent, first, last: pictures.extend(
            model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
            for row in range(first, last + 1)
        )
    )
    gate.set()
    _wait_done(qtbot, window)
    assert len(pictures) == COUNT and all(isinstance(p, QPixmap) for p in pictures)
    assert _pending(workspace) == []
    assert workspace.photo_model.rowCount() == before + COUNT == len(project.photos())
    names = {p.file_name for p in project.photos()}
    assert {p.name for p in paths} <= names

    # The photos' sharp thumbnails (256 px, from the draft decode) replace the previews.
    def sharp() -> bool:
        pictures = [i.data(Qt.ItemDataRole.DecorationRole) for i in _rows(workspace)[before:]]
        return all(isinstance(p, QPixmap) and p.width() == 256 for p in pictures)

    qtbot.waitUntil(sharp, timeout=10_000)


def test_a_tile_takes_its_sharp_thumbnail_before_the_photo_is_added(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, workspace = _window(qtbot, project, cache)
    paths = _drop_folder(tmp_path / "drop", 3)
    seen: list[tuple[str, int]] = []  # what the first file's tile showed, in order
    model = workspace.photo_model

    def look(*_args: object) -> None:
        for index in _pending(workspace):
            if index.data(Qt.ItemDataRole.DisplayRole) == paths[0].name:
                picture = index.data(Qt.ItemDataRole.DecorationRole)
                width = picture.width() if isinstance(picture, QPixmap) else 0
                if not seen or seen[-1][1] != width:
                    seen.append(("tile", width))

    model.dataChanged.connect(look)
    model.rowsInserted.connect(look)
    window.import_paths([tmp_path / "drop"])
    _wait_done(qtbot, window)
    widths = [width for _, width in seen]
    assert 160 in widths  # the embedded preview...
    assert widths.index(160) < (widths.index(256) if 256 in widths else len(widths))


def test_rejected_files_tiles_go_with_their_reason(
    qtbot: QtBot,
    real_threads: None,
    gate: threading.Event,
    project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
) -> None:
    window, workspace = _window(qtbot, project, cache)
    before = workspace.photo_model.rowCount()
    _drop_folder(tmp_path / "drop", 2)
    write_bytes(tmp_path / "drop" / "IMG_9999.jpg", b"\xff\xd8 this is not a photo")
    messages_seen: list[str] = []
    window.statusBar().messageChanged.connect(messages_seen.append)
    window.import_paths([tmp_path / "drop"])
    qtbot.waitUntil(lambda: len(_pending(workspace)) == 3, timeout=10_000)
    gate.set()
    _wait_done(qtbot, window)
    assert _pending(workspace) == []
    assert workspace.photo_model.rowCount() == before + 2
    reason = messages.reject_reason(RejectReason.NOT_IMAGE)
    assert any("IMG_9999.jpg" in m and reason in m for m in messages_seen)
    assert window.report_dialog is not None  # the import's report still lists it
    window.report_dialog.close()


def test_cancel_takes_the_tiles_away(
    qtbot: QtBot,
    real_threads: None,
    gate: threading.Event,
    project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
) -> None:
    window, workspace = _window(qtbot, project, cache)
    before = workspace.photo_model.rowCount()
    _drop_folder(tmp_path / "drop")
    window.import_paths([tmp_path / "drop"])
    qtbot.waitUntil(lambda: len(_pending(workspace)) == COUNT, timeout=10_000)
    window.importer.cancel()
    assert not window.importer.running
    assert _pending(workspace) == []
    assert workspace.photo_model.rowCount() == before == len(project.photos())
    gate.set()
    qtbot.wait(300)  # the workers' late results change nothing
    assert workspace.photo_model.rowCount() == before


def test_an_import_inserts_rows_in_ranges(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
) -> None:
    window, workspace = _window(qtbot, project, cache)
    before = workspace.photo_model.rowCount()
    _drop_folder(tmp_path / "drop", 12)
    inserted: list[tuple[int, int]] = []
    workspace.photo_model.rowsInserted.connect(
        lambda _parent, first, last: inserted.append((first, last))
    )
    window.import_paths([tmp_path / "drop"])
    _wait_done(qtbot, window)
    assert workspace.photo_model.rowCount() == before + 12
    # 12 tiles and 12 photos, in a few ranges (a search chunk, a batch added), not 24 rows.
    assert sum(last - first + 1 for first, last in inserted) == 24
    assert len(inserted) <= 6, inserted
