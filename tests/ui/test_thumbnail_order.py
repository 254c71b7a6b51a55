"""The grid's thumbnails: the rows in view load first, and the memory they take is bounded."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import thumbnails as thumbnails_module
from photoapp.ui.tasks import TaskRunner
from photoapp.ui.thumbnails import ThumbnailProvider


def test_the_latest_requested_thumbnails_load_first(
    qtbot: QtBot, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fast scroll asks for rows it leaves behind: the rows in view now (asked last) are
    loaded before them, and a large preview before any thumbnail."""
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    started = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def load(_cache: ThumbnailCache, sha256: str, _original: Path) -> QImage:
        order.append(sha256)
        if sha256 == "first":
            started.set()
            release.wait(10)
        return QImage(4, 3, QImage.Format.Format_RGB888)

    monkeypatch.setattr(thumbnails_module, "load_thumbnail", load)
    monkeypatch.setattr(thumbnails_module, "load_preview", lambda *_: order.append("preview"))
    provider = ThumbnailProvider(cache)
    provider._tasks.pool.setMaxThreadCount(1)
    provider.pixmap("first", Path("first.jpg"))
    assert started.wait(10)  # the one thread is busy: the rest wait in the queue
    for name in ("scrolled-past", "passing", "in-view"):
        provider.pixmap(name, Path(f"{name}.jpg"))
    provider.request_preview(1, Path("opened.jpg"), 800)
    with qtbot.waitSignals([provider.ready] * 4, timeout=10_000):
        release.set()
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == ["first", "preview", "in-view", "passing", "scrolled-past"]


def test_thumbnails_kept_in_memory_are_bounded(
    cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(thumbnails_module, "_MEMORY_LIMIT", 3)
    monkeypatch.setattr(
        thumbnails_module, "load_thumbnail", lambda *_: QImage(4, 3, QImage.Format.Format_RGB888)
    )
    provider = ThumbnailProvider(cache)  # tasks run at once in these tests
    for n in range(10):
        assert provider.pixmap(f"photo-{n}", Path(f"{n}.jpg")) is not None
    assert list(provider._pixmaps) == ["photo-7", "photo-8", "photo-9"]
    assert provider.pixmap("photo-0", Path("0.jpg")) is not None  # loaded again when asked
    assert len(provider._pixmaps) == 3


def test_the_file_is_looked_up_only_when_a_thumbnail_has_to_load(
    cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The grid asks for a page of kept thumbnails at every scroll step: the photo's path (a
    Path made from the project's folder) is only worked out for a thumbnail not in memory."""
    monkeypatch.setattr(
        thumbnails_module, "load_thumbnail", lambda *_: QImage(4, 3, QImage.Format.Format_RGB888)
    )
    provider = ThumbnailProvider(cache)  # tasks run at once in these tests
    looked_up: list[str] = []

    def where() -> Path:
        looked_up.append("photo")
        return Path("photo.jpg")

    assert provider.pixmap("photo", where) is not None
    assert provider.pixmap("photo", where) is not None
    assert provider.pixmap("photo", where) is not None
    assert looked_up == ["photo"]
