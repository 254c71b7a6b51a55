"""Doing one piece of work per file on worker threads, none of them able to stall the rest.

Each item's work gets a `Deadline`; work that checks it stops by itself. Work stuck where it
cannot check (inside a parser's loop) is given up by the coordinator once overdue: its item
gets the `timed_out` result, a fresh thread takes its place, and the stuck thread, a daemon,
cannot keep the program from exiting. Results come back in the order of the items.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar

from photoapp.storage.photo_file import TIME_LIMIT, Deadline

T = TypeVar("T")
R = TypeVar("R")
_POLL = 0.05  # seconds between looks at the clock and at `cancelled`


class _Run(Generic[T, R]):
    """The shared state of one `each_in_order` run."""

    def __init__(
        self,
        items: Sequence[T],
        work: Callable[[T, Deadline], R],
        failed: Callable[[T, BaseException], R],
        time_limit: float,
    ) -> None:
        self.items = items
        self.work = work
        self.failed = failed
        self.time_limit = time_limit
        self.todo: queue.SimpleQueue[int] = queue.SimpleQueue()
        for index in range(len(items)):
            self.todo.put(index)
        self.results: queue.SimpleQueue[tuple[int, R]] = queue.SimpleQueue()
        self.running: dict[int, Deadline] = {}
        self.abandoned: set[int] = set()
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def start_worker(self) -> None:
        threading.Thread(target=self._worker, name="photoapp-file-worker", daemon=True).start()

    def _worker(self) -> None:
        while not self.stop.is_set():
            try:
                index = self.todo.get_nowait()
            except queue.Empty:
                return
            deadline = Deadline(self.time_limit)
            with self.lock:
                self.running[index] = deadline
            try:
                result = self.work(self.items[index], deadline)
            except BaseException as error:  # the work should not raise; if it does, one file
                result = self.failed(self.items[index], error)
            with self.lock:
                self.running.pop(index, None)
                if index in self.abandoned:
                    return  # given up on: another thread has taken this one's place
            self.results.put((index, result))


def each_in_order(
    items: Sequence[T],
    work: Callable[[T, Deadline], R],
    *,
    timed_out: Callable[[T], R],
    failed: Callable[[T, BaseException], R],
    workers: int,
    time_limit: float = TIME_LIMIT,
    grace: float = 5.0,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[R]:
    """`work(item, deadline)` for every item on `workers` threads, results in item order.

    Work still running `grace` seconds after its deadline is given up: `timed_out(item)` is its
    result. Work that raises gets `failed(item, error)`. When `cancelled()` turns true, or the
    caller stops iterating, no further item is started.
    """
    run = _Run(items, work, failed, time_limit)
    for _ in range(max(1, min(workers, len(items)))):
        run.start_worker()
    ready: dict[int, R] = {}
    following = 0
    try:
        while following < len(items):
            if cancelled is not None and cancelled():
                return
            try:
                index, result = run.results.get(timeout=_POLL)
                ready[index] = result
            except queue.Empty:
                pass
            with run.lock:
                stuck = [i for i, d in run.running.items() if d.overdue(grace)]
                for index in stuck:
                    del run.running[index]
                    run.abandoned.add(index)
                    ready[index] = timed_out(items[index])
            for _ in stuck:
                run.start_worker()
            while following in ready:
                yield ready.pop(following)
                following += 1
    finally:
        run.stop.set()
