"""Minguo (Republic of China) calendar dates as Taiwanese reports write them.

Minguo year = Gregorian year − 1911: 2017-09-10 is `106 年 9 月 10 日(星期日)` in a heading and
`106/9/10 (日)` in a list.
"""

from __future__ import annotations

from datetime import date

OFFSET = 1911
WEEKDAYS = "一二三四五六日"  # date.weekday(): Monday is 0


def minguo_year(day: date) -> int:
    """The Minguo year of a date (years before 1912 have none)."""
    if day.year <= OFFSET:
        raise ValueError(f"{day.isoformat()} is before the Minguo calendar")
    return day.year - OFFSET


def gregorian_year(minguo: int) -> int:
    """The Gregorian year of a Minguo year."""
    if minguo < 1:
        raise ValueError(f"Minguo year {minguo} does not exist")
    return minguo + OFFSET


def weekday_name(day: date) -> str:
    """The weekday as one character: 一 … 六, 日."""
    return WEEKDAYS[day.weekday()]


def heading(day: date) -> str:
    """`106 年 9 月 10 日(星期日)`: the form of the report's day headings."""
    return f"{minguo_year(day)} 年 {day.month} 月 {day.day} 日(星期{weekday_name(day)})"


def short(day: date) -> str:
    """`106/9/10 (日)`: the form used in lists."""
    return f"{minguo_year(day)}/{day.month}/{day.day} ({weekday_name(day)})"
