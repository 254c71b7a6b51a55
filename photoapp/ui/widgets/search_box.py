"""The toolbar's search box: a line edit that leaves the window's shortcuts to the window.

On X11 a QLineEdit takes Emacs keys (Ctrl+E: end of line, Ctrl+K, …) for itself, so Ctrl+E
(Export) did nothing while the search box had focus. The keys people edit a search with stay
the box's (typing, arrows, Home/End, the clipboard, undo, select all, deleting words); any
other key that is the shortcut of one of the window's enabled actions goes to the action.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

Key = QKeySequence.StandardKey
_EDITING = (
    Key.Undo, Key.Redo, Key.Copy, Key.Cut, Key.Paste, Key.SelectAll, Key.Delete,
    Key.Backspace, Key.DeleteStartOfWord, Key.DeleteEndOfWord,
)  # fmt: skip
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class SearchBox(QLineEdit):
    """A search field whose window's action shortcuts win over the line edit's Emacs keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)

    def keeps(self, event: QKeyEvent) -> bool:
        """Whether a key is one the box edits its text with, whatever the window binds it to."""
        if not event.modifiers() & _COMMAND:
            return True  # typing, arrows, Home/End, Delete, Backspace
        return any(event.matches(key) for key in _EDITING)

    def _window_shortcut(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        exact = QKeySequence.SequenceMatch.ExactMatch
        return any(
            pressed.matches(sequence) == exact
            for action in self.window().findChildren(QAction)
            if action.isEnabled()
            for sequence in action.shortcuts()
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not self.keeps(event)
            and self._window_shortcut(event)
        ):
            event.ignore()  # not overridden: the shortcut map gives the key to the action
            return True
        return super().event(event)
