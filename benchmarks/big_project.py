"""Does a big project stay light? A 5,000-photo project: open to a painted grid, scroll it from
top to bottom, and the memory it takes.

    .venv/bin/python benchmarks/big_project.py [--photos 5000] [--runs 3] [--keep DIR] [--check]

The project is made once (not timed) and kept at `$TMPDIR/photoapp-bench-big-<N>` (or --keep):
N small JPEGs (320x240, EXIF capture times over four itinerary days) imported with their
thumbnails cached, so the project file, the models and the thumbnail cache are those of a real
5,000-photo trip; only the originals are small, and opening never reads them (warm thumbnail
cache). Each run is a fresh process that opens the window (1400x900, offscreen) as
`photoapp PROJECT` does and reports:

- painted: seconds from the process start until every thumbnail in the grid's viewport has been
  drawn by the grid's delegate (counted in its paint, not merely requested);
- scroll: the grid scrolled from top to bottom a quarter page every 16 ms (a fast wheel), while a
  5 ms timer records how late each tick comes: the longest stall of the event loop;
- memory: the process's peak resident size (VmHWM) at the end.

Targets: painted within 1 s, no stall over 50 ms, under 400 MB. Figures are medians of the runs.
`--open-only` measures the open alone (no scrolling): a quick look while working on it.

The window's process runs with Python's compiled bytecode cached (in the benchmark's folder, not
beside the sources), as an installed photoapp has it (pip and the one-folder program ship it):
a shell with PYTHONDONTWRITEBYTECODE set would otherwise compile every module at each run, about
0.2 s that no user waits for.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

PAINTED_TARGET_S = 1.0
STALL_TARGET_MS = 50.0
MEMORY_TARGET_MB = 400.0
TICK_MS = 5


def build(folder: Path, count: int) -> Path:
    """The benchmark project of `count` photos (made once; a finished one is reused)."""
    path = folder / f"big-{count}.photoapp"
    if path.exists():
        return path
    from photoapp.domain.model import Trip
    from photoapp.samples.photos import Exif, write_photo
    from photoapp.storage.importer import import_paths
    from photoapp.storage.project import Project
    from photoapp.storage.thumbnails import ThumbnailCache

    print(f"Making the {count}-photo project in {folder} (not timed)…", flush=True)
    started = time.perf_counter()
    photos = folder / "photos"
    for index in range(count):
        day, minute = 10 + index % 4, (index // 4) % 720
        target = photos / f"IMG_{index:05d}.JPG"
        if not target.exists():
            write_photo(
                target,
                Exif(taken=f"2017:09:{day:02d} {8 + minute // 60:02d}:{minute % 60:02d}:00"),
                size=(320, 240),
                seed=index,
            )
    trip = Trip("大田 APCS 2017", start=date(2017, 9, 10), end=date(2017, 9, 13),
                timezone="Asia/Seoul")  # fmt: skip
    building = folder / "building.photoapp"
    building.unlink(missing_ok=True)
    project = Project.create(building, trip)
    report = import_paths(project, [photos], ThumbnailCache(folder / "cache"))
    project.close()
    if len(report.imported) != count:
        raise SystemExit(f"only {len(report.imported)} of {count} photos imported")
    building.rename(path)
    print(f"  made in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in MB; NaN where /proc is not there."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def probe(project: str, started: float) -> None:
    """(Child process) Open the window, wait for the painted grid, scroll it, print JSON."""
    from photoapp import collector

    collector.pause()  # as `photoapp PROJECT` does before it loads Qt (photoapp.cli.main)
    from PySide6.QtCore import QModelIndex, QPoint, QTimer
    from PySide6.QtWidgets import QApplication

    from photoapp.ui import app as app_module

    painted: set[int] = set()  # rows whose thumbnail the delegate drew
    result: dict[str, float | int] = {}

    class ProbedWindow(app_module.MainWindow):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self.resize(1400, 900)
            self._wait = QTimer(self)
            self._wait.timeout.connect(self._check_painted)
            self._wait.start(2)
            self._hooked = False

        def _grid(self):  # type: ignore[no-untyped-def]
            return self.workspace.grid if self.workspace is not None else None

        def _hook(self) -> None:
            grid = self._grid()
            delegate = grid.itemDelegate()
            paint = type(delegate).paint

            def counting(this, painter, option, index: QModelIndex) -> None:  # type: ignore[no-untyped-def]
                paint(this, painter, option, index)
                if index.data(1) is not None:  # DecorationRole: a thumbnail was drawn
                    painted.add(index.row())

            type(delegate).paint = counting  # type: ignore[method-assign]
            self._hooked = True

        def _visible_rows(self) -> list[int]:
            grid = self._grid()
            viewport = grid.viewport().rect()
            model = grid.model()
            first = grid.indexAt(QPoint(4, 4))
            rows: list[int] = []
            row = first.row() if first.isValid() else 0
            while row < model.rowCount():
                rect = grid.visualRect(model.index(row, 0))
                if rect.top() > viewport.bottom():
                    break
                if rect.intersects(viewport):
                    rows.append(row)
                row += 1
            return rows

        def _check_painted(self) -> None:
            grid = self._grid()
            if grid is None or not self.isVisible():
                return
            if not self._hooked:
                self._hook()
            visible = self._visible_rows()
            if os.environ.get("BIG_DEBUG"):
                print(len(visible), len(painted), file=sys.stderr, flush=True)
            if visible and all(row in painted for row in visible):
                self._wait.stop()
                result["painted"] = time.time() - started
                result["cpu_open_s"] = time.process_time()  # all threads: robust to load
                result["visible"] = len(visible)
                result["rows"] = grid.model().rowCount()
                result["rss_open_mb"] = peak_rss_mb()
                if os.environ.get("BIG_DEBUG"):
                    print(f"painted {result}", file=sys.stderr, flush=True)
                    self.grab().save("/tmp/big-open.png")
                if os.environ.get("BIG_OPEN_ONLY"):
                    print(json.dumps(result), flush=True)
                    QApplication.quit()
                    return
                QTimer.singleShot(200, self._scroll)

        def _scroll(self) -> None:
            grid = self._grid()
            bar = grid.verticalScrollBar()
            step = max(1, bar.pageStep() // 4)
            lateness: list[float] = []
            last = [time.perf_counter()]
            ticker = QTimer(self)

            def tick() -> None:
                now = time.perf_counter()
                lateness.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
                last[0] = now

            ticker.timeout.connect(tick)
            mover = QTimer(self)
            scroll_start = time.perf_counter()

            def move() -> None:
                if bar.value() >= bar.maximum():
                    mover.stop()
                    QTimer.singleShot(500, finish)  # the last page's thumbnails arrive
                    return
                bar.setValue(bar.value() + step)
                if os.environ.get("BIG_DEBUG"):
                    print("scroll", bar.value(), bar.maximum(), file=sys.stderr, flush=True)

            def finish() -> None:
                ticker.stop()
                result["scroll_s"] = time.perf_counter() - scroll_start
                result["longest_stall_ms"] = max(lateness, default=0.0)
                result["stalls_over_target"] = sum(1 for ms in lateness if ms > STALL_TARGET_MS)
                bottom = self._visible_rows()
                result["painted_after_scroll"] = sum(1 for row in bottom if row in painted)
                result["visible_after_scroll"] = len(bottom)
                result["rss_peak_mb"] = peak_rss_mb()
                print(json.dumps(result), flush=True)
                QApplication.quit()

            ticker.start(TICK_MS)
            mover.timeout.connect(move)
            mover.start(16)

    app_module.MainWindow = ProbedWindow
    from photoapp.cli import main

    main([project])


def desk_screen(folder: Path) -> str:
    """The offscreen platform with a 1920x1200 desk screen (its default screen is 800x800, where
    the window would be squeezed to one column of photos)."""
    screen = folder / "screen.json"
    desk = {"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1200, "logicalDpi": 96}
    screen.write_text(json.dumps({"screens": [{**desk, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={screen}"


def run_once(project: Path, cache: Path, *, open_only: bool = False) -> dict[str, float]:
    platform = desk_screen(project.parent)
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PHOTOAPP_CACHE_DIR=str(cache))
    # A settings folder of its own: the user's saved window layout must not change the figures.
    env["XDG_CONFIG_HOME"] = str(project.parent / "config")
    # Bytecode compiled once and kept, as an installed program has it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(project.parent / "pycache")
    if open_only:
        env["BIG_OPEN_ONLY"] = "1"
    command = [sys.executable, __file__, "--probe", str(project), "--started", str(time.time())]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the window run failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(lines[-1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--open-only", action="store_true", help="measure the open, no scroll")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        probe(args.probe, args.started or time.time())
        return 0
    folder = args.keep or Path(tempfile.gettempdir()) / f"photoapp-bench-big-{args.photos}"
    folder.mkdir(parents=True, exist_ok=True)
    project = build(folder, args.photos)
    run_once(project, folder / "cache", open_only=True)  # warms the OS file cache; not counted
    runs = [run_once(project, folder / "cache", open_only=args.open_only) for _ in range(args.runs)]

    def median(key: str) -> float:
        return statistics.median(float(run[key]) for run in runs)

    each = ", ".join(f"{run['painted']:.2f} s" for run in runs)
    painted = median("painted")
    print(f"{args.photos} photos, {os.cpu_count()} CPUs, median of {args.runs} runs "
          f"(each: {each})")  # fmt: skip
    print(f"  painted grid ({runs[0]['visible']} thumbnails drawn): {painted:.2f} s,"
          f" CPU {median('cpu_open_s'):.2f} s"
          f"  (target {PAINTED_TARGET_S:g} s)")  # fmt: skip
    if args.open_only:
        print(f"  at open {median('rss_open_mb'):.0f} MB (no scrolling: --open-only)")
        return 1 if args.check and painted > PAINTED_TARGET_S else 0
    stall, memory = median("longest_stall_ms"), median("rss_peak_mb")
    print(f"  scroll top to bottom in {median('scroll_s'):.1f} s: longest stall {stall:.1f} ms,"
          f" {median('stalls_over_target'):.0f} over {STALL_TARGET_MS:g} ms"
          f"  (target none); thumbnails at the bottom {runs[0]['painted_after_scroll']}"
          f"/{runs[0]['visible_after_scroll']} painted")  # fmt: skip
    print(f"  peak memory {memory:.0f} MB (at open {median('rss_open_mb'):.0f} MB)"
          f"  (target {MEMORY_TARGET_MB:g} MB)")  # fmt: skip
    ok = painted <= PAINTED_TARGET_S and stall <= STALL_TARGET_MS and memory < MEMORY_TARGET_MB
    print("all targets met" if ok else "a target was missed")
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
