"""A stand-in for a file manager: a small window that starts a real QDrag of files when pressed.

Run by the real-input tests in its own process (`python -m tests.realinput.drag_source X Y FILE…`):
it shows a 160×120 window at X, Y, prints "ready" once it is mapped, and on the first mouse press
starts a drag of the files as `text/uri-list` offering Copy, Move and Link, as file managers do.
When the drag ends it prints the action the drop target chose ("copy", "move", "link", "ignore"),
then stays running until its stdin closes: as with a real file manager, the target reads the
dropped data from the source after the source's drag has ended, so a source that quit at once
would hand over nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QSocketNotifier, Qt, QTimer, QUrl
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

_NAMES = {
    Qt.DropAction.CopyAction: "copy",
    Qt.DropAction.MoveAction: "move",
    Qt.DropAction.LinkAction: "link",
    Qt.DropAction.IgnoreAction: "ignore",
}


class DragSource(QLabel):
    """Starts one drag of `files` on the first press."""

    def __init__(self, files: list[Path]) -> None:
        super().__init__("files")
        self.files = files
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWindowFlag(Qt.WindowType.X11BypassWindowManagerHint)  # no WM: stay where put
        self.started = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.started:
            return
        self.started = True
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path)) for path in self.files])
        drag = QDrag(self)
        drag.setMimeData(mime)
        supported = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
        # A file manager offers Move with Shift held: the target must still answer Copy.
        result = drag.exec(supported, Qt.DropAction.CopyAction)
        print(_NAMES.get(result, str(result)), flush=True)


def main() -> int:
    x, y = int(sys.argv[1]), int(sys.argv[2])
    files = [Path(arg) for arg in sys.argv[3:]]
    app = QApplication(sys.argv[:1])
    window = DragSource(files)
    window.setGeometry(x, y, 160, 120)
    window.show()
    QTimer.singleShot(300, lambda: print("ready", flush=True))
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(lambda: sys.stdin.read() or QApplication.quit())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
