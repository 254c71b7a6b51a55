"""The cycle collector paused while the window opens (photoapp/collector.py)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from photoapp import collector


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    """Each test leaves the collector running, nothing frozen, as the suite has it."""
    yield
    collector.resume()
    gc.unfreeze()
    gc.enable()


def test_pause_stops_the_collector_and_resume_freezes_what_was_made() -> None:
    collector.pause()
    assert not gc.isenabled() and collector.paused()
    made = [[index] for index in range(1000)]  # tracked objects, made while paused
    collector.resume()
    assert gc.isenabled() and not collector.paused()
    assert gc.get_freeze_count() >= len(made)  # a full pass no longer walks them
    collector.thaw()  # a project closed: what it held may be collected again
    assert gc.get_freeze_count() == 0


def test_resume_without_pause_changes_nothing() -> None:
    collector.resume()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()  # someone else's choice: pause and resume leave it so
    collector.pause()
    collector.resume()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


WINDOW_PROBE = """
import gc, json, sys
from photoapp.cli import main
from photoapp.ui import app, main_window
app.COLLECT_AFTER_OPEN_MS = 100  # (1 s in use) before the screenshot's 300 ms
seen = {}
build = main_window.MainWindow.__init__
def building(self, *args, **kwargs):
    seen["building"] = gc.isenabled()
    build(self, *args, **kwargs)
main_window.MainWindow.__init__ = building
save = app._save_and_quit
def saving(window, path):
    seen["painted"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count()
    save(window, path)
app._save_and_quit = saving
seen["code"] = main([sys.argv[1], "--screenshot", sys.argv[2]])
seen["after"] = gc.isenabled()
print(json.dumps(seen))
"""


def test_the_window_opens_with_the_collector_paused(tmp_path: Path) -> None:
    """`photoapp PROJECT` builds its window with the collector paused, and collects again once
    the window has shown its photos, with what the open made frozen."""
    from photoapp.cli import main

    project = tmp_path / "trip.photoapp"
    assert main(["new", str(project), "--title", "T"]) == 0
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_PROBE, str(project), str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={
            **os.environ,
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["code"] == 0
    assert seen["building"] is False
    assert seen["painted"] is True and seen["frozen"] > 10_000
    assert seen["after"] is True
