"""Small pieces the dialogs share: a date field with its written-out form, and the reason label."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from photoapp.ui import dates

FIRST_DATE = date(1912, 1, 1)  # Minguo year 1: earlier dates have no Minguo form
LAST_DATE = date(2200, 12, 31)


def to_qdate(day: date) -> QDate:
    """The QDate of a date."""
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    """The date of a QDate."""
    return date(day.year(), day.month(), day.day())


class _DateEdit(QDateEdit):
    """A date edit whose Tab leaves the field, as in every other field of a form.

    QDateEdit takes Tab to hop between its day, month and year: the user tabbing on to the next
    field typed into the date instead (the arrow keys and the separators move between parts)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateField(QWidget):
    """A date edit with a calendar popup, followed by the date as the interface writes it
    (`106/9/11 (一)`), so the user sees the Minguo date while picking a Gregorian one."""

    changed = Signal()

    def __init__(self, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDateRange(to_qdate(FIRST_DATE), to_qdate(LAST_DATE))
        self.hint = QLabel(self)
        self.hint.setEnabled(False)  # drawn greyed: a comment on the field, not a field
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint, 1)
        self.setFocusProxy(self.edit)
        self.edit.dateChanged.connect(self._on_changed)
        self.set_value(value)
        self._on_changed()

    def value(self) -> date:
        """The chosen date."""
        return to_date(self.edit.date())

    def set_value(self, value: date) -> None:
        """Show a date (clamped to the field's range)."""
        self.edit.setDate(to_qdate(min(max(value, FIRST_DATE), LAST_DATE)))

    def _on_changed(self) -> None:
        self.hint.setText(dates.list_date(self.value()))
        self.changed.emit()


def reason_label(parent: QWidget | None = None) -> QLabel:
    """The one-line, red "why OK is disabled" label under a dialog's fields."""
    label = QLabel(parent)
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(False)
    return label
