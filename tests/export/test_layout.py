"""The page layout: grids, fitting, headings, day grouping, page numbers, nothing overlapping."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from photoapp.domain.model import Day, Photo
from photoapp.export import ExportSettings, Heading, Layout, Orientation, Paper, Row
from photoapp.export.entries import AppendixEntry
from photoapp.export.layout import (
    BOTTOM_SLACK,
    MIN_CAPTION_PT,
    CaptionFit,
    ListLine,
    build_layout,
    estimated_lines,
    grid_shape,
)
from photoapp.export.numbering import caption_parts

DAYS = [Day(1, date(2017, 9, 10), "抵達仁川"), Day(2, date(2017, 9, 11), "大田 APCS 全會")]


def entries(
    count: int, *, size: tuple[int, int] = (4000, 3000), days: list[int] | None = None
) -> list[AppendixEntry]:
    made = []
    for index in range(count):
        day = DAYS[days[index]] if days else None
        photo = Photo(index + 1, f"p{index}.jpg", 1, "x", *size, day_id=day.id if day else None)
        caption = f"第 {index + 1} 張照片的說明"
        made.append(
            AppendixEntry(
                photo=photo,
                path=Path(photo.path),
                position=index,
                number=index + 1,
                day=day,
                day_index=day.id if day else None,
                caption=caption,
                parts=caption_parts("照片 {n}：{caption}", index + 1, None, caption),
            )
        )
    return made


def check_sound(layout: Layout) -> None:
    """Everything inside the page body, nothing overlapping, photos keeping their shape."""
    limit = replace(layout.body, height=layout.body.height - BOTTOM_SLACK + 1e-6)
    for page in layout.pages:
        boxes = []
        for block in page.blocks:
            if isinstance(block, Heading):
                assert limit.contains(block.band)
                boxes.append(block.text.rect)
            elif isinstance(block, ListLine):
                assert limit.contains(block.text.rect) and limit.contains(block.page.rect)
                boxes += [block.text.rect, block.page.rect]
            else:
                assert limit.contains(block.rect)
                for slot in block.slots:
                    assert slot.cell.contains(slot.photo) and slot.cell.contains(slot.caption.rect)
                    assert slot.photo.width / slot.photo.height == pytest.approx(slot.entry.aspect)
                    boxes += [slot.photo, slot.caption.rect]
        if page.footer:
            assert page.footer.rect.y >= layout.body.bottom
            boxes.append(page.footer.rect)
        for first, second in itertools.combinations(boxes, 2):
            assert not first.overlaps(second), (first, second)


@pytest.mark.parametrize("per_page", [1, 2, 3, 4, 6])
@pytest.mark.parametrize("orientation", list(Orientation))
def test_grids_fill_pages_and_keep_shapes(per_page: int, orientation: Orientation) -> None:
    settings = ExportSettings(per_page=per_page, orientation=orientation)
    layout = build_layout(entries(13, size=(3000, 4000)) + entries(4), settings)
    columns, rows = grid_shape(settings)
    assert columns * rows == per_page
    assert len(layout.pages) == -(-17 // per_page)
    assert all(len(page.slots) == per_page for page in layout.pages[:-1])
    assert [s.entry.position for s in layout.slots()] == list(range(13)) + list(range(4))
    check_sound(layout)


def test_two_per_page_on_a4_gives_large_photos() -> None:
    layout = build_layout(entries(2), ExportSettings())
    photo = layout.pages[0].slots[0].photo
    assert photo.width > 140 and photo.height > 105  # millimetres: a 4:3 photo of 14 × 10.5 cm
    assert layout.pixel_box(layout.pages[0].slots[0])[0] == round(photo.width / 25.4 * 200)


def test_photos_are_centred_with_their_caption_below() -> None:
    slot = build_layout(entries(1), ExportSettings()).pages[0].slots[0]
    cell_centre = slot.cell.x + slot.cell.width / 2
    assert slot.photo.x + slot.photo.width / 2 == pytest.approx(cell_centre)
    assert slot.caption.rect.y > slot.photo.bottom
    assert slot.caption.text == "照片 1：第 1 張照片的說明"


def test_title_on_the_first_page_only_and_page_numbers_from_the_start() -> None:
    settings = ExportSettings(first_page_number=23, page_number_format="- {page} -")
    layout = build_layout(entries(5), settings)
    first = layout.pages[0].blocks[0]
    assert isinstance(first, Heading) and first.text.text == "附錄：照片"
    assert not any(isinstance(b, Heading) for p in layout.pages[1:] for b in p.blocks)
    assert [p.number for p in layout.pages] == [23, 24, 25]
    assert [p.footer.text for p in layout.pages if p.footer] == ["- 23 -", "- 24 -", "- 25 -"]
    assert [p.spacer for p in layout.pages] == [False, True, True]


def test_no_heading_and_no_page_numbers() -> None:
    layout = build_layout(entries(2), ExportSettings(heading="", page_number_format=""))
    assert layout.pages[0].spacer and layout.pages[0].footer is None
    assert isinstance(layout.pages[0].blocks[0], Row)


def test_days_start_new_pages() -> None:
    settings = ExportSettings(per_page=4, group_by_day=True)
    layout = build_layout(entries(3, days=[0, 0, 1]), settings)
    assert len(layout.pages) == 2
    headings = [[b.text.text for b in p.blocks if isinstance(b, Heading)] for p in layout.pages]
    assert headings == [
        ["附錄：照片", "106 年 9 月 10 日(星期日)\u3000抵達仁川"],
        ["106 年 9 月 11 日(星期一)\u3000大田 APCS 全會"],
    ]
    check_sound(layout)


def test_days_flow_on_when_asked() -> None:
    settings = ExportSettings(per_page=4, group_by_day=True, day_starts_page=False)
    layout = build_layout(entries(3, days=[0, 0, 1]), settings)
    assert len(layout.pages) == 1
    kinds = [type(b).__name__ for b in layout.pages[0].blocks]
    assert kinds == ["Heading", "Heading", "Row", "Heading", "Row"]
    check_sound(layout)


def test_a_heading_never_ends_a_page() -> None:
    settings = ExportSettings(per_page=2, group_by_day=True, day_starts_page=False)
    layout = build_layout(entries(5, days=[0, 0, 0, 1, 1]), settings)
    for page in layout.pages:
        assert not isinstance(page.blocks[-1], Heading)
    check_sound(layout)


def test_a_day_returning_later_gets_its_heading_again() -> None:
    settings = ExportSettings(per_page=6, group_by_day=True, day_starts_page=False)
    layout = build_layout(entries(3, days=[0, 1, 0]), settings)
    days = [b.day.id for p in layout.pages for b in p.blocks if isinstance(b, Heading) and b.day]
    assert days == [1, 2, 1]


def columns(per_page: int) -> int:
    return grid_shape(ExportSettings(per_page=per_page))[0]


def with_caption(made: list[AppendixEntry], index: int, caption: str) -> None:
    """Give entry `index` of `made` this caption (numbered as the others)."""
    made[index] = replace(
        made[index],
        caption=caption,
        parts=caption_parts("照片 {n}：{caption}", index + 1, None, caption),
    )


@pytest.mark.parametrize(("per_page", "least"), [(6, 62.5), (2, 130.8)])
def test_one_long_caption_does_not_shrink_the_other_rows(per_page: int, least: float) -> None:
    # issue 10: one 200-character caption made every photo 18.5 mm (6 a page) or 108.8 mm
    # (2 a page) wide
    made = entries(per_page * 2)
    with_caption(made, per_page * 2 - 1, "很長的說明" * 40)  # 200 characters, on page 2
    layout = build_layout(made, ExportSettings(per_page=per_page))
    unchanged = build_layout(entries(per_page * 2), ExportSettings(per_page=per_page))
    pairs = list(zip(layout.slots(), unchanged.slots(), strict=True))
    for slot, alone in pairs[: -columns(per_page)]:  # all but the long caption's row
        assert slot.photo.width >= least
        assert slot.photo == alone.photo
    check_sound(layout)


def test_a_longer_caption_takes_room_from_its_own_row_only() -> None:
    made = entries(4, size=(3000, 4000))
    with_caption(made, 3, "說明" * 40)  # 80 characters: 2 lines at 12 pt
    layout = build_layout(made, ExportSettings(per_page=4))
    first_row, second_row = (b for b in layout.pages[0].blocks if isinstance(b, Row))
    assert second_row.slots[1].caption.lines > first_row.slots[0].caption.lines == 1
    assert second_row.slots[0].photo.height < first_row.slots[0].photo.height
    # photos of one shape in a row stay lined up
    assert second_row.slots[0].photo.y == pytest.approx(second_row.slots[1].photo.y)
    assert second_row.slots[1].fit is CaptionFit.FITS
    check_sound(layout)


def test_a_caption_too_long_for_its_box_is_set_smaller() -> None:
    made = entries(6)
    with_caption(made, 0, "說明" * 60)
    layout = build_layout(made, ExportSettings(per_page=6))
    slot = layout.pages[0].slots[0]
    assert slot.fit is CaptionFit.SHRUNK
    assert MIN_CAPTION_PT <= slot.caption.font_pt < 12
    assert slot.caption.text == made[0].line  # all of it, only smaller
    check_sound(layout)


@pytest.mark.parametrize("per_page", [1, 2, 3, 4, 6])
@pytest.mark.parametrize("orientation", list(Orientation))
def test_a_ten_thousand_character_caption_stays_in_its_cell(
    per_page: int, orientation: Orientation
) -> None:
    made = entries(per_page + 1)
    with_caption(made, 0, "這是一段非常長的說明 Ye Lwin 2017 " * 400)
    layout = build_layout(made, ExportSettings(per_page=per_page, orientation=orientation))
    slot = layout.pages[0].slots[0]
    assert slot.fit is CaptionFit.CUT
    assert slot.caption.font_pt == MIN_CAPTION_PT
    assert slot.caption.text.startswith("照片 1：這是") and slot.caption.text.endswith("…")
    assert [p.kind for p in slot.parts] == [p.kind for p in made[0].parts]  # the number stays
    assert estimated_lines(slot.caption.text, MIN_CAPTION_PT, slot.caption.rect.width) <= (
        slot.caption.lines
    )
    assert slot.caption.rect.bottom <= slot.cell.bottom
    check_sound(layout)


def test_a_very_long_heading_is_cut_too() -> None:
    layout = build_layout(entries(2), ExportSettings(heading="附錄" * 5000))
    heading = layout.pages[0].blocks[0]
    assert isinstance(heading, Heading)
    assert heading.text.lines == 3 and heading.text.text.endswith("…")
    check_sound(layout)


def test_line_estimate_counts_cjk_as_full_width() -> None:
    assert estimated_lines("照" * 10, 12, 10 * 12 * 25.4 / 72 / 0.9) == 1
    assert estimated_lines("照" * 30, 12, 40) == 4  # 9 characters of 4.2 mm a line
    assert estimated_lines("a" * 30, 12, 40) == 2


def test_letter_landscape_pages() -> None:
    settings = ExportSettings(paper=Paper.LETTER, orientation=Orientation.LANDSCAPE, per_page=2)
    layout = build_layout(entries(3), settings)
    assert layout.page_size == (279.4, 215.9)
    assert layout.grid.columns == 2
    check_sound(layout)


def test_unknown_photo_size_counts_as_four_by_three() -> None:
    slot = build_layout(entries(1, size=(0, 0)), ExportSettings()).pages[0].slots[0]
    assert slot.photo.width / slot.photo.height == pytest.approx(4 / 3)
