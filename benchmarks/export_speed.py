"""How fast photoapp writes the appendix of 12-megapixel photos, and how large the documents are.

    .venv/bin/python benchmarks/export_speed.py [--count N] [--workers N] [--keep DIR]
                                                [--repeat R] [--check]

Uses the same generated phone photos as import_speed.py (N of 4000x3000 pixels, about 4 MB
each, orientation 1, 6 or 8, GPS; made once and cached). They are imported (not timed) into a
new project, all N go into the appendix with a caption naming a person, and with the default
settings (A4, two photos a page, 200 dpi, JPEG quality 85), with the OS file cache warm, it times:

- prepare: the photos alone, decoded, turned, fitted to their boxes and re-encoded, on the
  export's worker pool: the floor under any export;
- odt, docx, pdf: `export()` to each format, each one a full export that prepares its photos.

Targets: each export at most 1.2x the preparation; each document under 5 % of the originals'
total size; the PDF at most 1.2x the DOCX. The benchmark reports and exits 0; `--check` makes it
exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PIL
from import_speed import photo_folder, photos_in  # the benchmark photos, made once and cached
from PySide6.QtGui import QGuiApplication

from photoapp.domain import captions
from photoapp.domain.model import Person, Trip
from photoapp.export import ExportSettings, export, plan
from photoapp.export.images import prepare_all
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache

TARGET_TIME_RATIO = 1.2  # an export against the preparation of its photos
TARGET_SIZE_SHARE = 0.05  # a document against the originals
TARGET_PDF_RATIO = 1.2  # the PDF against the DOCX
FORMATS = (".odt", ".docx", ".pdf")


@dataclass(frozen=True)
class Timing:
    method: str
    seconds: float
    size: int | None  # bytes of the document; None for the preparation


def make_project(folder: Path, files: Sequence[Path], root: Path) -> Project:
    """A project holding every photo, all in the appendix, each with a caption."""
    project = Project.create(root / "bench.photoapp", Trip(title="大田 APCS 2017"))
    report = import_paths(project, [folder], ThumbnailCache(root / "thumbnails"))
    if len(report.imported) != len(files):
        raise RuntimeError(f"imported {len(report.imported)} of {len(files)} photos")
    person = project.add_person(Person(0, "葉宜津", "副市長", "臺中市政府", "葉副市長"))
    token = captions.person_token(person.id)
    order = [photo.id for photo in project.photos()]
    for index, photo_id in enumerate(order):
        project.set_caption(photo_id, f"{token}於大田 APCS 全會第 {index + 1} 場次致詞")
    project.set_appendix(order)
    return project


def best_of_rounds(repeat: int, runs: Sequence[Callable[[], Timing]]) -> list[Timing]:
    """The fastest of `repeat` runs of each method, the methods taking turns in each round so
    that a busy spell of the machine does not fall on one method only."""
    rounds = [[run() for run in runs] for _ in range(repeat)]
    return [min(timings, key=lambda t: t.seconds) for timings in zip(*rounds, strict=True)]


def time_prepare(project: Project, settings: ExportSettings, workers: int | None) -> Timing:
    layout = plan(project, settings)
    start = time.perf_counter()
    prepare_all(layout, workers=workers)
    return Timing("prepare photos only", time.perf_counter() - start, None)


def time_export(
    project: Project, settings: ExportSettings, suffix: str, out: Path, workers: int | None
) -> Timing:
    target = out / f"附錄{suffix}"
    start = time.perf_counter()
    result = export(project, target, settings, workers=workers)
    return Timing(f"export {suffix[1:]}", time.perf_counter() - start, result.bytes_written)


def print_table(timings: Sequence[Timing], prepare: Timing, originals: int) -> None:
    print(f"\n{'method':<22} {'seconds':>8} {'x prepare':>10} {'MB':>8} {'% originals':>12}")
    for timing in timings:
        ratio = timing.seconds / prepare.seconds
        size = f"{timing.size / 1e6:8.1f}" if timing.size is not None else f"{'':>8}"
        share = f"{100 * timing.size / originals:11.2f}%" if timing.size is not None else ""
        print(f"{timing.method:<22} {timing.seconds:8.2f} {ratio:10.2f} {size} {share:>12}")
    print(f"{'originals':<22} {'':>8} {'':>10} {originals / 1e6:8.1f} {'100.00%':>12}")


def target_checks(
    exports: Sequence[Timing], prepare: Timing, originals: int
) -> list[tuple[str, float, float]]:
    """Each target as (label, measured, limit); met when measured <= limit."""
    checks: list[tuple[str, float, float]] = []
    for timing in exports:
        checks.append(
            (
                f"{timing.method} <= {TARGET_TIME_RATIO:g}x prepare",
                timing.seconds / prepare.seconds,
                TARGET_TIME_RATIO,
            )
        )
    for timing in exports:
        assert timing.size is not None
        checks.append(
            (
                f"{timing.method} < {TARGET_SIZE_SHARE:.0%} of originals",
                timing.size / originals,
                TARGET_SIZE_SHARE,
            )
        )
    sizes = {timing.method: timing.size or 0 for timing in exports}
    checks.append(
        (
            f"pdf <= {TARGET_PDF_RATIO:g}x docx",
            sizes["export pdf"] / sizes["export docx"],
            TARGET_PDF_RATIO,
        )
    )
    return checks


def targets_met(exports: Sequence[Timing], prepare: Timing, originals: int) -> bool:
    """Print each target with PASS or FAIL; True when all pass."""
    checks = target_checks(exports, prepare, originals)
    print()
    for label, measured, target in checks:
        verdict = "PASS" if measured <= target else "FAIL"
        print(f"{verdict}  {label:<36} (measured {measured:.3f}, target {target:g})")
    return all(measured <= target for _, measured, target in checks)


@dataclass(frozen=True)
class Measurement:
    """One run of the benchmark: the preparation, the three exports, the originals' bytes."""

    prepare: Timing
    exports: list[Timing]
    originals: int
    photos: int
    pages: int


def measure(
    count: int, *, repeat: int = 1, workers: int | None = None, keep: Path | None = None
) -> Measurement:
    """Import `count` benchmark photos (untimed) and time the preparation and each export."""
    folder = photo_folder(count, keep)
    files = photos_in(folder)
    if len(files) != count:
        raise RuntimeError(f"{folder} holds {len(files)} photos, not {count}")
    originals = sum(path.stat().st_size for path in files)
    settings = ExportSettings()
    with tempfile.TemporaryDirectory(prefix="photoapp-bench-export-") as scratch:
        root = Path(scratch)
        print(f"Importing {len(files)} photos (not timed)…", flush=True)
        project = make_project(folder, files, root)
        try:
            out = root / "out"
            out.mkdir()
            for path in files:  # warm the OS file cache for every method alike
                path.read_bytes()
            pages = len(plan(project, settings).pages)
            print(
                f"{len(files)} photos of 4000x3000, {originals / 1e6:.0f} MB, {pages} pages;"
                f" Python {platform.python_version()}, Pillow {PIL.__version__},"
                f" {os.cpu_count()} CPUs, workers {workers or os.cpu_count()},"
                f" best of {repeat}",
                flush=True,
            )
            runs: list[Callable[[], Timing]] = [
                lambda: time_prepare(project, settings, workers),
                *(
                    lambda suffix=suffix: time_export(project, settings, suffix, out, workers)
                    for suffix in FORMATS
                ),
            ]
            prepare, *exports = best_of_rounds(repeat, runs)
        finally:
            project.close()
    return Measurement(prepare, exports, originals, len(files), pages)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="photos (default 100)")
    parser.add_argument("--workers", type=int, default=None, help="threads (default: one a CPU)")
    parser.add_argument("--keep", type=Path, default=None, help="make or reuse the photos here")
    parser.add_argument("--repeat", type=int, default=1, help="runs per method; best counts")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeat < 1 or (args.workers is not None and args.workers < 1):
        parser.error("--count, --repeat and --workers must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # the PDF needs fonts
    result = measure(args.count, repeat=args.repeat, workers=args.workers, keep=args.keep)
    print_table([result.prepare, *result.exports], result.prepare, result.originals)
    passed = targets_met(result.exports, result.prepare, result.originals)
    del app
    return 1 if args.check and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
