"""Photos read back from the project file are the Photos their constructor makes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from photoapp.domain.capture_time import CaptureTime
from photoapp.domain.model import Photo
from photoapp.storage import rows


def _values(**changed: object) -> tuple[object, ...]:
    base: dict[str, object] = {
        "id": 7, "path": "相片/IMG_1.JPG", "file_size": 4_000_000, "sha256": "ab" * 32,
        "width": 4000, "height": 3000, "taken_at": "2017-09-10T08:30:00", "utc_offset": 540,
        "camera_make": "Apple", "camera_model": "iPhone 8", "orientation": 6, "has_gps": 1,
        "gps_lat": 36.35, "gps_lon": 127.38, "imported_at": "2026-12-03T06:45:22+00:00",
        "day_id": 2, "caption": "大田市長致詞", "time_shift": 3600, "phash": -5,
        "sharpness": 0.25,
    }  # fmt: skip
    base.update(changed)
    return tuple(base[name] for name in rows.PHOTO_COLUMNS)


@pytest.mark.parametrize(
    "changed",
    [{}, {"taken_at": None, "utc_offset": None}, {"gps_lat": None, "gps_lon": None, "has_gps": 0},
     {"day_id": None, "time_shift": None, "phash": None, "sharpness": None}],
)  # fmt: skip
def test_a_photo_from_its_values_equals_the_constructed_one(changed: dict[str, object]) -> None:
    values = dict(zip(rows.PHOTO_COLUMNS, _values(**changed), strict=True))
    made = rows.photo_from_values(_values(**changed), (3, 1), 12)
    taken = values["taken_at"]
    expected = Photo(
        id=7,
        path="相片/IMG_1.JPG",
        file_size=4_000_000,
        sha256="ab" * 32,
        width=4000,
        height=3000,
        taken=CaptureTime(datetime(2017, 9, 10, 8, 30), values["utc_offset"])  # type: ignore[arg-type]
        if taken
        else None,
        camera_make="Apple",
        camera_model="iPhone 8",
        orientation=6,
        has_gps=bool(values["has_gps"]),
        gps=(36.35, 127.38) if values["gps_lat"] is not None else None,
        imported_at=datetime(2026, 12, 3, 6, 45, 22, tzinfo=UTC),
        day_id=values["day_id"],  # type: ignore[arg-type]
        caption="大田市長致詞",
        people=(3, 1),
        appendix_number=12,
        time_shift=values["time_shift"],  # type: ignore[arg-type]
        phash=values["phash"],  # type: ignore[arg-type]
        sharpness=values["sharpness"],  # type: ignore[arg-type]
    )
    assert made == expected and hash(made) == hash(expected)
    assert vars(made) == vars(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.caption = "x"  # type: ignore[misc]
    assert dataclasses.replace(made, caption="x").caption == "x"


def test_every_photo_field_is_filled() -> None:
    made = rows.photo_from_values(_values(), (), None)
    assert set(vars(made)) == {f.name for f in dataclasses.fields(Photo)}


def test_photo_fields_are_checked_once_not_at_each_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field added to Photo and not to photo_from_values is caught when the module loads
    (rows._check_photo_fields); each row of a 5,000-photo project is not checked again."""
    monkeypatch.setattr(rows, "_PHOTO_FIELDS", rows._PHOTO_FIELDS | {"added_later"})
    with pytest.raises(TypeError, match="added_later"):
        rows._check_photo_fields()
    assert rows.photo_from_values(_values(), (), None).id == _values()[0]
