"""The one way work leaves the GUI thread: a function run on Qt's thread pool.

Results come back to the GUI thread through a queued signal. Workers get plain data and return
plain data (QImage is fine, QPixmap and widgets are not). Tests set `synchronous = True` so
that work happens at once and in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so delivery is queued there."""

    done = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        self._relay.done.emit(self._work())


class TaskRunner(QObject):
    """Runs functions on a thread pool and calls back on the GUI thread with their results."""

    synchronous = False  # set by tests: run everything at once on the calling thread

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._generation = 0  # bumped by cancel_pending: results of older work are dropped
        self._live: set[_Relay] = set()

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run `work()` off the GUI thread, then `on_done(result)` on it.

        `work` must catch its own expected errors and return them as values: an exception
        escaping a worker thread has nobody to report to.
        """
        if self.synchronous or TaskRunner.synchronous:
            on_done(work())
            return
        relay = _Relay()
        self._live.add(relay)  # keeps the relay alive until its worker has emitted
        generation = self._generation

        def deliver(result: Any) -> None:
            self._live.discard(relay)
            relay.deleteLater()
            if generation == self._generation:
                on_done(result)

        relay.done.connect(deliver)
        self.pool.start(_Runnable(work, relay))

    def cancel_pending(self) -> None:
        """Drop work that has not started yet (running work finishes, its result is dropped)."""
        self.pool.clear()
        self._generation += 1
