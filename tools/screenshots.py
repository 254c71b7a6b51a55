"""Pictures of the main window with the demo trip on small screens, for docs/.

    python tools/screenshots.py   # docs/screenshot-1366x768.png and docs/screenshot-1024x600.png,
                                  # docs/stacked-grid.png and docs/suggest-dialog.png

Each runs `photoapp --demo --screenshot` on an offscreen screen of that size (Qt's offscreen
platform takes the screen from a JSON file), so the window is fitted as on a real laptop. The
last two show the demo trip's bursts: the grid with View ▸ Stack Similar Photos on, and
Photos ▸ Suggest Appendix… with a photo chosen, in Chinese.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1366, 768), (1024, 600))


def shoot(width: int, height: int, out: Path, command: list[str] | None = None) -> None:
    """Save the demo window on a `width` x `height` screen as `out` (or run `command` there)."""
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        screen = {"name": "docs", "x": 0, "y": 0, "width": width, "height": height,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
        config.write_text(json.dumps({"screens": [screen]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", LANGUAGE="zh_TW")
        command = command or [sys.executable, "-m", "photoapp", "--demo", "--screenshot", str(out)]
        subprocess.run(command, cwd=ROOT, env=env, check=True)


def similar_pictures(folder: Path) -> None:
    """In this process (on the screen `shoot` set up): the stacked grid and the Suggest
    dialog of the demo trip, as `folder`/stacked-grid.png and `folder`/suggest-dialog.png."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from photoapp.samples.demo import build_demo, fresh_demo_folder
    from photoapp.storage.thumbnails import ThumbnailCache
    from photoapp.ui import i18n
    from photoapp.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    translator = i18n.install(app, "zh_TW")
    demo = fresh_demo_folder()
    cache = ThumbnailCache(demo / "cache")
    window = MainWindow(build_demo(demo / "trip", cache), cache)
    window.resize(1366, 768)
    window.show()
    workspace = window.workspace
    assert workspace is not None

    def grid() -> None:
        window.registry["stack_similar"].setChecked(True)
        workspace.photo_model.stacks.refresh()
        best = [group.best for group in workspace.photo_model.stacks.groups()]
        workspace.select_photos(best[1:2])
        workspace.toggle_stack()  # the second burst open, the first closed: both looks
        workspace.grid.scrollToTop()
        QTimer.singleShot(500, dialog)

    def dialog() -> None:
        window.grab().save(str(folder / "stacked-grid.png"))
        window.suggest_appendix()
        suggest = window.suggest_dialog
        suggest.count.setValue(8)
        for strip in suggest.strips:  # choose the conference day's photo: its burst below
            for row in range(strip.count()):
                if "IMG_0412" in strip.item(row).toolTip():
                    strip.setCurrentRow(row)
        QTimer.singleShot(500, lambda: save(suggest))

    def save(suggest: object) -> None:
        suggest.grab().save(str(folder / "suggest-dialog.png"))  # type: ignore[attr-defined]
        window.registry["stack_similar"].setChecked(False)  # the user's setting as it was
        app.quit()

    QTimer.singleShot(1500, grid)
    app.exec()
    del translator


def main() -> int:
    if sys.argv[1:2] == ["--similar"]:
        similar_pictures(Path(sys.argv[2]))
        return 0
    for width, height in SIZES:
        shoot(width, height, ROOT / "docs" / f"screenshot-{width}x{height}.png")
    docs = ROOT / "docs"
    shoot(1366, 768, docs, [sys.executable, __file__, "--similar", str(docs)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
