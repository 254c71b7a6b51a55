"""The dialog that imports a roster of people from pasted lines or a CSV/text file."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.model import Person
from photoapp.domain.roster import parse_roster
from photoapp.storage.report_text import decode_text
from photoapp.ui.dialogs.text_source import TextSourceDialog, UnusableFileError
from photoapp.ui.session import ProjectSession

NAME, TITLE, ORGANISATION, IN_CAPTIONS, ORIGINAL, NOTE = range(6)


def _key(name: str) -> str:
    """Names compared for "already listed": trimmed, case and width folded."""
    return unicodedata.normalize("NFKC", " ".join(name.split())).casefold()


class RosterDialog(TextSourceDialog):
    """Paste a roster (one person a line: name, title, organisation; or a spreadsheet's columns
    with a header) or open a .csv/.txt file; the people read are previewed, those whose name
    the project already has are marked and left out. OK adds the new people as one undo step."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self._read, parent)
        self.file_filter = self.tr("Lists of people (*.csv *.txt);;All files (*)")
        self._people: list[Person] = []
        self._new: list[Person] = []
        self.setWindowTitle(self.tr("Import people"))
        self.resize(760, 520)

        intro = QLabel(
            self.tr(
                "One person a line: name, job title, organisation (separated by tabs or commas),"
                " or a spreadsheet's columns under a header row (name, title, organisation,"
                " in captions, original name)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text_edit.setPlaceholderText(self.tr("葉宜津\t副市長\t臺中市政府"))
        self.open_button.setToolTip(self.tr("Read a .csv or .txt file (UTF-8 or Big5)"))
        self.table = QTableWidget(0, 6, self)
        self.table.setAccessibleName(self.tr("People found"))
        self.text_edit.setAccessibleName(self.tr("List of people"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Job title"),
                self.tr("Organisation"),
                self.tr("In captions"),
                self.tr("Original name"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(self)

        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(open_row)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)

        self.source_changed.connect(self._update)
        self.text_edit.setFocus()
        self._update()

    def people(self) -> list[Person]:
        """Everyone read from the text, in its order (id 0)."""
        return list(self._people)

    def new_people(self) -> list[Person]:
        """The people to add: those whose name is neither in the project nor higher up."""
        return list(self._new)

    def _read(self, path: Path) -> str:
        try:
            text = decode_text(path.read_bytes())
        except OSError:
            text = None
        if text is None:
            raise UnusableFileError(
                self.tr("%1 cannot be read as UTF-8 or Big5 text.").replace("%1", path.name)
            )
        return text

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or "" when it can."""
        if self.file_problem:
            return self.file_problem
        if not self._people:
            return self.tr("Paste a list of people or open a file.")
        if not self._new:
            return self.tr("Everyone in the list is already in the project.")
        return ""

    def accept(self) -> None:
        """Add the new people (one undo step) and close."""
        if not self.problem():
            self.session.add_people(self._new)
            super().accept()

    def _update(self) -> None:
        self._people = parse_roster(self.text_edit.toPlainText())
        taken = {_key(p.name) for p in self.session.project.people()}
        seen: set[str] = set()
        self._new = []
        self.table.setRowCount(len(self._people))
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for row, person in enumerate(self._people):
            key = _key(person.name)
            if key in taken:
                note = self.tr("already listed")
            elif key in seen:
                note = self.tr("twice in the list")
            else:
                note = ""
                self._new.append(person)
            seen.add(key)
            values = (
                person.name,
                person.title,
                person.organisation,
                person.caption_name,
                person.original_name,
                note,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if note:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
        n = len(self._new)
        self.summary_label.setText(self.tr("%n new people will be added.", "", n))
        problem = self.problem()
        self.reason_label.setText(problem)
        self.ok_button.setEnabled(not problem)
