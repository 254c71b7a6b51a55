"""The dialog that starts a new trip report: the trip's details and where its project file goes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
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
from photoapp.ui import accessibility, settings
from photoapp.ui.dialogs._fields import reason_label
from photoapp.ui.dialogs.trip_form import TripForm

SUFFIX = ".photoapp"
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

        self.trip_form = TripForm(None, self)
        form_fields = self.trip_form
        self.title_edit = form_fields.title_edit
        self.organisation_edit = form_fields.organisation_edit
        self.destination_edit = form_fields.destination_edit
        self.start_field = form_fields.start_field
        self.end_field = form_fields.end_field
        self.no_dates_check = form_fields.no_dates_check
        self.zone_combo = form_fields.zone_combo

        self.path_edit = QLineEdit(self)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        path_row = QWidget(self)  # a widget, not a layout, so that the row label is its buddy
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit, 1)
        path_layout.addWidget(self.choose_button)
        path_row.setFocusProxy(self.path_edit)

        form = QFormLayout()
        form.addRow(self.trip_form)
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

        self._speak = False  # an empty new form is not a mistake yet: say why once it is edited
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textEdited.connect(self._typed)
        self.title_edit.textChanged.connect(self._on_title_changed)
        self.trip_form.changed.connect(self._validate)
        self.path_edit.textEdited.connect(self._on_path_edited)
        self.path_edit.textChanged.connect(self._validate)
        self.choose_button.clicked.connect(self._choose_file)

        self._set_default_path()
        accessibility.name_fields(self)
        self.title_edit.setFocus()
        self._validate()

    # ---- results ----------------------------------------------------------------------------

    def trip(self) -> Trip:
        """The trip as entered (dates None when the user does not know them yet)."""
        return self.trip_form.trip()

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
        problem = self.trip_form.problem(zone_required=True)
        if problem:
            return problem
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

    def _typed(self) -> None:
        self._speak = True

    def _validate(self) -> None:
        problem = self.problem()
        untouched = not self._speak and not self.title_edit.text().strip()
        self.reason_label.setText("" if untouched else problem)
        self.ok_button.setEnabled(not problem)

    def _on_title_changed(self) -> None:
        if self._path_is_default:
            self._set_default_path()
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
