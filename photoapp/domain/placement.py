"""Which itinerary day a photo belongs to: its capture time, corrected, in the destination's time.

Phones record their UTC offset, so their time can be moved into the destination's zone.
Cameras record only their clock, often still on home time or simply wrong: the user corrects a
camera's clock (or a few photos') by a shift, and the corrected clock time is taken as local.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone, tzinfo

from photoapp.domain.capture_time import CaptureTime
from photoapp.domain.model import Day, Photo


@dataclass(frozen=True)
class ClockShifts:
    """Corrections of camera clocks: per camera label, and per photo (which wins)."""

    by_camera: Mapping[str, int] = field(default_factory=dict)  # seconds
    by_photo: Mapping[int, int] = field(default_factory=dict)  # seconds

    def for_photo(self, photo: Photo) -> int:
        """Seconds to add to this photo's recorded time."""
        if photo.id in self.by_photo:
            return self.by_photo[photo.id]
        return self.by_camera.get(photo.camera, 0)


def local_time(taken: CaptureTime, shift_seconds: int, zone: tzinfo | None) -> datetime | None:
    """The corrected capture time as a wall-clock time at the destination.

    With a recorded UTC offset and a known destination zone the time is converted into that
    zone; otherwise the (corrected) camera clock is taken to show destination time. None when
    the result is not a date at all (a damaged date or a huge shift past the year 9999).
    """
    try:
        corrected = taken.local + timedelta(seconds=shift_seconds)
        if taken.offset_minutes is None or zone is None:
            return corrected
        aware = corrected.replace(tzinfo=timezone(timedelta(minutes=taken.offset_minutes)))
        return aware.astimezone(zone).replace(tzinfo=None)
    except (OverflowError, ValueError):
        return None


def corrected_time(photo: Photo, shifts: ClockShifts) -> datetime | None:
    """The photo's capture time on its camera's corrected clock (None: no date)."""
    if photo.taken is None:
        return None
    return local_time(photo.taken, shifts.for_photo(photo), None)


def day_of(
    photo: Photo, days: Sequence[Day], zone: tzinfo | None, shifts: ClockShifts
) -> Day | None:
    """The day whose date is the photo's local capture date, if the itinerary has it."""
    if photo.taken is None:
        return None
    when = local_time(photo.taken, shifts.for_photo(photo), zone)
    if when is None:
        return None
    return next((day for day in days if day.date == when.date()), None)


def assignment(
    photos: Iterable[Photo], days: Sequence[Day], zone: tzinfo | None, shifts: ClockShifts
) -> dict[int, int | None]:
    """Each dated photo's day id (None when its date is not on the itinerary).

    Photos without a date are left out: they keep the day the user gave them.
    """
    result: dict[int, int | None] = {}
    for photo in photos:
        if photo.taken is not None:
            day = day_of(photo, days, zone, shifts)
            result[photo.id] = day.id if day else None
    return result


@dataclass(frozen=True)
class DayChange:
    """A photo that a clock correction moves to another day (or off the itinerary)."""

    photo_id: int
    before: int | None
    after: int | None


def changes(
    photos: Iterable[Photo],
    days: Sequence[Day],
    zone: tzinfo | None,
    before: ClockShifts,
    after: ClockShifts,
) -> list[DayChange]:
    """What applying `after` instead of `before` would change, for the preview."""
    photos = list(photos)
    old = assignment(photos, days, zone, before)
    new = assignment(photos, days, zone, after)
    return [DayChange(pid, old[pid], new[pid]) for pid in new if old[pid] != new[pid]]


def shift_to_match(recorded: CaptureTime, actual: datetime) -> int:
    """The shift (seconds) that makes a recorded time read `actual` ("it was really 09:45")."""
    return round((actual - recorded.local).total_seconds())


_SHIFT = re.compile(
    r"^\s*([+-]?)\s*(?:(\d+):(\d{1,2})(?::(\d{1,2}))?|(\d+)\s*h|(\d+)\s*m(?:in)?)\s*$"
)


def parse_shift(text: str) -> int | None:
    """Seconds from a shift written `+1:00`, `-0:30`, `+1:00:30`, `+2h` or `90m`, else None."""
    match = _SHIFT.match(text)
    if not match:
        return None
    sign, hours, minutes, seconds, only_hours, only_minutes = match.groups()
    if only_hours is not None:
        total = int(only_hours) * 3600
    elif only_minutes is not None:
        total = int(only_minutes) * 60
    else:
        if int(minutes) >= 60 or (seconds is not None and int(seconds) >= 60):
            return None
        total = int(hours) * 3600 + int(minutes) * 60 + int(seconds or 0)
    return -total if sign == "-" else total
