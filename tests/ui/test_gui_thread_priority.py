"""The window's thread comes first: background work runs at a lower priority (on Linux also under
SCHED_IDLE, which a waking GUI thread preempts at once), and a worker
running Python makes the GUI thread wait at most a millisecond for the GIL (issue 14: an
import's workers made paints and keystrokes wait 5 ms a time, stalls of 80-120 ms)."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow
from photoapp.ui.tasks import GIL_SWITCH_INTERVAL_S, TaskRunner


@pytest.fixture
def default_interval() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default, whatever ran before
    yield
    sys.setswitchinterval(before)


def test_a_window_makes_workers_hand_the_gil_over_within_a_millisecond(
    qtbot: QtBot, default_interval: None, project: Project, cache: ThumbnailCache
) -> None:
    assert sys.getswitchinterval() == pytest.approx(0.005)
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    assert sys.getswitchinterval() <= GIL_SWITCH_INTERVAL_S == 0.001


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice: Linux")
def test_background_work_runs_below_the_gui_threads_priority(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)
    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    pool = QThreadPool()
    background = TaskRunner(None, pool, background=True)
    seen: dict[str, tuple[int, int]] = {}

    gui_policy = os.sched_getscheduler(threading.get_native_id())

    def nice() -> tuple[int, int]:
        tid = threading.get_native_id()
        return os.getpriority(os.PRIO_PROCESS, tid), os.sched_getscheduler(tid)

    background.submit(nice, lambda value: seen.__setitem__("background", value))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    # Lower by weight, and under SCHED_IDLE: a waking GUI thread takes the core at once.
    assert seen["background"] == (min(19, gui + 10), os.SCHED_IDLE)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == gui
    assert os.sched_getscheduler(threading.get_native_id()) == gui_policy != os.SCHED_IDLE
    pool.waitForDone()
