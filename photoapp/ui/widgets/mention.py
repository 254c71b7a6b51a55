"""`@` mentions in the caption editor: type `@` and a few letters, pick a person, get their
caption form (e.g. 葉副市長), which the detail panel stores as the person's token.

Chinese arrives from input methods as committed strings, not key presses, so the completer
follows the editor's text and cursor rather than its keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QCompleter, QListView, QPlainTextEdit

from photoapp.domain.model import Person

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # a popup row's person id
MAX_TYPED = 30  # longer than any name: an `@` this far back is not a mention being typed
_MENTION = re.compile(rf"[@＠]([^\s@＠]{{0,{MAX_TYPED}}})$")  # also the full-width ＠ of IMEs
_CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


def matches(people: list[Person], typed: str, first: Collection[int] = ()) -> list[Person]:
    """People whose name, caption form or original name contains `typed` (any case): the
    people of `first` (those tagged on the photo) first, then those where `typed` starts one,
    otherwise the roster's order is kept."""
    key = typed.casefold()

    def fields(person: Person) -> list[str]:
        return [f.casefold() for f in (person.name, person.caption_name, person.original_name)]

    found = [p for p in people if any(key in f for f in fields(p))]
    return sorted(
        found,
        key=lambda p: (p.id not in first, not any(f.startswith(key) for f in fields(p))),
    )


class MentionCompleter(QObject):
    """Attaches an `@` completer to a plain-text editor.

    `people` is asked for the roster each time the popup opens or filters. Choosing a person
    (Enter, Tab or a click) replaces `@typed` by their caption form in one edit; Escape closes
    the popup until the next mention.
    """

    def __init__(
        self,
        editor: QPlainTextEdit,
        people: Callable[[], list[Person]],
        first: Callable[[], Collection[int]] = tuple,
    ) -> None:
        super().__init__(editor)
        self.editor = editor
        self._people = people
        self._first = first  # who heads the list: the people tagged on the photo
        self._dismissed: int | None = None  # where the mention starts that Escape closed
        self._shown: tuple[int, str] | None = None  # the mention the popup was filled for
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(editor)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        self.popup = QListView()
        self.completer.setPopup(self.popup)  # the completer owns it and filters its events
        self.popup.installEventFilter(self)  # after the completer: this filter runs first
        self.popup.clicked.connect(self._activated)
        editor.textChanged.connect(self._text_changed)
        editor.cursorPositionChanged.connect(self._cursor_moved)

    # ---- public -------------------------------------------------------------------------------

    def mention(self) -> tuple[int, str] | None:
        """The mention being typed at the cursor: where its `@` is and the text after it."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            return None
        before = cursor.block().text()[: cursor.positionInBlock()]
        found = _MENTION.search(before)
        if found is None:
            return None
        return cursor.position() - len(found.group(0)), found.group(1)

    def is_open(self) -> bool:
        """Whether the popup is shown."""
        return self.popup.isVisible()

    def shown_people(self) -> list[int]:
        """The ids of the people the popup offers, in its order."""
        rows = range(self.model.rowCount())
        return [int(self.model.item(row).data(PERSON_ROLE)) for row in rows]

    def choose(self, person: Person) -> None:
        """Replace the mention at the cursor by the person's caption form (one edit)."""
        self.popup.hide()
        mention = self.mention()
        if mention is None:
            return
        start = mention[0]
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()  # one textChanged: the caption is saved once, with the name
        cursor.setPosition(start)
        cursor.setPosition(self.editor.textCursor().position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(person.caption_name)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)

    def close_popup(self) -> None:
        """Close the popup; it opens again at the next `@`."""
        mention = self.mention()
        self._dismissed = mention[0] if mention else None
        self.popup.hide()

    # ---- following the editor -----------------------------------------------------------------

    def _text_changed(self) -> None:
        self._update(may_open=True)

    def _cursor_moved(self) -> None:
        self._update(may_open=False)

    def _update(self, may_open: bool) -> None:
        mention = self.mention()
        if mention is None or mention[0] != self._dismissed:
            self._dismissed = None
        if mention is None or self._dismissed is not None or not self.editor.isEnabled():
            self.popup.hide()
            return
        if (not may_open and not self.is_open()) or (self.is_open() and mention == self._shown):
            return  # the popup is closed, or already lists this mention's people
        found = matches(self._people(), mention[1], self._first())
        if not found:
            self.popup.hide()
            return
        self.model.clear()
        for person in found:
            item = QStandardItem(_describe(person))
            item.setData(person.id, PERSON_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        popup = self.popup
        rect = self.editor.cursorRect()
        rect.translate(self.editor.viewport().pos())
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        self.completer.complete(rect)
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        self._shown = mention

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        person_id = index.data(PERSON_ROLE)
        person = next((p for p in self._people() if p.id == person_id), None)
        if person is not None:
            self.choose(person)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter/Tab choose the current person and Escape closes, before the completer hands
        the key to the editor (which would take Enter as a new line)."""
        if isinstance(event, QKeyEvent) and watched is self.popup:
            if event.type() == QEvent.Type.KeyPress and event.key() in _CHOOSE_KEYS:
                index = self.popup.currentIndex()
                if not index.isValid():
                    index = self.completer.completionModel().index(0, 0)
                self._activated(index)
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.close_popup()
                return True
        return super().eventFilter(watched, event)


def _describe(person: Person) -> str:
    """A popup row: the caption form, then the name and original name when they differ."""
    others = [n for n in (person.name, person.original_name) if n and n != person.caption_name]
    return f"{person.caption_name}  ({' · '.join(others)})" if others else person.caption_name
