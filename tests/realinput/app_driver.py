"""photoapp's real main window in its own process, on a real X display, told what to do on stdin.

The real-input tests run this (`python -m tests.realinput.app_driver X Y W H`) under Xvfb with the
xcb platform. It answers one JSON request a line with one JSON reply a line prefixed with "@@"
(anything else on stdout is photoapp's own). Requests:

- {"op": "open", "path": P}: open the project file P.
- {"op": "point", "target": T, ...}: the global screen position of a target (see `_point`).
- {"op": "idle"}: wait until no import runs and the event queue is empty.
- {"op": "state"}: what the window shows (filter, grid ids, selection, status text).
- {"op": "select", "ids": [...]}: select photos in the grid (as a user's click would).
- {"op": "quit"}
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from photoapp.ui.delegates import ThumbnailDelegate
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.roles import Role


class Driver:
    """Reads requests from stdin as the event loop runs, and answers them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._read)
        self.pending: list[dict[str, Any]] = []

    def _read(self) -> None:
        line = sys.stdin.readline()
        if not line:
            QApplication.quit()
            return
        request = json.loads(line)
        try:
            reply = self.handle(request)
        except Exception as error:  # reported to the test, which fails with the reason
            reply = {"error": f"{type(error).__name__}: {error}"}
        if reply is not None:
            _reply(reply)

    def handle(self, request: dict[str, Any]) -> dict[str, Any] | None:
        op = request["op"]
        if op == "open":
            ok = self.window.open_project(Path(request["path"]))
            _settle()
            return {"ok": ok}
        if op == "point":
            return _point(self.window, request)
        if op == "idle":
            self._when_idle()
            return None
        if op == "state":
            return _state(self.window)
        if op == "select":
            workspace = self.window.workspace
            assert workspace is not None
            workspace.grid.select_ids(request["ids"])
            _settle()
            return {"ok": True}
        if op == "trigger":  # a menu action, as its shortcut would
            ok = self.window.registry.trigger(request["name"])
            _settle()
            return {"ok": ok}
        if op == "stacks":  # the similar groups now, not a beat later
            workspace = self.window.workspace
            assert workspace is not None
            workspace.photo_model.stacks.refresh()
            _settle()
            return {"ok": True}
        if op == "quit":
            self.window.close()
            QTimer.singleShot(0, QApplication.quit)
            return {"ok": True}
        return {"error": f"unknown op {op}"}

    def _when_idle(self, quiet: int = 0) -> None:
        # Idle: no button held (a drag inside this process ends with the release, which may
        # still be on its way from the X server), no import running, and that twice in a row
        # 50 ms apart. A request read inside a drag's own event loop waits here too.
        _settle()  # a drop still queued starts its import here
        busy = (
            self.window.importer.running or QApplication.mouseButtons() != Qt.MouseButton.NoButton
        )
        quiet = 0 if busy else quiet + 1
        if quiet < 2:
            QTimer.singleShot(50, lambda: self._when_idle(quiet))
            return
        _reply({"ok": True})


def _reply(value: dict[str, Any]) -> None:
    print("@@" + json.dumps(value, ensure_ascii=False), flush=True)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _global(widget: QWidget, point: QPoint) -> dict[str, int]:
    where = widget.mapToGlobal(point)
    return {"x": where.x(), "y": where.y()}


def _centre(view: QAbstractItemView, row: int, *, left: bool = False) -> dict[str, int]:
    model = view.model()
    index = model.index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    point = QPoint(rect.left() + 4, rect.center().y()) if left else rect.center()
    return _global(view.viewport(), point)


def _point(window: MainWindow, request: dict[str, Any]) -> dict[str, Any]:
    """Targets: "hint" (the empty project's text), "day"/"person" (row), "photo" (id, in the
    grid), "strip" (row; "left": its left edge, an insertion before it), "strip_end" (the empty
    space after the last appendix photo), "detail" (the detail panel), "grid" (its middle),
    "stack_count" (id: the count on a stack's best photo)."""
    workspace = window.workspace
    assert workspace is not None
    target = request["target"]
    if target == "hint":
        label = workspace.empty_hint
        return _global(label, label.rect().center())
    if target == "day":
        return _centre(workspace.days, request["row"])
    if target == "person":
        return _centre(workspace.people, request["row"])
    if target == "photo":
        proxy = workspace.proxy
        source = workspace.photo_model.index_for(request["id"])
        row = proxy.mapFromSource(source).row()
        if row < 0:
            return {"error": "photo not shown"}
        return _centre(workspace.grid, row)
    if target == "strip":
        return _centre(workspace.strip, request["row"], left=request.get("left", False))
    if target == "strip_end":
        strip = workspace.strip
        count = strip.model().rowCount()
        rect = strip.visualRect(strip.model().index(count - 1, 0)) if count else None
        x = rect.right() + 40 if rect is not None else 40
        return _global(strip.viewport(), QPoint(x, strip.viewport().height() // 2))
    if target == "detail":
        return _global(workspace.detail, workspace.detail.rect().center())
    if target == "filter_clear":
        button = workspace.filter_bar.clear_button
        if not button.isVisible():
            return {"error": "the filter bar is hidden"}
        return _global(button, button.rect().center())
    if target == "grid":
        return _global(workspace.grid.viewport(), workspace.grid.viewport().rect().center())
    if target == "stack_count":  # the count badge on a stack's best photo
        grid = workspace.grid
        index = workspace.proxy.mapFromSource(workspace.photo_model.index_for(request["id"]))
        delegate = grid.itemDelegate()
        assert isinstance(delegate, ThumbnailDelegate)
        header = delegate.header_height(grid.fontMetrics())
        badge = delegate.stack_badge(index, grid.visualRect(index), header)
        if badge is None:
            return {"error": "no stack count on this photo"}
        return _global(grid.viewport(), badge.center())
    return {"error": f"unknown target {target}"}


def _state(window: MainWindow) -> dict[str, Any]:
    workspace = window.workspace
    assert workspace is not None
    proxy = workspace.proxy
    return {
        "person_filter": proxy.person_filter,
        "day_filter": proxy.day_filter,
        "search": window.search.text(),
        "grid": [proxy.index(r, 0).data(Role.ID) for r in range(proxy.rowCount())],
        "selected": workspace.grid.selected_ids(),
        "status": window.statusBar().currentMessage(),
        "undo": window.session.undo_stack.undoText() if window.session else "",
    }


def main() -> int:
    x, y, width, height = (int(arg) for arg in sys.argv[1:5])
    app = QApplication(sys.argv[:1])
    app.setApplicationName("photoapp")
    assert os.environ.get("QT_QPA_PLATFORM") == "xcb"
    window = MainWindow()
    window.setGeometry(x, y, width, height)
    window.show()
    driver = Driver(window)
    QTimer.singleShot(300, lambda: _reply({"ready": True}))
    code = app.exec()
    del driver
    return code


if __name__ == "__main__":
    sys.exit(main())
