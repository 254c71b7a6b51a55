"""What the dialogs that read pasted text or an opened file share: the text editor, the Open
file button, the reason a file could not be used, and OK/Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from photoapp.ui.dialogs._fields import reason_label
from photoapp.ui.session import ProjectSession


class UnusableFileError(Exception):
    """A file whose text cannot be read; the message is in the user's language."""


class TextSourceDialog(QDialog):
    """A dialog fed by pasted text or an opened file.

    `reader(path)` gives a file's text or raises UnusableFileError; `source_changed` fires whenever
    the text (or the reason a file could not be used) changes, for the subclass's preview.
    """

    source_changed = Signal()

    def __init__(
        self,
        session: ProjectSession,
        reader: Callable[[Path], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._reader = reader
        self.file_filter = ""  # the Open dialog's filter, set by the subclass
        self.file_problem = ""
        self.text_edit = QPlainTextEdit(self)
        self.open_button = QPushButton(self.tr("&Open file…"), self)
        self.reason_label = reason_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._choose_file)
        self.text_edit.textChanged.connect(self._text_edited)

    def load_file(self, path: Path) -> bool:
        """Put a file's text in the editor; False (and the reason shown) if it has none."""
        try:
            text = self._reader(path)
        except UnusableFileError as problem:
            self.file_problem = str(problem)
            self.source_changed.emit()
            return False
        self.file_problem = ""
        self.text_edit.setPlainText(text)  # previewed through textChanged
        return True

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.windowTitle(), str(self.session.project.folder), self.file_filter
        )
        if chosen:
            self.load_file(Path(chosen))

    def _text_edited(self) -> None:
        self.file_problem = ""
        self.source_changed.emit()
