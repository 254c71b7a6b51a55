"""Does the window stay responsive while it imports? The longest stall of the Qt event loop.

    .venv/bin/python benchmarks/gui_stall.py [--count 300] [--keep DIR] [--check]

Imports N generated 12-megapixel JPEGs (the same photos as import_speed.py) into a new project
through the main window, exactly as a drop from a file manager does, with a cold thumbnail
cache, while a 5 ms timer measures how late each of its ticks arrives. A late tick is the time
the event loop was blocked. Target: no stall over 100 ms. Runs offscreen unless a display is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from import_speed import photo_folder  # the benchmark photos, made once and cached
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from photoapp.domain.model import Trip
from photoapp.storage.importer import ImportReport
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow

TICK_MS = 5
TARGET_MS = 100.0


class StallMonitor:
    """A timer that records how late each of its ticks comes."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.stalls_ms: list[float] = []
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stalls_ms.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self._last = now


def run(folder: Path, count: int) -> tuple[ImportReport, float, StallMonitor]:
    """Import `folder` through a main window; the report, the seconds and the monitor."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="photoapp-bench-gui-"))
    project = Project.create(work / "bench.photoapp", Trip("bench"))
    window = MainWindow(project, ThumbnailCache(work / "thumbnails"))
    window.resize(1400, 900)
    window.show()
    monitor = StallMonitor()
    outcome: list[ImportReport] = []

    def finished(report: ImportReport) -> None:
        outcome.append(report)
        QTimer.singleShot(200, app.quit)  # let the grid load the new thumbnails, measured too

    window.importer.finished.connect(finished)
    # ImportReportDialog would wait for a click; the benchmark photos are all valid
    monitor.start()
    start = time.perf_counter()
    QTimer.singleShot(0, lambda: window.import_paths([folder]))
    app.exec()
    seconds = time.perf_counter() - start
    monitor.stop()
    window.close()
    if not outcome or len(outcome[0].imported) != count:
        raise RuntimeError(f"import did not take all {count} photos: {outcome}")
    return outcome[0], seconds, monitor


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    folder = photo_folder(args.count, args.keep)
    _, seconds, monitor = run(folder, args.count)
    stalls = sorted(monitor.stalls_ms)
    longest = stalls[-1] if stalls else 0.0
    over = sum(1 for s in stalls if s > TARGET_MS)
    p99 = stalls[int(len(stalls) * 0.99)] if stalls else 0.0
    print(
        f"photos imported through the window: {args.count} in {seconds:.1f} s "
        f"({args.count / seconds:.1f} photos/s), {os.cpu_count()} cores"
    )
    print(
        f"event-loop ticks: {len(stalls)}, median lateness {statistics.median(stalls):.1f} ms, "
        f"p99 {p99:.1f} ms, longest stall {longest:.1f} ms, stalls over {TARGET_MS:.0f} ms: {over}"
    )
    passed = longest <= TARGET_MS
    print(f"{'PASS' if passed else 'FAIL'}  longest stall <= {TARGET_MS:.0f} ms")
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    raise SystemExit(main())
