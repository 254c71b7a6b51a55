"""Appendix order and numbering: which photos, in what order, numbered 照片 1…N.

The order is a list of photo ids; every edit makes a new list, so an undo is simply the old one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def numbers(order: Sequence[int]) -> dict[int, int]:
    """Appendix number (1-based) of each photo id in `order`."""
    return {photo_id: index + 1 for index, photo_id in enumerate(order)}


def insert(order: Sequence[int], photo_ids: Iterable[int], position: int) -> list[int]:
    """Place `photo_ids` before `position` (an index into `order`, clamped to its ends).

    Photos already in the appendix move to the new place, so dropping a mix of new and
    listed photos does what the user sees: all of them end up together, in the given order.
    """
    moving = list(dict.fromkeys(photo_ids))
    moving_set = set(moving)
    position = max(0, min(position, len(order)))
    before = [pid for pid in order[:position] if pid not in moving_set]
    after = [pid for pid in order[position:] if pid not in moving_set]
    return before + moving + after


def remove(order: Sequence[int], photo_ids: Iterable[int]) -> list[int]:
    """The order without `photo_ids`; the numbers after them close up."""
    gone = set(photo_ids)
    return [pid for pid in order if pid not in gone]
