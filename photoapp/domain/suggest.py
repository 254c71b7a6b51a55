"""Suggesting an appendix: from a trip's hundreds of photos, the few that go in.

The rules, in order: every itinerary day that has photos gets at least one; the rest of the
count goes to the days with more events (runs of photos with no gap over EVENT_GAP) first, then
to the days with more photos; a day's photos come one per event before a second of any event.
Only the best photo of each similar group is a candidate, and never a blurred one; among
candidates, photos with people tagged come first, then the sharpest. The suggestion is in day
and capture-time order. When `count` is smaller than the number of days with photos, every such
day still gets its one photo (the user asked for a count, but an appendix that skips a day of
the trip is not what they want); `Suggestion`s say why each photo was chosen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from photoapp.domain.model import Day, Photo
from photoapp.domain.placement import ClockShifts, corrected_time
from photoapp.domain.similarity import SimilarGroup, is_blurred

EVENT_GAP = timedelta(minutes=45)  # photos further apart than this are of another event


class Reason(Enum):
    """Why a photo is suggested; the text layer words it in the user's language."""

    DAY = "day"  # the best photo of its day
    EVENT = "event"  # the best photo of another event of its day
    PEOPLE = "people"  # more of a busy day: people tagged in it
    MORE = "more"  # more of a busy day: the next sharpest


@dataclass(frozen=True)
class Suggestion:
    """One suggested photo, its day (None: not on a day) and why it was chosen."""

    photo_id: int
    day_id: int | None
    reason: Reason


def candidates(
    photos: Sequence[Photo], groups: Sequence[SimilarGroup], unavailable: Collection[int] = ()
) -> list[Photo]:
    """The photos that may be suggested: the best of each group, photos in no group; never a
    blurred one (judged against its group, or alone against the absolute floor), nor one in
    `unavailable` (its file is missing: it could not be exported)."""
    by_id = {photo.id: photo for photo in photos}
    group_of: dict[int, list[Photo]] = {}
    for group in groups:
        members = [by_id[pid] for pid in group.photo_ids if pid in by_id]
        for pid in group.photo_ids:
            group_of[pid] = members
    # A group's best, unless blurred (the user may have put a shaken shot in the appendix):
    # then its sharpest photo that is not, so that the moment is not lost to the suggestion.
    best = set()
    for group in groups:
        members = group_of.get(group.photo_ids[0], [])
        chosen_one = next((p for p in members if p.id == group.best), None)
        if chosen_one is not None and (
            is_blurred(chosen_one, members) or chosen_one.id in unavailable
        ):
            sharp = [p for p in members if not is_blurred(p, members) and p.id not in unavailable]
            chosen_one = max(sharp, key=_sharpness, default=None)
        if chosen_one is not None:
            best.add(chosen_one.id)
    chosen = []
    for photo in photos:
        if photo.id in group_of and photo.id not in best:
            continue
        if is_blurred(photo, group_of.get(photo.id, ())) or photo.id in unavailable:
            continue
        chosen.append(photo)
    return chosen


def _sharpness(photo: Photo) -> tuple[float, int]:
    return (photo.sharpness if photo.sharpness is not None else 0.0, -photo.id)


def suggest_appendix(
    photos: Sequence[Photo],
    days: Sequence[Day],
    groups: Sequence[SimilarGroup],
    count: int,
    shifts: ClockShifts | None = None,
    unavailable: Collection[int] = (),
) -> list[Suggestion]:
    """Up to `count` photos (at least one per day with photos), in day and capture order.

    The days are the itinerary's; a project without an itinerary has its photos' capture
    dates (corrected clocks) as days instead, so that a trip is still covered day by day.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    shifts = shifts or ClockShifts()
    times = {photo.id: corrected_time(photo, shifts) for photo in photos}
    order = {day.id: (day.date, day.id) for day in days}
    # A bucket: ("day", day id, date), ("date", 0, date) without an itinerary, or the rest.
    rest = ("rest", 0, date.max)
    by_day: dict[tuple[str, int, date], list[Photo]] = defaultdict(list)
    for photo in candidates(photos, groups, unavailable):
        when = times[photo.id]
        if photo.day_id in order:
            key = ("day", photo.day_id, order[photo.day_id][0])
        elif not order and when is not None:
            key = ("date", 0, when.date())
        else:
            key = rest
        by_day[key].append(photo)
    dated_days = sorted((d for d in by_day if d != rest), key=lambda d: (d[2], d[1]))
    events = {day: _events(by_day[day], times) for day in by_day}
    slots: dict[tuple[str, int, date], int] = {day: 1 for day in dated_days}
    if not dated_days and rest in by_day:  # nothing dated: the rest is the trip
        slots[rest] = 1
    # The rest of the count: to the day with the most events not yet covered, then to the day
    # with the most photos for each slot it has.
    while sum(slots.values()) < count:
        open_days = [d for d in slots if slots[d] < len(by_day[d])]
        if not open_days:
            break
        chosen_day = max(
            open_days,
            key=lambda d: (
                len(events[d]) - slots[d] > 0,
                len(by_day[d]) / (slots[d] + 1),
                d != rest,
            ),
        )
        slots[chosen_day] += 1
    suggestions: list[tuple[tuple[object, ...], Suggestion]] = []
    for day, wanted in slots.items():
        day_id = day[1] if day[0] == "day" else None
        for photo, reason in _pick(events[day], wanted):
            taken = times[photo.id]
            sort_key = (day[2], day[1], taken is None, taken or datetime.min, photo.id)
            suggestions.append((sort_key, Suggestion(photo.id, day_id, reason)))
    suggestions.sort(key=lambda pair: pair[0])
    return [suggestion for _key, suggestion in suggestions]


def _pick(events: list[list[Photo]], wanted: int) -> list[tuple[Photo, Reason]]:
    """`wanted` photos of one day: the best of each event (largest events first), then more."""
    # Larger events first; of events alike in size, the one whose best photo ranks higher
    # (more people tagged) — not simply the earlier.
    ranked = sorted(
        (sorted(event, key=_rank) for event in events),
        key=lambda event: (-len(event), _rank(event[0])),
    )
    picked: list[tuple[Photo, Reason]] = []
    for number, event in enumerate(ranked):
        if len(picked) == wanted:
            return picked
        picked.append((event[0], Reason.DAY if number == 0 else Reason.EVENT))
    rest = sorted((photo for event in ranked for photo in event[1:]), key=_rank)
    for photo in rest[: wanted - len(picked)]:
        picked.append((photo, Reason.PEOPLE if photo.people else Reason.MORE))
    return picked


def _rank(photo: Photo) -> tuple[int, bool, float, int]:
    """The most people tagged first (a photo with the delegation and its hosts says more than
    one of a building), then one already captioned (the user has chosen it once), then the
    sharpest; ties to the earliest added."""
    sharpness = photo.sharpness if photo.sharpness is not None else 0.0
    return (-len(photo.people), not photo.caption, -sharpness, photo.id)


def _events(photos: list[Photo], times: dict[int, datetime | None]) -> list[list[Photo]]:
    """A day's photos in runs with no gap over EVENT_GAP (undated photos: one run of their own)."""
    dated = sorted((p for p in photos if times[p.id] is not None), key=lambda p: times[p.id])  # type: ignore[arg-type, return-value]
    undated = [p for p in photos if times[p.id] is None]
    runs: list[list[Photo]] = []
    previous: datetime | None = None
    for photo in dated:
        when = times[photo.id]
        assert when is not None
        if previous is None or when - previous > EVENT_GAP:
            runs.append([])
        runs[-1].append(photo)
        previous = when
    if undated:
        runs.append(undated)
    return runs
