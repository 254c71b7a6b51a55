"""Suggesting an appendix: every day covered, the best of each group only, never blurred."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from photoapp.domain.capture_time import CaptureTime
from photoapp.domain.model import Day, Photo
from photoapp.domain.similarity import BLUR_FLOOR, SimilarGroup
from photoapp.domain.suggest import Reason, suggest_appendix

DAYS = [
    Day(1, date(2017, 9, 10), "抵達"),
    Day(2, date(2017, 9, 11), "全會"),
    Day(3, date(2017, 9, 12)),
]


def photo(
    pid: int,
    day: int | None,
    hour: float,
    *,
    sharpness: float = 0.05,
    people: tuple[int, ...] = (),
) -> Photo:
    when = datetime(2017, 9, 9 + (day or 1), 0, 0) + timedelta(hours=hour)
    return Photo(
        id=pid,
        path=f"{pid}.jpg",
        file_size=1,
        sha256=str(pid),
        width=4,
        height=3,
        taken=CaptureTime(when),
        day_id=day,
        sharpness=sharpness,
        people=people,
    )


def test_every_day_with_photos_gets_one_even_when_the_count_is_smaller() -> None:
    photos = [photo(1, 1, 9), photo(2, 2, 9), photo(3, 3, 9), photo(4, 3, 10)]
    chosen = suggest_appendix(photos, DAYS, [], count=1)
    assert [s.photo_id for s in chosen] == [1, 2, 3]
    assert {s.reason for s in chosen} == {Reason.DAY}


def test_more_slots_go_to_days_with_more_events_then_more_photos() -> None:
    photos = [
        photo(1, 1, 9),
        *(photo(10 + i, 2, 9 + 0.1 * i) for i in range(3)),  # one event of three
        photo(20, 2, 14),  # a second event of day 2
        photo(30, 3, 9),
    ]
    chosen = [s.photo_id for s in suggest_appendix(photos, DAYS, [], count=4)]
    assert chosen[:1] == [1] and chosen[-1] == 30
    assert 20 in chosen  # the other event of day 2 before a second photo of its first
    assert len(chosen) == 4


def test_only_the_best_of_a_group_and_never_a_blurred_photo() -> None:
    photos = [
        photo(1, 1, 9, sharpness=0.02),
        photo(2, 1, 9.001, sharpness=0.09),
        photo(3, 2, 9, sharpness=BLUR_FLOOR / 2),  # blurred: its day has nothing else
        photo(4, 2, 15, sharpness=0.05),
    ]
    groups = [SimilarGroup((1, 2), best=2)]
    chosen = [s.photo_id for s in suggest_appendix(photos, DAYS, groups, count=10)]
    assert chosen == [2, 4]


def test_people_tagged_are_preferred_and_the_order_is_by_day_and_time() -> None:
    photos = [
        photo(1, 2, 10, sharpness=0.09),
        photo(2, 2, 10.2, sharpness=0.03, people=(7,)),
        photo(3, 1, 11),
    ]
    chosen = suggest_appendix(photos, DAYS, [], count=2)
    assert [s.photo_id for s in chosen] == [3, 2]
    assert [s.day_id for s in chosen] == [1, 2]


def test_without_an_itinerary_the_photos_are_suggested_without_a_day() -> None:
    photos = [photo(1, None, 9), photo(2, None, 12)]
    chosen = suggest_appendix(photos, [], [], count=5)
    assert [(s.photo_id, s.day_id) for s in chosen] == [(1, None), (2, None)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([1, 2, 3, None]), st.floats(0, 23), st.floats(0, 0.2)),
        max_size=25,
    ),
    st.integers(0, 30),
)
def test_invariants(rows: list[tuple[int | None, float, float]], count: int) -> None:
    photos = [photo(i + 1, d, h, sharpness=s) for i, (d, h, s) in enumerate(rows)]
    chosen = suggest_appendix(photos, DAYS, [], count=count)
    ids = [s.photo_id for s in chosen]
    assert len(ids) == len(set(ids))
    by_id = {p.id: p for p in photos}
    assert all((by_id[i].sharpness or 0) >= BLUR_FLOOR for i in ids)
    days_with_photos = {p.day_id for p in photos if p.day_id and p.sharpness >= BLUR_FLOOR}
    assert {s.day_id for s in chosen if s.day_id} == days_with_photos
    assert len(ids) <= max(count, len(days_with_photos)) or not days_with_photos
    days = [DAYS[s.day_id - 1].date if s.day_id else date.max for s in chosen]
    assert days == sorted(days)


def test_within_an_event_more_people_then_a_caption_then_sharpness_decide() -> None:
    building = photo(1, 1, 9.0, sharpness=0.2)  # the sharpest, nobody in it
    host = photo(2, 1, 9.1, sharpness=0.05, people=(1,))
    group = photo(3, 1, 9.2, sharpness=0.04, people=(1, 2, 3))  # the delegation and hosts
    assert [s.photo_id for s in suggest_appendix([building, host, group], DAYS, [], 1)] == [3]
    captioned = replace(host, caption="市長致詞")
    plain = photo(4, 1, 9.3, sharpness=0.3, people=(2,))
    chosen = suggest_appendix([captioned, plain], DAYS, [], 1)
    assert [s.photo_id for s in chosen] == [2]  # the user captioned it: chosen once already


def test_of_two_events_alike_in_size_the_one_with_more_people_gets_a_single_slot() -> None:
    arrival = photo(1, 1, 15.5, people=(1,))
    welcome = photo(2, 1, 19.1, people=(1, 2))  # later, but the host is in it too
    chosen = suggest_appendix([arrival, welcome], DAYS, [], 1)
    assert [s.photo_id for s in chosen] == [2]


def test_a_blurred_best_chosen_by_the_user_does_not_lose_its_moment() -> None:
    shaken = replace(photo(1, 1, 9.0, sharpness=0.02), appendix_number=1)
    sharp = photo(2, 1, 9.001, sharpness=0.1)
    group = SimilarGroup((1, 2), best=1)  # in the appendix: the user's pick stays the best
    chosen = suggest_appendix([shaken, sharp], DAYS, [group], 1)
    assert [s.photo_id for s in chosen] == [2]  # the group's moment, by its sharp shot


def test_without_an_itinerary_each_capture_date_is_a_day() -> None:
    photos = [
        *(photo(10 + i, None, 9 + 0.1 * i) for i in range(4)),  # 10 Sep, one morning
        photo(20, None, 24 + 15),  # 11 Sep afternoon
        photo(30, None, 48 + 9),  # 12 Sep
    ]
    chosen = suggest_appendix(photos, [], [], count=3)
    assert [s.photo_id for s in chosen] == [10, 20, 30]  # every date, not three of the first
    assert {s.day_id for s in chosen} == {None}


def test_a_photo_whose_file_is_missing_is_never_suggested() -> None:
    gone = photo(1, 1, 9.0, people=(1, 2))
    there = photo(2, 1, 9.001, sharpness=0.04)
    group = SimilarGroup((1, 2), best=1)
    chosen = suggest_appendix([gone, there], DAYS, [group], 1, unavailable={1})
    assert [s.photo_id for s in chosen] == [2]  # its group's moment, by the file that is there
