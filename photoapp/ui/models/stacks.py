"""The open project's groups of similar photos (bursts, one moment from several phones), kept
current for the grid: which group a photo is in, how large it is, and which photo is its best.

The groups are domain.similarity's. They are worked out a beat after the photos change, not
in the change itself, and on Qt's thread pool: a 5,000-photo trip takes about 0.1 s, which would
delay the first painted grid at open and stall scrolling; an import's many small changes
coalesce into one pass. The photos are immutable values, so the worker reads them safely.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from photoapp.domain.similarity import SimilarGroup, group_similar
from photoapp.storage.project import Change, Event
from photoapp.ui.session import ProjectSession
from photoapp.ui.tasks import TaskRunner

_DELAY_MS = 120  # after the last change: an import's batches come every 40 ms
# At open: once the window has painted the photos. Worked out sooner, the groups (and the grid
# rows they change, re-filtered and repainted) compete with the first paint for the GUI thread.
_AT_OPEN_MS = 1000


@dataclass(frozen=True)
class Stack:
    """What the grid needs of a photo's group: its key (the group's first photo, which stays
    when the best changes), its size, whether this photo is the best, and the best's id."""

    key: int
    size: int
    best: bool
    best_id: int


class SimilarStacks(QObject):
    """Groups of similar photos of a session's project; `changed(ids)` names the photos whose
    group, size or best changed (all of them when the list is empty)."""

    changed = Signal(list)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._groups: list[SimilarGroup] = []
        self._of: dict[int, Stack] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_AT_OPEN_MS)  # then _DELAY_MS
        self._timer.timeout.connect(self._work_out)
        self._runner = TaskRunner(self)
        self._asked = 0  # bumped by each request: only the newest answer is taken
        session.changed.connect(self._on_changed)
        self._timer.start()  # at open: after the first paint

    def postpone(self) -> None:
        """The user is scrolling the grid: work the groups out once that pauses, not during it
        (the worker's pure Python would take the GIL from the scrolling GUI thread)."""
        if self._timer.isActive():
            self._timer.start()

    def _on_changed(self, event: Event) -> None:
        # Photos (their likeness, tags, clock), the appendix (it decides the best), days and
        # people (a merge changes tags): any of them may change the groups.
        if event.change & (Change.PHOTOS | Change.APPENDIX | Change.PEOPLE | Change.DAYS):
            self._timer.start()

    def refresh(self) -> None:
        """Work the groups out now, on this thread (the timer has a worker do it)."""
        self._timer.stop()
        self._timer.setInterval(_DELAY_MS)
        self._asked += 1
        if not self._closed():
            session = self.session
            self._apply(group_similar(session.all_photos(), session.project.clock_shifts()))

    def _closed(self) -> bool:
        return self.session.closed or self.session.project.closed

    def _work_out(self) -> None:
        self._timer.setInterval(_DELAY_MS)
        if self._closed():
            return
        self._asked += 1
        asked = self._asked
        photos = self.session.all_photos()
        shifts = self.session.project.clock_shifts()  # read here: the connection is ours

        def done(groups: list[SimilarGroup]) -> None:
            if asked == self._asked and not self._closed():
                self._apply(groups)

        self._runner.submit(lambda: group_similar(photos, shifts), done)

    def _apply(self, groups: list[SimilarGroup]) -> None:
        stacks: dict[int, Stack] = {}
        for group in groups:
            for photo_id in group.photo_ids:
                stacks[photo_id] = Stack(
                    group.photo_ids[0], len(group.photo_ids), photo_id == group.best, group.best
                )
        before = self._of
        self._groups, self._of = groups, stacks
        changed = [
            pid for pid in before.keys() | stacks.keys() if before.get(pid) != stacks.get(pid)
        ]
        if changed:
            self.changed.emit(sorted(changed))

    def stack(self, photo_id: int) -> Stack | None:
        """The photo's group (None: it is alike to no other photo)."""
        return self._of.get(photo_id)

    def groups(self) -> list[SimilarGroup]:
        """Every group of two or more, in capture order."""
        return list(self._groups)
