"""The destination's time zone, looked up offline from where the photos were taken (GPS)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

from photoapp.domain.model import Photo

SAMPLE = 200  # enough photos to outvote a few taken at home or in transit


@lru_cache(maxsize=1)
def _finder() -> TimezoneFinder:
    from timezonefinder import TimezoneFinder  # with numpy: 0.3 s, paid only when asked

    return TimezoneFinder()  # loads its data once (~0.1 s)


def zone_at(latitude: float, longitude: float) -> str | None:
    """The IANA time zone at a place, or None at sea or where no zone is known."""
    name = _finder().timezone_at(lat=latitude, lng=longitude)
    return str(name) if name else None


def suggest_zone(photos: Iterable[Photo]) -> tuple[str, int] | None:
    """The time zone most of the photos with GPS were taken in, with how many; None without GPS."""
    counts: Counter[str] = Counter()
    for photo in photos:
        if photo.gps is None:
            continue
        zone = zone_at(*photo.gps)
        if zone:
            counts[zone] += 1
        if sum(counts.values()) >= SAMPLE:
            break
    if not counts:
        return None
    return counts.most_common(1)[0]
