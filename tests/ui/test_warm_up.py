"""The one-time work of a first drop is done while the window waits for the user (issue 14):
Pillow's format plugins and pillow-heif are loaded on a worker, and a tile of every kind is
painted once, so that PySide's lazily made types exist before a drop's first tiles are painted.

Each check runs in a fresh interpreter: in the test process, other tests made all of it long ago.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

_PREAMBLE = """
import enum, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])

def wait(ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)

made = []
_new = enum.EnumType.__new__
def _counting(mcls, name, *args, **kwargs):
    made.append(name)
    return _new(mcls, name, *args, **kwargs)
enum.EnumType.__new__ = _counting
"""


def _run(script: str, tmp_path: Path) -> str:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", _PREAMBLE + textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


_PAINT_A_TILE_BEING_READ = """
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from photoapp.ui.models.roles import Tile
from photoapp.ui.tasks import WARM_UP_AFTER_MS
from photoapp.ui.views import PhotoGridView

view = PhotoGridView()
view.resize(600, 400)
view.show()
wait(WARM_UP_AFTER_MS + 300 if WARM else 50)
made.clear()

class Index:  # what the delegate asks of an index
    def data(self, role): return Tile(None, "IMG_0001.JPG", pending=True)
    def isValid(self): return True
    def row(self): return 0

option = QStyleOptionViewItem()
view.initViewItemOption(option)
option.rect = QRect(0, 0, 180, 220)
image = QImage(200, 240, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
view.itemDelegate().paint(painter, option, Index())
painter.end()
print(",".join(made))
"""


def test_a_drops_first_tile_is_painted_with_nothing_left_to_make(tmp_path: Path) -> None:
    made = _run("WARM = True\n" + _PAINT_A_TILE_BEING_READ, tmp_path).strip()
    assert made == ""


def test_without_the_warm_up_the_first_tile_makes_qgradients_types(tmp_path: Path) -> None:
    """What the warm-up is for (and that the check above can fail): 15 ms on the GUI thread."""
    made = _run("WARM = False\n" + _PAINT_A_TILE_BEING_READ, tmp_path).strip().split(",")
    assert {"Type", "Spread", "Preset"} <= set(made)


def test_a_window_loads_the_decoders_after_it_shows_not_while_it_opens(tmp_path: Path) -> None:
    script = f"""
    from pathlib import Path
    from photoapp.domain.model import Trip
    from photoapp.storage import decode
    from photoapp.storage.project import Project
    from photoapp.storage.thumbnails import ThumbnailCache
    from photoapp.ui.main_window import MainWindow
    from photoapp.ui.tasks import WARM_UP_AFTER_MS

    folder = Path({str(tmp_path)!r})
    project = Project.create(folder / "trip.photoapp", Trip(title="trip"))
    window = MainWindow(project, ThumbnailCache(folder / "thumbnails"))
    window.show()
    wait(50)
    print("opened", "pillow_heif" in sys.modules, "PIL.PngImagePlugin" in sys.modules)
    wait(WARM_UP_AFTER_MS + 1500)
    print("waited", "pillow_heif" in sys.modules, "PIL.PngImagePlugin" in sys.modules,
          decode._heif_registered)
    window.close()
    """
    lines = _run(script, tmp_path).splitlines()
    assert lines[-2:] == ["opened False False", "waited True True True"]
