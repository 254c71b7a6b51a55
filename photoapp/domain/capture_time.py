"""When a photo was taken: the camera's local wall-clock time and, when known, its UTC offset.

Cameras write `YYYY:MM:DD HH:MM:SS` with no zone; phones add `OffsetTimeOriginal` ("+09:00")
and sub-seconds. A date that cannot be read is no date: never a made-up one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

# re.ASCII: \d is 0-9 only; "²" and other Unicode digits are not a date's digits.
_EXIF_DATETIME = re.compile(
    r"^\s*(\d{4})[:\-/](\d{1,2})[:\-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:[.,](\d+))?\s*(Z|[+\-]\d{2}:?\d{2})?\s*$",
    re.ASCII,
)
_OFFSET = re.compile(r"^\s*([+\-])(\d{2}):?(\d{2})\s*$", re.ASCII)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
# A capture time must survive being moved into any time zone (UTC-12 to UTC+14) and a
# generous clock correction: a date this close to year 1 or 9999 is a damaged one.
_MARGIN = timedelta(days=400)


@dataclass(frozen=True, order=True)
class CaptureTime:
    """Local time of capture, with the UTC offset in minutes when the file says it."""

    local: datetime  # naive: the clock on the camera
    offset_minutes: int | None = None

    def isoformat(self) -> str:
        """ISO 8601, with the offset when it is known."""
        if self.offset_minutes is None:
            return self.local.isoformat()
        return self.aware().isoformat()

    def aware(self) -> datetime:
        """The time as an aware datetime; only valid when the offset is known."""
        if self.offset_minutes is None:
            raise ValueError("capture time has no UTC offset")
        return self.local.replace(tzinfo=timezone(timedelta(minutes=self.offset_minutes)))

    @classmethod
    def from_iso(cls, text: str) -> CaptureTime:
        """Read back what `isoformat` wrote."""
        value = datetime.fromisoformat(text)
        if value.tzinfo is None:
            return cls(value)
        delta = value.utcoffset()
        minutes = int(delta.total_seconds() // 60) if delta is not None else None
        return cls(value.replace(tzinfo=None), minutes)


def parse_offset(text: str | None) -> int | None:
    """Minutes east of UTC from an EXIF OffsetTime value ("+09:00"), or None if unreadable."""
    if not text:
        return None
    match = _OFFSET.match(text)
    if not match:
        return None
    sign, hours, minutes = match.groups()
    total = int(hours) * 60 + int(minutes)
    if total > 14 * 60 or int(minutes) >= 60:
        return None
    return -total if sign == "-" else total


def parse_exif_datetime(
    text: str | None, offset: str | None = None, subsec: str | None = None
) -> CaptureTime | None:
    """Read an EXIF or XMP date-time; None for blanks, zeros and impossible dates.

    XMP values may carry their own offset ("2017-09-11T09:47:00+09:00"); an explicit
    OffsetTime tag wins over it.
    """
    if not text:
        return None
    match = _EXIF_DATETIME.match(text.strip("\x00 "))
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    if int(year) < 1900:
        return None
    try:
        local = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
        _ = local + _MARGIN  # raises OverflowError near the end of the calendar
    except (ValueError, OverflowError):
        return None
    digits = (subsec or "").strip("\x00 ") or (fraction or "")
    if _DIGITS.fullmatch(digits):  # not str.isdigit: it accepts "²", which int() refuses
        local = local.replace(microsecond=int(digits[:6].ljust(6, "0")))
    minutes = parse_offset(offset)
    if minutes is None and zone:
        minutes = 0 if zone == "Z" else parse_offset(zone)
    return CaptureTime(local, minutes)
