"""Bursts and near-duplicates: which photos are shots of the same moment, which one is best,
and which are blurred.

Two photos are alike when their perceptual hashes (storage/likeness.py) differ in few bits and
they were taken close together: within seconds from one camera (a burst), within minutes from
two (the group photo taken on three phones, whose clocks never quite agree). Likeness is
transitive here (single linkage): a burst that pans slowly is still one group. A photo without
a capture time joins a group only when its hash is all but identical (a messaging app's copy).

Sharpness is the contrast-normalised variance of the Laplacian of the thumbnail; blur is judged
against the sharpest of the photo's group, with an absolute floor for a photo on its own.
The thresholds were tuned on the generated bursts of tests/burst_photos.py, six sets (seeds
13, 5, 7, 21, 2, 3): pairwise precision 1.000 on all six, recall 0.967-1.000, and the same
within a bit or two of each threshold. On four sets not used to tune them (seeds 11, 17, 29,
41): precision 1.000, recall 0.945-1.000. Linking every pair of two cameras within the
threshold, rather than nearest ones, let a second phone's shot chain two scenes together
(precision 0.89 on one set).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from photoapp.domain.model import Photo
from photoapp.domain.placement import ClockShifts, corrected_time

BURST_SECONDS = 30.0  # shots of one camera this close in time may be one burst
EVENT_SECONDS = 240.0  # two cameras' shots this close may be the same moment (clocks differ)
BURST_BITS = 17  # one camera's shots seconds apart: hashes differ in at most this many bits
NEAR_BITS = 18  # two cameras' shots of one moment (other place, zoom, lens): at most this many
NEAREST_MARGIN_BITS = 6  # ...and no more than this beyond the other's nearest of its camera
UNDATED_NEAR_BITS = 4  # without a capture time, only a near-identical picture joins a group
BLUR_RELATIVE = 0.45  # blurred: under this share of the sharpest of its group
# Blurred whatever its group: under this sharpness. On the generated set blurred shots score
# 0.005-0.013 and sharp ones 0.065-0.19; a sharp picture of few, hard edges (a black and white
# step) scores 0.03. Kept low, since a lone photo of a smooth subject (sky, a plain wall) is
# not blurred for being smooth: it catches the worst blur, the group catches the rest.
BLUR_FLOOR = 0.008
_MASK = (1 << 64) - 1
_BANDS = UNDATED_NEAR_BITS + 1  # pigeonhole: hashes within 4 bits agree on one of 5 bands


@dataclass(frozen=True)
class SimilarGroup:
    """Photos of one moment (two or more), in capture order, and the one to keep."""

    photo_ids: tuple[int, ...]
    best: int


def distance(first: int, second: int) -> int:
    """How many of the 64 bits two perceptual hashes differ in."""
    return ((first ^ second) & _MASK).bit_count()


def group_similar(photos: Sequence[Photo], shifts: ClockShifts | None = None) -> list[SimilarGroup]:
    """The groups of alike photos among `photos`, in capture order; photos without a hash are
    never grouped, and a photo alike to none is in no group. `shifts` corrects camera clocks
    as the itinerary does. Each group's best is `best_of` with the photos already in the
    appendix (those with an appendix number)."""
    shifts = shifts or ClockShifts()
    hashed = [photo for photo in photos if photo.phash is not None]
    times = {photo.id: corrected_time(photo, shifts) for photo in hashed}
    parent = {photo.id: photo.id for photo in hashed}

    def root(pid: int) -> int:
        while parent[pid] != pid:
            parent[pid] = parent[parent[pid]]
            pid = parent[pid]
        return pid

    def join(first: int, second: int) -> None:
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)

    dated = sorted(
        (photo for photo in hashed if times[photo.id] is not None),
        key=lambda photo: (times[photo.id], photo.id),
    )
    # The inner loop runs for every pair within EVENT_SECONDS (tens of thousands in a big
    # trip): it reads plain lists, not the photos' properties (5,000 photos: 0.47 s -> 0.1 s).
    cameras = {photo.id: photo.camera for photo in hashed}
    ids = [photo.id for photo in dated]
    hashes = [photo.phash for photo in dated]
    seconds = [_seconds(times[photo.id]) for photo in dated]
    kinds = [cameras[pid] for pid in ids]
    # Another camera's shots of the moment: a photo is linked to its nearest hash among each
    # other camera's shots in the window (when near enough), not to every one within the
    # threshold, and only when that shot has no much nearer one of this camera: a second
    # phone's shot then joins its own scene rather than the one taken a minute before.
    nearest: dict[tuple[int, str], tuple[int, list[int]]] = {}
    count = len(dated)
    for index in range(count):
        pid, when, phash, camera = ids[index], seconds[index], hashes[index], kinds[index]
        assert phash is not None
        for later in range(index + 1, count):
            gap = seconds[later] - when
            if gap > EVENT_SECONDS:
                break
            other_hash = hashes[later]
            assert other_hash is not None
            bits = ((phash ^ other_hash) & _MASK).bit_count()
            other_id, other_camera = ids[later], kinds[later]
            if other_camera == camera:
                if gap <= BURST_SECONDS and bits <= BURST_BITS:
                    join(pid, other_id)
                continue  # one camera, minutes apart: another shot, however alike
            if bits > NEAR_BITS:
                continue
            for mine, theirs, theirs_camera in (
                (pid, other_id, other_camera),
                (other_id, pid, camera),
            ):
                key = (mine, theirs_camera)
                best = nearest.get(key)
                if best is None or bits < best[0]:
                    nearest[key] = (bits, [theirs])
                elif bits == best[0]:
                    best[1].append(theirs)
    for (pid, _camera), (bits, others) in nearest.items():
        for other_id in others:
            # Unless the other has a much nearer shot of this one's camera (its own scene).
            if bits <= nearest[other_id, cameras[pid]][0] + NEAREST_MARGIN_BITS:
                join(pid, other_id)
    for first, second in _near_identical(hashed, times):
        join(first, second)

    members: dict[int, list[Photo]] = defaultdict(list)
    for photo in hashed:
        members[root(photo.id)].append(photo)
    in_appendix = {photo.id for photo in photos if photo.appendix_number is not None}
    groups: list[tuple[tuple[bool, datetime, int], SimilarGroup]] = []
    for group in members.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda photo: _order(photo, times))
        members_ids = tuple(photo.id for photo in group)
        chosen = best_of(group, in_appendix)
        groups.append((_order(group[0], times), SimilarGroup(members_ids, chosen)))
    groups.sort(key=lambda pair: pair[0])
    return [group for _key, group in groups]


def best_of(photos: Sequence[Photo], in_appendix: Collection[int]) -> int:
    """The id of the photo to keep of a group: one already in the appendix (the sharpest of
    those, should there be several), else the sharpest not blurred one with people tagged, else
    the sharpest. Ties go to the earliest added (lowest id). `photos` must not be empty."""
    if not photos:
        raise ValueError("best_of needs at least one photo")
    chosen = [photo for photo in photos if photo.id in in_appendix]
    if not chosen:
        chosen = [photo for photo in photos if photo.people and not is_blurred(photo, photos)]
    if not chosen:
        chosen = list(photos)
    return max(chosen, key=_sharpest_first).id


def is_blurred(photo: Photo, group: Iterable[Photo] = ()) -> bool:
    """Whether a photo is blurred: sharpness under BLUR_FLOOR, or (given its group) under
    BLUR_RELATIVE of the sharpest other photo of the group. Unknown sharpness is not blur."""
    if photo.sharpness is None:
        return False
    if photo.sharpness < BLUR_FLOOR:
        return True
    peers = [
        other.sharpness for other in group if other.id != photo.id and other.sharpness is not None
    ]
    return bool(peers) and photo.sharpness < BLUR_RELATIVE * max(peers)


def _sharpest_first(photo: Photo) -> tuple[float, int]:
    return (photo.sharpness if photo.sharpness is not None else float("-inf"), -photo.id)


def _seconds(when: datetime | None) -> float:
    """A corrected clock time as seconds on one scale (all are naive local times)."""
    assert when is not None
    return (when - datetime.min).total_seconds()


def _order(photo: Photo, times: dict[int, datetime | None]) -> tuple[bool, datetime, int]:
    """Capture order, undated photos last, ties by id."""
    when = times[photo.id]
    return (when is None, when or datetime.min, photo.id)


def _near_identical(
    photos: Sequence[Photo], times: dict[int, datetime | None]
) -> Iterable[tuple[int, int]]:
    """Pairs with an undated photo whose hashes differ in at most UNDATED_NEAR_BITS bits.

    Found through the hash's bands (by the pigeonhole principle two such hashes agree on one
    of UNDATED_NEAR_BITS + 1 bands), not by comparing every pair.
    """
    if not any(times[photo.id] is None for photo in photos):
        return
    width = -(-64 // _BANDS)
    buckets: dict[tuple[int, int], list[Photo]] = defaultdict(list)
    for photo in photos:
        assert photo.phash is not None
        for band in range(_BANDS):
            buckets[band, (photo.phash >> (band * width)) & ((1 << width) - 1)].append(photo)
    seen: set[tuple[int, int]] = set()
    for bucket in buckets.values():
        undated = [photo for photo in bucket if times[photo.id] is None]
        for photo in undated:
            for other in bucket:
                pair = (min(photo.id, other.id), max(photo.id, other.id))
                if other.id == photo.id or pair in seen:
                    continue
                seen.add(pair)
                assert photo.phash is not None and other.phash is not None
                if distance(photo.phash, other.phash) <= UNDATED_NEAR_BITS:
                    yield pair
