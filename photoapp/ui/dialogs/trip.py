"""Editing the trip's details after it was created, with the time zone found from GPS."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from photoapp.domain.model import Photo, Trip
from photoapp.storage.zone_lookup import suggest_zone
from photoapp.ui.dialogs._fields import reason_label
from photoapp.ui.dialogs.trip_form import TripForm


class TripDialog(QDialog):
    """The trip's title, organisation, destination, dates and time zone."""

    def __init__(self, trip: Trip, photos: list[Photo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trip details"))
        self.setMinimumWidth(520)
        self._photos = photos
        self.form = TripForm(trip, self)
        self.gps_button = QPushButton(self.tr("From the photos' GPS"), self)
        self.gps_button.setEnabled(any(p.gps is not None for p in photos))
        self.gps_button.setToolTip(self.tr("Where most photos with GPS were taken (offline)"))
        self.form.zone_layout.addWidget(self.gps_button)
        self.reason_label = reason_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.reason_label)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.changed.connect(self._validate)
        self.gps_button.clicked.connect(self.use_gps_zone)
        self._validate()

    def use_gps_zone(self) -> None:
        """Set the time zone to where most photos with GPS were taken."""
        found = suggest_zone(self._photos)
        if found is not None:
            self.form.zone_combo.setCurrentText(found[0])

    def trip(self) -> Trip:
        """The trip as entered."""
        return self.form.trip()

    def accept(self) -> None:
        """Close with OK only when the entries are valid."""
        if not self.form.problem(zone_required=False):
            super().accept()

    def _validate(self) -> None:
        problem = self.form.problem(zone_required=False)
        self.reason_label.setText(problem)
        self.ok_button.setEnabled(not problem)
