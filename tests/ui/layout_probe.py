"""Run by tests/ui/test_layout_fits.py in a process of its own, on an offscreen screen of a given
size and scale: opens the demo trip as a user would, and prints what fits as JSON.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json [QT_SCALE_FACTOR=1.25] \\
        python -m tests.ui.layout_probe PROJECT.photoapp CACHE [SCREENSHOT.png]
"""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _overlaps(parent: QWidget, widgets: list[QWidget]) -> list[str]:
    """Pairs of shown widgets drawn over each other, and widgets squeezed below their minimum."""
    shown = [w for w in widgets if w.isVisible()]
    places = {w: QRect(w.mapTo(parent, w.rect().topLeft()), w.size()) for w in shown}
    found = [
        f"{a.objectName() or type(a).__name__} × {b.objectName() or type(b).__name__}"
        for a, b in combinations(shown, 2)
        if places[a].intersects(places[b])
    ]
    found += [
        f"{w.objectName() or type(w).__name__} squeezed"
        for w in shown
        if w.height() < (w.minimumHeight() or w.minimumSizeHint().height())
    ]
    return found


def main() -> int:
    app = QApplication(sys.argv[:1])
    cache = ThumbnailCache(Path(sys.argv[2]))
    project = Project.open(Path(sys.argv[1]))
    window = MainWindow(project, cache)
    window.resize(1400, 900)  # larger than every screen tried: it must be fitted
    window.fit_to_screen()
    window.show()
    workspace = window.workspace
    assert workspace is not None
    workspace.select_photos(project.appendix()[:1])
    for _ in range(20):  # thumbnails and the preview arrive from worker threads
        app.processEvents()
        QApplication.instance().thread().msleep(25)  # type: ignore[union-attr]
    detail = workspace.detail
    fields = [detail.view, detail.caption_editor, detail.people_area, detail.day_combo,
              detail.taken_label, detail.camera_label, detail.gps_label, detail.file_label,
              detail.size_label]  # fmt: skip
    screen = window.screen()
    result = {
        "available": _rect(screen.availableGeometry()),
        "frame": _rect(window.frameGeometry()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "detail_overlaps": _overlaps(detail, fields),
        "detail_scrolls": detail.scroller.verticalScrollBar().maximum() > 0,
    }
    if len(sys.argv) > 3:
        window.grab().save(sys.argv[3], "PNG")
    print(json.dumps(result))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
