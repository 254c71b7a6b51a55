"""The dialog that reads the itinerary's days out of the trip report's text (pasted or opened)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.itinerary import ItineraryParse, WarningKind, parse_itinerary
from photoapp.storage.report_text import ReportTextError, read_report_text
from photoapp.texts import messages
from photoapp.texts.catalogue import fill
from photoapp.ui import dates
from photoapp.ui.dialogs.text_source import TextSourceDialog, UnusableFileError
from photoapp.ui.session import ProjectSession

KEPT_COLOUR = "#e65100"  # orange: the day was made, but look at it
LEFT_OUT_COLOUR = "#c62828"  # red: the line made no day


class ItineraryDialog(TextSourceDialog):
    """Paste the report's 過程 chapter (or the whole report), or open the report file; the days
    found and the headings that need a look are listed as the text changes.

    OK replaces the itinerary's days with the days found (one undo step); photos keep their
    day where its date stays.
    """

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self._read, parent)
        self.file_filter = self.tr("Reports (*.txt *.docx *.odt);;All files (*)")
        self._parse = ItineraryParse()
        self.setWindowTitle(self.tr("Itinerary from the report"))
        self.resize(760, 560)

        intro = QLabel(
            self.tr(
                "Paste the report's itinerary (the 過程 chapter, or the whole report): every line"
                " that starts with a date becomes a day, the rest of the line its label."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text_edit.setPlaceholderText(self.tr("106 年 9 月 10 日(星期日)：抵達大田"))
        self.open_button.setToolTip(self.tr("Read the text of a .txt, .docx or .odt report"))
        self.days_list = QListWidget(self)
        self.warnings_list = QListWidget(self)
        self.days_list.setAccessibleName(self.tr("Days found"))
        self.warnings_list.setAccessibleName(self.tr("Lines not taken"))
        self.text_edit.setAccessibleName(self.tr("Text of the report"))
        self.warnings_list.setWordWrap(True)
        self.days_label = QLabel(self)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.ok_button.setText(self.tr("&Replace the days"))

        source = QWidget(self)
        source_layout = QVBoxLayout(source)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(self.text_edit, 1)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        source_layout.addLayout(open_row)
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.days_label)
        preview_layout.addWidget(self.days_list, 2)
        preview_layout.addWidget(QLabel(self.tr("Headings to look at:"), preview))
        preview_layout.addWidget(self.warnings_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(source)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.buttons)

        self.source_changed.connect(self._update)
        self.text_edit.setFocus()
        self._update()

    def parse(self) -> ItineraryParse:
        """What the text gives: the days found and the warnings, as last shown."""
        return self._parse

    def _read(self, path: Path) -> str:
        try:
            return read_report_text(path)
        except ReportTextError as error:
            raise UnusableFileError(
                fill(
                    self.tr("%1 cannot be read: %2"),
                    path.name,
                    messages.report_text_problem(error.reason),
                )
            ) from error

    def problem(self) -> str:
        """Why the dialog cannot be accepted yet, or "" when it can."""
        if self.file_problem:
            return self.file_problem
        if not self._parse.days:
            if not self.text_edit.toPlainText().strip():
                return self.tr("Paste the report's text or open the report file.")
            return self.tr("No line of the text starts with a date of the trip.")
        return ""

    def accept(self) -> None:
        """Replace the itinerary's days with the days found (one undo step) and close."""
        if self._parse.days:
            self.session.replace_days([(d.date, d.label) for d in self._parse.days])
            super().accept()

    # ---- keeping the preview in step -----------------------------------------------------------

    def _update(self) -> None:
        trip = self.session.project.trip()
        self._parse = parse_itinerary(
            self.text_edit.toPlainText(), trip_start=trip.start, trip_end=trip.end
        )
        found = self._parse.days
        self.days_list.clear()
        for day in found:
            text = dates.list_date(day.date)
            item = QListWidgetItem(f"{text}  {day.label}" if day.label else text)
            item.setToolTip(self.tr("Line %1").replace("%1", str(day.line_number)))
            self.days_list.addItem(item)
        n = len(found)
        self.days_label.setText(self.tr("%n day(s) found:", "", n))
        self.warnings_list.clear()
        for warning in self._parse.warnings:
            item = QListWidgetItem(messages.itinerary_warning(warning))
            kept = warning.kind is WarningKind.WEEKDAY_MISMATCH
            item.setForeground(QBrush(QColor(KEPT_COLOUR if kept else LEFT_OUT_COLOUR)))
            self.warnings_list.addItem(item)
        self.note_label.setText(self._note())
        problem = self.problem()
        self.reason_label.setText(problem)
        self.ok_button.setEnabled(not problem)

    def _note(self) -> str:
        note = self.tr(
            "The days found replace the itinerary's days; photos keep their day where its date"
            " stays, and dated photos go onto the new days."
        )
        wanted = {d.date for d in self._parse.days}
        n = sum(1 for day in self.session.project.days() if day.date not in wanted)
        if self._parse.days and n:
            gone = self.tr(
                "%n day(s) of the itinerary are not in the text and will be removed.", "", n
            )
            note += " " + gone
        return note
