"""Placing photos on itinerary days by their corrected local capture time."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from photoapp.domain.capture_time import CaptureTime
from photoapp.domain.model import Day, Photo
from photoapp.domain.placement import (
    ClockShifts,
    assignment,
    changes,
    local_time,
    shift_to_match,
)

SEOUL = ZoneInfo("Asia/Seoul")
DAYS = [Day(1, date(2017, 9, 10)), Day(2, date(2017, 9, 11))]


def _photo(pid: int, when: str, offset: int | None = None, model: str = "") -> Photo:
    taken = CaptureTime(datetime.fromisoformat(when), offset)
    return Photo(pid, f"{pid}.jpg", 1, str(pid), 10, 10, taken=taken, camera_model=model)


def test_offsets_are_moved_into_the_destination_zone() -> None:
    taipei_phone = CaptureTime(datetime(2017, 9, 10, 23, 40), 8 * 60)
    assert local_time(taipei_phone, 0, SEOUL) == datetime(2017, 9, 11, 0, 40)
    assert local_time(taipei_phone, 0, None) == datetime(2017, 9, 10, 23, 40)
    camera = CaptureTime(datetime(2017, 9, 10, 23, 20))
    assert local_time(camera, 3600, SEOUL) == datetime(2017, 9, 11, 0, 20)


def test_assignment_and_its_changes_under_a_correction() -> None:
    photos = [
        _photo(1, "2017-09-11T00:30", 540),  # Seoul phone
        _photo(2, "2017-09-10T23:40", 480),  # phone still on Taipei time
        _photo(3, "2017-09-10T23:20", model="EOS 80D"),  # camera an hour behind
        _photo(4, "2017-09-15T10:00"),  # after the trip
        Photo(5, "5.jpg", 1, "5", 10, 10),  # no date: left out
    ]
    before = ClockShifts()
    assert assignment(photos, DAYS, SEOUL, before) == {1: 2, 2: 2, 3: 1, 4: None}
    after = ClockShifts(by_camera={"EOS 80D": 3600})
    moved = changes(photos, DAYS, SEOUL, before, after)
    assert [(c.photo_id, c.before, c.after) for c in moved] == [(3, 1, 2)]
    per_photo = ClockShifts(by_camera={"EOS 80D": 3600}, by_photo={3: 0})
    assert assignment(photos, DAYS, SEOUL, per_photo)[3] == 1


def test_shift_to_match_an_actual_time() -> None:
    recorded = CaptureTime(datetime(2017, 9, 10, 8, 45))
    assert shift_to_match(recorded, datetime(2017, 9, 10, 9, 45)) == 3600


def test_shifts_as_people_write_them() -> None:
    from photoapp.domain.placement import parse_shift

    assert parse_shift("+1:00") == 3600
    assert parse_shift("-0:30") == -1800
    assert parse_shift("+1:00:30") == 3630
    assert parse_shift("2h") == 7200
    assert parse_shift("-90m") == -5400
    assert parse_shift("1:75") is None
    assert parse_shift("an hour") is None


def test_times_past_the_calendar_are_placed_nowhere() -> None:
    """Stored by an older version: placing them must not raise OverflowError."""
    end = CaptureTime(datetime(9999, 12, 31, 23, 59, 59), -720)
    assert local_time(end, 0, SEOUL) is None
    assert local_time(CaptureTime(datetime(2017, 9, 10)), 10**15, None) is None
    photos = [_photo(1, "9999-12-31T23:59:59", -720), _photo(2, "2017-09-10T10:00")]
    assert assignment(photos, DAYS, SEOUL, ClockShifts()) == {1: None, 2: 1}
    huge = ClockShifts(by_photo={2: 10**12})
    assert assignment(photos, DAYS, SEOUL, huge) == {1: None, 2: None}
