"""The dialog that starts a new trip report: the trip's details and where its project file goes."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.model import Trip
from photoapp.ui import settings
from photoapp.ui.dialogs._fields import DateField, reason_label

SUFFIX = ".photoapp"
DEFAULT_ZONE = "Asia/Taipei"
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')  # what Windows refuses in a file name
_RESERVED = frozenset(
    {
        "CON",
        "PRN",
        "AUX",
        "NUL",
        *(f"COM{i}" for i in range(1, 10)),
        *(f"LPT{i}" for i in range(1, 10)),
    }
)


@cache
def time_zones() -> tuple[str, ...]:
    """The IANA zone names Python knows, sorted (without the non-places "Factory", "localtime")."""
    return tuple(sorted(available_timezones() - {"Factory", "localtime"}))


def file_stem(title: str, fallback: str) -> str:
    """A file name (without suffix) from a trip title, safe on Windows, macOS and Linux."""
    stem = " ".join(_NOT_IN_NAMES.sub(" ", title).split())[:80].strip(" .")
    if not stem:
        return fallback
    return f"{stem}_" if stem.upper() in _RESERVED else stem


def with_suffix(path: Path) -> Path:
    """The path with ".photoapp" appended, unless it already ends so."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


class NewProjectDialog(QDialog):
    """Asks for a new trip (title, organisation, destination, dates, time zone) and a file.

    OK stays disabled, with the reason in red under the fields, until the title is set, the
    dates are in order, the time zone is a known IANA name and the file is new.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New trip report"))
        self.setMinimumWidth(560)
        self._path_is_default = True  # follows the title until the user picks a file

        self.title_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.destination_edit = QLineEdit(self)
        today = date.today()
        self.start_field = DateField(today, self)
        self.end_field = DateField(today, self)
        self.no_dates_check = QCheckBox(self.tr("I don't know the dates yet"), self)

        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(list(time_zones()))
        completer = QCompleter(list(time_zones()), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "seoul" finds Asia/Seoul
        self.zone_combo.setCompleter(completer)
        self.zone_combo.setCurrentText(DEFAULT_ZONE)

        self.path_edit = QLineEdit(self)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        path_row = QWidget(self)  # a widget, not a layout, so that the row label is its buddy
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit, 1)
        path_layout.addWidget(self.choose_button)
        path_row.setFocusProxy(self.path_edit)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&Destination:"), self.destination_edit)
        form.addRow(self.tr("&Start date:"), self.start_field)
        form.addRow(self.tr("&End date:"), self.end_field)
        form.addRow("", self.no_dates_check)
        form.addRow(self.tr("Destination &time zone:"), self.zone_combo)
        form.addRow(self.tr("Project &file:"), path_row)

        self.reason_label = reason_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("Create"))
        self.ok_button = ok_button
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._on_title_changed)
        self.start_field.changed.connect(self._validate)
        self.end_field.changed.connect(self._validate)
        self.no_dates_check.toggled.connect(self._on_no_dates)
        self.zone_combo.editTextChanged.connect(self._validate)
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.path_edit.textChanged.connect(self._validate)
        self.choose_button.clicked.connect(self._choose_file)

        self._set_default_path()
        self.title_edit.setFocus()
        self._validate()

    # ---- results ----------------------------------------------------------------------------

    def trip(self) -> Trip:
        """The trip as entered (dates None when the user does not know them yet)."""
        known = not self.no_dates_check.isChecked()
        return Trip(
            title=self.title_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            destination=self.destination_edit.text().strip(),
            start=self.start_field.value() if known else None,
            end=self.end_field.value() if known else None,
            timezone=self.zone_combo.currentText().strip(),
        )

    def path(self) -> Path:
        """The project file to create: absolute, ending in ".photoapp"."""
        text = self.path_edit.text().strip()
        if not text:
            return Path()
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._default_folder() / path
        return with_suffix(path)

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or "" when it can."""
        trip = self.trip()
        if not trip.title:
            return self.tr("Enter the trip's title.")
        if trip.start is not None and trip.end is not None and trip.end < trip.start:
            return self.tr("The end date is before the start date.")
        if not trip.timezone:
            return self.tr("Choose the destination's time zone.")
        if trip.timezone not in time_zones():
            return self.tr("%1 is not a time zone name (for example Asia/Seoul).").replace(
                "%1", trip.timezone
            )
        if not self.path_edit.text().strip():
            return self.tr("Choose where to save the project file.")
        path = self.path()
        if not path.parent.is_dir():
            return self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        if path.exists():
            return self.tr("%1 already exists: choose another file name.").replace("%1", path.name)
        return ""

    def accept(self) -> None:
        """Close with OK when the entries are valid, remembering the folder for next time."""
        if self.problem():
            return
        settings.LAST_PROJECT_FOLDER.set(str(self.path().parent))
        super().accept()

    # ---- reactions --------------------------------------------------------------------------

    def _validate(self) -> None:
        problem = self.problem()
        self.reason_label.setText(problem)
        self.ok_button.setEnabled(not problem)

    def _on_title_changed(self) -> None:
        if self._path_is_default:
            self._set_default_path()
        self._validate()

    def _on_no_dates(self, checked: bool) -> None:
        self.start_field.setEnabled(not checked)
        self.end_field.setEnabled(not checked)
        self._validate()

    def _on_path_edited(self) -> None:
        self._path_is_default = False

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new project as"),
            str(self.path() if self.path_edit.text().strip() else self._default_folder()),
            self.tr("photoapp projects (*.photoapp)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused
        )
        if chosen:
            self._path_is_default = False
            self.path_edit.setText(str(with_suffix(Path(chosen))))

    # ---- default file -----------------------------------------------------------------------

    def _default_folder(self) -> Path:
        last = settings.LAST_PROJECT_FOLDER.get()
        if last and Path(last).is_dir():
            return Path(last)
        return Path.home()

    def _set_default_path(self) -> None:
        """A file named after the title, numbered when that name is taken."""
        folder = self._default_folder()
        stem = file_stem(self.title_edit.text(), self.tr("Trip report"))
        path = folder / f"{stem}{SUFFIX}"
        number = 2
        while path.exists():
            path = folder / f"{stem} ({number}){SUFFIX}"
            number += 1
        self.path_edit.setText(str(path))
