"""Export settings: defaults, JSON round trip, and refusal of settings no page can be made from."""

from __future__ import annotations

import json

import pytest

from photoapp.export import (
    ENGLISH_CAPTION_FORMAT,
    ExportSettings,
    Fonts,
    Margins,
    Orientation,
    Paper,
    SettingsError,
)


def test_defaults_are_what_offices_hand_in() -> None:
    settings = ExportSettings()
    assert settings.paper is Paper.A4
    assert settings.orientation is Orientation.PORTRAIT
    assert settings.page_size_mm == (210.0, 297.0)
    assert settings.heading == "附錄：照片"
    assert settings.caption_format == "照片 {n}：{caption}"
    assert settings.fonts.east_asian == "標楷體"
    assert "DFKai-SB" in settings.fonts.east_asian_fallbacks
    assert settings.fonts.latin == "Times New Roman"
    assert (settings.dpi, settings.jpeg_quality) == (200, 85)


def test_landscape_turns_the_paper() -> None:
    settings = ExportSettings(paper=Paper.LETTER, orientation=Orientation.LANDSCAPE)
    assert settings.page_size_mm == (279.4, 215.9)


def test_json_round_trip_keeps_every_field() -> None:
    settings = ExportSettings(
        paper=Paper.LETTER,
        orientation=Orientation.LANDSCAPE,
        margins=Margins(top=15, bottom=18, left=12.5, right=12.5, footer=8),
        per_page=6,
        heading="附錄二：活動照片",
        group_by_day=True,
        day_starts_page=False,
        caption_format=ENGLISH_CAPTION_FORMAT,
        first_page_number=17,
        page_number_format="- {page} -",
        fonts=Fonts(east_asian="新細明體", east_asian_fallbacks=("PMingLiU",), caption_pt=11),
        dpi=150,
        jpeg_quality=80,
    )
    text = settings.to_json()
    assert json.loads(text)["version"] == 1
    assert "附錄二" in text  # stored readable, not \u-escaped
    assert ExportSettings.from_json(text) == settings


def test_missing_keys_take_defaults_and_unknown_keys_are_ignored() -> None:
    loaded = ExportSettings.from_json('{"per_page": 4, "from_the_future": true, "fonts": {}}')
    assert loaded == ExportSettings(per_page=4)
    assert ExportSettings.from_json("{}") == ExportSettings()


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("[1, 2]", "json"),
        ("not json", "json"),
        ('{"per_page": 5}', "per_page"),
        ('{"per_page": "2"}', "per_page"),
        ('{"paper": "a5"}', "paper"),
        ('{"orientation": "sideways"}', "orientation"),
        ('{"dpi": 20}', "dpi"),
        ('{"jpeg_quality": 100}', "jpeg_quality"),
        ('{"first_page_number": 0}', "first_page_number"),
        ('{"caption_format": "照片：{caption}"}', "caption_format"),
        ('{"caption_format": "照片 {n} {date}"}', "caption_format"),
        ('{"caption_format": "照片 {n:03d}"}', "caption_format"),
        ('{"caption_format": "照片 {n"}', "caption_format"),
        ('{"page_number_format": "page"}', "page_number_format"),
        ('{"margins": {"left": -1}}', "margins.left"),
        ('{"margins": {"left": 100, "right": 100}}', "margins"),
        ('{"margins": {"bottom": 10, "footer": 9}}', "margins.footer"),
        ('{"fonts": {"caption_pt": 3}}', "fonts.caption_pt"),
        ('{"fonts": {"east_asian_fallbacks": "DFKai-SB"}}', "fonts.east_asian_fallbacks"),
        ('{"group_by_day": "yes"}', "group_by_day"),
    ],
)
def test_unusable_settings_name_their_field(text: str, field: str) -> None:
    with pytest.raises(SettingsError) as raised:
        ExportSettings.from_json(text)
    assert raised.value.field == field


def test_settings_are_checked_when_made_in_code_too() -> None:
    with pytest.raises(SettingsError):
        ExportSettings(per_page=8)
    with pytest.raises(SettingsError):
        ExportSettings().with_changes(caption_format="{caption}")
