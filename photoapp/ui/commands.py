"""Undo commands: each GUI edit is one QUndoCommand whose undo calls the inverse store edit.

The store's edit methods return what their inverse needs (the previous caption, the photos
that were newly tagged, …), so a command keeps only that, never a copy of the project.
A step whose write fails makes itself obsolete, so QUndoStack drops it: the stack never
claims an edit that the file does not have.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from photoapp.storage.errors import ProjectWriteError

CAPTION_BURST_SECONDS = 2.0  # typing pauses shorter than this stay in one undo step
_CAPTION_ID = 1


FailureHandler = Callable[[str], None]
WriteFailureHandler = Callable[[str, ProjectWriteError], None]  # the step's text, why


class PhotoStore(Protocol):
    """What an import's undo step needs of the project."""

    def delete_photos(self, photo_ids: Iterable[int]) -> Any: ...

    def restore_photos(self, snapshot: Any) -> None: ...


class EditCommand(QUndoCommand):
    """An edit done by `do()` and undone by `undo_with(what do() returned)`.

    A step that the project no longer allows (undoing a delete after the same file was
    imported again, say) fails whole inside its transaction: the command is then dropped from
    the stack and `on_failure` tells the user, so the stack never claims an edit it did not do.
    A step that the file cannot take (read-only, locked, full, gone) is dropped the same way
    and `on_write_failure` says why.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo_with: Callable[[Any], object],
        on_failure: FailureHandler | None = None,
        on_write_failure: WriteFailureHandler | None = None,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo_with = undo_with
        self._on_failure = on_failure
        self._on_write_failure = on_write_failure
        self._result: Any = None

    def redo(self) -> None:
        try:
            self._result = self._do()
        except (sqlite3.IntegrityError, KeyError):  # (KeyError: a photo it edits is gone)
            self._failed()
        except ProjectWriteError as error:
            _write_failed(self, error, self._on_write_failure)

    def undo(self) -> None:
        try:
            self._undo_with(self._result)
        except (sqlite3.IntegrityError, KeyError):
            self._failed()
        except ProjectWriteError as error:
            _write_failed(self, error, self._on_write_failure)

    def _failed(self) -> None:
        self.setObsolete(True)
        if self._on_failure is not None:
            self._on_failure(self.text())


def _write_failed(
    command: QUndoCommand, error: ProjectWriteError, handler: WriteFailureHandler | None
) -> None:
    """Drop `command` from its stack (nothing of it was written) and say why."""
    command.setObsolete(True)
    if handler is None:
        raise error
    handler(command.text(), error)


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
        on_write_failure: WriteFailureHandler | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.photo_ids = photo_ids
        self._project = project
        self._on_failure = on_failure
        self._on_write_failure = on_write_failure
        self._snapshot: Any = None

    def redo(self) -> None:
        if self._snapshot is None:
            return  # the import itself added them
        try:
            self._project.restore_photos(self._snapshot)
        except sqlite3.IntegrityError:
            self._failed()
        except ProjectWriteError as error:
            _write_failed(self, error, self._on_write_failure)

    def undo(self) -> None:
        try:
            self._snapshot = self._project.delete_photos(self.photo_ids)
        except ProjectWriteError as error:
            _write_failed(self, error, self._on_write_failure)

    def _failed(self) -> None:
        self.setObsolete(True)
        if self._on_failure is not None:
            self._on_failure(self.text())


class CaptionCommand(QUndoCommand):
    """A caption change; consecutive changes of one photo's caption merge into one step.

    A photo that is no longer in the project (captioned while an import ran, then the import
    undone: the import's step is recorded when it ends, above the caption's) cannot have its
    caption undone or redone: the step is dropped and `on_failure` tells the user, as an
    EditCommand does."""

    def __init__(
        self,
        text: str,
        photo_id: int,
        caption: str,
        write: Callable[[int, str], str],
        on_write_failure: WriteFailureHandler | None = None,
        on_failure: FailureHandler | None = None,
    ) -> None:
        super().__init__(text)
        self.photo_id = photo_id
        self.caption = caption
        self._write = write
        self._on_write_failure = on_write_failure
        self._on_failure = on_failure
        self._previous: str | None = None
        self.stamp = time.monotonic()

    def id(self) -> int:
        return _CAPTION_ID

    def redo(self) -> None:
        try:
            previous = self._write(self.photo_id, self.caption)
        except KeyError:
            self._gone()
            return
        except ProjectWriteError as error:
            _write_failed(self, error, self._on_write_failure)
            return
        if self._previous is None:
            self._previous = previous

    def undo(self) -> None:
        try:
            self._write(self.photo_id, self._previous or "")
        except KeyError:
            self._gone()
        except ProjectWriteError as error:
            _write_failed(self, error, self._on_write_failure)

    def _gone(self) -> None:
        self.setObsolete(True)
        if self._on_failure is not None:
            self._on_failure(self.text())

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, CaptionCommand) or other.photo_id != self.photo_id:
            return False
        if other.isObsolete():  # its write failed: nothing to fold into this step
            return False
        if other.stamp - self.stamp > CAPTION_BURST_SECONDS:
            return False
        self.caption = other.caption
        self.stamp = other.stamp
        if self.caption == self._previous:
            self.setObsolete(True)  # typed and deleted again: nothing to undo
        return True
