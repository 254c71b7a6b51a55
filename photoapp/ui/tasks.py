"""The one way work leaves the GUI thread: a function run on Qt's thread pool.

Results come back to the GUI thread through a queued signal, and so do exceptions (as in
Picard's thread helper): a worker that raises is reported to the GUI thread, to the caller's
`on_error` or else to the one handler of the unexpected (sys.excepthook: log and dialog), so
that no caller waits for ever for a result that will not come. Workers get plain data and
return plain data (QImage is fine, QPixmap and widgets are not). Tests set `synchronous = True`
so that work happens at once and in order.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal
from shiboken6 import isValid

_log = logging.getLogger(__name__)

ErrorHandler = Callable[[Exception], None]


def report_unexpected(error: BaseException) -> None:
    """Hand an error nobody expected to the one place for them (sys.excepthook)."""
    sys.excepthook(type(error), error, error.__traceback__)


# How much lower than the GUI thread background work runs (Linux nice steps): with both cores
# busy importing, the event loop still gets a core within a millisecond or two when it has
# work (a scroll, a key), instead of a third of one shared with the workers.
BACKGROUND_NICE = 10
# Linux: background threads also run under SCHED_IDLE, which any ordinary thread waking up
# takes the core from at once. A nice value only shares the core by weight: Linux 6.x's
# scheduler let a lowered worker finish its time slice first, and the GUI thread, woken for
# the GIL dozens of times a paint, waited for a core 16-26 % of its longest stalls (1 % under
# SCHED_IDLE; benchmarks/gui_stall.py, session 7). It is what Windows does for Qt's low
# priority (a ready thread of higher priority runs first); the import still has every core
# nothing else wants.
BACKGROUND_POLICY = getattr(os, "SCHED_IDLE", None)
_thread_state = threading.local()
# How long a thread running Python may keep the GIL while another waits for it (Python's
# default: 5 ms). Every paint and keystroke makes the GUI thread take the GIL again, dozens of
# times a frame; while a worker runs Python (an import parses EXIF, a preview is read), each of
# those takes could wait the whole interval, and they added up to stalls of 80-120 ms. At 1 ms
# the longest stall while importing 300 photos fell to 44-76 ms (from 48-125 ms, six runs
# each, benchmarks/gui_stall.py), with the import no slower.
GIL_SWITCH_INTERVAL_S = 0.001
# The one-time work a first drop needs (Pillow's format plugins and pillow-heif loaded, PySide's
# lazily made types of a tile's painting): done this long after a window or view first shows,
# while the user has not done anything yet, instead of all at once as the drop's tiles appear.
WARM_UP_AFTER_MS = 300


def favour_the_gui_thread() -> None:
    """Make a thread that wants the GIL wait at most GIL_SWITCH_INTERVAL_S for it (the GUI
    thread waiting for a worker's), once a window runs in this process."""
    if sys.getswitchinterval() > GIL_SWITCH_INTERVAL_S:
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def lower_this_thread() -> None:
    """Run the calling (worker) thread at a lower priority than the GUI thread, once.

    Linux: the thread's own nice value and SCHED_IDLE (a thread id given to setpriority or
    sched_setscheduler is that thread only); elsewhere Qt's low thread priority. Never raises:
    at worst the thread keeps its priority.
    """
    if getattr(_thread_state, "lowered", False):
        return
    _thread_state.lowered = True
    if threading.current_thread() is threading.main_thread():
        return  # synchronous tests and the CLI: never the GUI thread itself
    try:
        if sys.platform.startswith("linux"):
            tid = threading.get_native_id()
            nice = os.getpriority(os.PRIO_PROCESS, tid)
            os.setpriority(os.PRIO_PROCESS, tid, min(19, nice + BACKGROUND_NICE))
            if BACKGROUND_POLICY is not None:
                os.sched_setscheduler(tid, BACKGROUND_POLICY, os.sched_param(0))
        else:
            QThread.currentThread().setPriority(QThread.Priority.LowPriority)
    except (OSError, AttributeError, RuntimeError):
        _log.debug("could not lower a worker thread's priority", exc_info=True)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so delivery is queued there."""

    done = Signal(object)
    failed = Signal(object)  # the exception the work raised


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, background: bool) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._background = background

    def run(self) -> None:
        if self._background:
            lower_this_thread()
        try:
            try:
                result = self._work()
            except Exception as error:  # every failure goes back to the GUI thread
                self._relay.failed.emit(error)
                return
            self._relay.done.emit(result)
        except RuntimeError:  # the relay went with the application: nobody is left to tell
            _log.debug("task result dropped: its receiver is gone")


class TaskRunner(QObject):
    """Runs functions on a thread pool and calls back on the GUI thread with their results."""

    synchronous = False  # set by tests: run everything at once on the calling thread

    def __init__(
        self,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
        *,
        background: bool = False,
    ) -> None:
        """`background`: the work runs below the GUI thread's priority (see lower_this_thread);
        give it a pool of its own, whose threads then stay lowered."""
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.background = background
        self._generation = 0  # bumped by cancel_pending: results of older work are dropped
        self._live: set[_Relay] = set()

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: ErrorHandler | None = None,
        *,
        priority: int = 0,
    ) -> None:
        """Run `work()` off the GUI thread, then `on_done(result)` on it.

        Work waiting for a thread starts in order of `priority`, higher first (QThreadPool's).

        If `work` raises, `on_error(exception)` is called on the GUI thread instead (the
        traceback logged); without `on_error` the exception goes to `report_unexpected`.
        Expected outcomes (a file that cannot be read) are better returned as values.
        """
        if self.synchronous or TaskRunner.synchronous:
            try:
                result = work()
            except Exception as error:  # the same path as a worker's failure
                _failed(error, on_error)
                return
            on_done(result)
            return
        relay = _Relay()
        self._live.add(relay)  # keeps the relay alive until its worker has emitted
        generation = self._generation

        def finished() -> bool:
            self._live.discard(relay)
            relay.deleteLater()
            # A runner deleted with its owner (a closed dialog): nobody is left to tell.
            return isValid(self) and generation == self._generation

        def deliver(result: Any) -> None:
            if finished():
                on_done(result)

        def fail(error: Exception) -> None:
            if finished():
                _failed(error, on_error)
            else:  # work that was cancelled: nobody waits for it, but the log keeps it
                _log.error("cancelled task failed", exc_info=error)

        relay.done.connect(deliver)
        relay.failed.connect(fail)
        self.pool.start(_Runnable(work, relay, self.background), priority)

    def cancel_pending(self) -> None:
        """Drop work that has not started yet (running work finishes, its result is dropped)."""
        self.pool.clear()
        self._generation += 1


def _failed(error: Exception, on_error: ErrorHandler | None) -> None:
    if on_error is None:
        report_unexpected(error)
        return
    _log.error("task failed", exc_info=error)
    on_error(error)
