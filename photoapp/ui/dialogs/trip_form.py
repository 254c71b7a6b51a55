"""The trip's fields (title, organisation, destination, dates, time zone), shared by the new
trip dialog and the trip details dialog."""

from __future__ import annotations

from datetime import date
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from photoapp.domain.model import Trip
from photoapp.ui import accessibility
from photoapp.ui.dialogs._fields import DateField

DEFAULT_ZONE = "Asia/Taipei"


@cache
def time_zones() -> tuple[str, ...]:
    """The IANA zone names Python knows, sorted (without the non-places "Factory", "localtime")."""
    return tuple(sorted(available_timezones() - {"Factory", "localtime"}))


class TripForm(QWidget):
    """The trip's fields in a form; `changed` on every edit, `problem()` says what is wrong."""

    changed = Signal()

    def __init__(self, trip: Trip | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.title_edit = QLineEdit(trip.title if trip else "", self)
        self.organisation_edit = QLineEdit(trip.organisation if trip else "", self)
        self.destination_edit = QLineEdit(trip.destination if trip else "", self)
        start = trip.start if trip and trip.start else today
        self.start_field = DateField(start, self)
        self.end_field = DateField(trip.end if trip and trip.end else start, self)
        self.no_dates_check = QCheckBox(self.tr("I don't know the dates yet"), self)
        self.no_dates_check.setChecked(trip is not None and trip.start is None)
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(list(time_zones()))
        completer = QCompleter(list(time_zones()), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "seoul" finds Asia/Seoul
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setCurrentText((trip.timezone or "") if trip else DEFAULT_ZONE)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        self.form.addRow(self.tr("&Destination:"), self.destination_edit)
        self.form.addRow(self.tr("&Start date:"), self.start_field)
        self.form.addRow(self.tr("&End date:"), self.end_field)
        self.form.addRow("", self.no_dates_check)
        self.zone_row = QWidget(self)  # callers may add a button beside the zone
        self.zone_layout = QHBoxLayout(self.zone_row)
        self.zone_layout.setContentsMargins(0, 0, 0, 0)
        self.zone_layout.addWidget(self.zone_combo, 1)
        self.zone_row.setFocusProxy(self.zone_combo)
        self.form.addRow(self.tr("Destination time &zone:"), self.zone_row)

        self.title_edit.textChanged.connect(self.changed)
        self.start_field.changed.connect(self.changed)
        self.end_field.changed.connect(self.changed)
        self.no_dates_check.toggled.connect(self._on_no_dates)
        self.zone_combo.editTextChanged.connect(self.changed)
        self._on_no_dates(self.no_dates_check.isChecked())
        accessibility.name_fields(self)

    def trip(self) -> Trip:
        """The trip as entered (dates None when the user does not know them yet)."""
        known = not self.no_dates_check.isChecked()
        return Trip(
            title=self.title_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            destination=self.destination_edit.text().strip(),
            start=self.start_field.value() if known else None,
            end=self.end_field.value() if known else None,
            timezone=self.zone_combo.currentText().strip() or None,
        )

    def problem(self, *, zone_required: bool) -> str:
        """Why the trip cannot be taken yet, or ""."""
        trip = self.trip()
        if not trip.title:
            return self.tr("Enter the trip's title.")
        if trip.start is not None and trip.end is not None and trip.end < trip.start:
            return self.tr("The end date is before the start date.")
        if not trip.timezone:
            return self.tr("Choose the destination's time zone.") if zone_required else ""
        if trip.timezone not in time_zones():
            return self.tr("%1 is not a time zone name (for example Asia/Seoul).").replace(
                "%1", trip.timezone
            )
        return ""

    def _on_no_dates(self, checked: bool) -> None:
        self.start_field.setEnabled(not checked)
        self.end_field.setEnabled(not checked)
        self.changed.emit()
