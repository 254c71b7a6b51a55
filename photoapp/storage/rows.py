"""Turning database rows into domain records and back."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from photoapp.domain.capture_time import CaptureTime
from photoapp.domain.model import Day, Person, Photo, Trip


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def trip(row: sqlite3.Row) -> Trip:
    """A Trip from its row."""
    return Trip(
        title=row["title"],
        organisation=row["organisation"],
        destination=row["destination"],
        start=_date(row["start_date"]),
        end=_date(row["end_date"]),
        timezone=row["timezone"],
    )


def day(row: sqlite3.Row) -> Day:
    """A Day from its row."""
    return Day(id=row["id"], date=date.fromisoformat(row["date"]), label=row["label"])


def person(row: sqlite3.Row) -> Person:
    """A Person from its row."""
    return Person(
        id=row["id"],
        name=row["name"],
        title=row["title"],
        organisation=row["organisation"],
        display=row["display"],
        original_name=row["original_name"],
    )


def taken(row: sqlite3.Row) -> CaptureTime | None:
    """The capture time stored in a photo row."""
    if not row["taken_at"]:
        return None
    return CaptureTime(datetime.fromisoformat(row["taken_at"]), row["utc_offset"])


def photo(row: sqlite3.Row, people: tuple[int, ...], number: int | None) -> Photo:
    """A Photo from its row, its tagged people and its appendix number."""
    gps = (row["gps_lat"], row["gps_lon"]) if row["gps_lat"] is not None else None
    return Photo(
        id=row["id"],
        path=row["path"],
        file_size=row["file_size"],
        sha256=row["sha256"],
        width=row["width"],
        height=row["height"],
        taken=taken(row),
        camera_make=row["camera_make"],
        camera_model=row["camera_model"],
        orientation=row["orientation"],
        has_gps=bool(row["has_gps"]),
        gps=gps,
        imported_at=datetime.fromisoformat(row["imported_at"]),
        day_id=row["day_id"],
        caption=row["caption"],
        people=people,
        appendix_number=number,
        time_shift=row["time_shift"],
        phash=row["phash"],
        sharpness=row["sharpness"],
    )
