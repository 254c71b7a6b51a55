"""Run by tests/ui/test_wording.py under a real X server (xcb), where QLineEdit takes the Emacs
keys: does Ctrl+E in the search box reach the Export action? Prints JSON.

    xvfb-run -a python -m tests.ui.search_box_probe PROJECT.photoapp
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from photoapp.storage.project import Project
from photoapp.ui.main_window import MainWindow
from photoapp.ui.project_tools import ProjectTools


def ctrl_e_in(window: QMainWindow, edit: QLineEdit) -> bool:
    """Whether Ctrl+E typed into `edit` triggers the window's Ctrl+E action (not the edit)."""
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)
    edit.setFocus()
    QTest.keyClicks(edit, "ab")
    QTest.keyClick(edit, Qt.Key.Key_Home)
    QTest.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return bool(window.property("exported"))


def main() -> int:
    app = QApplication(sys.argv[:1])
    ProjectTools.export = lambda self: self.window.setProperty("exported", True)  # type: ignore[method-assign]
    plain = QMainWindow()
    edit = QLineEdit()
    plain.setCentralWidget(edit)
    action = QAction("Export", plain)
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.triggered.connect(lambda: plain.setProperty("exported", True))
    plain.addAction(action)
    result = {"plain_line_edit": ctrl_e_in(plain, edit), "platform": app.platformName()}
    plain.close()
    window = MainWindow(Project.open(Path(sys.argv[1])))
    result["search_box"] = ctrl_e_in(window, window.search)
    window.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
