"""The dialog that adds an itinerary day or edits one's date and label."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.model import Day
from photoapp.ui import accessibility, dates
from photoapp.ui.dialogs._fields import DateField, reason_label


class DayDialog(QDialog):
    """Edits a day's date and label; refuses a date another day of the trip already has.

    Given None it creates a day (id 0), dated the day after the latest of `existing_dates`
    (today when there are none).
    """

    def __init__(
        self,
        day: Day | None = None,
        existing_dates: Collection[date] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._id = day.id if day is not None else 0
        self._taken = set(existing_dates) - ({day.date} if day is not None else set())
        self.setWindowTitle(self.tr("Edit day") if day else self.tr("New day"))
        self.setMinimumWidth(420)

        if day is not None:
            start = day.date
        elif existing_dates:
            start = max(existing_dates) + timedelta(days=1)
        else:
            start = date.today()
        self.date_field = DateField(start, self)
        self.label_edit = QLineEdit(self)
        self.label_edit.setPlaceholderText(self.tr("e.g. Daejeon: APCS plenary"))
        if day is not None:
            self.label_edit.setText(day.label)

        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date_field)
        form.addRow(self.tr("&Label:"), self.label_edit)
        self.reason_label = reason_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.date_field.changed.connect(self._validate)
        accessibility.name_fields(self)
        self.date_field.setFocus()
        self._validate()

    def day(self) -> Day:
        """The day as entered (id 0 when new)."""
        return Day(self._id, self.date_field.value(), self.label_edit.text().strip())

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or "" when it can."""
        chosen = self.date_field.value()
        if chosen in self._taken:
            return self.tr("The trip already has a day on %1.").replace(
                "%1", dates.list_date(chosen)
            )
        return ""

    def accept(self) -> None:
        """Close with OK, unless the date is taken."""
        if not self.problem():
            super().accept()

    def _validate(self) -> None:
        problem = self.problem()
        self.reason_label.setText(problem)
        self.ok_button.setEnabled(not problem)
