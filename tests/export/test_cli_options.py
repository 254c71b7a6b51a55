"""`photoapp export` has every setting the export dialog has, each described in a sentence
(issue 10)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from pypdf import PdfReader

from photoapp.cli import export_command
from photoapp.export import ExportSettings, Fonts, Margins, Orientation
from photoapp.storage.project import Project

# every setting and the option that sets it
OPTIONS = {
    "paper": "--paper",
    "orientation": "--orientation",
    "margins.top": "--margin-top",
    "margins.bottom": "--margin-bottom",
    "margins.left": "--margin-left",
    "margins.right": "--margin-right",
    "margins.footer": "--footer-distance",
    "per_page": "--per-page",
    "heading": "--heading",
    "group_by_day": "--group-by-day",
    "day_starts_page": "--day-starts-page",
    "sort_by_day": "--sort-by-day",
    "caption_format": "--caption-format",
    "first_page_number": "--start-page",
    "page_number_format": "--page-number-format",
    "fonts.east_asian": "--chinese-font",
    "fonts.latin": "--western-font",
    "fonts.heading_pt": "--heading-size",
    "fonts.day_pt": "--day-size",
    "fonts.caption_pt": "--caption-size",
    "fonts.footer_pt": "--footer-size",
    "dpi": "--dpi",
    "jpeg_quality": "--jpeg-quality",
    "enlarge_small_photos": "--enlarge-small-photos",
    "pdf_a": "--pdf-a",
    "figure_list": "--figure-list",
}
FALLBACK_LISTS = {"fonts.east_asian_fallbacks", "fonts.latin_fallbacks"}  # not user choices


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser()
    export_command.register(root.add_subparsers())
    action = next(a for a in root._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices["export"]


def test_every_setting_has_an_option_described_in_a_sentence() -> None:
    names = set()
    for spec in fields(ExportSettings):
        if spec.name == "margins":
            names |= {f"margins.{f.name}" for f in fields(Margins)}
        elif spec.name == "fonts":
            names |= {f"fonts.{f.name}" for f in fields(Fonts)}
        else:
            names.add(spec.name)
    assert names - FALLBACK_LISTS == set(OPTIONS)
    actions = {o: a for a in parser()._actions for o in a.option_strings}
    for option in [*OPTIONS.values(), "--output", "--author", "--captions-only"]:
        text = actions[option].help
        assert text and text[0].isupper() and text.endswith("."), (option, text)


def test_options_reach_the_settings(trip: Project) -> None:
    args = parser().parse_args(
        [
            "x.photoapp",
            "--orientation", "landscape", "--margin-left", "30", "--footer-distance", "8",
            "--caption-size", "10", "--chinese-font", "新細明體", "--no-sort-by-day",
            "--group-by-day", "--page-number-format", "- {page} -", "--pdf-a",
            "--jpeg-quality", "70", "--enlarge-small-photos",
        ]
    )  # fmt: skip
    settings = export_command.settings_for(trip, args)
    assert settings.orientation is Orientation.LANDSCAPE
    assert settings.margins.left == 30 and settings.margins.footer == 8
    assert settings.margins.top == Margins().top  # the others keep theirs
    assert settings.fonts.caption_pt == 10 and settings.fonts.east_asian == "新細明體"
    assert settings.group_by_day and not settings.sort_by_day and settings.pdf_a
    assert settings.page_number_format == "- {page} -" and settings.jpeg_quality == 70
    assert settings.enlarge_small_photos


def test_a_bad_value_is_one_clear_line(trip: Project) -> None:
    path = trip.path
    trip.close()
    result = subprocess.run(
        [sys.executable, "-m", "photoapp", "--lang", "en", "export", str(path),
         "--caption-size", "99", "-o", str(path.with_name("a.pdf"))],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("lang", ["en", "zh_TW"])
def test_help_describes_each_option(lang: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "photoapp", "--lang", lang, "export", "--help"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for option in OPTIONS.values():
        assert option in result.stdout
    if lang == "zh_TW":
        assert "橫式" in result.stdout and "邊界" in result.stdout


def test_landscape_pdf_a_with_an_author_from_the_command_line(
    trip: Project, tmp_path: Path
) -> None:
    path = trip.path
    trip.close()
    target = tmp_path / "附錄.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "photoapp", "export", str(path), "-o", str(target),
         "--orientation", "landscape", "--pdf-a", "--author", "王小明", "--start-page", "8"],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert reader.metadata is not None and reader.metadata.author == "王小明"
    assert reader.page_labels[0] == "8"
