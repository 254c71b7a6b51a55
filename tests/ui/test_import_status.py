"""The status bar's import progress: the label follows every report; the bar, which
QProgressBar repaints at once with everything else waiting to be painted (the photo grid too),
follows at most every BAR_PACE_MS and always ends at the last report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.import_controller import ImportController
from photoapp.ui.main_window import MainWindow
from photoapp.ui.widgets.import_status import BAR_PACE_MS, ImportStatus


def test_the_bar_follows_the_reports_at_a_pace_and_ends_at_the_last(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ImportController, "running", property(lambda self: True))
    importer = ImportController()
    status = ImportStatus(importer)
    qtbot.addWidget(status)
    status.show_progress(0, 0)
    assert status.label.text() == "Looking for photos…" and status.bar.maximum() == 0
    status.show_progress(1, 300)
    assert (status.bar.value(), status.bar.maximum()) == (1, 300)  # the first at once
    for done in range(2, 40):
        status.show_progress(done, 300)
    assert status.label.text() == "Importing 39/300"  # the label: every report
    assert status.bar.value() == 1  # the bar: not repainted 38 times
    qtbot.waitUntil(lambda: status.bar.value() == 39, timeout=4 * BAR_PACE_MS)
    status.show_progress(40, 300)
    status.show_progress(41, 300)
    qtbot.waitUntil(lambda: status.bar.value() == 41, timeout=4 * BAR_PACE_MS)


def test_moving_the_bar_never_repaints_the_window_there_and_then(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, project: Project, cache: ThumbnailCache
) -> None:
    """QProgressBar.setValue repaints the window there and then (the photo grid with it, when
    it waits to be painted); the bar is painted with the rest, at the next paint."""
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(ImportController, "running", property(lambda self: True))
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(window.import_status.bar.value())
            return False

    paints = Paints()
    window.import_status.bar.installEventFilter(paints)
    window.import_status.show_progress(0, 0)
    qtbot.waitUntil(window.import_status.bar.isVisible)
    qtbot.wait(50)
    painted.clear()
    window.import_status.show_progress(150, 300)
    assert window.import_status.bar.value() == 150
    assert painted == []  # moved, not painted there and then
    qtbot.waitUntil(lambda: 150 in painted)  # painted at the next paint
