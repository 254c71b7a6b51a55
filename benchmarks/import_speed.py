"""How fast photoapp imports 12-megapixel phone photos, against two single-threaded baselines.

    .venv/bin/python benchmarks/import_speed.py [--count N] [--workers N] [--keep DIR]
                                                [--repeat R] [--check] [--likeness]

The benchmark makes N photos of 4000x3000 pixels with the EXIF a phone writes (capture time and
UTC offset, orientation 1, 6 or 8, make and model, GPS). The sample scene alone compresses to
about 0.6 MB, which makes decoding unrealistically cheap, so each photo gets its own strong grain
on top of one of a few base scenes: at quality 90 that gives 3-5 MB, like a real phone JPEG. The
folder is cached under the temporary folder, keyed by count, so re-runs skip the (untimed)
generation; `--keep DIR` makes or reuses the folder at DIR instead.

On the same files, with the operating system's file cache warmed for all alike, it times:

- import: photoapp's own `import_paths` into a new project with an empty thumbnail cache;
- naive: `ImageOps.exif_transpose(Image.open(f))` then `.thumbnail((256, 256))`, one thread;
- draft: `Image.open(f)`, `.draft("RGB", (256, 256))`, `.thumbnail((256, 256))`, one thread.

Targets: the import is at least 3x as fast as the naive baseline, and at least as fast as the
single-core draft baseline. `--likeness` also times the import without the perceptual hash and
sharpness (storage/likeness.py), runs of the two alternating, and reports what they add
(target: at most 5 %), and what computing them alone costs per photo.

The benchmark reports and exits 0; `--check` makes it exit 1 when a target is missed. An
import that does not take every photo is an error whatever the flags.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import PIL
from PIL import Image, ImageOps

from photoapp.domain.model import Trip
from photoapp.samples.photos import Exif, exif_block, scene, stored
from photoapp.storage.importer import ImportReport, import_paths
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
GENERATOR = 1  # bump when the photos change, so that cached folders are made again
MARKER = ".benchmark-complete"  # a dot name: the importer passes over it silently
TARGET_NAIVE_RATIO = 3.0
TARGET_DRAFT_RATIO = 1.0
TARGET_LIKENESS_PERCENT = 5.0  # hashing and sharpness add at most this to the import (issue 13)


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
    """One benchmark photo: grain on `base`, stored turned per the orientation, EXIF attached."""
    picture = stored(grainy(base), meta.orientation)
    picture.save(path, "JPEG", quality=QUALITY, exif=exif_block(meta))


def marker_text(count: int) -> str:
    return f"generator {GENERATOR}, {count} photos\n"


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
    default = Path(tempfile.gettempdir()) / f"photoapp-bench-import-g{GENERATOR}-{count}"
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


def time_import(folder: Path, count: int, workers: int | None) -> float:
    """Seconds for photoapp to import `folder` into a new project with an empty cache."""
    with tempfile.TemporaryDirectory(prefix="photoapp-bench-") as scratch:
        root = Path(scratch)
        project = Project.create(root / "bench.photoapp", Trip(title="bench"))
        try:
            cache = ThumbnailCache(root / "thumbnails")
            start = time.perf_counter()
            report = import_paths(project, [folder], cache, workers=workers)
            elapsed = time.perf_counter() - start
        finally:
            project.close()
    check_report(report, count)
    return elapsed


def time_import_without_likeness(folder: Path, count: int, workers: int | None) -> float:
    """`time_import` with the perceptual hash and sharpness left out (as before schema 6)."""
    from unittest import mock

    with (
        mock.patch("photoapp.storage.importer.likeness_of", lambda _thumbnail: None),
        mock.patch("photoapp.storage.importer.cached_likeness", lambda _path: None),
    ):
        return time_import(folder, count, workers)


def likeness_overhead(
    folder: Path, files: Sequence[Path], repeat: int, workers: int | None
) -> bool:
    """Print what hashing and sharpness add to the import; True when within the target."""
    from photoapp.storage.likeness import likeness_of

    with_times: list[float] = []
    without_times: list[float] = []
    for _ in range(repeat):  # alternating, so that a busy spell of the machine hits both
        without_times.append(time_import_without_likeness(folder, len(files), workers))
        with_times.append(time_import(folder, len(files), workers))
    with_likeness, without = min(with_times), min(without_times)
    overhead = (with_likeness - without) / without * 100
    thumbnails = [draft_thumbnail(path) for path in files]
    start = time.perf_counter()
    for thumbnail in thumbnails:
        likeness_of(thumbnail)
    alone = (time.perf_counter() - start) / len(files)
    print(
        f"\nimport without likeness {without:.2f} s, with {with_likeness:.2f} s:"
        f" {overhead:+.1f} % (best of {repeat} each)"
        f"\nlikeness alone: {alone * 1000:.2f} ms per photo on one thread,"
        f" {alone * len(files) / with_likeness * 100:.1f} % of the import's wall time"
    )
    verdict = overhead <= TARGET_LIKENESS_PERCENT
    print(
        f"{'PASS' if verdict else 'FAIL'}  likeness adds <= {TARGET_LIKENESS_PERCENT:g} %"
        f"       (measured {overhead:+.1f} %)"
    )
    return verdict


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


def time_each(files: Sequence[Path], thumbnail: Callable[[Path], Image.Image]) -> float:
    """Seconds to make a thumbnail of every file, one after another on this thread."""
    start = time.perf_counter()
    for path in files:
        thumbnail(path)
    return time.perf_counter() - start


def best_of(repeat: int, run: Callable[[], float]) -> float:
    """The shortest of `repeat` runs: the one least disturbed by the rest of the machine."""
    return min(run() for _ in range(repeat))


# ---- the report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    method: str
    seconds: float
    count: int

    @property
    def rate(self) -> float:
        return self.count / self.seconds


def print_table(results: Sequence[Result], naive: Result) -> None:
    print(f"\n{'method':<34} {'seconds':>8} {'photos/s':>9} {'x naive':>8}")
    for result in results:
        ratio = result.rate / naive.rate
        print(f"{result.method:<34} {result.seconds:8.2f} {result.rate:9.2f} {ratio:8.2f}")


def targets_met(imported: Result, naive: Result, draft: Result) -> bool:
    """Print each target with PASS or FAIL; True when both pass."""
    checks = [
        (
            f"import >= {TARGET_NAIVE_RATIO:g}x naive",
            imported.rate / naive.rate,
            TARGET_NAIVE_RATIO,
        ),
        (
            "import >= single-core draft",
            imported.rate / draft.rate,
            TARGET_DRAFT_RATIO,
        ),
    ]
    print()
    for label, ratio, target in checks:
        verdict = "PASS" if ratio >= target else "FAIL"
        print(f"{verdict}  {label:<30} (measured {ratio:.2f}x, target {target:g}x)")
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
        "--workers", type=int, default=None, help="import threads (default: photoapp's own)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="make or reuse the photos here")
    parser.add_argument("--repeat", type=int, default=1, help="runs per method; best counts")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--likeness", action="store_true", help="also time the import without hash and sharpness"
    )
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeat < 1 or (args.workers is not None and args.workers < 1):
        parser.error("--count, --repeat and --workers must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    folder = photo_folder(args.count, args.keep)
    files = photos_in(folder)
    if len(files) != args.count:
        raise RuntimeError(f"{folder} holds {len(files)} photos, not {args.count}")
    workers = args.workers or os.cpu_count() or 2
    print(
        f"{len(files)} photos of {SIZE[0]}x{SIZE[1]}, mean {mean_megabytes(files):.2f} MB,"
        f" in {folder}\nPython {platform.python_version()}, Pillow {PIL.__version__},"
        f" {os.cpu_count()} CPUs, import workers {workers}, best of {args.repeat}"
    )
    warm_file_cache(files)
    imported = Result(
        f"photoapp import (workers={workers})",
        best_of(args.repeat, lambda: time_import(folder, len(files), args.workers)),
        len(files),
    )
    naive = Result(
        "naive exif_transpose (1 thread)",
        best_of(args.repeat, lambda: time_each(files, naive_thumbnail)),
        len(files),
    )
    draft = Result(
        "draft (1 thread)",
        best_of(args.repeat, lambda: time_each(files, draft_thumbnail)),
        len(files),
    )
    print_table([imported, naive, draft], naive)
    passed = targets_met(imported, naive, draft)
    if args.likeness:
        passed &= likeness_overhead(folder, files, args.repeat, args.workers)
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
