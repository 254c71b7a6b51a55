"""How soon a drop shows the photos: tiles, embedded previews, sharp thumbnails, import done.

    .venv/bin/python benchmarks/drop_speed.py [--count 300] [--keep DIR] [--check]

Drops N realistic 12-megapixel phone JPEGs (4000x3000, ~4 MB, the EXIF a phone writes and its
160x120 preview in IFD1: import_speed.py's photos, made once and cached in the temporary folder)
on the real main window (offscreen unless a display is set), into a new project with a cold
thumbnail cache, exactly as a drop from a file manager does, and times from the drop:

- all tiles: the grid has a row for every dropped file;
- first preview / all previews: the first (every) file's embedded preview handed to the grid;
- first sharp: the first thumbnail from the draft decode loaded for the grid;
- done: the import finished (every photo in the project).

It also records the longest stall of the event loop (a 5 ms timer's late ticks). Targets: all
tiles within 0.5 s, the first embedded preview within 1 s. `--check` exits 1 when one is
missed. `main(argv)` returns the exit code and leaves the figures in `RESULTS`, for a runner
of all the benchmarks.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from import_speed import SIZE, photo_folder  # the import benchmark's photos, previews and all
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from photoapp.domain.model import Trip
from photoapp.storage.importer import ImportReport
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow

TICK_MS = 5
TARGET_TILES_S = 0.5
TARGET_FIRST_PREVIEW_S = 1.0
RESULTS: dict[str, Any] = {}  # the last run's figures (seconds), for a runner of benchmarks


def warm_file_cache(folder: Path) -> None:
    """Read every file once, so the run times the program, not the disk."""
    for path in folder.iterdir():
        with path.open("rb") as stream:
            while stream.read(1 << 20):
                pass


# ---- the run ---------------------------------------------------------------------------------


def run(folder: Path, count: int) -> dict[str, Any]:
    """Drop `folder` on a new window; the seconds from the drop to each moment."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="photoapp-bench-drop-"))
    project = Project.create(work / "bench.photoapp", Trip("bench"))
    window = MainWindow(project, ThumbnailCache(work / "thumbnails"))
    window.resize(1400, 900)
    window.show()
    assert window.workspace is not None
    grid = window.workspace.proxy
    moments: dict[str, float] = {}
    previews = 0
    reports: list[ImportReport] = []
    stalls: list[float] = []
    start = 0.0

    def mark(name: str) -> None:
        moments.setdefault(name, time.perf_counter() - start)

    def rows(*_args: object) -> None:
        if grid.rowCount() >= count:
            mark("all_tiles_s")

    def previewed(found: dict[Path, object]) -> None:
        nonlocal previews
        mark("first_preview_s")
        previews += len(found)
        if previews >= count:
            mark("all_previews_s")

    def finished(report: ImportReport) -> None:
        mark("done_s")
        reports.append(report)
        QTimer.singleShot(200, app.quit)

    last = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[0] = now

    grid.rowsInserted.connect(rows)
    signal = getattr(window.importer, "previews", None)  # (absent before the drop tiles)
    if signal is not None:
        signal.connect(previewed)
    window.thumbnails.ready.connect(lambda _sha: mark("first_sharp_s"))
    window.importer.finished.connect(finished)
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    def drop() -> None:
        nonlocal start
        start = last[0] = time.perf_counter()
        timer.start()
        window.import_paths([folder])

    QTimer.singleShot(0, drop)
    app.exec()
    timer.stop()
    window.close()
    project.close()
    shutil.rmtree(work, ignore_errors=True)
    if not reports or len(reports[0].imported) != count:
        raise RuntimeError(f"the drop did not import all {count} photos: {reports}")
    return {**moments, "longest_stall_ms": max(stalls, default=0.0), "count": count}


def targets_met(results: dict[str, Any]) -> bool:
    tiles = results.get("all_tiles_s", float("inf"))
    preview = results.get("first_preview_s", float("inf"))
    return bool(tiles <= TARGET_TILES_S and preview <= TARGET_FIRST_PREVIEW_S)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    folder = photo_folder(args.count, args.keep)
    warm_file_cache(folder)
    results = run(folder, args.count)
    RESULTS.clear()
    RESULTS.update(results)
    cores = os.cpu_count()
    print(
        f"Drop of {args.count} photos of {SIZE[0]}x{SIZE[1]} ({platform.machine()}, {cores} cores)"
    )
    for key, label, target in (
        ("all_tiles_s", "all tiles shown", TARGET_TILES_S),
        ("first_preview_s", "first embedded preview", TARGET_FIRST_PREVIEW_S),
        ("all_previews_s", "all embedded previews", None),
        ("first_sharp_s", "first sharp thumbnail", None),
        ("done_s", "import done", None),
    ):
        value = results.get(key)
        shown = f"{value:7.2f} s" if value is not None else "      - "
        goal = f"  (target <= {target:g} s)" if target is not None else ""
        print(f"  {label:<24}{shown}{goal}")
    print(f"  {'longest stall':<24}{results['longest_stall_ms']:7.1f} ms")
    met = targets_met(results)
    print("Targets met." if met else "Targets missed.")
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
