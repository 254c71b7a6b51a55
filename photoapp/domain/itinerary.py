"""Reading the itinerary's days out of a trip report's text, and writing a day heading back.

A report's 過程 chapter gives each day a heading line that starts with the date, e.g.
`106 年 9 月 10 日(星期日)`, optionally followed by a label (`9月11日（一）：大田 APCS 全會`).
`parse_itinerary` turns each such line into one suggested day and reports, never silently
fixes, headings it cannot trust.

Rules, in the order they apply to each line:

- A heading is a line whose text, after leading white space and an optional list marker
  (`一、`, `(一)`, `1.`, `第1天`, a bullet), starts with a date. Dates later in a line are prose.
- Accepted dates: Minguo `106 年 9 月 10 日`, `民國106年9月10日`, `106/9/10`; Gregorian
  `2017年9月10日`, `2017/9/10`, `2017-09-10`, `2017.9.10`; year-less `9月10日`. Full-width
  digits, spaces and brackets count as their ASCII forms; `號` may stand for `日`. A year of
  up to three digits is Minguo, four digits Gregorian. Numeric forms need a 3- or 4-digit year,
  so `10.1.2` section numbers and `9/10` fractions are never dates.
- A weekday may follow: `(星期日)`, `(週日)`, `(日)`, `（禮拜天）`, `星期日`, or none.
- The label is the rest of the line after separators (`：`, `、`, `－`, spaces...). When it is
  empty, the next non-empty line is the label if it is short (≤ LABEL_MAX_CHARS), is not a
  sentence (no `。`), does not itself start with a date and is not a chapter heading; this
  covers headings on a line of their own and itinerary tables read cell by cell.
- A line whose rest is a sentence (longer than LABEL_MAX_CHARS, or containing `。`) is prose
  that happens to start with a date (`9月10日本團抵達仁川，…。`): not a heading, no warning.
- A date followed by `至`, `到`, `~` or `-` and another date (`9月10日至13日`) is a period, not
  a day: not a heading.
- A year-less date takes the year that puts it within, or closest to, the trip; without trip
  dates, the year that puts it closest to the previous heading's date (so `12月31日` then
  `1月1日` crosses the new year); with neither it is a YEAR_UNKNOWN warning and no day.
- A date that does not exist (`106 年 13 月 40 日`, `2月30日`) is an UNREADABLE_DATE warning and
  no day.
- A weekday that contradicts the date is a WEEKDAY_MISMATCH warning, and the day is still
  created with the date as written: people copy a weekday wrongly more often than a date, and
  the warning shows both so the user can decide.
- A date already seen is a DUPLICATE_DATE warning; the first heading's day stands.
- When both trip dates are given, a date outside them is an OUTSIDE_TRIP warning and no day:
  such lines are most often the report's own date on its cover (`中華民國 106 年 11 月 30 日`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import MAXYEAR, MINYEAR, date
from enum import Enum

from photoapp.domain.minguo import OFFSET, heading, weekday_name

LABEL_MAX_CHARS = 40  # a day label is a few words; anything longer is a sentence

# One character for one character, so an index into the normalised line is an index into the
# original one and labels keep exactly what the author wrote.
_NORMALISE = str.maketrans(
    {
        **{chr(0xFF10 + digit): str(digit) for digit in range(10)},  # ０-９
        "\u3000": " ",  # ideographic space
        "\u00a0": " ",  # no-break space, common in text pasted from Word
        "\u200b": " ",  # zero-width space
        "\ufeff": " ",  # byte-order mark left at the start of a file
        "（": "(",
        "）": ")",
        "［": "(",
        "］": ")",
        "〔": "(",
        "〕": ")",
        "【": "(",
        "】": ")",
        "／": "/",
        "－": "-",
        "．": ".",
        "：": ":",
        "～": "~",
    }
)

_SP = r"[ \t]*"
_ERA = r"(?P<era>(?:中華)?民國|西元|公元)?" + _SP
_DAY_MARK = r"[日號号]"
_DATE_FORMS = (
    re.compile(
        rf"{_ERA}(?P<year>[0-9]{{1,4}}){_SP}年{_SP}(?P<month>[0-9]{{1,2}}){_SP}月{_SP}"
        rf"(?P<day>[0-9]{{1,2}}){_SP}{_DAY_MARK}"
    ),
    re.compile(
        rf"{_ERA}(?P<year>[0-9]{{3,4}})(?P<sep>[/.\-])(?P<month>[0-9]{{1,2}})(?P=sep)"
        r"(?P<day>[0-9]{1,2})(?![0-9])"
    ),
    re.compile(rf"(?P<month>[0-9]{{1,2}}){_SP}月{_SP}(?P<day>[0-9]{{1,2}}){_SP}{_DAY_MARK}"),
)
_WEEKDAY_WORD = r"(?:星期|週|周|禮拜|礼拜)"
_WEEKDAY_CHAR = r"[一二三四五六日天]"
_WEEKDAY = re.compile(
    rf"{_SP}(?:\({_SP}{_WEEKDAY_WORD}?{_SP}(?P<bracketed>{_WEEKDAY_CHAR}){_SP}\)"
    rf"|{_WEEKDAY_WORD}{_SP}(?P<bare>{_WEEKDAY_CHAR}))"
)
_CJK_NUMBER = "一二三四五六七八九十"
_LIST_MARKER = re.compile(
    rf"(?:[{_CJK_NUMBER}]{{1,3}}[、.]|\({_SP}[{_CJK_NUMBER}0-9]{{1,3}}{_SP}\)"
    rf"|[0-9]{{1,2}}[.、)]|第{_SP}[{_CJK_NUMBER}0-9]{{1,3}}{_SP}[天日]"
    r"|[•●○◆◇■□▪‧·*\-])[ \t:、,]*"
)
_PERIOD_LINK = re.compile(rf"{_SP}(?:至|到|~|-|–|—){_SP}")
_DAY_ONLY = re.compile(rf"[0-9]{{1,2}}{_SP}{_DAY_MARK}|[0-9]{{1,2}}/[0-9]{{1,2}}")
_CHAPTER = re.compile(rf"第{_SP}[{_CJK_NUMBER}0-9]+{_SP}[章節篇]|附錄|附件")
_LABEL_SEPARATORS = " \t\u3000:：、,，;；-－–—~～|｜.．"
_SENTENCE_END = "。"


class WarningKind(Enum):
    """Why a heading line did not become a day exactly as written."""

    WEEKDAY_MISMATCH = "weekday-mismatch"  # day created, with the date as written
    UNREADABLE_DATE = "unreadable-date"  # no day
    DUPLICATE_DATE = "duplicate-date"  # no second day
    YEAR_UNKNOWN = "year-unknown"  # year-less date and nothing to take a year from: no day
    OUTSIDE_TRIP = "outside-trip"  # no day


@dataclass(frozen=True)
class ParsedDay:
    """One suggested itinerary day; `line_number` (1-based) is its heading's line."""

    date: date
    label: str
    line_number: int


@dataclass(frozen=True)
class ItineraryWarning:
    """A heading line the user should look at; weekdays are one character, 一 … 日."""

    kind: WarningKind
    line: str  # the heading line, stripped
    line_number: int  # 1-based, counted as str.splitlines() counts
    date: date | None = None  # the date read, when there is one
    written_weekday: str | None = None
    real_weekday: str | None = None


@dataclass(frozen=True)
class ItineraryParse:
    """The days found, in order of appearance, and the warnings, in line order."""

    days: list[ParsedDay] = field(default_factory=list)
    warnings: list[ItineraryWarning] = field(default_factory=list)


@dataclass(frozen=True)
class _Written:
    """A date as a line writes it, before anyone checks that it exists."""

    year: int | None  # Gregorian year; None when the line gives none
    month: int
    day: int
    weekday: str | None  # 一 … 日
    end: int  # index just past the date and its weekday
    year_ok: bool = True  # False for a year no calendar here has (Minguo 0, Gregorian 1066)


@dataclass(frozen=True)
class _Heading:
    written: _Written
    label: str


@dataclass(frozen=True)
class _Trip:
    """The trip dates as given: year-less dates are placed near them, and when both are known
    no day is taken outside them."""

    start: date | None
    end: date | None

    @classmethod
    def of(cls, start: date | None, end: date | None) -> _Trip:
        if start is not None and end is not None and end < start:
            start, end = end, start  # swapped bounds are a slip, not an empty trip
        return cls(start, end)

    def contains(self, day: date) -> bool | None:
        """Whether the day is within the trip; None when either bound is unknown."""
        if self.start is None or self.end is None:
            return None
        return self.start <= day <= self.end


def parse_itinerary(
    text: str, *, trip_start: date | None = None, trip_end: date | None = None
) -> ItineraryParse:
    """One suggested day per day-heading line of `text`, and warnings for doubtful headings."""
    lines = text.splitlines()
    trip = _Trip.of(trip_start, trip_end)
    days: list[ParsedDay] = []
    warnings: list[ItineraryWarning] = []
    taken: set[date] = set()
    previous: date | None = None  # the last date read: year-less dates follow it
    for index, line in enumerate(lines):
        found = _heading(line)
        if found is None:
            continue
        number, shown = index + 1, line.strip()
        resolved = _resolve(found.written, trip, previous)
        if isinstance(resolved, WarningKind):
            warnings.append(ItineraryWarning(resolved, shown, number))
            continue
        previous = resolved
        mismatch = _weekday_warning(found.written, resolved, shown, number)
        if mismatch is not None:
            warnings.append(mismatch)
        refused = _refused(resolved, trip, taken)
        if refused is not None:
            warnings.append(ItineraryWarning(refused, shown, number, resolved))
            continue
        taken.add(resolved)
        days.append(ParsedDay(resolved, found.label or _label_below(lines, index), number))
    return ItineraryParse(days, warnings)


def parse_date(
    text: str, *, trip_start: date | None = None, trip_end: date | None = None
) -> date | None:
    """The date `text` writes in any form a heading accepts, or None.

    The whole text must be the date, optionally with its weekday. None also when the date does
    not exist, when its weekday contradicts it (a single field has nowhere to put a warning),
    or when it has no year and no trip dates to take one from.
    """
    normal = text.translate(_NORMALISE).strip()
    written = _read_date(normal, 0)
    if written is None or normal[written.end :].strip():
        return None
    resolved = _resolve(written, _Trip.of(trip_start, trip_end), None)
    if isinstance(resolved, WarningKind):
        return None
    if written.weekday is not None and written.weekday != weekday_name(resolved):
        return None
    return resolved


def format_heading(day: date, label: str, *, minguo: bool = True) -> str:
    """`106 年 9 月 10 日(星期日) label`, or with the Gregorian year when `minguo` is False.

    The label goes on the same line after one space; line breaks in it become spaces.
    `parse_itinerary` reads the line back as the same day and label when the label is one it
    would take (at most LABEL_MAX_CHARS characters, no `。`).
    """
    if minguo:
        head = heading(day)
    else:
        head = f"{day.year} 年 {day.month} 月 {day.day} 日(星期{weekday_name(day)})"
    words = " ".join(part.strip() for part in label.splitlines() if part.strip())
    return f"{head} {words}" if words else head


def _heading(line: str) -> _Heading | None:
    """The date and label of a heading line, or None when the line is not a day heading."""
    normal = line.translate(_NORMALISE)
    written = _date_at_start(normal)
    if written is None or _is_period(normal, written.end):
        return None
    label = line[written.end :].lstrip(_LABEL_SEPARATORS).strip()
    if _is_sentence(label):
        return None
    return _Heading(written, label)


def _date_at_start(normal: str) -> _Written | None:
    """The date a normalised line starts with, possibly after a list marker."""
    start = len(normal) - len(normal.lstrip())
    written = _read_date(normal, start)
    if written is not None:
        return written
    # Only now try a list marker: `2017.9.10` must stay a date, not become marker `2017.`.
    marker = _LIST_MARKER.match(normal, start)
    return _read_date(normal, marker.end()) if marker else None


def _read_date(normal: str, start: int) -> _Written | None:
    """The date written at `start` of a normalised line, with its weekday if one follows."""
    for form in _DATE_FORMS:
        match = form.match(normal, start)
        if match is None:
            continue
        groups = match.groupdict()
        year, year_ok = _gregorian(groups.get("era"), groups.get("year"))
        weekday = _WEEKDAY.match(normal, match.end())
        written_weekday = None
        end = match.end()
        if weekday is not None:
            char = weekday.group("bracketed") or weekday.group("bare")
            written_weekday = "日" if char == "天" else char
            end = weekday.end()
        return _Written(
            year, int(groups["month"]), int(groups["day"]), written_weekday, end, year_ok
        )
    return None


def _gregorian(era: str | None, digits: str | None) -> tuple[int | None, bool]:
    """The Gregorian year a written year stands for, and whether such a year can be."""
    if digits is None:
        return None, True
    year = int(digits)
    is_minguo = (era is not None and "民國" in era) or (era is None and len(digits) <= 3)
    if is_minguo:
        return year + OFFSET, 1 <= year <= 999
    return year, year > OFFSET  # a Gregorian year before the Republic is a misreading


def _is_period(normal: str, end: int) -> bool:
    """Whether a date is the start of a period (`9月10日至13日`) rather than a day."""
    link = _PERIOD_LINK.match(normal, end)
    if link is None:
        return False
    return _read_date(normal, link.end()) is not None or bool(_DAY_ONLY.match(normal, link.end()))


def _is_sentence(text: str) -> bool:
    return len(text) > LABEL_MAX_CHARS or _SENTENCE_END in text


def _label_below(lines: list[str], index: int) -> str:
    """The next non-empty line, when it reads as the label of the heading above it."""
    for line in lines[index + 1 :]:
        candidate = line.strip()
        if not candidate:
            continue
        normal = candidate.translate(_NORMALISE)
        if _is_sentence(candidate) or _date_at_start(normal) is not None or _CHAPTER.match(normal):
            return ""
        return candidate
    return ""


def _resolve(written: _Written, trip: _Trip, previous: date | None) -> date | WarningKind:
    """The real date a written one stands for, or the reason there is none."""
    if not written.year_ok or not (1 <= written.month <= 12 and 1 <= written.day <= 31):
        return WarningKind.UNREADABLE_DATE
    year = written.year
    if year is None:
        # The trip decides when it is known; otherwise the previous heading's date does.
        has_trip = trip.start is not None or trip.end is not None
        low, high = _ordered(trip.start, trip.end) if has_trip else (previous, previous)
        if low is None or high is None:
            return WarningKind.YEAR_UNKNOWN
        year = _closest_year(written.month, written.day, low, high)
    try:
        return date(year, written.month, written.day)
    except ValueError:
        return WarningKind.UNREADABLE_DATE


def _closest_year(month: int, day: int, low: date, high: date) -> int:
    """The year that puts month/day within, or nearest to, low…high.

    The day is clamped to the month's length only to measure the distance, so `2月29日` near a
    non-leap year picks that year and is then reported unreadable instead of moving to a leap
    year far from the trip.
    """

    def distance(year: int) -> int:
        near = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if near < low:
            return (low - near).days
        return max(0, (near - high).days)

    # Only years a date can have: a trip in year 1 or 9999 has no neighbour on one side.
    years = range(max(MINYEAR, low.year - 1), min(MAXYEAR, high.year + 1) + 1)
    return min(years, key=distance)


def _refused(day: date, trip: _Trip, taken: set[date]) -> WarningKind | None:
    """Why an existing date still gives no day, if it does not."""
    if trip.contains(day) is False:
        return WarningKind.OUTSIDE_TRIP
    if day in taken:
        return WarningKind.DUPLICATE_DATE
    return None


def _weekday_warning(
    written: _Written, real: date, line: str, number: int
) -> ItineraryWarning | None:
    real_weekday = weekday_name(real)
    if written.weekday is None or written.weekday == real_weekday:
        return None
    return ItineraryWarning(
        WarningKind.WEEKDAY_MISMATCH, line, number, real, written.weekday, real_weekday
    )


def _ordered(first: date | None, second: date | None) -> tuple[date | None, date | None]:
    """Both bounds of a trip; one given bound stands for both."""
    return first or second, second or first
