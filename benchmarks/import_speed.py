"""How fast photoapp imports 12-megapixel phone photos, against the machine's decoding limit.

    .venv/bin/python benchmarks/import_speed.py [--count N] [--workers N] [--keep DIR]
                                                [--repeat R] [--no-window] [--check]
                                                [--likeness]

The benchmark makes N photos of 4000x3000 pixels with the EXIF a phone writes (capture time and
UTC offset, orientation 1, 6 or 8, make and model, GPS, and the ~160x120 preview in IFD1). The
sample scene alone compresses to about 0.6 MB, which makes decoding unrealistically cheap, so
each photo gets its own strong grain on top of one of a few base scenes: at quality 90 that
gives 3-5 MB, like a real phone JPEG. The folder is cached under the temporary folder, keyed by
generator and count, so re-runs skip the (untimed) generation; `--keep DIR` makes or reuses the
folder at DIR instead. drop_speed.py and export_speed.py use the same folder.

On the same files, with the operating system's file cache warmed for all alike, it times:

- limit: every core decoding (one thread per CPU): `Image.open(f)`, `.draft("RGB", (256, 256))`,
  `.thumbnail((256, 256))`, nothing else. No import can be faster than its draft decode, so this
  is the machine's limit for an import (the two-core limit on the project's machine);
- import: photoapp's own `import_paths` (what the CLI runs) into a new project with an empty
  thumbnail cache;
- window: the same through the window's `ImportController` (offscreen Qt event loop, results
  coming back to the GUI thread), into a new project with an empty thumbnail cache;
- naive: `ImageOps.exif_transpose(Image.open(f))` then `.thumbnail((256, 256))`, one thread;
- draft: the limit's work on one thread.

The machine is shared, so the methods are timed in rounds, one after the other in each round,
and each method's best round counts (the one least slowed by the rest of the machine): the
ratios compare runs made within seconds of each other. The processor time per photo (all
threads) is shown too: it does not depend on the machine's load.

With `--likeness` each round also imports without the perceptual hash and sharpness
(storage/likeness.py, patched out as before schema 6), and what they add to the import is
reported: their own processor time per photo against the import's (target: at most 5 %), and
the import's processor and wall time with and without them, round by round.

Targets: the import and the window each reach 0.9x the all-core draft limit, 3x the naive
rate, and the single-core draft rate. The benchmark reports and exits 0; `--check` makes it
exit 1 when a target is missed. An import that does not take every photo is an error whatever
the flags.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import PIL
from PIL import Image, ImageOps

from photoapp.domain.model import Trip
from photoapp.samples.photos import Exif, encode_photo, scene
from photoapp.storage.importer import ImportReport, import_paths, import_workers
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache

SIZE = (4000, 3000)  # 12 MP, upright
BOX = (256, 256)  # the thumbnail box photoapp uses
QUALITY = 90
BASE_SCENES = 4  # drawing a scene takes a second; photos share a few and differ in their grain
NOISE_SIGMA = 64
NOISE_WEIGHT = 0.14  # with NOISE_SIGMA: about 4 MB per photo at QUALITY
ORIENTATIONS = (1, 6, 8)
CAMERAS = (("Apple", "iPhone 8"), ("samsung", "SM-G950F"), ("Google", "Pixel 2"))
FIRST_SHOT = datetime(2017, 9, 11, 8, 30)
PLACE = (36.3504, 127.3845)  # Daejeon
GENERATOR = 2  # bump when the photos change, so that cached folders are made again (2: previews)
MARKER = ".benchmark-complete"  # a dot name: the importer passes over it silently
TARGET_NAIVE_RATIO = 3.0
TARGET_DRAFT_RATIO = 1.0
TARGET_LIMIT_RATIO = 0.9
TARGET_LIKENESS_PERCENT = 5.0  # hashing and sharpness add at most this to the import (issue 13)
CORES = os.cpu_count() or 2


# ---- the photos ------------------------------------------------------------------------------


def photo_meta(index: int) -> Exif:
    """A phone's EXIF for the index-th photo of a day out: a shot every 7 minutes, moving about."""
    taken = (FIRST_SHOT + timedelta(minutes=7 * index)).strftime("%Y:%m:%d %H:%M:%S")
    make, model = CAMERAS[index % len(CAMERAS)]
    lat, lon = PLACE
    return Exif(
        taken=taken,
        digitized=taken,
        datetime=taken,
        offset="+09:00",
        subsec=f"{index % 1000:03d}",
        orientation=ORIENTATIONS[index % len(ORIENTATIONS)],
        make=make,
        model=model,
        gps=(lat + 0.0013 * index, lon - 0.0009 * index),
    )


def grainy(base: Image.Image) -> Image.Image:
    """`base` with its own strong grain, so that it compresses like a real photo."""
    noise = Image.effect_noise(base.size, NOISE_SIGMA).convert("RGB")
    return Image.blend(base, noise, NOISE_WEIGHT)


def write_bench_photo(path: Path, base: Image.Image, meta: Exif) -> None:
    """One benchmark photo as a phone writes it: grain on `base`, stored turned per the
    orientation, its EXIF with the ~160x120 preview phones embed (IFD1)."""
    path.write_bytes(encode_photo(grainy(base), meta, quality=QUALITY, exif_preview=True))


def marker_text(count: int) -> str:
    return f"generator {GENERATOR}, {count} photos with EXIF previews\n"


def is_complete(folder: Path, count: int) -> bool:
    marker = folder / MARKER
    return marker.is_file() and marker.read_text() == marker_text(count)


def generate(folder: Path, count: int) -> None:
    """Fill the empty `folder` with `count` photos, on all cores, and mark it complete."""
    folder.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        bases = list(pool.map(lambda seed: scene(SIZE, seed), range(min(BASE_SCENES, count))))
        jobs = [
            pool.submit(
                write_bench_photo,
                folder / f"IMG_{index + 1:04d}.jpg",
                bases[index % len(bases)],
                photo_meta(index),
            )
            for index in range(count)
        ]
        for job in jobs:
            job.result()
    (folder / MARKER).write_text(marker_text(count))


def photo_folder(count: int, keep: Path | None) -> Path:
    """A folder of `count` benchmark photos, made unless a complete one is already there."""
    default = Path(tempfile.gettempdir()) / f"photoapp-bench-photos-g{GENERATOR}-{count}"
    folder = keep if keep is not None else default
    if is_complete(folder, count):
        return folder
    if folder.exists() and any(folder.iterdir()):
        ours = keep is None or (folder / MARKER).is_file()  # ours: made for another count
        if not ours:
            raise SystemExit(f"{folder} holds other files; give --keep an empty or new folder")
        shutil.rmtree(folder)
    print(f"Making {count} photos of {SIZE[0]}x{SIZE[1]} in {folder} (not timed)…", flush=True)
    start = time.perf_counter()
    generate(folder, count)
    print(f"  made in {time.perf_counter() - start:.1f} s", flush=True)
    return folder


def photos_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jpg"))


# ---- the timed methods -----------------------------------------------------------------------


def check_report(report: ImportReport, count: int) -> None:
    """Fail loudly unless the import took every photo."""
    problems = [
        f"{len(report.imported)} imported of {count}" if len(report.imported) != count else "",
        f"{len(report.rejected)} rejected: {report.rejected[:3]}" if report.rejected else "",
        f"{len(report.duplicates)} duplicates" if report.duplicates else "",
        "cancelled" if report.cancelled else "",
    ]
    found = [problem for problem in problems if problem]
    if found:
        raise RuntimeError("the import did not take every photo: " + "; ".join(found))


@dataclass(frozen=True)
class Timing:
    """One timed run: wall-clock seconds, and processor seconds of the whole process."""

    seconds: float
    cpu: float


def timed(run: Callable[[], None]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def time_import(folder: Path, count: int, workers: int | None) -> Timing:
    """Photoapp's `import_paths` (what `photoapp import` runs) into a new project, cold cache."""
    with tempfile.TemporaryDirectory(prefix="photoapp-bench-") as scratch:
        root = Path(scratch)
        project = Project.create(root / "bench.photoapp", Trip(title="bench"))
        reports: list[ImportReport] = []
        try:
            cache = ThumbnailCache(root / "thumbnails")
            timing = timed(
                lambda: reports.append(import_paths(project, [folder], cache, workers=workers))
            )
        finally:
            project.close()
    check_report(reports[0], count)
    return timing


def time_import_without_likeness(folder: Path, count: int, workers: int | None) -> Timing:
    """`time_import` with the perceptual hash and sharpness left out (as before schema 6)."""
    from unittest import mock

    with mock.patch("photoapp.storage.importer.likeness_of", lambda _thumbnail: None):
        return time_import(folder, count, workers)


def likeness_met(imported: Method, without: Method, alone_ms: float) -> bool:
    """Print what hashing and sharpness add to the import; True when within the target.

    The verdict is on their own processor time over the import's (per photo): timing the import
    with and without them compares two noisy runs on a shared machine, so those figures (round
    by round, with the one before the other) are shown, not judged.
    """
    paired = sorted(
        (run.cpu / before.cpu - 1) * 100
        for run, before in zip(imported.runs, without.runs, strict=True)
    )
    walls = sorted(
        (run.seconds / before.seconds - 1) * 100
        for run, before in zip(imported.runs, without.runs, strict=True)
    )
    share = alone_ms / imported.cpu_ms * 100
    print(
        f"\nhash and sharpness alone: {alone_ms:.2f} ms processor time per photo,"
        f" {share:.1f} % of the import's {imported.cpu_ms:.1f} ms"
        f"\nimport with / without them, round by round: processor time "
        + ", ".join(f"{value:+.1f} %" for value in paired)
        + "; wall time "
        + ", ".join(f"{value:+.1f} %" for value in walls)
    )
    verdict = "PASS" if share <= TARGET_LIKENESS_PERCENT else "FAIL"
    target = TARGET_LIKENESS_PERCENT
    print(f"{verdict}  hash and sharpness add <= {target:g} % (measured {share:.1f} %)")
    return share <= TARGET_LIKENESS_PERCENT


def time_window(folder: Path, count: int) -> Timing:
    """The same import through the window's ImportController, on an offscreen Qt event loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from photoapp.ui.import_controller import ImportController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="photoapp-bench-") as scratch:
        root = Path(scratch)
        project = Project.create(root / "bench.photoapp", Trip(title="bench"))
        controller = ImportController(ThumbnailCache(root / "thumbnails"))
        reports: list[ImportReport] = []
        loop = QEventLoop()

        def finished(report: ImportReport) -> None:
            reports.append(report)
            loop.quit()

        def run() -> None:
            controller.finished.connect(finished)
            QTimer.singleShot(0, lambda: controller.start(project, [folder]))
            loop.exec()

        try:
            timing = timed(run)
        finally:
            controller.deleteLater()
            app.processEvents()
            project.close()
    check_report(reports[0], count)
    return timing


def naive_thumbnail(path: Path) -> Image.Image:
    """Full decode, full-size turn, then reduce: what a first attempt does."""
    with Image.open(path) as image:
        upright = ImageOps.exif_transpose(image)
        upright.thumbnail(BOX)
        return upright


def draft_thumbnail(path: Path) -> Image.Image:
    """Decode at 1/2, 1/4 or 1/8 scale in the DCT domain, then reduce (no turn)."""
    with Image.open(path) as image:
        image.draft("RGB", BOX)
        image.thumbnail(BOX)
        return image


def time_each(files: Sequence[Path], thumbnail: Callable[[Path], Image.Image]) -> Timing:
    """Make a thumbnail of every file, one after another on this thread."""
    return timed(lambda: [thumbnail(path) for path in files] and None)


def time_limit(files: Sequence[Path], pool: ThreadPoolExecutor) -> Timing:
    """Draft-decode every file on all cores at once: the fastest any import can be.

    Pillow's decoder and resizer release the GIL, so one thread per core keeps every core
    decoding (threads measured as fast as processes here, without their start-up).
    """
    return timed(lambda: list(pool.map(draft_thumbnail, files)) and None)


# ---- what an import does beyond the decode ---------------------------------------------------

BREAKDOWN_PHOTOS = 30  # photos of the set the parts are timed on (each part on all of them)
LIKENESS_PART = "likeness (dHash, sharpness)"


@dataclass(frozen=True)
class Breakdown:
    """Processor milliseconds per photo, on one thread, of the limit's work, of photoapp's whole
    reading of a file (`importer.analyse`), and of the parts of that reading the limit does not
    do."""

    limit: float
    analyse: float
    parts: dict[str, float]

    @property
    def ceiling(self) -> float:
        """The best ratio to the limit an import can reach when, like the limit, it keeps every
        core busy: the limit's processor time over the import's own."""
        return self.limit / self.analyse


def work_beyond_decode(files: Sequence[Path], repeat: int) -> Breakdown:
    """Time the limit's draft decode, `analyse`, and the parts `analyse` adds to the decode,
    on one thread and photo by photo in turns (processor time, the best of `repeat` passes):
    what no scheduling can take back."""
    from photoapp.storage.decode import load_decoders
    from photoapp.storage.exif import read_metadata
    from photoapp.storage.importer import analyse
    from photoapp.storage.likeness import likeness_of

    load_decoders()
    sample = list(files[:BREAKDOWN_PHOTOS])
    contents = [path.read_bytes() for path in sample]
    thumbnails = [draft_thumbnail(path) for path in sample]
    best: dict[str, float] = {}

    def cpu_ms(name: str, work: Callable[[int], object]) -> None:
        start = time.thread_time()
        for index in range(len(sample)):
            work(index)
        spent = (time.thread_time() - start) / len(sample) * 1000
        best[name] = min(best.get(name, spent), spent)

    def metadata(index: int) -> object:
        with open(sample[index], "rb") as stream, Image.open(stream) as image:
            return read_metadata(stream, image)

    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="photoapp-bench-") as scratch:
            cache = ThumbnailCache(Path(scratch))
            cpu_ms("limit", lambda i: draft_thumbnail(sample[i]))
            cpu_ms("analyse", lambda i, c=cache: analyse(sample[i], c))
            cpu_ms("SHA-256 of the file", lambda i: hashlib.sha256(contents[i]).digest())
            cpu_ms(LIKENESS_PART, lambda i: likeness_of(thumbnails[i]))
            cpu_ms("thumbnail saved", lambda i, c=cache: c.put(f"{i:064x}", thumbnails[i]))
            cpu_ms("header and EXIF read", metadata)
    limit, whole = best.pop("limit"), best.pop("analyse")
    return Breakdown(limit, whole, best)


def print_breakdown(breakdown: Breakdown, imports: Sequence[Method], limit: Method) -> None:
    """The import's own processor time against the limit's, and the ceiling it makes."""
    print(
        f"\nper photo on one thread (processor ms, {BREAKDOWN_PHOTOS} photos, best pass):"
        f" limit {breakdown.limit:.1f}, photoapp's reading of a file (analyse)"
        f" {breakdown.analyse:.1f} (+{breakdown.analyse - breakdown.limit:.1f}), of which"
    )
    for name, spent in breakdown.parts.items():
        print(f"  {name:<32} {spent:6.2f}")
    print(
        f"ceiling: an import that keeps every core busy reaches at most about"
        f" {breakdown.ceiling:.2f}x the limit (the limit's processor time over analyse's)"
    )
    for method in imports:
        share = method.rate / limit.rate / breakdown.ceiling * 100
        print(f"  {method.name}: {method.rate / limit.rate:.2f}x, {share:.0f} % of the ceiling")


# ---- the report ------------------------------------------------------------------------------


@dataclass
class Method:
    """A timed method and its runs, one per round."""

    name: str
    count: int
    label: str = ""  # how the targets name it
    runs: list[Timing] = field(default_factory=list)

    @property
    def best(self) -> Timing:
        return min(self.runs, key=lambda timing: timing.seconds)

    @property
    def rate(self) -> float:
        return self.count / self.best.seconds

    @property
    def cpu_ms(self) -> float:
        """Processor time per photo of the best run (all threads), in milliseconds."""
        return self.best.cpu / self.count * 1000


def print_table(methods: Sequence[Method], limit: Method) -> None:
    print(
        f"\n{'method':<36} {'seconds':>8} {'photos/s':>9} {'x limit':>8} {'CPU ms/photo':>13}"
        "  (best round)"
    )
    for method in methods:
        ratio = method.rate / limit.rate
        print(
            f"{method.name:<36} {method.best.seconds:8.2f} {method.rate:9.2f} {ratio:8.2f}"
            f" {method.cpu_ms:13.1f}"
        )


def print_rounds(imports: Sequence[Method], limit: Method) -> None:
    """Each round's ratio to the same round's limit: how steady the comparison is."""
    for method in imports:
        ratios = [limit.runs[index].seconds / run.seconds for index, run in enumerate(method.runs)]
        listed = ", ".join(f"{ratio:.2f}" for ratio in ratios)
        print(f"{method.name} / limit, round by round: {listed}")


def targets_met(imports: Sequence[Method], naive: Method, draft: Method, limit: Method) -> bool:
    """Print each target with PASS or FAIL; True when all pass."""
    checks = []
    for method in imports:
        checks += [
            (
                f"{method.label} >= {TARGET_LIMIT_RATIO:g}x the {CORES}-core limit",
                method.rate / limit.rate,
                TARGET_LIMIT_RATIO,
            ),
            (
                f"{method.label} >= {TARGET_NAIVE_RATIO:g}x naive",
                method.rate / naive.rate,
                TARGET_NAIVE_RATIO,
            ),
            (f"{method.label} >= single-core draft", method.rate / draft.rate, TARGET_DRAFT_RATIO),
        ]
    print()
    for label, ratio, target in checks:
        verdict = "PASS" if ratio >= target else "FAIL"
        print(f"{verdict}  {label:<36} (measured {ratio:.2f}x, target {target:g}x)")
    return all(ratio >= target for _, ratio, target in checks)


def mean_megabytes(files: Sequence[Path]) -> float:
    return sum(path.stat().st_size for path in files) / len(files) / 1e6


def warm_file_cache(files: Sequence[Path]) -> None:
    """Read every file once, so that no method pays for the disk and the others do not."""
    for path in files:
        path.read_bytes()


# ---- main ------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40, help="photos to import (default 40)")
    parser.add_argument(
        "--workers", type=int, default=None, help="CLI import threads (default: photoapp's own)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="make or reuse the photos here")
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds of every method; the best counts (3)"
    )
    parser.add_argument(
        "--no-window", action="store_true", help="skip the import through the window (no Qt)"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--likeness", action="store_true", help="also import without hash and sharpness"
    )
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeat < 1 or (args.workers is not None and args.workers < 1):
        parser.error("--count, --repeat and --workers must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    folder = photo_folder(args.count, args.keep)
    files = photos_in(folder)
    count = len(files)
    if count != args.count:
        raise RuntimeError(f"{folder} holds {count} photos, not {args.count}")
    workers = args.workers or import_workers()
    print(
        f"{count} photos of {SIZE[0]}x{SIZE[1]}, mean {mean_megabytes(files):.2f} MB,"
        f" in {folder}\nPython {platform.python_version()}, Pillow {PIL.__version__},"
        f" {CORES} CPUs, CLI import workers {workers}, {args.repeat} rounds"
        f" (load average {os.getloadavg()[0]:.1f})"
    )
    warm_file_cache(files)
    limit = Method(f"limit: draft on {CORES} threads", count)
    imported = Method(f"photoapp import (workers={workers})", count, label="import")
    window = Method("photoapp import through the window", count, label="window")
    naive = Method("naive exif_transpose (1 thread)", count)
    draft = Method("draft (1 thread)", count)
    without = Method("photoapp import, no hash or sharpness", count)
    imports = [imported] if args.no_window else [imported, window]
    with ThreadPoolExecutor(max_workers=CORES) as pool:
        pool.map(abs, range(CORES))  # threads started before anything is timed
        for round_number in range(args.repeat):
            # The limit and the imports side by side: the same load weighs on each.
            limit.runs.append(time_limit(files, pool))
            imported.runs.append(time_import(folder, count, args.workers))
            if args.likeness:
                without.runs.append(time_import_without_likeness(folder, count, args.workers))
            if not args.no_window:
                window.runs.append(time_window(folder, count))
            if round_number == 0:  # slow and far behind: one run is enough to compare
                naive.runs.append(time_each(files, naive_thumbnail))
            draft.runs.append(time_each(files, draft_thumbnail))
            print(f"  round {round_number + 1} of {args.repeat} done", flush=True)
    print_table([limit, *imports, *([without] if args.likeness else []), draft, naive], limit)
    print_rounds(imports, limit)
    breakdown = work_beyond_decode(files, args.repeat)
    print_breakdown(breakdown, imports, limit)
    passed = targets_met(imports, naive, draft, limit)
    if args.likeness:
        passed &= likeness_met(imported, without, breakdown.parts[LIKENESS_PART])
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
