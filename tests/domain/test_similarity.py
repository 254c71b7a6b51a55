"""Grouping alike photos, picking the best of a group, and telling blurred ones (pure rules)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from photoapp.domain.capture_time import CaptureTime
from photoapp.domain.model import Photo
from photoapp.domain.placement import ClockShifts
from photoapp.domain.similarity import (
    BLUR_FLOOR,
    BURST_BITS,
    BURST_SECONDS,
    EVENT_SECONDS,
    NEAR_BITS,
    UNDATED_NEAR_BITS,
    best_of,
    group_similar,
    is_blurred,
)

T0 = datetime(2017, 9, 11, 9, 0)
BASE = 0x5A5A_F0F0_1234_ABCD


def photo(
    pid: int,
    phash: int | None = BASE,
    seconds: float | None = 0,
    *,
    sharpness: float | None = 0.08,
    camera: str = "iPhone 8",
    people: tuple[int, ...] = (),
    number: int | None = None,
) -> Photo:
    taken = CaptureTime(T0 + timedelta(seconds=seconds)) if seconds is not None else None
    return Photo(
        id=pid,
        path=f"{pid}.jpg",
        file_size=1,
        sha256=str(pid),
        width=4,
        height=3,
        taken=taken,
        camera_model=camera,
        phash=phash,
        sharpness=sharpness,
        people=people,
        appendix_number=number,
    )


def flip(value: int, bits: int) -> int:
    """`value` with its lowest `bits` bits flipped."""
    return value ^ ((1 << bits) - 1)


def test_a_burst_is_one_group_and_a_lone_photo_none() -> None:
    burst = [photo(1, BASE, 0), photo(2, flip(BASE, 6), 1), photo(3, flip(BASE, BURST_BITS), 2)]
    lone = photo(4, ~BASE, 3)
    assert [g.photo_ids for g in group_similar([*burst, lone])] == [(1, 2, 3)]
    assert group_similar([photo(1)]) == []
    assert group_similar([]) == []


def test_one_camera_minutes_apart_is_another_shot() -> None:
    later = photo(2, BASE, BURST_SECONDS + 60)
    assert group_similar([photo(1), later]) == []


def test_two_cameras_at_one_moment_group_with_a_stricter_hash() -> None:
    near = photo(2, flip(BASE, NEAR_BITS), EVENT_SECONDS - 1, camera="SM-G950F")
    too_far = photo(3, BASE ^ (((1 << (NEAR_BITS + 1)) - 1) << 40), 5, camera="Pixel 2")
    too_late = photo(4, BASE, EVENT_SECONDS + 1, camera="Pixel 2")
    assert [g.photo_ids for g in group_similar([photo(1), near, too_far])] == [(1, 2)]
    assert group_similar([photo(1), too_late]) == []


def test_a_second_cameras_shot_joins_its_own_scene_not_the_one_before() -> None:
    # Two scenes of one event a minute apart, alike (as two handshakes before one banner);
    # the second phone's shot is within NEAR_BITS of both, but far nearer its own.
    first = BASE
    second = BASE ^ (((1 << 12) - 1) << 20)  # 12 bits from the first scene
    other_phone = photo(3, second ^ 0b11111, 62, camera="SM-G950F")  # 5 from its own, 17 away
    groups = group_similar([photo(1, first, 0), photo(2, second, 60), other_phone])
    assert [g.photo_ids for g in groups] == [(2, 3)]


def test_clock_corrections_bring_cameras_together() -> None:
    # The second camera's clock is an hour behind; corrected, its shot is of the same moment.
    other = photo(2, BASE, -3600, camera="EOS 80D")
    assert group_similar([photo(1), other]) == []
    shifts = ClockShifts(by_camera={"EOS 80D": 3600})
    assert [g.photo_ids for g in group_similar([photo(1), other], shifts)] == [(1, 2)]


def test_photos_without_a_hash_are_never_grouped() -> None:
    assert group_similar([photo(1), photo(2, None, 1)]) == []


def test_undated_photos_join_only_a_near_identical_picture() -> None:
    copy = photo(2, flip(BASE, UNDATED_NEAR_BITS), None)  # a messaging app's copy
    unlike = photo(3, BASE ^ (((1 << (UNDATED_NEAR_BITS + 1)) - 1) << 40), None)
    groups = group_similar([photo(1), copy, unlike])
    assert [g.photo_ids for g in groups] == [(1, 2)]  # dated first, undated after
    assert [g.photo_ids for g in group_similar([copy, photo(5, BASE, None)])] == [(2, 5)]


def test_the_best_is_the_sharpest_unless_in_the_appendix_or_tagged() -> None:
    soft, sharp = photo(1, sharpness=0.05), photo(2, sharpness=0.09)
    assert best_of([soft, sharp], set()) == 2
    assert best_of([soft, sharp], {1}) == 1
    tagged = photo(1, sharpness=0.05, people=(7,))
    assert best_of([tagged, sharp], set()) == 1
    blurred_tagged = photo(1, sharpness=0.01, people=(7,))
    assert best_of([blurred_tagged, sharp], set()) == 2  # people, but blurred: not the best
    assert best_of([photo(1, sharpness=None), photo(2, sharpness=None)], set()) == 1
    groups = group_similar([photo(1, sharpness=0.05, number=3), photo(2, sharpness=0.09)])
    assert groups[0].best == 1  # already in the appendix


def test_blur_is_judged_against_the_group_and_a_floor() -> None:
    sharp, soft, smeared = (
        photo(1, sharpness=0.08),
        photo(2, sharpness=0.06),
        photo(3, sharpness=0.01),
    )
    group = [sharp, soft, smeared]
    assert [is_blurred(p, group) for p in group] == [False, False, True]
    assert not is_blurred(smeared)  # on its own, above the floor
    assert is_blurred(photo(4, sharpness=BLUR_FLOOR / 2))
    assert not is_blurred(photo(5, sharpness=None))


moments = st.lists(
    st.tuples(
        st.integers(0, 2**64 - 1).map(lambda v: v - 2**64 if v >= 2**63 else v)
        | st.sampled_from([BASE, flip(BASE, 3), flip(BASE, 9), None]),
        st.one_of(st.none(), st.floats(0, 600)),
        st.sampled_from(["A", "B"]),
        st.floats(0, 0.2) | st.none(),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(moments)
def test_groups_are_disjoint_hashed_pairs_whatever_the_order(rows: list[tuple]) -> None:  # type: ignore[type-arg]
    photos = [
        photo(pid, phash, seconds, camera=camera, sharpness=sharpness)
        for pid, (phash, seconds, camera, sharpness) in enumerate(rows, 1)
    ]
    groups = group_similar(photos)
    seen: set[int] = set()
    hashed = {p.id for p in photos if p.phash is not None}
    for group in groups:
        assert len(group.photo_ids) >= 2 and group.best in group.photo_ids
        assert set(group.photo_ids) <= hashed and not seen & set(group.photo_ids)
        seen |= set(group.photo_ids)
    assert group_similar(list(reversed(photos))) == groups
