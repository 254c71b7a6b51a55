"""Does the window stay responsive while it imports, and while the user works in it meanwhile?

    .venv/bin/python benchmarks/gui_stall.py [--count 300] [--keep DIR] [--check] [--idle]

Imports N generated 12-megapixel JPEGs (the same photos as import_speed.py) into a new project
(a trip with days) through the main window, exactly as a drop from a file manager does, with a
cold thumbnail cache, on an offscreen 1920x1200 screen, a second after the window opened. While
the import runs, a user works in the window with real Qt input events, one action after another
until the import ends:

- scrolls the photo grid from top to bottom and back (its scroll bar, a quarter page a frame);
- types a word in the search box key by key, looks, and deletes it key by key;
- clicks the itinerary's first day, looks, and clicks "All photos" again;
- clicks the first photo and types a caption into the detail panel's caption editor, key by key
  (and a Chinese phrase the way an input method commits it).

A 5 ms timer measures how late each of its ticks arrives: a late tick is the time the event loop
was blocked. A watchdog thread samples what the GUI thread is doing (`sys._current_frames`)
whenever a tick is more than 20 ms late (cheaply: it holds the GIL the GUI thread needs while
it samples; it once read source lines, and made the stalls it measured longer), and the samples
of each stall over 50 ms are summed by where they were: the top stall sources are printed.
Target: no stall over 50 ms, and every photo imported (none lost, rejected or a duplicate).
`--idle` leaves the user out (the import alone).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

import installed_bytecode  # noqa: F401  (first: photoapp's bytecode cached, as installed)
from big_project import desk_screen  # (no Qt imported by it)

# The offscreen platform with a 1920x1200 desk screen (as big_project.py has), unless a
# platform is given; a settings folder of its own: a saved layout must not change the figures.
os.environ["PHOTOAPP_BENCH_SCREEN"] = tempfile.mkdtemp(prefix="photoapp-bench-screen-")
os.environ.setdefault("QT_QPA_PLATFORM", desk_screen(Path(os.environ["PHOTOAPP_BENCH_SCREEN"])))
os.environ["XDG_CONFIG_HOME"] = str(Path(os.environ["PHOTOAPP_BENCH_SCREEN"]) / "config")

from import_speed import photo_folder  # the benchmark photos, made once and cached
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, qInstallMessageHandler
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from photoapp import collector
from photoapp.domain.model import Trip
from photoapp.storage.importer import ImportReport
from photoapp.storage.project import NewPhoto, Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.app import COLLECT_AFTER_OPEN_MS
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.roles import Role

TICK_MS = 5
OPEN_FOR_MS = 1000  # the window is open this long before the photos are dropped on it
TARGET_MS = 50.0
SAMPLE_AFTER_MS = 20.0  # the watchdog samples the GUI thread once a tick is this late
SAMPLE_EVERY_S = 0.004
FRAME_S = 0.016  # the user's pace: one action (a key, a scroll step) per frame at most
_HERE = str(Path(__file__).resolve().parent.parent)


class StallMonitor:
    """A timer that records how late each of its ticks comes."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.stalls_ms: list[float] = []
        self.busy_ms: list[float] = []  # the GUI thread's processor time between the ticks
        self.queued_ms: list[float] = []  # its time ready to run but waiting for a core
        self.last = 0.0
        self._cpu = 0.0
        self._queued = 0.0
        try:  # Linux: run time, run-queue wait (ns), time slices of this (the GUI) thread
            self._schedstat: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self._schedstat = None

    def _queued_now(self) -> float:
        if self._schedstat is None:
            return 0.0
        return int(os.pread(self._schedstat, 100, 0).split()[1]) / 1e6

    def start(self) -> None:
        self.last = time.perf_counter()
        self._cpu = time.thread_time()
        self._queued = self._queued_now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now, cpu, queued = time.perf_counter(), time.thread_time(), self._queued_now()
        self.stalls_ms.append(max(0.0, (now - self.last) * 1000 - TICK_MS))
        self.busy_ms.append((cpu - self._cpu) * 1000)
        self.queued_ms.append(queued - self._queued)
        self.last, self._cpu, self._queued = now, cpu, queued


def _frames(frame: object) -> tuple[tuple[str, str], ...]:
    """A sample: the (file, function) of each frame, innermost first. Cheap on purpose (no
    source lines read): the sampler holds the GIL the GUI thread needs while it samples."""
    stack = []
    while frame is not None:
        code = frame.f_code  # type: ignore[attr-defined]
        stack.append((code.co_filename, code.co_name))
        frame = frame.f_back  # type: ignore[attr-defined]
    return tuple(stack)


def _where(stack: tuple[tuple[str, str], ...]) -> str:
    """A sample's place: the innermost frames of photoapp (or of this benchmark), innermost
    first, and the innermost frame of all when that is in a library."""
    ours = [(file, name) for file, name in stack if file.startswith(_HERE)]
    own = [f"{Path(file).name}:{name}" for file, name in ours[:3]]
    if stack and not stack[0][0].startswith(_HERE):
        own.insert(0, f"[{Path(stack[0][0]).name}:{stack[0][1]}]")
    if ours and ours[0][1] == "run" and ours[0][0].endswith("gui_stall.py"):
        return "Qt itself (in app.exec: painting, layout, event dispatch)"
    return " < ".join(own) or "?"


class StallSampler(threading.Thread):
    """Samples the GUI thread's stack while the monitor's next tick is late."""

    def __init__(self, monitor: StallMonitor) -> None:
        super().__init__(daemon=True, name="stall-sampler")
        self.monitor = monitor
        self.gui = threading.get_ident()
        self.samples: list[tuple[int, tuple[tuple[str, str], ...]]] = []  # (late tick, stack)
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(SAMPLE_EVERY_S):
            late_ms = (time.perf_counter() - self.monitor.last) * 1000 - TICK_MS
            if late_ms < SAMPLE_AFTER_MS:
                continue
            tick = len(self.monitor.stalls_ms)
            frame = sys._current_frames().get(self.gui)
            if frame is not None:
                self.samples.append((tick, _frames(frame)))

    def stop(self) -> None:
        self._halt.set()
        self.join()

    def top(self, stalls_ms: Sequence[float], over: float, count: int = 8) -> list[str]:
        """The places most sampled during the stalls over `over` ms, as lines."""
        long = {i for i, ms in enumerate(stalls_ms) if ms > over}
        weight: Counter[str] = Counter()
        stalls: defaultdict[str, set[int]] = defaultdict(set)
        for tick, stack in self.samples:
            if tick in long:
                where = _where(stack)
                weight[where] += 1
                stalls[where].add(tick)
        total = sum(weight.values()) or 1
        return [
            f"{100 * n / total:5.1f} % of samples, in {len(stalls[w])} stall(s): {w}"
            for w, n in weight.most_common(count)
        ]


class User:
    """Works in the window while it imports, with real input events, an action a frame."""

    def __init__(self, window: MainWindow, running: Callable[[], bool]) -> None:
        self.window = window
        self.running = running
        self.actions: Counter[str] = Counter()
        self.timer = QTimer()
        self.timer.setInterval(int(FRAME_S * 1000))
        self.timer.timeout.connect(self._step)
        self._script = self._work()
        self._wait_until = 0.0

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _step(self) -> None:
        if time.perf_counter() < self._wait_until:
            return
        try:
            pause = next(self._script)
        except StopIteration:
            self.timer.stop()
            return
        self._wait_until = time.perf_counter() + pause

    # ---- the script: each yield is a pause in seconds ------------------------------------------

    def _work(self) -> Iterator[float]:
        workspace = self.window.workspace
        assert workspace is not None
        while self.running() and not self._photo_rows():
            yield 0.05
        round_ = 0
        while self.running():
            round_ += 1
            yield from self._scroll()
            yield from self._search("img_0")
            yield from self._day()
            yield from self._caption(f"Round {round_}: visit to the city hall ")

    def _photo_rows(self) -> list[QModelIndex]:
        workspace = self.window.workspace
        assert workspace is not None
        proxy = workspace.proxy
        rows = [proxy.index(r, 0) for r in range(min(proxy.rowCount(), 50))]
        return [i for i in rows if (i.data(Role.ID) or 0) > 0]

    def _scroll(self) -> Iterator[float]:
        workspace = self.window.workspace
        assert workspace is not None
        bar = workspace.grid.verticalScrollBar()
        step = max(1, bar.pageStep() // 4)
        while bar.value() < bar.maximum() and self.running():
            bar.setValue(bar.value() + step)
            self.actions["scroll steps"] += 1
            yield FRAME_S
        while bar.value() > bar.minimum() and self.running():
            bar.setValue(bar.value() - step)
            self.actions["scroll steps"] += 1
            yield FRAME_S

    def _type(self, widget: QWidget, text: str) -> Iterator[float]:
        for char in text:
            QTest.keyClicks(widget, char)
            self.actions["keys typed"] += 1
            yield 0.06  # a quick typist: about 16 keys a second

    def _search(self, word: str) -> Iterator[float]:
        box = self.window.search
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
        yield from self._type(box, word)
        yield 0.3
        for _ in word:
            QTest.keyClick(box, Qt.Key.Key_Backspace)
            self.actions["keys typed"] += 1
            yield 0.06
        self.actions["searches"] += 1
        yield 0.2

    def _click_row(self, view: QAbstractItemView, index: QModelIndex) -> None:
        view.scrollTo(index)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )

    def _day(self) -> Iterator[float]:
        workspace = self.window.workspace
        assert workspace is not None
        days = workspace.days
        if days.model().rowCount() < 3:
            return
        self._click_row(days, days.model().index(2, 0))  # the first day (after all, unassigned)
        self.actions["days chosen"] += 1
        yield 0.4
        self._click_row(days, days.model().index(0, 0))  # all photos
        yield 0.2

    def _caption(self, text: str) -> Iterator[float]:
        workspace = self.window.workspace
        assert workspace is not None
        rows = self._photo_rows()
        if not rows:
            return
        self._click_row(workspace.grid, rows[0])
        yield 0.2
        editor = workspace.detail.caption_editor
        if not editor.isEnabled() or editor.isReadOnly():
            return
        QTest.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
        QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        yield from self._type(editor, text)
        event = QInputMethodEvent("", [])
        event.setCommitString("大田市政府拜會")  # how a Chinese input method types
        QApplication.sendEvent(editor, event)
        self.actions["captions typed"] += 1
        yield 0.3


class WriteTimes:
    """How long each `Project.add_photos` (one batch, one transaction) took, and on what thread."""

    def __init__(self) -> None:
        self.ms: list[float] = []
        self.on_gui = 0
        real = Project.add_photos

        def timed(project: Project, photos: Sequence[NewPhoto]) -> list[int | None]:
            start = time.perf_counter()
            try:
                return real(project, photos)
            finally:
                self.ms.append((time.perf_counter() - start) * 1000)
                self.on_gui += threading.current_thread() is threading.main_thread()

        Project.add_photos = timed  # type: ignore[method-assign]

    def summary(self) -> str:
        if not self.ms:
            return "database writes: none"
        where = f"{self.on_gui} on the GUI thread" if self.on_gui else "none on the GUI thread"
        return (
            f"database writes: {len(self.ms)} batches, median {statistics.median(self.ms):.0f} ms,"
            f" longest {max(self.ms):.0f} ms ({where})"
        )


def _quiet(_mode: object, _context: object, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform's, at every menu
        print(message, file=sys.stderr)


def run(
    folder: Path, count: int, *, idle: bool = False, profile: Path | None = None
) -> tuple[ImportReport | None, float, StallMonitor, StallSampler, User | None]:
    """Import `folder` through a main window, with a user at work unless `idle`."""
    qInstallMessageHandler(_quiet)
    # As `photoapp PROJECT` opens its window (ui/app.py): the cycle collector paused while the
    # window opens, then what the open made frozen and collection resumed.
    collector.pause()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="photoapp-bench-gui-"))
    # The photos are shot from 11 to 13 September (import_speed.photo_meta): on three days.
    trip = Trip("bench", start=date(2017, 9, 10), end=date(2017, 9, 13), timezone="Asia/Seoul")
    project = Project.create(work / "bench.photoapp", trip)
    window = MainWindow(project, ThumbnailCache(work / "thumbnails"))
    window.resize(1400, 900)
    window.show()
    monitor = StallMonitor()
    sampler = StallSampler(monitor)
    outcome: list[ImportReport] = []
    user = None if idle else User(window, lambda: not outcome)

    def finished(report: ImportReport) -> None:
        outcome.append(report)
        if user is not None:
            user.stop()
        QTimer.singleShot(200, app.quit)  # let the grid load the new thumbnails, measured too

    window.importer.finished.connect(finished)
    # ImportReportDialog would not wait for a click (it is not modal)
    started: list[float] = []

    def drop() -> None:
        monitor.start()
        sampler.start()
        started.append(time.perf_counter())
        window.import_paths([folder])
        if user is not None:
            user.start()

    # The drop comes once the window has been open a second, as a user's would be: its own
    # start (first paint, the checks loaded after it) is not the import's doing.
    QTimer.singleShot(COLLECT_AFTER_OPEN_MS, collector.resume)
    QTimer.singleShot(OPEN_FOR_MS, drop)
    if profile is not None:  # the GUI thread only (cProfile sees the thread that enabled it)
        import cProfile

        profiler = cProfile.Profile()
        profiler.runcall(app.exec)
        profiler.dump_stats(profile)
    else:
        app.exec()
    seconds = time.perf_counter() - started[0]
    monitor.stop()
    sampler.stop()
    window.close()
    collector.resume()  # (had the import ended before it resumed)
    return (outcome[0] if outcome else None), seconds, monitor, sampler, user


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--idle", action="store_true", help="no user at work meanwhile")
    parser.add_argument("--profile", type=Path, help="write the GUI thread's cProfile here")
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args(argv)
    folder = photo_folder(args.count, args.keep)
    writes = WriteTimes()
    report, seconds, monitor, sampler, user = run(
        folder, args.count, idle=args.idle, profile=args.profile
    )
    stalls = list(monitor.stalls_ms)
    ordered = sorted(stalls)
    longest = ordered[-1] if ordered else 0.0
    over = sum(1 for s in ordered if s > TARGET_MS)
    p99 = ordered[int(len(ordered) * 0.99)] if ordered else 0.0
    imported = len(report.imported) if report else 0
    print(
        f"photos imported through the window: {imported} of {args.count} in {seconds:.1f} s "
        f"({imported / seconds:.1f} photos/s), {os.cpu_count()} cores"
    )
    if user is not None:
        done = ", ".join(f"{n} {what}" for what, n in sorted(user.actions.items()))
        print(f"the user meanwhile: {done or 'nothing (the import ended first)'}")
    print(
        f"event-loop ticks: {len(ordered)}, median lateness {statistics.median(ordered):.1f} ms, "
        f"p99 {p99:.1f} ms, longest stall {longest:.1f} ms, stalls over {TARGET_MS:.0f} ms: {over}"
    )
    print(writes.summary())
    long = [i for i, ms in enumerate(stalls) if ms > TARGET_MS]
    if long:
        # Busy: the GUI thread itself worked. Queued: it was ready but had no core (the
        # machine is shared; the import's workers run beside it, below its priority). The
        # rest it slept: waiting for Python's lock (the GIL), a lock of the project file…
        busy = sum(monitor.busy_ms[i] for i in long)
        queued = sum(monitor.queued_ms[i] for i in long)
        total = sum(stalls[i] + TICK_MS for i in long)
        print(
            f"in the stalls over {TARGET_MS:.0f} ms ({total:.0f} ms in all) the GUI thread "
            f"worked {100 * busy / total:.0f} %, waited for a core {100 * queued / total:.0f} %,"
            f" slept {100 * max(0.0, total - busy - queued) / total:.0f} % (the GIL, a file lock)"
        )
    top = sampler.top(stalls, TARGET_MS)
    if top:
        print(f"where the GUI thread was during the stalls over {TARGET_MS:.0f} ms (sampled):")
        for line in top:
            print(f"  {line}")
    lost: list[str] = []
    if report is None:
        lost.append("the import did not finish")
    else:
        if imported != args.count:
            lost.append(f"{imported} of {args.count} imported")
        if report.rejected:
            lost.append(f"{len(report.rejected)} rejected: {report.rejected[:2]}")
        if report.duplicates:
            lost.append(f"{len(report.duplicates)} duplicates")
        if report.cancelled:
            lost.append("cancelled")
    passed = longest <= TARGET_MS and not lost
    verdict = f"longest stall <= {TARGET_MS:.0f} ms, every photo imported"
    print(f"{'PASS' if passed else 'FAIL'}  {verdict}{': ' + '; '.join(lost) if lost else ''}")
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    raise SystemExit(main())
