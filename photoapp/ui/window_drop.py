"""Files dropped anywhere on the main window are imported, whatever widget is under the pointer.

The item views take files themselves (a day, a person, a place in the appendix, each with its
meaning) and mark their viewports with the `photoappFileDrops` property; every other widget of
the window – the empty project's "Drag photos here" text, the detail panel, the text fields –
hands files to this filter, which imports them. While files hover there the central area
lights up. Files from outside are always answered with Copy (or Link), never Move.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from photoapp.ui import mime

_DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class DropOverlay(QLabel):
    """The highlight over the central area while files can be dropped there."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(self.tr("Drop to import the photos into this project"))
        self.setStyleSheet(
            "QLabel { border: 3px solid palette(highlight); border-radius: 8px;"
            " background: rgba(48, 140, 198, 40); font-size: 15pt; }"
        )
        self.hide()


class WindowFileDrops(QObject):
    """Installed on every widget of `window` (those added later too); acts only on drag events.

    Not on the application: an application-wide filter in Python puts every event of the
    process (each timer, each result a worker hands over) through Python, and each time the
    GUI thread has to win the GIL back from the import's threads; the window then stalled
    several times more often during an import (benchmarks/gui_stall.py).
    """

    def __init__(
        self,
        window: QMainWindow,
        project: Callable[[], str | None],
        import_files: Callable[[list[Path]], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._project = project  # the open project's UUID, None when none is open
        self._import = import_files
        window.setAcceptDrops(True)  # the last stop of a drag over widgets that take none
        self._removed = False
        self.overlay = DropOverlay(window)
        self._watch(window)

    def _watch(self, widget: QObject) -> None:
        """Filter `widget`'s events and its descendants' (a widget's own children are watched
        as they come: see eventFilter)."""
        if self._removed:
            return
        widget.installEventFilter(self)  # (again is harmless: Qt keeps one)
        for child in widget.findChildren(QWidget):
            child.installEventFilter(self)

    def remove(self) -> None:
        """Stop filtering (the window is going)."""
        self._removed = True
        for widget in [self.window, *self.window.findChildren(QWidget)]:
            widget.removeEventFilter(self)

    def _show(self, visible: bool) -> None:
        if visible:
            central = self.window.centralWidget()
            if central is not None:
                self.overlay.setGeometry(central.geometry().adjusted(4, 4, -4, -4))
            self.overlay.raise_()
        self.overlay.setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildPolished:
            # A widget of the window polished (before it is first shown), or moved in polished:
            # it is watched with its children, which were polished before it. Not at
            # ChildAdded, which comes for every object, widget or not: the first plain QObject
            # handed to Python from there (a timer, the project's session) costs PySide 35-60 ms
            # once, the Python enums of some 180 Qt classes made at that moment.
            assert isinstance(event, QChildEvent)
            child = event.child()
            if child is not None and child.isWidgetType():
                self._watch(child)
            return False
        if kind not in (*_DRAG_EVENTS, QEvent.Type.DragLeave) or self._removed:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if kind == QEvent.Type.DragLeave or watched.property("photoappFileDrops"):
            self._show(False)  # a view of ours shows its own target
            return False
        assert isinstance(event, QDropEvent)
        project = self._project()
        files = mime.local_files(event.mimeData(), project) if project is not None else []
        if not files:
            return False
        event.setDropAction(mime.outside_action(event.possibleActions()))
        event.accept()
        if kind == QEvent.Type.Drop:
            self._show(False)
            self._import(files)
        else:
            self._show(True)
        return True
