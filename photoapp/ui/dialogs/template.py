"""The dialog that captions many photos at once from a template such as `{people}合影`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain import captions, templates
from photoapp.ui.dialogs._fields import reason_label
from photoapp.ui.session import ProjectSession

PREVIEW_COUNT = 5
WARNING_COLOUR = "#e65100"


class TemplateDialog(QDialog):
    """Choose or write a caption template; the captions it gives the first photos are shown,
    with a warning when it would replace captions already written. OK is one undo step."""

    def __init__(
        self, session: ProjectSession, photo_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.photo_ids = list(photo_ids)
        self.setWindowTitle(self.tr("Caption from a template"))
        self.setMinimumWidth(480)

        self.template_combo = QComboBox(self)
        self.template_combo.setEditable(True)
        self.template_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.template_combo.addItems(list(templates.PRESETS))
        self.help_label = QLabel(
            self.tr(
                "{people}: the people tagged on the photo · {label}: its day's label ·"
                " {date}: its day's date"
            ),
            self,
        )
        self.help_label.setWordWrap(True)
        self.help_label.setEnabled(False)  # greyed: a comment on the field
        self.preview_list = QListWidget(self)
        self.preview_list.setAccessibleName(self.tr("Captions"))
        self.warning_label = QLabel(self)
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.reason_label = reason_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template_combo)
        form.addRow("", self.help_label)
        n = len(self.photo_ids)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Captions of the %n photo(s):", "", n), self))
        layout.addWidget(self.preview_list, 1)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.template_combo.currentTextChanged.connect(self._update)
        self.template_combo.setFocus()
        self._update()

    def template(self) -> str:
        """The template as written (trimmed)."""
        return self.template_combo.currentText().strip()

    def captions(self) -> dict[int, str]:
        """Each photo's caption as readers would see it, in the order given."""
        template = self.template()
        if not templates.is_valid(template):
            return {}
        days = {d.id: d for d in self.session.project.days()}
        people = self.session.people_by_id()
        photos = {p.id: p for p in self.session.photos(self.photo_ids)}
        return {
            pid: captions.render(
                templates.fill(template, photos[pid], days.get(photos[pid].day_id or 0)), people
            )
            for pid in self.photo_ids
            if pid in photos
        }

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or "" when it can."""
        template = self.template()
        if not self.photo_ids:
            return self.tr("Select the photos to caption first.")
        if not template:
            return self.tr("Write a template or choose one.")
        if not templates.is_valid(template):
            return self.tr("Unknown field: the fields are {people}, {label} and {date}.")
        return ""

    def accept(self) -> None:
        """Caption the photos from the template (one undo step) and close."""
        if not self.problem():
            self.session.apply_template(self.template(), self.photo_ids)
            super().accept()

    def _update(self) -> None:
        self.preview_list.clear()
        made = self.captions()
        photos = self.session.photos(self.photo_ids)
        names = {p.id: p.file_name for p in photos}
        for pid, text in list(made.items())[:PREVIEW_COUNT]:
            shown = text or self.tr("(no caption)")
            item = QListWidgetItem(f"{names.get(pid, '')}: {shown}", self.preview_list)
            item.setData(Qt.ItemDataRole.UserRole, pid)
        n = len(made) - PREVIEW_COUNT
        if n > 0:
            more = QListWidgetItem(self.tr("… and %n more", "", n), self.preview_list)
            more.setFlags(Qt.ItemFlag.NoItemFlags)
        n = sum(1 for p in photos if p.caption.strip())
        self.warning_label.setText(
            self.tr(
                "%n of the photos already have a caption: it will be replaced"
                " (Undo brings it back).",
                "",
                n,
            )
        )
        self.warning_label.setVisible(n > 0)
        problem = self.problem()
        self.reason_label.setText(problem)
        self.ok_button.setEnabled(not problem)
