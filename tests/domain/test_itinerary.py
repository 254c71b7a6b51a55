"""Finding a report's itinerary days in its text, and writing day headings back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from photoapp.domain.itinerary import (
    ItineraryParse,
    ItineraryWarning,
    ParsedDay,
    WarningKind,
    format_heading,
    parse_date,
    parse_itinerary,
)
from photoapp.domain.minguo import weekday_name

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "trip-report-example.txt"
SEPT_10 = date(2017, 9, 10)  # a Sunday
TRIP = {"trip_start": date(2017, 9, 10), "trip_end": date(2017, 9, 13)}


def only_day(text: str, **trip: date) -> ParsedDay:
    result = parse_itinerary(text, **trip)
    assert result.warnings == []
    assert len(result.days) == 1, result.days
    return result.days[0]


# --- the real report -----------------------------------------------------------------------


@pytest.mark.skipif(not EXAMPLE.exists(), reason="reference report not present")
def test_example_report_has_its_four_days() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    result = parse_itinerary(text)

    assert result.warnings == []
    assert [day.date for day in result.days] == [SEPT_10 + timedelta(days=n) for n in range(4)]
    assert [weekday_name(day.date) for day in result.days] == ["日", "一", "二", "三"]
    lines = text.splitlines()
    for day in result.days:
        assert lines[day.line_number - 1].strip() == format_heading(day.date, "")
        # Each heading stands alone and a long paragraph follows it: no label to suggest.
        assert day.label == ""


# --- the forms people write ----------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "106 年 9 月 10 日(星期日)",
        "106年9月10日（日）",
        "民國106年9月10日",
        "中華民國 106 年 9 月 10 日",
        "2017年9月10日",
        "西元2017年9月10日",
        "2017/9/10",
        "2017-09-10",
        "2017.9.10",
        "106/9/10 (日)",
        "106/09/10",
        "１０６年９月１０日（星期日）",
        "２０１７／９／１０",
        "２０１７－０９－１０（週日）",
        "106\u3000年\u30009\u3000月\u300010\u3000日\u3000（日）",
        "106年9月10號",
    ],
)
def test_every_written_form_is_the_same_day(written: str) -> None:
    day = only_day(f"{written}：大田 APCS 全會")
    assert day == ParsedDay(SEPT_10, "大田 APCS 全會", 1)
    assert parse_date(written) == SEPT_10


@pytest.mark.parametrize(
    "weekday",
    ["(星期日)", "(週日)", "(周日)", "(日)", "（禮拜日）", "（禮拜天）", "(星期天)", " 星期日", ""],
)
def test_every_weekday_form_is_read(weekday: str) -> None:
    day = only_day(f"106年9月10日{weekday} 抵達仁川")
    assert (day.date, day.label) == (SEPT_10, "抵達仁川")


@pytest.mark.parametrize("separator", ["：", ":", "、", "－", "-", " ", "\u3000", " — ", "，"])
def test_separators_before_the_label_are_dropped(separator: str) -> None:
    assert only_day(f"9月10日(日){separator}抵達仁川", **TRIP).label == "抵達仁川"


def test_label_keeps_what_the_author_wrote() -> None:
    # Full-width letters and brackets in the label are the author's; only the date is read.
    day = only_day("１０６年９月１０日（日）　ＡＰＣＳ（大田）開幕晚宴")
    assert day.label == "ＡＰＣＳ（大田）開幕晚宴"


def test_year_less_date_takes_the_trip_year() -> None:
    day = only_day("9月10日（日）抵達仁川", trip_start=date(2017, 9, 10))
    assert day.date == SEPT_10


def test_trip_over_new_year() -> None:
    text = "12月31日（日）首爾跨年\n1月1日（一）返國\n"
    result = parse_itinerary(text, trip_start=date(2017, 12, 30), trip_end=date(2018, 1, 2))
    assert result.warnings == []
    assert [day.date for day in result.days] == [date(2017, 12, 31), date(2018, 1, 1)]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(date(1, 9, 1), date(1, 9, 20), date(1, 9, 10)), (date(9999, 9, 1), None, date(9999, 9, 10))],
)
def test_year_less_date_in_a_trip_at_the_ends_of_the_calendar(
    start: date, end: date | None, expected: date
) -> None:
    # Found by Hypothesis: a trip in year 1 looked for the closest year among 0, 1 and 2.
    result = parse_itinerary("9月10日（日）抵達仁川", trip_start=start, trip_end=end)
    assert [day.date for day in result.days] == [expected]


def test_year_less_date_follows_the_heading_above_without_trip_dates() -> None:
    text = "2017年12月31日（日）首爾\n1月1日（一）返國\n"
    result = parse_itinerary(text)
    assert result.warnings == []
    assert [day.date for day in result.days] == [date(2017, 12, 31), date(2018, 1, 1)]


def test_year_less_date_with_nothing_to_take_a_year_from() -> None:
    result = parse_itinerary("9月10日（日）抵達仁川")
    assert result.days == []
    assert result.warnings == [
        ItineraryWarning(WarningKind.YEAR_UNKNOWN, "9月10日（日）抵達仁川", 1)
    ]
    assert parse_date("9月10日") is None
    assert parse_date("9月10日", trip_start=date(2017, 9, 1)) == SEPT_10


@pytest.mark.parametrize(
    "line",
    [
        "一、9月10日（日）：抵達仁川",
        "(一) 9月10日(日) 抵達仁川",
        "（一）9月10日 抵達仁川",
        "1. 9月10日 抵達仁川",
        "第1天 9月10日(日) 抵達仁川",
        "第一天：9月10日 抵達仁川",
        "• 9月10日 抵達仁川",
        "- 2017/9/10 抵達仁川",
    ],
)
def test_list_markers_before_the_date(line: str) -> None:
    assert only_day(line, **TRIP) == ParsedDay(SEPT_10, "抵達仁川", 1)


def test_windows_line_ends_and_leading_white_space() -> None:
    text = "\ufeff第二章 經過\r\n\r\n   106 年 9 月 10 日(星期日)   \r\n抵達仁川\r\n"
    assert only_day(text) == ParsedDay(SEPT_10, "抵達仁川", 3)


# --- the label on the next line ------------------------------------------------------------


def test_label_on_the_line_below_a_bare_heading() -> None:
    text = "106 年 9 月 10 日(星期日)\n\n  桃園 → 仁川 → 大田  \n本市訪團下午 2 時抵達仁川。\n"
    assert only_day(text) == ParsedDay(SEPT_10, "桃園 → 仁川 → 大田", 1)


@pytest.mark.parametrize(
    "below",
    [
        "本市訪團下午 2 時抵達仁川，我駐韓國臺北代表部副代表易志成及經濟組組長林春壽前來接機。",
        "抵達仁川。",  # a sentence, however short
        "第三章 心得",
        "附錄：照片",
        "106 年 9 月 11 日(星期一)",
        "106 年 9 月 11 日至 13 日",  # starts with a date: never a label
    ],
)
def test_line_below_that_is_no_label(below: str) -> None:
    result = parse_itinerary(f"106 年 9 月 10 日(星期日)\n{below}\n")
    assert result.days[0] == ParsedDay(SEPT_10, "", 1)


def test_label_below_is_at_most_forty_characters() -> None:
    forty, forty_one = "大" * 40, "大" * 41
    assert only_day(f"106年9月10日\n{forty}").label == forty
    assert only_day(f"106年9月10日\n{forty_one}").label == ""


# --- what is not a heading -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "本市訪團於 106 年 9 月 10 日抵達仁川",  # a date inside a sentence
        "例如 105 年 8 月舉辦於首爾市的氣候變遷市長論壇",
        "出國期間：106 年 9 月 10 日至 9 月 13 日",
        "106 年 9 月 10 日至 9 月 13 日",  # a period, not a day
        "9月10日至13日 韓國",
        "2017/9/10 - 2017/9/13",
        "9月10日～12日",
        # Prose that happens to start with a date: a sentence, not a heading.
        "9月11日本團抵達仁川，隨即前往大田市參加開幕晚宴，並與各國城市代表交流城市治理經驗。",
        "106 年 9 月 12 日天氣晴。",
        "10.1.2 節次編號",
        "9/10 分數",  # month/day with slashes needs a year: fractions look the same
        "1. 9/10 前往",
        "106 年 9 月",  # no day
        "照片 1：葉副市長與緬甸曼德勒市市長合影",
        "",
    ],
)
def test_not_a_heading(line: str) -> None:
    assert parse_itinerary(line, **TRIP) == ItineraryParse([], [])


# --- warnings ------------------------------------------------------------------------------


def test_weekday_mismatch_keeps_the_day_and_says_so() -> None:
    text = "前言\n106 年 9 月 10 日(星期一) 抵達仁川\n"
    result = parse_itinerary(text)
    assert result.days == [ParsedDay(SEPT_10, "抵達仁川", 2)]
    assert result.warnings == [
        ItineraryWarning(
            WarningKind.WEEKDAY_MISMATCH,
            "106 年 9 月 10 日(星期一) 抵達仁川",
            2,
            SEPT_10,
            written_weekday="一",
            real_weekday="日",
        )
    ]


@pytest.mark.parametrize("weekday", ["(六)", "（週二）", "(禮拜天)", " 星期三"])
def test_weekday_mismatch_in_any_form(weekday: str) -> None:
    line = f"2017年9月11日{weekday}"  # a Monday
    result = parse_itinerary(line)
    assert [day.date for day in result.days] == [date(2017, 9, 11)]
    assert [w.kind for w in result.warnings] == [WarningKind.WEEKDAY_MISMATCH]
    assert result.warnings[0].real_weekday == "一"
    assert parse_date(line) is None  # a single date that contradicts itself is no date


@pytest.mark.parametrize(
    "line",
    [
        "106 年 13 月 40 日",
        "106 年 9 月 31 日(星期日)",
        "2月30日",
        "2017/2/29",
        "0 年 1 月 1 日",
        "1066年10月14日",
        "2017-00-10",
        "9月0日 出發",
    ],
)
def test_unreadable_date_is_a_warning_and_no_day(line: str) -> None:
    result = parse_itinerary(f"前言\n{line}\n", trip_start=date(2017, 2, 1))
    assert result.days == []
    assert result.warnings == [ItineraryWarning(WarningKind.UNREADABLE_DATE, line, 2)]
    assert parse_date(line.removesuffix(" 出發"), trip_start=date(2017, 2, 1)) is None


def test_february_29_needs_a_leap_year_near_the_trip() -> None:
    near_2024 = {"trip_start": date(2024, 2, 28), "trip_end": date(2024, 3, 2)}
    assert parse_date("2月29日", **near_2024) == date(2024, 2, 29)
    # Not moved to 2024 when the trip is in 2023: the date is reported instead.
    result = parse_itinerary("2月29日", trip_start=date(2023, 2, 27))
    assert [w.kind for w in result.warnings] == [WarningKind.UNREADABLE_DATE]


def test_duplicate_date_keeps_the_first_day() -> None:
    text = "9月10日 抵達仁川\n9月11日 大田\n106年9月10日（日）重複\n"
    result = parse_itinerary(text, **TRIP)
    assert [(d.date, d.label) for d in result.days] == [
        (SEPT_10, "抵達仁川"),
        (date(2017, 9, 11), "大田"),
    ]
    assert result.warnings == [
        ItineraryWarning(WarningKind.DUPLICATE_DATE, "106年9月10日（日）重複", 3, SEPT_10)
    ]


def test_date_outside_the_trip_is_no_day() -> None:
    text = "中華民國 106 年 11 月 30 日\n106 年 9 月 10 日(星期日)\n"
    result = parse_itinerary(text, **TRIP)
    assert [day.date for day in result.days] == [SEPT_10]
    assert result.warnings == [
        ItineraryWarning(
            WarningKind.OUTSIDE_TRIP, "中華民國 106 年 11 月 30 日", 1, date(2017, 11, 30)
        )
    ]
    # With one trip date only, nothing is left out.
    assert len(parse_itinerary(text, trip_start=SEPT_10).days) == 2


def test_days_keep_their_order_of_appearance() -> None:
    text = "9月12日 首爾\n9月10日 仁川\n9月11日 大田\n"
    days = parse_itinerary(text, **TRIP).days
    assert [d.date.day for d in days] == [12, 10, 11]
    assert [d.line_number for d in days] == [1, 2, 3]


# --- writing headings and reading them back ------------------------------------------------


def test_format_heading() -> None:
    assert format_heading(SEPT_10, "") == "106 年 9 月 10 日(星期日)"
    assert format_heading(SEPT_10, "大田 APCS 全會") == "106 年 9 月 10 日(星期日) 大田 APCS 全會"
    assert format_heading(SEPT_10, "", minguo=False) == "2017 年 9 月 10 日(星期日)"
    assert format_heading(SEPT_10, " 抵達\n仁川 ") == "106 年 9 月 10 日(星期日) 抵達 仁川"


def every_day(start: date, count: int) -> list[date]:
    return [start + timedelta(days=n) for n in range(count)]


@pytest.mark.parametrize("minguo", [True, False])
def test_round_trip_every_day_of_two_years_and_edges(minguo: bool) -> None:
    days = [
        *every_day(date(2023, 1, 1), 731),
        date(1912, 1, 1),
        date(2000, 2, 29),
        date(2910, 12, 31),
    ]
    for day in days:
        assert parse_date(format_heading(day, "", minguo=minguo)) == day


@pytest.mark.parametrize("minguo", [True, False])
@pytest.mark.parametrize("label", ["", "大田 APCS 全會", "首爾：GSCA MOU 簽署", "返國"])
def test_round_trip_through_the_parser(minguo: bool, label: str) -> None:
    text = "\n".join(format_heading(day, label, minguo=minguo) for day in every_day(SEPT_10, 4))
    result = parse_itinerary(text)
    assert result.warnings == []
    assert [(d.date, d.label) for d in result.days] == [(d, label) for d in every_day(SEPT_10, 4)]


@pytest.mark.parametrize(
    "text",
    ["", "星期日", "106 年 9 月 10 日 抵達", "九月十日", "2017/9", "abc", "106年9月10日(星期八)"],
)
def test_parse_date_refuses_what_is_not_just_a_date(text: str) -> None:
    # (星期八) is not a weekday, so it is trailing text and the whole is no date.
    assert parse_date(text) is None
