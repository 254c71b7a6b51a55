"""A memory budget for decoding photos, shared by every worker of the process.

Threads decode photos side by side; most need a few megabytes, but a 144-megapixel PNG needs
430 MB however it is read. Each worker reserves what its photo will need before decoding and
waits while the others' reservations would exceed the budget, so several huge photos are
decoded one after another instead of all at once. A photo larger than the whole budget is
decoded alone.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_MIN_BUDGET = 256 << 20
_MAX_BUDGET = 512 << 20


def default_budget() -> int:
    """An eighth of the machine's memory, kept between 256 and 512 MB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # not on this platform
        return _MAX_BUDGET // 2
    return max(_MIN_BUDGET, min(_MAX_BUDGET, total // 8))


class MemoryBudget:
    """Bytes that workers reserve while they decode; `reserve` waits for room."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self.peak = 0  # the most ever reserved at once, for tests and measurements
        self._room = threading.Condition()

    @contextmanager
    def reserve(self, amount: int) -> Iterator[None]:
        """Hold `amount` bytes of the budget for the block, waiting until they fit."""
        amount = max(0, amount)
        with self._room:
            # Alone, anything may run: otherwise a photo over the budget would wait forever.
            self._room.wait_for(lambda: self.used == 0 or self.used + amount <= self.limit)
            self.used += amount
            self.peak = max(self.peak, self.used)
        try:
            yield
        finally:
            with self._room:
                self.used -= amount
                self._room.notify_all()


DECODING = MemoryBudget(default_budget())
