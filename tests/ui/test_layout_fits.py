"""The window fits small and scaled screens: it opens inside the screen's available area, and
the detail panel scrolls instead of drawing its fields over each other (a separate process
each, on an offscreen screen of that size: Qt's screen is fixed once the application starts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# (physical width, height, scale): a netbook, a 1366x768 laptop at 125 %, full HD at 200 %
SCREENS = [(1024, 600, 1.0), (1366, 768, 1.25), (1920, 1080, 2.0)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo trip (built once: about 3 s of work) and its thumbnail cache."""
    from photoapp.samples.demo import build_demo
    from photoapp.storage.thumbnails import ThumbnailCache

    folder = tmp_path_factory.mktemp("layout")
    project = build_demo(folder / "demo", ThumbnailCache(folder / "cache"))
    path = project.path
    project.close()
    return path, folder / "cache"


def probe(
    demo: tuple[Path, Path], tmp_path: Path, size: tuple[int, int, float], shot: Path | None = None
) -> dict:
    """What tests/ui/layout_probe.py measures on a screen of that size and scale."""
    width, height, scale = size
    config = tmp_path / "screen.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=str(scale), PYTHONPATH=str(ROOT))  # fmt: skip
    command = [sys.executable, "-m", "tests.ui.layout_probe", str(demo[0]), str(demo[1])]
    if shot is not None:
        command.append(str(shot))
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_the_window_fits_the_screen(
    demo: tuple[Path, Path], tmp_path: Path, width: int, height: int, scale: float
) -> None:
    found = probe(demo, tmp_path, (width, height, scale))
    ax, ay, aw, ah = found["available"]
    assert (aw, ah) == (round(width / scale), round(height / scale))
    x, y, w, h = found["frame"]
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, found
    assert found["minimum"][0] <= aw and found["minimum"][1] <= ah, found
    assert found["detail_overlaps"] == []
    if height / scale <= 600:
        assert found["detail_scrolls"]  # too short for the photo and every field at once
