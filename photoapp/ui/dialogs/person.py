"""The dialog that adds a person to the project or edits one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.model import Person
from photoapp.ui.dialogs._fields import reason_label


class PersonDialog(QDialog):
    """Edits a person's name, job title, organisation, caption form and original-language name.

    Given None it creates a person (id 0, for the project to number); OK needs a name.
    """

    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = person.id if person is not None else 0
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.setMinimumWidth(420)

        self.name_edit = QLineEdit(self)
        self.title_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.display_edit = QLineEdit(self)
        self.display_edit.setToolTip(
            self.tr("How captions name this person, e.g. with the job title. Empty: the name.")
        )
        self.original_name_edit = QLineEdit(self)
        self.original_name_edit.setToolTip(
            self.tr("The name as written in the person's own language, e.g. 권선택.")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Job title:"), self.title_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("In &captions:"), self.display_edit)
        form.addRow(self.tr("Name in original &language:"), self.original_name_edit)

        self.reason_label = reason_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)

        if person is not None:
            self.name_edit.setText(person.name)
            self.title_edit.setText(person.title)
            self.organisation_edit.setText(person.organisation)
            self.display_edit.setText(person.display)
            self.original_name_edit.setText(person.original_name)

        # The missing name is said once the user has typed into it (and cleared it again), not
        # before: a new, empty form is not yet a mistake. OK stays disabled meanwhile.
        self._speak = person is not None
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textEdited.connect(self._typed)
        self.name_edit.textChanged.connect(self._validate)
        self.name_edit.setFocus()
        self._validate()

    def person(self) -> Person:
        """The person as entered (id 0 when new), every field trimmed."""
        return Person(
            id=self._id,
            name=self.name_edit.text().strip(),
            title=self.title_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            display=self.display_edit.text().strip(),
            original_name=self.original_name_edit.text().strip(),
        )

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or "" when it can."""
        return "" if self.name_edit.text().strip() else self.tr("Enter the person's name.")

    def accept(self) -> None:
        """Close with OK, unless the name is missing."""
        if not self.problem():
            super().accept()

    def _typed(self) -> None:
        self._speak = True
        self._validate()

    def _validate(self) -> None:
        name = self.name_edit.text().strip()
        self.display_edit.setPlaceholderText(name)  # what captions use while this is empty
        problem = self.problem()
        self.reason_label.setText(problem if self._speak else "")
        self.ok_button.setEnabled(not problem)
