"""The preferences dialog: the interface language and how dates are written."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain import minguo
from photoapp.ui import settings


class PreferencesDialog(QDialog):
    """Chooses the interface language (applied at the next start) and Minguo or Gregorian dates.

    OK writes settings.LANGUAGE, settings.MINGUO_DATES and settings.AUTHOR (the author named
    in exported documents' properties); Cancel changes nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(420)

        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("System default"), "")
        # Each language is named in itself, so that a user can find theirs in any interface.
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("正體中文", "zh_TW")
        index = self.language_combo.findData(settings.LANGUAGE.get())
        self.language_combo.setCurrentIndex(max(index, 0))
        language_note = QLabel(self.tr("The new language applies when photoapp next starts."), self)
        language_note.setEnabled(False)
        language_note.setWordWrap(True)

        today = date.today()
        gregorian = f"{today.year}/{today.month}/{today.day} ({minguo.weekday_name(today)})"
        self.minguo_radio = QRadioButton(
            self.tr("Minguo 民國 (%1)").replace("%1", minguo.short(today)), self
        )
        self.gregorian_radio = QRadioButton(
            self.tr("Gregorian 西元 (%1)").replace("%1", gregorian), self
        )
        self.date_group = QButtonGroup(self)
        self.date_group.addButton(self.minguo_radio)
        self.date_group.addButton(self.gregorian_radio)
        minguo_dates = settings.MINGUO_DATES.get()
        self.minguo_radio.setChecked(minguo_dates)
        self.gregorian_radio.setChecked(not minguo_dates)
        date_note = QLabel(self.tr("Used wherever dates are written in Chinese."), self)
        date_note.setEnabled(False)
        date_note.setWordWrap(True)
        date_box = QVBoxLayout()
        date_box.addWidget(self.minguo_radio)
        date_box.addWidget(self.gregorian_radio)
        date_box.addWidget(date_note)

        self.author_edit = QLineEdit(settings.AUTHOR.get(), self)
        self.author_edit.setPlaceholderText(self.tr("(none)"))
        self.author_edit.setToolTip(
            self.tr("Written as the author in the properties of the exported documents")
        )

        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        form.addRow("", language_note)
        form.addRow(self.tr("Date style:"), date_box)
        form.addRow(self.tr("&Author of exported documents:"), self.author_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def language(self) -> str:
        """The chosen language: "" (follow the system), "en" or "zh_TW"."""
        return str(self.language_combo.currentData() or "")

    def minguo_dates(self) -> bool:
        """Whether Minguo dates are chosen."""
        return self.minguo_radio.isChecked()

    def accept(self) -> None:
        """Write the settings and close."""
        settings.LANGUAGE.set(self.language())
        settings.MINGUO_DATES.set(self.minguo_dates())
        settings.AUTHOR.set(self.author_edit.text().strip())
        super().accept()
