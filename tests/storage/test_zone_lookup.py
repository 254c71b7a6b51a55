"""Time zones from GPS, offline."""

from __future__ import annotations

from photoapp.domain.model import Photo
from photoapp.storage.zone_lookup import suggest_zone, zone_at


def _photo(pid: int, gps: tuple[float, float] | None) -> Photo:
    return Photo(pid, f"{pid}.jpg", 1, str(pid), 4, 3, gps=gps, has_gps=gps is not None)


def test_zone_at_places() -> None:
    assert zone_at(36.3504, 127.3845) == "Asia/Seoul"  # Daejeon
    assert zone_at(21.9588, 96.0891) == "Asia/Yangon"  # Mandalay
    assert zone_at(25.0330, 121.5654) == "Asia/Taipei"


def test_the_most_common_zone_wins() -> None:
    photos = [_photo(1, (25.08, 121.23)), _photo(2, (36.35, 127.38)), _photo(3, (36.33, 127.43)),
              _photo(4, None)]  # fmt: skip
    assert suggest_zone(photos) == ("Asia/Seoul", 2)
    assert suggest_zone([_photo(5, None)]) is None
