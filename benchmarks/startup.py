"""How fast photoapp starts: the command line against a bare interpreter, and the window of a
2,000-photo project until its visible thumbnails are painted.

    .venv/bin/python benchmarks/startup.py [--rounds 15] [--photos 2000] [--keep DIR] [--check]

Commands are run as a user runs them (the `photoapp` script beside this Python), interleaved
with `python -c pass` in the same run so that machine load hits both alike; the figures are
medians. Targets: `photoapp --help` and `photoapp info` at most 0.25 s above `python -c pass`;
the window painted with thumbnails within 1.5 s of launch (warm thumbnail and file cache).
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
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
PHOTOAPP = str(BIN / ("photoapp.exe" if os.name == "nt" else "photoapp"))
CLI_TARGET_S = 0.25
WINDOW_TARGET_S = 1.5


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall-clock seconds, and CPU seconds (user + system) where the OS says (not Windows)."""
    before = _children_cpu()
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)  # fmt: skip
    return time.perf_counter() - start, _children_cpu() - before


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def small_project(folder: Path) -> Path:
    path = folder / "small.photoapp"
    if not path.exists():
        subprocess.run([PHOTOAPP, "new", str(path), "--title", "大田 APCS 2017", "--start",
                        "2017-09-10", "--end", "2017-09-13", "--timezone", "Asia/Seoul"],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return path


def big_project(folder: Path, count: int) -> Path:
    """A project of `count` small JPEGs with EXIF dates, imported (thumbnails cached)."""
    path = folder / f"big-{count}.photoapp"
    if path.exists():
        return path
    from photoapp.domain.model import Trip
    from photoapp.samples.photos import Exif, write_photo
    from photoapp.storage.importer import import_paths
    from photoapp.storage.project import Project
    from photoapp.storage.thumbnails import ThumbnailCache

    photos = folder / f"photos-{count}"
    for index in range(count):
        day, minute = 10 + index % 4, index % 600
        write_photo(
            photos / f"IMG_{index:05d}.JPG",
            Exif(taken=f"2017:09:{day:02d} {8 + minute // 60:02d}:{minute % 60:02d}:00"),
            size=(640, 480),
            seed=index,
        )
    trip = Trip("大田 APCS 2017", start=date(2017, 9, 10), end=date(2017, 9, 13),
                timezone="Asia/Seoul")  # fmt: skip
    project = Project.create(folder / "building.photoapp", trip)
    report = import_paths(project, [photos], ThumbnailCache(folder / "cache"))
    project.close()
    if len(report.imported) != count:
        raise SystemExit(f"only {len(report.imported)} of {count} photos imported")
    (folder / "building.photoapp").rename(path)
    return path


def probe_window(project: str) -> None:
    """(Child process) Open the window on `project` as `photoapp PROJECT` does, and print the
    time at which every thumbnail visible in the photo grid has been painted."""
    marks = {"interpreter": time.time()}
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from photoapp.ui import app as app_module

    marks["imports"] = time.time()

    class ProbedWindow(app_module.MainWindow):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self.resize(1400, 900)  # as a restored window of a usual size, not the default

        def showEvent(self, event: object) -> None:  # noqa: N802
            super().showEvent(event)
            marks.setdefault("shown", time.time())
            timer = QTimer(self)
            timer.timeout.connect(lambda: self._check(timer))
            timer.start(5)

        def _check(self, timer: QTimer) -> None:
            workspace = self.workspace
            if workspace is None:
                return
            grid = workspace.grid
            model = grid.model()
            viewport = grid.viewport().rect()
            visible = [
                model.index(row, 0)
                for row in range(model.rowCount())
                if grid.visualRect(model.index(row, 0)).intersects(viewport)
            ]
            decoration = Qt.ItemDataRole.DecorationRole  # None until the thumbnail has loaded
            if visible and all(model.data(index, decoration) is not None for index in visible):
                timer.stop()
                grid.viewport().repaint()  # the thumbnails are on screen once this returns
                marks["painted"] = time.time()
                print(json.dumps({"marks": marks, "visible": len(visible)}), flush=True)
                QApplication.quit()

    app_module.MainWindow = ProbedWindow
    from photoapp.cli import main

    main([project])


def window_time(project: Path, cache: Path) -> tuple[dict[str, float], int]:
    """Seconds from launch to each mark (interpreter up, Qt and photoapp imported, window
    shown, visible thumbnails painted), and how many thumbnails were visible."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PHOTOAPP_CACHE_DIR=str(cache))
    before = _children_cpu()
    start = time.time()
    result = subprocess.run([sys.executable, __file__, "--probe", str(project)], env=env,
                            capture_output=True, text=True, check=True, timeout=120)  # fmt: skip
    data = json.loads(result.stdout.strip().splitlines()[-1])
    marks = {name: at - start for name, at in data["marks"].items()}
    marks["CPU (all threads, to exit)"] = _children_cpu() - before
    return marks, data["visible"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--photos", type=int, default=2000)
    parser.add_argument("--window-runs", type=int, default=5)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        probe_window(args.probe)
        return 0
    folder = args.keep or Path(tempfile.gettempdir()) / "photoapp-bench-startup"
    folder.mkdir(parents=True, exist_ok=True)
    small = small_project(folder)
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "photoapp --help": [PHOTOAPP, "--help"],
        "photoapp info": [PHOTOAPP, "info", str(small)],
        "photoapp --version": [PHOTOAPP, "--version"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, command in commands.items():
            wall, used = timed(command)
            times[name].append(wall)
            cpu[name].append(used)
    bare = statistics.median(times["python -c pass"])
    bare_cpu = statistics.median(cpu["python -c pass"])
    print(f"{'command':<22}{'median s':>10}{'above bare s':>14}{'CPU s':>8}{'CPU above':>11}")
    ok = True
    for name, values in times.items():
        median, used = statistics.median(values), statistics.median(cpu[name])
        above = median - bare
        print(f"{name:<22}{median:>10.3f}{above:>14.3f}{used:>8.3f}{used - bare_cpu:>11.3f}")
        if name in ("photoapp --help", "photoapp info") and above > CLI_TARGET_S:
            ok = False
    print(f"target: --help and info at most {CLI_TARGET_S} s above python -c pass")

    from photoapp.storage.thumbnails import CACHE_ENV

    assert CACHE_ENV == "PHOTOAPP_CACHE_DIR"  # the child is given the benchmark's cache
    started = time.perf_counter()
    big = big_project(folder, args.photos)
    if time.perf_counter() - started > 1:
        print(f"made the {args.photos}-photo project in {time.perf_counter() - started:.0f} s")
    runs = [window_time(big, folder / "cache") for _ in range(args.window_runs + 1)][1:]
    seconds = [marks["painted"] for marks, _ in runs]
    print(f"window of {args.photos} photos painted with its {runs[0][1]} visible thumbnails: "
          f"median {statistics.median(seconds):.2f} s, best {min(seconds):.2f} s "
          f"({args.window_runs} warm runs; target {WINDOW_TARGET_S} s)")  # fmt: skip
    for name in runs[0][0]:
        at = statistics.median(marks[name] for marks, _ in runs)
        print(f"  {name:<26} {at:.2f} s")
    if statistics.median(seconds) > WINDOW_TARGET_S:
        ok = False
    print("all targets met" if ok else "a target was missed")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
