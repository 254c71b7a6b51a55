"""Reading EXIF and XMP date-times without ever inventing one."""

from datetime import datetime

import pytest

from photoapp.domain.capture_time import CaptureTime, parse_exif_datetime, parse_offset


def test_camera_time_without_offset() -> None:
    taken = parse_exif_datetime("2017:09:11 09:47:00")
    assert taken == CaptureTime(datetime(2017, 9, 11, 9, 47))
    assert taken.isoformat() == "2017-09-11T09:47:00"


def test_phone_time_with_offset_and_subseconds() -> None:
    taken = parse_exif_datetime("2017:09:11 09:47:00", "+09:00", "123")
    assert taken is not None
    assert taken.offset_minutes == 540
    assert taken.local.microsecond == 123000
    assert taken.isoformat() == "2017-09-11T09:47:00.123000+09:00"


def test_xmp_time_carries_its_own_offset() -> None:
    taken = parse_exif_datetime("2017-09-11T09:47:00-03:30")
    assert taken is not None and taken.offset_minutes == -210


@pytest.mark.parametrize(
    "text", ["", "0000:00:00 00:00:00", "    :  :     :  :  ", "2017:13:40 10:00:00", "yesterday"]
)
def test_unreadable_dates_are_no_date(text: str) -> None:
    assert parse_exif_datetime(text) is None


@pytest.mark.parametrize("text", ["+25:00", "09:00", "+09:75", "Z9"])
def test_unreadable_offsets_are_dropped(text: str) -> None:
    assert parse_offset(text) is None


def test_iso_round_trip() -> None:
    for taken in (
        CaptureTime(datetime(2017, 9, 11, 9, 47, 1, 500)),
        CaptureTime(datetime(2017, 9, 11, 9, 47), 540),
        CaptureTime(datetime(2017, 9, 11, 9, 47), -300),
    ):
        assert CaptureTime.from_iso(taken.isoformat()) == taken


@pytest.mark.parametrize("subsec", ["²", "١٢", "12a", "-5", " "])
def test_subseconds_that_are_not_ascii_digits_are_ignored(subsec: str) -> None:
    taken = parse_exif_datetime("2017:09:11 09:47:00", "+09:00", subsec)
    assert taken == CaptureTime(datetime(2017, 9, 11, 9, 47), 540)


@pytest.mark.parametrize(
    "text", ["9999:12:31 23:59:59", "9999:06:01 00:00:00", "2017:09:1١ 10:00:00"]
)
def test_dates_that_cannot_be_moved_into_a_zone_are_no_date(text: str) -> None:
    assert parse_exif_datetime(text, "-12:00") is None
