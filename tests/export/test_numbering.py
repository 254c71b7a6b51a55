"""Caption formats: numbers as their own part (for fields), per-day counting, empty captions."""

from __future__ import annotations

import pytest

from photoapp.export.numbering import (
    CaptionPart,
    PartKind,
    caption_parts,
    joined,
    numbers_per_day,
)


def test_default_format_keeps_the_number_apart() -> None:
    parts = caption_parts("照片 {n}：{caption}", 3, 2, "葉副市長致詞")
    assert parts == (
        CaptionPart(PartKind.TEXT, "照片 "),
        CaptionPart(PartKind.NUMBER, "3"),
        CaptionPart(PartKind.TEXT, "：葉副市長致詞"),
    )
    assert joined(parts) == "照片 3：葉副市長致詞"


@pytest.mark.parametrize(
    ("fmt", "number", "day", "caption", "line"),
    [
        ("Photo {n}: {caption}", 7, None, "Opening", "Photo 7: Opening"),
        ("照片 {day}-{n}：{caption}", 2, 3, "參訪", "照片 3-2：參訪"),
        ("照片 {day}-{n}：{caption}", 1, None, "未分日", "照片 0-1：未分日"),
        ("照片 {n}：{caption}", 4, None, "", "照片 4"),
        ("Photo {n}: {caption}", 4, None, "  ", "Photo 4"),
        ("{caption}（照片 {n}）", 5, None, "合影", "合影（照片 5）"),
    ],
)
def test_formats(fmt: str, number: int, day: int | None, caption: str, line: str) -> None:
    assert joined(caption_parts(fmt, number, day, caption)) == line


def test_the_day_field_makes_numbers_count_per_day() -> None:
    assert numbers_per_day("照片 {day}-{n}：{caption}")
    assert not numbers_per_day("照片 {n}：{caption}")
