"""Undo commands: each GUI edit is one QUndoCommand whose undo calls the inverse store edit.

The store's edit methods return what their inverse needs (the previous caption, the photos
that were newly tagged, …), so a command keeps only that, never a copy of the project.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

CAPTION_BURST_SECONDS = 2.0  # typing pauses shorter than this stay in one undo step
_CAPTION_ID = 1


FailureHandler = Callable[[str], None]


class PhotoStore(Protocol):
    """What an import's undo step needs of the project."""

    def delete_photos(self, photo_ids: Iterable[int]) -> Any: ...

    def restore_photos(self, snapshot: Any) -> None: ...


class EditCommand(QUndoCommand):
    """An edit done by `do()` and undone by `undo_with(what do() returned)`.

    A step that the project no longer allows (undoing a delete after the same file was
    imported again, say) fails whole inside its transaction: the command is then dropped from
    the stack and `on_failure` tells the user, so the stack never claims an edit it did not do.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo_with: Callable[[Any], object],
        on_failure: FailureHandler | None = None,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo_with = undo_with
        self._on_failure = on_failure
        self._result: Any = None

    def redo(self) -> None:
        try:
            self._result = self._do()
        except sqlite3.IntegrityError:
            self._failed()

    def undo(self) -> None:
        try:
            self._undo_with(self._result)
        except sqlite3.IntegrityError:
            self._failed()

    def _failed(self) -> None:
        self.setObsolete(True)
        if self._on_failure is not None:
            self._on_failure(self.text())


class ImportedCommand(QUndoCommand):
    """Photos an import has just added (in small transactions while it ran): its first redo
    does nothing; undo removes them (keeping a snapshot), redo puts the snapshot back without
    reading any file again."""

    def __init__(
        self,
        text: str,
        photo_ids: list[int],
        project: PhotoStore,
        on_failure: FailureHandler | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.photo_ids = photo_ids
        self._project = project
        self._on_failure = on_failure
        self._snapshot: Any = None

    def redo(self) -> None:
        if self._snapshot is None:
            return  # the import itself added them
        try:
            self._project.restore_photos(self._snapshot)
        except sqlite3.IntegrityError:
            self._failed()

    def undo(self) -> None:
        self._snapshot = self._project.delete_photos(self.photo_ids)

    def _failed(self) -> None:
        self.setObsolete(True)
        if self._on_failure is not None:
            self._on_failure(self.text())


class CaptionCommand(QUndoCommand):
    """A caption change; consecutive changes of one photo's caption merge into one step."""

    def __init__(
        self, text: str, photo_id: int, caption: str, write: Callable[[int, str], str]
    ) -> None:
        super().__init__(text)
        self.photo_id = photo_id
        self.caption = caption
        self._write = write
        self._previous: str | None = None
        self.stamp = time.monotonic()

    def id(self) -> int:
        return _CAPTION_ID

    def redo(self) -> None:
        previous = self._write(self.photo_id, self.caption)
        if self._previous is None:
            self._previous = previous

    def undo(self) -> None:
        self._write(self.photo_id, self._previous or "")

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CaptionCommand) or other.photo_id != self.photo_id:
            return False
        if other.stamp - self.stamp > CAPTION_BURST_SECONDS:
            return False
        self.caption = other.caption
        self.stamp = other.stamp
        if self.caption == self._previous:
            self.setObsolete(True)  # typed and deleted again: nothing to undo
        return True
