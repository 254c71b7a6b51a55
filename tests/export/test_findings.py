"""Checks that need the layout: captions too long for their box, photos printed below 150 ppi,
photos on no day with per-day numbers, day headings printed twice (issue 10)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from photoapp.domain.checks import CheckKind
from photoapp.export import (
    PER_DAY_CAPTION_FORMAT,
    ExportSettings,
    caption_lines,
    plan,
    save_settings,
)
from photoapp.export.findings import export_findings, headings_repeat, layout_findings
from photoapp.export.layout import NO_DAY_HEADING, Heading
from photoapp.storage.project import Project
from tests.photos import Exif, write_photo


def kinds(project: Project, settings: ExportSettings) -> list[tuple[CheckKind, int | None]]:
    layout = plan(project, settings)
    return [(f.kind, f.number) for f in layout_findings(layout)]


def test_a_sound_appendix_has_no_layout_findings(trip: Project) -> None:
    assert kinds(trip, ExportSettings()) == []


def test_a_caption_too_long_for_its_box_is_a_finding(trip: Project) -> None:
    trip.set_caption(trip.appendix()[1], "很長的說明" * 40)
    assert kinds(trip, ExportSettings(per_page=6)) == [(CheckKind.CAPTION_TOO_LONG, 2)]
    assert (CheckKind.CAPTION_TOO_LONG, 2) in [
        (f.kind, f.number) for f in export_findings(trip, ExportSettings(per_page=6))
    ]


def test_a_small_photo_is_not_stretched_and_a_finding_when_enlarged(
    trip: Project, tmp_path: Path
) -> None:
    # issue 10: a 100 × 66 photo filled a 164 mm box (15 ppi) without a word
    from photoapp.storage.importer import import_paths

    write_photo(tmp_path / "small" / "tiny.jpg", Exif(), size=(100, 66))
    report = import_paths(trip, [tmp_path / "small"])
    (_, tiny), *_ = report.imported
    trip.set_appendix([tiny, *trip.appendix()])
    layout = plan(trip, ExportSettings())
    slot = layout.pages[0].slots[0]
    assert slot.photo.width == pytest.approx(100 / 150 * 25.4)  # 16.9 mm at 150 ppi
    assert layout.printed_ppi(slot) == pytest.approx(150)
    assert kinds(trip, ExportSettings()) == []
    enlarged = ExportSettings(enlarge_small_photos=True)
    layout = plan(trip, enlarged)
    assert layout.pages[0].slots[0].photo.width > 150
    found = [f for f in layout_findings(layout) if f.kind is CheckKind.LOW_RESOLUTION]
    assert (found[0].number, found[0].value) == (1, 15)  # the trip's 480 × 360 photos: 84 ppi
    assert [f.value for f in found[1:]] == [84] * 5


def test_photos_on_no_day_get_their_own_group_and_a_finding(trip: Project) -> None:
    # issue 10: per-day numbering printed "照片 0-1" for them without a word
    first = trip.appendix()[0]
    trip.set_days({first: None})
    settings = ExportSettings(group_by_day=True, caption_format=PER_DAY_CAPTION_FORMAT)
    layout = plan(trip, settings)
    headings = [b.text.text for p in layout.pages for b in p.blocks if isinstance(b, Heading)]
    assert headings[-1] == NO_DAY_HEADING
    assert layout.pages[-1].slots[-1].entry.photo.id == first  # sorted last
    assert (CheckKind.NO_DAY, 5) in kinds(trip, settings)


def test_grouping_by_day_sorts_by_day_keeping_the_users_order_within(trip: Project) -> None:
    # issue 10: an appendix out of day order repeated 114 年 10 月 14 日 on pages 1 and 3
    a, b, c, d, e = trip.appendix()
    trip.set_appendix([c, a, e, d, b])  # days 2, 1, 3, 2, 1
    settings = ExportSettings(group_by_day=True, per_page=4)
    layout = plan(trip, settings)
    assert [s.entry.photo.id for s in layout.slots()] == [a, b, c, d, e]
    assert not headings_repeat(layout)
    assert [line.split("：")[0] for line in caption_lines(trip, settings)] == [
        f"照片 {n}" for n in range(1, 6)
    ]
    kept = settings.with_changes(sort_by_day=False)
    layout = plan(trip, kept)
    assert [s.entry.photo.id for s in layout.slots()] == [c, a, e, d, b]
    assert headings_repeat(layout)
    assert [f.number for f in layout_findings(layout) if f.kind is CheckKind.REPEATED_DAY] == [
        4,
        5,
    ]


def test_check_on_the_command_line_lists_layout_findings(trip: Project) -> None:
    trip.set_caption(trip.appendix()[1], "很長的說明" * 40)
    save_settings(trip, ExportSettings(per_page=6))
    path = trip.path
    trip.close()
    result = subprocess.run(
        [sys.executable, "-m", "photoapp", "--lang", "en", "check", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"kind": "caption-too-long", "number": 2} in [
        {"kind": r["kind"], "number": r["number"]} for r in rows
    ]
