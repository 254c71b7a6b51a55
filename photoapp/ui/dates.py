"""Dates as the interface shows them: Minguo or Gregorian, in the interface's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from photoapp.domain import minguo
from photoapp.domain.capture_time import CaptureTime
from photoapp.ui import i18n, settings


def list_date(day: date) -> str:
    """`106/9/11 (一)` (Minguo), `2017/9/11 (一)` (Gregorian), or `Mon 11 Sep 2017` in English."""
    if i18n.current_language() != "zh_TW":
        return QLocale(QLocale.Language.English).toString(
            QDate(day.year, day.month, day.day), "ddd d MMM yyyy"
        )
    if settings.MINGUO_DATES.get() and day.year > minguo.OFFSET:
        return minguo.short(day)
    return f"{day.year}/{day.month}/{day.day} ({minguo.weekday_name(day)})"


def capture_time(taken: CaptureTime | None) -> str:
    """When a photo was taken, its date written as the lists write days (`106/9/11 (一)
    09:47:00 +09:00` in zh_TW, `Mon 11 Sep 2017 09:47:00 +09:00` in English), or a dash when
    the photo has no date."""
    if taken is None:
        return "—"
    text = f"{list_date(taken.local.date())} {taken.local.strftime('%H:%M:%S')}"
    if taken.offset_minutes is not None:
        sign = "+" if taken.offset_minutes >= 0 else "-"
        hours, minutes = divmod(abs(taken.offset_minutes), 60)
        text += f" {sign}{hours:02d}:{minutes:02d}"
    return text
