"""The dialog that corrects a camera's clock (or some photos'), previewing the day changes."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain import placement
from photoapp.domain.model import Photo
from photoapp.domain.placement import DayChange
from photoapp.storage import clock
from photoapp.storage.clock import ClockPlan
from photoapp.texts.catalogue import fill
from photoapp.ui import dates
from photoapp.ui.dialogs._fields import reason_label
from photoapp.ui.session import ProjectSession

MAX_HOURS = 24 * 31  # a camera set to the wrong month is still corrected here
_MINUS = "−"


def format_shift(seconds: int) -> str:
    """A shift written `+1:00`, `−0:30` or `+1:00:30`."""
    sign = _MINUS if seconds < 0 else "+"
    minutes, rest = divmod(abs(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours}:{minutes:02d}" + (f":{rest:02d}" if rest else "")


def _to_qdatetime(when: datetime) -> QDateTime:
    # In UTC: a camera's clock time exists even where the computer's zone skips that hour.
    day, time = QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    return QDateTime(day, time, QTimeZone.utc())


def _group(parent: QWidget, *buttons: QRadioButton) -> QButtonGroup:
    group = QButtonGroup(parent)
    for button in buttons:
        group.addButton(button)
    return group


def _to_datetime(when: QDateTime) -> datetime:
    day, time = when.date(), when.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), time.second())


class ClockDialog(QDialog):
    """Corrects the clock of a camera (all its photos) or of the selected photos, by a shift or
    by the time one photo was really taken; the photos that change day are listed as you go.

    The shift given replaces the earlier correction of the same clock. OK applies the plan as
    one undo step.
    """

    def __init__(
        self, session: ProjectSession, selected_ids: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        project = session.project
        found = {p.id: p for p in session.photos(selected_ids)} if selected_ids else {}
        self._selected = [found[pid] for pid in selected_ids if pid in found]
        self._shifts = project.clock_shifts()
        self._reference: Photo | None = None
        self._shift_edited = False  # the user set the shift: scope changes no longer reset it
        self.setWindowTitle(self.tr("Correct camera clock"))
        self.setMinimumWidth(520)

        self.camera_radio = QRadioButton(self.tr("The &camera"), self)
        self.camera_combo = QComboBox(self)
        for camera, n in clock.cameras(project):
            self.camera_combo.addItem(
                self.tr("%1 (%n photo(s))", "", n).replace("%1", camera), camera
            )
        n = len(self._selected)
        self.selection_radio = QRadioButton(self.tr("The %n selected photo(s)", "", n), self)
        self.camera_radio.setEnabled(self.camera_combo.count() > 0)
        self.selection_radio.setEnabled(n > 0)
        first_camera = self._selected[0].camera if self._selected else ""
        if self.camera_combo.findData(first_camera) >= 0:
            self.camera_combo.setCurrentIndex(self.camera_combo.findData(first_camera))
        use_camera = self.camera_combo.count() > 0 and (bool(first_camera) or not n)
        (self.camera_radio if use_camera else self.selection_radio).setChecked(True)
        self.scope_group = _group(self, self.camera_radio, self.selection_radio)

        self.shift_radio = QRadioButton(self.tr("&Shift by"), self)
        self.shift_radio.setChecked(True)
        self.sign_combo = QComboBox(self)
        self.sign_combo.addItems(["+", _MINUS])
        self.hours_spin = QSpinBox(self)
        self.hours_spin.setRange(0, MAX_HOURS)
        self.hours_spin.setSuffix(self.tr(" h"))
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(0, 59)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.actual_radio = QRadioButton(self.tr("A photo was really &taken at"), self)
        self.actual_edit = QDateTimeEdit(self)
        self.actual_edit.setTimeZone(QTimeZone.utc())
        self.actual_edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.actual_edit.setCalendarPopup(True)
        self.reference_label = QLabel(self)
        self.reference_label.setEnabled(False)  # greyed: a comment on the field
        self.how_group = _group(self, self.shift_radio, self.actual_radio)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.preview_list = QListWidget(self)
        self.preview_list.setAccessibleName(self.tr("Photos that change day"))
        self.reason_label = reason_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        scope_box = QGroupBox(self.tr("Correct the clock of"), self)
        scope = QGridLayout(scope_box)
        scope.addWidget(self.camera_radio, 0, 0)
        scope.addWidget(self.camera_combo, 0, 1)
        scope.addWidget(self.selection_radio, 1, 0, 1, 2)
        scope.setColumnStretch(1, 1)
        how_box = QGroupBox(self.tr("How"), self)
        how = QGridLayout(how_box)
        shift_row = QHBoxLayout()
        for widget in (self.sign_combo, self.hours_spin, self.minutes_spin):
            shift_row.addWidget(widget, 1)
        how.addWidget(self.shift_radio, 0, 0)
        how.addLayout(shift_row, 0, 1)
        how.addWidget(self.actual_radio, 1, 0)
        how.addWidget(self.actual_edit, 1, 1)
        how.addWidget(self.reference_label, 2, 1)
        how.addWidget(self.current_label, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(how_box)
        layout.addWidget(QLabel(self.tr("Photos that change day:"), self))
        layout.addWidget(self.preview_list, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.scope_group.buttonToggled.connect(self._scope_changed)
        self.camera_combo.currentIndexChanged.connect(self._scope_changed)
        self.how_group.buttonToggled.connect(self._update)
        self.sign_combo.currentIndexChanged.connect(self._shift_changed)
        self.hours_spin.valueChanged.connect(self._shift_changed)
        self.minutes_spin.valueChanged.connect(self._shift_changed)
        self.actual_edit.dateTimeChanged.connect(self._update)
        self._scope_changed()

    # ---- what is asked ------------------------------------------------------------------------

    def camera(self) -> str | None:
        """The camera to correct, or None when the selected photos are."""
        if self.camera_radio.isChecked():
            return str(self.camera_combo.currentData() or "") or None
        return None

    def reference(self) -> Photo | None:
        """The photo whose real time is given: the first selected photo with a date (of the
        chosen camera, when a camera is corrected: else that camera's first dated photo)."""
        camera = self.camera()
        dated = [p for p in self._selected if p.taken and camera in (None, p.camera)]
        if camera is not None and not dated:
            dated = [p for p in self.session.photos() if p.taken and p.camera == camera]
        return dated[0] if dated else None

    def seconds(self) -> int | None:
        """The correction in seconds, or None when it cannot be computed (no reference photo)."""
        if self.actual_radio.isChecked():
            taken = self._reference.taken if self._reference else None
            actual = _to_datetime(self.actual_edit.dateTime())
            return placement.shift_to_match(taken, actual) if taken else None
        size = self.hours_spin.value() * 3600 + self.minutes_spin.value() * 60
        return -size if self.sign_combo.currentIndex() == 1 else size

    def plan(self) -> ClockPlan | None:
        """The correction planned from the fields, or None while they do not make one."""
        seconds, camera, project = self.seconds(), self.camera(), self.session.project
        if seconds is None:
            return None
        if camera is not None:
            return clock.plan_correction(project, seconds, camera=camera)
        if self.selection_radio.isChecked() and self._selected:
            ids = [p.id for p in self._selected]
            return clock.plan_correction(project, seconds, photo_ids=ids)
        return None

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or "" when it can."""
        return self._problem(self.plan())

    def accept(self) -> None:
        """Apply the correction (one undo step) and close, unless there is nothing to apply."""
        plan = self.plan()
        if plan is not None and not self._problem(plan):
            self.session.apply_clock_plan(plan)
            super().accept()

    # ---- keeping the fields and the preview in step -------------------------------------------

    def _problem(self, plan: ClockPlan | None) -> str:
        if self.camera() is None and not (self.selection_radio.isChecked() and self._selected):
            return self.tr("No photo has a camera recorded: select the photos to correct.")
        if self.actual_radio.isChecked() and self._reference is None:
            return self.tr("None of these photos has a capture time to compare with.")
        if plan is None or self._changes_nothing(plan):
            return self.tr("The clock already has this correction.")
        return ""

    def _scope_changed(self) -> None:
        camera = self.camera()
        if camera is not None:
            current = self._shifts.by_camera.get(camera, 0)
        else:
            current = self._shifts.for_photo(self._selected[0]) if self._selected else 0
        if not self._shift_edited:
            sign, hours, minutes = self.sign_combo, self.hours_spin, self.minutes_spin
            with QSignalBlocker(sign), QSignalBlocker(hours), QSignalBlocker(minutes):
                sign.setCurrentIndex(1 if current < 0 else 0)
                hours.setValue(abs(current) // 3600)
                minutes.setValue(abs(current) % 3600 // 60)
        reference = self.reference()
        old = self._reference.id if self._reference else None
        if reference is not None and reference.taken and reference.id != old:
            # Shown as the clock now reads, with the correction it already has.
            shown = reference.taken.local + timedelta(seconds=self._shifts.for_photo(reference))
            with QSignalBlocker(self.actual_edit):
                self.actual_edit.setDateTime(_to_qdatetime(shown))
            text = fill(
                self.tr("%1 recorded %2"),
                reference.file_name,
                dates.capture_time(reference.taken),
            )
            self.reference_label.setText(text)
        elif reference is None:
            self.reference_label.setText(self.tr("No photo with a capture time"))
        self._reference = reference
        self.actual_radio.setEnabled(reference is not None)
        text = self.tr("This clock is corrected by %1 now; the correction you give replaces it.")
        self.current_label.setText(text.replace("%1", format_shift(current)))
        self.current_label.setVisible(bool(current))
        self._update()

    def _shift_changed(self) -> None:
        self._shift_edited = True
        self._update()

    def _update(self) -> None:
        shift = self.shift_radio.isChecked()
        for widget in (self.sign_combo, self.hours_spin, self.minutes_spin):
            widget.setEnabled(shift)
        self.actual_edit.setEnabled(not shift and self._reference is not None)
        self.camera_combo.setEnabled(self.camera_radio.isChecked())
        plan = self.plan()
        self._show_moves(plan.moves if plan is not None else [])
        problem = self._problem(plan)
        self.reason_label.setText(problem)
        self.ok_button.setEnabled(not problem)

    def _show_moves(self, moves: list[DayChange]) -> None:
        self.preview_list.clear()
        if not moves:
            item = QListWidgetItem(self.tr("No photo changes day"), self.preview_list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        days = {d.id: dates.list_date(d.date) for d in self.session.project.days()}
        names = {p.id: p.file_name for p in self.session.photos([m.photo_id for m in moves])}
        nowhere = self.tr("no day")
        for move in moves:
            before, after = days.get(move.before or 0, nowhere), days.get(move.after or 0, nowhere)
            item = QListWidgetItem(f"{names.get(move.photo_id, '')}: {before} → {after}")
            item.setData(Qt.ItemDataRole.UserRole, move.photo_id)
            self.preview_list.addItem(item)

    def _changes_nothing(self, plan: ClockPlan) -> bool:
        shifts = self._shifts
        return (
            not plan.moves
            and all(shifts.by_camera.get(c) == s for c, s in plan.cameras.items())
            and all(shifts.by_photo.get(p) == s for p, s in plan.photos.items())
        )
