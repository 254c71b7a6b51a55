"""The appendix's entries: appendix order, rendered people, numbers, day headings, caption list."""

from __future__ import annotations

from datetime import date

from photoapp.domain.model import Day
from photoapp.export import (
    ENGLISH_CAPTION_FORMAT,
    PER_DAY_CAPTION_FORMAT,
    ExportSettings,
    caption_lines,
    collect,
    day_heading,
)
from photoapp.storage.project import Project


def test_entries_follow_the_appendix_order_with_people_rendered(trip: Project) -> None:
    order = trip.appendix()
    trip.set_appendix([order[2], order[0], order[1], order[3], order[4]])
    entries = collect(trip, ExportSettings())
    assert [e.photo.id for e in entries] == trip.appendix()
    assert [e.number for e in entries] == [1, 2, 3, 4, 5]
    assert [e.line for e in entries] == [
        "照片 1：葉副市長於 APCS 全會致詞",
        "照片 2：葉副市長抵達仁川機場",
        "照片 3：大田市長權善宅歡迎葉副市長一行",
        "照片 4：與會城市代表合影",
        "照片 5",
    ]
    assert all(e.path.is_file() for e in entries)


def test_renaming_a_person_reaches_the_captions(trip: Project) -> None:
    yeh = next(p for p in trip.people() if p.name == "葉宜津")
    trip.update_person(type(yeh)(yeh.id, yeh.name, yeh.title, yeh.organisation, "葉宜津副市長"))
    assert caption_lines(trip, ExportSettings())[0] == "照片 1：葉宜津副市長抵達仁川機場"


def test_per_day_numbers_restart_on_each_day(trip: Project) -> None:
    lines = caption_lines(trip, ExportSettings(caption_format=PER_DAY_CAPTION_FORMAT))
    assert lines == [
        "照片 1-1：葉副市長抵達仁川機場",
        "照片 1-2：大田市長權善宅歡迎葉副市長一行",
        "照片 2-1：葉副市長於 APCS 全會致詞",
        "照片 2-2：與會城市代表合影",
        "照片 3-1",
    ]


def test_english_numbering(trip: Project) -> None:
    lines = caption_lines(trip, ExportSettings(caption_format=ENGLISH_CAPTION_FORMAT))
    assert lines[2] == "Photo 3: 葉副市長於 APCS 全會致詞"


def test_photos_outside_the_appendix_are_left_out(trip: Project) -> None:
    trip.set_appendix(trip.appendix()[1:3])
    assert [e.number for e in collect(trip, ExportSettings())] == [1, 2]


def test_day_heading_is_the_minguo_date_a_full_width_space_and_the_label() -> None:
    assert day_heading(Day(1, date(2017, 9, 11), "大田 APCS 全會")) == (
        "106 年 9 月 11 日(星期一)\u3000大田 APCS 全會"
    )
    assert day_heading(Day(2, date(2017, 9, 12))) == "106 年 9 月 12 日(星期二)"
