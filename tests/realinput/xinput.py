"""The real pointer under Xvfb, moved by xdotool as a person's hand would move it."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

STEPS = 20
STEP_SECONDS = 0.05


def xdotool(env: dict[str, str], *args: str) -> None:
    """Run one xdotool command on the test's display."""
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=10)


def drag(
    env: dict[str, str],
    start: tuple[int, int],
    end: tuple[int, int],
    *,
    hold: str | None = None,
) -> None:
    """Press at `start`, move to `end` in small steps, release; `hold` a key (e.g. "shift")
    from the first step to the release."""
    xdotool(env, "mousemove", str(start[0]), str(start[1]))
    time.sleep(0.1)
    xdotool(env, "mousedown", "1")
    time.sleep(0.1)
    if hold:
        xdotool(env, "keydown", hold)
    try:
        for step in range(1, STEPS + 1):
            x = start[0] + (end[0] - start[0]) * step // STEPS
            y = start[1] + (end[1] - start[1]) * step // STEPS
            xdotool(env, "mousemove", str(x), str(y))
            time.sleep(STEP_SECONDS)
        time.sleep(0.15)  # the target sees the last move before the release
    finally:
        xdotool(env, "mouseup", "1")
        if hold:
            xdotool(env, "keyup", hold)
        time.sleep(0.1)  # the release reaches the windows before the test asks them anything


def click(env: dict[str, str], at: tuple[int, int]) -> None:
    """A plain click (press and release without moving)."""
    xdotool(env, "mousemove", str(at[0]), str(at[1]))
    time.sleep(0.05)
    xdotool(env, "click", "1")


def drag_files(
    env: dict[str, str],
    root: Path,
    files: list[Path],
    end: tuple[int, int],
    *,
    settle: Callable[[], object],
    hold: str | None = None,
) -> str:
    """Drag `files` from a separate program (tests/realinput/drag_source.py, standing in for a
    file manager) to `end`; returns the drop action the target answered ("copy", "move"…).
    The source keeps serving the dropped data until `settle()` (the target is done) returns."""
    where = (1900, 100)
    source = subprocess.Popen(
        [sys.executable, "-m", "tests.realinput.drag_source", str(where[0]), str(where[1]),
         *map(str, files)],
        cwd=root,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert source.stdout is not None
        assert source.stdout.readline().strip() == "ready"
        drag(env, (where[0] + 80, where[1] + 60), end, hold=hold)
        action = source.stdout.readline().strip()
        settle()
        _out, err = source.communicate(timeout=15)
    finally:
        if source.poll() is None:
            source.kill()
            source.wait()
    if source.returncode != 0:
        raise AssertionError(f"drag source failed: {err[-2000:]}")
    return action
