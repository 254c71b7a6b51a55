"""Turning database rows into domain records and back."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import Any

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


# The photo columns in the order `photo_from_values` takes them: `photos` selects them by name
# and reads each row as a plain tuple (a 5,000-photo project opens on these).
PHOTO_COLUMNS = (
    "id", "path", "file_size", "sha256", "width", "height", "taken_at", "utc_offset",
    "camera_make", "camera_model", "orientation", "has_gps", "gps_lat", "gps_lon",
    "imported_at", "day_id", "caption", "time_shift", "phash", "sharpness",
)  # fmt: skip
_PHOTO_FIELDS = frozenset(f.name for f in fields(Photo))
# A Photo is filled in directly, as its generated __init__ would (a frozen dataclass's
# __init__ sets each of its 20 fields through object.__setattr__: 7 µs a photo, a third of the
# time a project's photos take to read). Only while Photo has no __post_init__ to skip.
assert not hasattr(Photo, "__post_init__") and not hasattr(Photo, "__slots__")


def photo(row: sqlite3.Row, people: tuple[int, ...], number: int | None) -> Photo:
    """A Photo from its row, its tagged people and its appendix number."""
    return photo_from_values(tuple(row[name] for name in PHOTO_COLUMNS), people, number)


def photo_from_values(values: Sequence[Any], people: tuple[int, ...], number: int | None) -> Photo:
    """A Photo from its PHOTO_COLUMNS' values, its tagged people and its appendix number."""
    (photo_id, path, file_size, sha256, width, height, taken_at, utc_offset, camera_make,
     camera_model, orientation, has_gps, gps_lat, gps_lon, imported_at, day_id, caption,
     time_shift, phash, sharpness) = values  # fmt: skip
    made = object.__new__(Photo)
    made.__dict__.update(
        id=photo_id,
        path=path,
        file_size=file_size,
        sha256=sha256,
        width=width,
        height=height,
        taken=CaptureTime(datetime.fromisoformat(taken_at), utc_offset) if taken_at else None,
        camera_make=camera_make,
        camera_model=camera_model,
        orientation=orientation,
        has_gps=bool(has_gps),
        gps=(gps_lat, gps_lon) if gps_lat is not None else None,
        imported_at=datetime.fromisoformat(imported_at),
        day_id=day_id,
        caption=caption,
        people=people,
        appendix_number=number,
        time_shift=time_shift,
        phash=phash,
        sharpness=sharpness,
    )
    return made


def _check_photo_fields() -> None:
    """Raise TypeError if Photo has a field `photo_from_values` does not fill in, or the other
    way round: checked once, here, as every photo gets the same fields (not at each of a
    5,000-photo project's rows)."""
    values: list[Any] = [None] * len(PHOTO_COLUMNS)
    values[PHOTO_COLUMNS.index("imported_at")] = "2000-01-01T00:00:00"
    made = photo_from_values(values, (), None)
    if made.__dict__.keys() != _PHOTO_FIELDS:  # a field added to Photo and not here
        raise TypeError(f"Photo fields differ: {sorted(made.__dict__.keys() ^ _PHOTO_FIELDS)}")


_check_photo_fields()
