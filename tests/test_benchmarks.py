"""The export's speed and size targets, kept by running its benchmark on a small set.

benchmarks/export_speed.py measures 100 photos by hand; here the same code runs on six
generated 12-megapixel phone photos (three A4 pages), so a change that makes an export much
slower than preparing its photos, or its documents large, fails the suite. The time ratios are
the best of three rounds, the methods taking turns, so a busy spell of a loaded machine does not
fall on one method only; a missed time target is measured once more before it fails.

Six photos in a process that has run the whole suite are noisier than the benchmark's 100 in a
fresh one: clean-clone runs measured the DOCX at 1.22-1.24x its preparation here while the
benchmark held 1.03-1.06x. So the suite allows the time targets SUITE_TIME_MARGIN more: it
catches an export that became much slower; `benchmarks/export_speed.py --check` (and
benchmarks/run.py) hold the 1.2x itself. The size targets are exact, as sizes do not wobble.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SUITE_TIME_MARGIN = 1.15  # 1.2x becomes 1.38x here: a regression guard, not the measurement


@pytest.fixture(scope="module")
def export_speed():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import export_speed

        yield export_speed
    finally:
        sys.path.remove(str(BENCHMARKS))


def _missed(checks: list[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """The checks not met, the time targets with the suite's margin."""
    missed = []
    for label, measured, limit in checks:
        allowed = limit * SUITE_TIME_MARGIN if "prepare" in label else limit
        if measured > allowed:
            missed.append((label, measured, allowed))
    return missed


def test_export_targets_on_a_small_set(export_speed, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photos = tmp_path / "photos"
    result = export_speed.measure(6, repeat=3, keep=photos)
    checks = export_speed.target_checks(result.exports, result.prepare, result.originals)
    missed = _missed(checks)
    if any("prepare" in label for label, _, _ in missed):  # time: once more, machine noise
        result = export_speed.measure(6, repeat=3, keep=photos)
        checks = export_speed.target_checks(result.exports, result.prepare, result.originals)
        missed = _missed(checks)
    assert result.pages == 3
    assert len(checks) == 7  # three times, three sizes, the PDF against the DOCX
    assert missed == [], missed


def test_the_import_benchmark_breaks_down_what_a_file_costs_beyond_its_decode(
    tmp_path: Path,
) -> None:
    """The import's ceiling (the limit's processor time over the file's whole reading) and its
    parts, measured on real photoapp code: the benchmark follows the importer's API."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import import_speed
    finally:
        sys.path.remove(str(BENCHMARKS))
    from photoapp.samples.photos import Exif, write_photo

    files = [
        write_photo(tmp_path / f"照片 {i}.jpg", Exif(taken="2017:09:11 09:47:00"), seed=i)
        for i in range(3)
    ]
    breakdown = import_speed.work_beyond_decode(files, repeat=1)
    assert set(breakdown.parts) == {
        "SHA-256 of the file",
        "likeness (dHash, sharpness)",
        "thumbnail saved",
        "header and EXIF read",
    }
    assert all(spent > 0 for spent in breakdown.parts.values())
    assert breakdown.limit > 0 and breakdown.analyse > 0
    assert breakdown.ceiling == breakdown.limit / breakdown.analyse
