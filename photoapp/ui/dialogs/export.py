"""The export dialog: format and layout settings, a live preview of the pages drawn from the
same layout as the files, the estimated size, progress with cancel, and the written file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photoapp.domain.model import Photo
from photoapp.export import (
    DEFAULT_CAPTION_FORMAT,
    ENGLISH_CAPTION_FORMAT,
    PER_DAY_CAPTION_FORMAT,
    PER_PAGE_CHOICES,
    DocumentFormat,
    ExportError,
    ExportProblem,
    ExportResult,
    ExportSettings,
    Orientation,
    Paper,
    SettingsError,
    caption_lines,
    collect,
    save_settings,
    saved_settings,
)
from photoapp.export.appendix import document_info, estimate_entries_size
from photoapp.export.findings import layout_findings
from photoapp.export.into import IntoResult
from photoapp.export.layout import build_layout
from photoapp.storage.errors import ProjectWriteError
from photoapp.texts import messages
from photoapp.texts.catalogue import fill
from photoapp.ui import accessibility, settings
from photoapp.ui.dialogs.into_report import IntoReportController, IntoReportPanel
from photoapp.ui.export_controller import ExportController
from photoapp.ui.output_guard import may_write
from photoapp.ui.session import ProjectSession
from photoapp.ui.tasks import TaskRunner
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.widgets.page_preview import PagePreview

DPI_CHOICES = (150, 200, 300)
FORMAT_KEY = "export.format"  # the project's last export format: ".odt", ".docx" or ".pdf"


def _select(combo: QComboBox, value: object) -> None:
    """Make the item whose data equals `value` current (the first when none does).

    QComboBox.findData compares Python objects by identity: the saved (A4, landscape) was never
    found and the combo fell back to A4 portrait."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(0)


class ExportDialog(QDialog):
    """Choose how the appendix looks, see it, and write it."""

    def __init__(
        self, session: ProjectSession, thumbnails: ThumbnailProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the appendix"))
        self.session = session
        self.thumbnails = thumbnails
        self.controller = ExportController(self)
        self._estimates = TaskRunner(self)
        self.results: list[ExportResult] = []
        self._build()
        self.load(saved_settings(session.project))
        self.load_format()
        self.controller.progress.connect(self._progress)
        self.controller.finished.connect(self._finished)
        self.controller.failed.connect(self._failed)
        self.controller.crashed.connect(self._crashed)
        self._refresh_timer = QTimer(self, singleShot=True, interval=250)
        self._refresh_timer.timeout.connect(self.refresh)
        self._connect_into_report()
        self.refresh()
        self.resize(1100, 720)

    # ---- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.format_combo = QComboBox()
        for fmt, label in ((DocumentFormat.ODT, "ODT"), (DocumentFormat.DOCX, "DOCX"),
                           (DocumentFormat.PDF, "PDF")):  # fmt: skip
            self.format_combo.addItem(label, fmt)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4 portrait"), (Paper.A4, Orientation.PORTRAIT))
        self.paper_combo.addItem(self.tr("A4 landscape"), (Paper.A4, Orientation.LANDSCAPE))
        self.paper_combo.addItem(self.tr("Letter portrait"), (Paper.LETTER, Orientation.PORTRAIT))
        self.paper_combo.addItem(self.tr("Letter landscape"), (Paper.LETTER, Orientation.LANDSCAPE))
        self.per_page_combo = QComboBox()
        for count in PER_PAGE_CHOICES:
            self.per_page_combo.addItem(self.tr("%n photo(s) a page", "", count), count)
        self.group_check = QCheckBox(self.tr("Group by day"))
        self.new_page_check = QCheckBox(self.tr("Each day starts a new page"))
        self.sort_check = QCheckBox(self.tr("Sort the photos by day"))
        self.figure_list_check = QCheckBox(self.tr("List of photos (照片目錄) at the start"))
        self.start_spin = QSpinBox()
        self.start_spin.setRange(1, 9999)
        self.heading_edit = QLineEdit()
        self.caption_combo = QComboBox()
        self.caption_combo.setEditable(True)
        self.caption_combo.addItems(
            [DEFAULT_CAPTION_FORMAT, PER_DAY_CAPTION_FORMAT, ENGLISH_CAPTION_FORMAT]
        )
        self.east_asian_edit = QLineEdit()
        self.latin_edit = QLineEdit()
        self.dpi_combo = QComboBox()
        for dpi in DPI_CHOICES:
            self.dpi_combo.addItem(f"{dpi} dpi", dpi)
        self.size_label = QLabel()
        self.profile_combo = QComboBox()
        self.save_profile_button = QPushButton(self.tr("Save as profile…"))
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(self.save_profile_button)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        self.into_panel = IntoReportPanel(self.session.project)
        form.addRow("", self.into_panel)
        form.addRow(self.tr("Paper:"), self.paper_combo)
        form.addRow(self.tr("Photos:"), self.per_page_combo)
        form.addRow("", self.group_check)
        form.addRow("", self.new_page_check)
        form.addRow("", self.sort_check)
        form.addRow("", self.figure_list_check)
        form.addRow(self.tr("First page number:"), self.start_spin)
        form.addRow(self.tr("Heading:"), self.heading_edit)
        form.addRow(self.tr("Caption format:"), self.caption_combo)
        form.addRow(self.tr("Chinese font:"), self.east_asian_edit)
        form.addRow(self.tr("Western font:"), self.latin_edit)
        form.addRow(self.tr("Resolution:"), self.dpi_combo)
        form.addRow("", self.size_label)
        form.addRow(self.tr("Profile:"), profile_row)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.setWordWrap(True)

        self.preview = PagePreview(self._pixmap_for)
        self._repaint_timer = QTimer(self, singleShot=True, interval=100)
        self._repaint_timer.timeout.connect(self.preview.thumbnails_changed)
        self.thumbnails.ready.connect(lambda _sha: self._repaint_timer.start())
        self.page_label = QLabel()
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        pages_row = QHBoxLayout()
        pages_row.addStretch()
        pages_row.addWidget(self.previous_button)
        pages_row.addWidget(self.page_label)
        pages_row.addWidget(self.next_button)
        pages_row.addStretch()

        self.progress = QProgressBar()
        self.progress.hide()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy the caption list"))
        self.copy_button.setToolTip(
            self.tr("照片 1：… one a line, to paste into the report's text")
        )
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.hide()
        self.cancel_button = QPushButton(self.tr("Close"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.done_label, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.problem_label)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(pages_row)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        for combo in (self.format_combo, self.paper_combo, self.per_page_combo, self.dpi_combo):
            combo.currentIndexChanged.connect(self._changed)
        for check in (self.group_check, self.new_page_check, self.sort_check,
                      self.figure_list_check):  # fmt: skip
            check.toggled.connect(self._changed)
        self.start_spin.valueChanged.connect(self._changed)
        for edit in (self.heading_edit, self.east_asian_edit, self.latin_edit):
            edit.textChanged.connect(self._changed)
        self.caption_combo.editTextChanged.connect(self._changed)
        self.profile_combo.activated.connect(self.use_profile)
        self.save_profile_button.clicked.connect(self.save_profile)
        self.previous_button.clicked.connect(
            lambda: self.preview.show_page(self.preview.first_page - 2)
        )
        self.next_button.clicked.connect(
            lambda: self.preview.show_page(self.preview.first_page + 2)
        )
        self.preview.page_changed.connect(lambda _page: self._update_page_label())
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.open_button.clicked.connect(self._open_result)
        self.copy_button.clicked.connect(self.copy_caption_list)
        self._fill_profiles()
        accessibility.name_fields(self)

    # ---- settings in and out ----------------------------------------------------------------

    def load(self, chosen: ExportSettings) -> None:
        """Show these settings in the form."""
        widgets = (self.paper_combo, self.per_page_combo, self.group_check, self.new_page_check,
                   self.sort_check, self.figure_list_check, self.start_spin, self.heading_edit,
                   self.caption_combo,
                   self.east_asian_edit, self.latin_edit, self.dpi_combo)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        _select(self.paper_combo, (chosen.paper, chosen.orientation))
        _select(self.per_page_combo, chosen.per_page)
        self.group_check.setChecked(chosen.group_by_day)
        self.new_page_check.setChecked(chosen.day_starts_page)
        self.sort_check.setChecked(chosen.sort_by_day)
        self.figure_list_check.setChecked(chosen.figure_list)
        self.start_spin.setValue(chosen.first_page_number)
        self.heading_edit.setText(chosen.heading)
        self.caption_combo.setCurrentText(chosen.caption_format)
        self.east_asian_edit.setText(chosen.fonts.east_asian)
        self.latin_edit.setText(chosen.fonts.latin)
        if self.dpi_combo.findData(chosen.dpi) < 0:
            self.dpi_combo.addItem(f"{chosen.dpi} dpi", chosen.dpi)
        self.dpi_combo.setCurrentIndex(self.dpi_combo.findData(chosen.dpi))
        for widget in widgets:
            widget.blockSignals(False)
        self.new_page_check.setEnabled(chosen.group_by_day)
        self._base = chosen

    def load_format(self) -> None:
        """Choose the format the project was last exported in (ODT when it never was)."""
        saved = self.session.project.setting(FORMAT_KEY) or ""
        known = {fmt.value: fmt for fmt in DocumentFormat}
        self.format_combo.blockSignals(True)
        _select(self.format_combo, known.get(saved, DocumentFormat.ODT))
        self.format_combo.blockSignals(False)

    def chosen_settings(self) -> ExportSettings:
        """The settings the form shows; raises SettingsError for values that cannot be used."""
        paper, orientation = self.paper_combo.currentData()
        fonts = replace(
            self._base.fonts,
            east_asian=self.east_asian_edit.text().strip(),
            latin=self.latin_edit.text().strip(),
        )
        return self._base.with_changes(
            paper=paper,
            orientation=orientation,
            per_page=self.per_page_combo.currentData(),
            group_by_day=self.group_check.isChecked(),
            day_starts_page=self.new_page_check.isChecked(),
            sort_by_day=self.sort_check.isChecked(),
            figure_list=self.figure_list_check.isChecked(),
            first_page_number=self.start_spin.value(),
            heading=self.heading_edit.text().strip(),
            caption_format=self.caption_combo.currentText().strip(),
            fonts=fonts,
            dpi=self.dpi_combo.currentData(),
        )

    def document_format(self) -> DocumentFormat:
        """The format chosen."""
        value = self.format_combo.currentData()
        assert isinstance(value, DocumentFormat)
        return value

    # ---- preview and estimate ---------------------------------------------------------------

    def _changed(self) -> None:
        self.new_page_check.setEnabled(self.group_check.isChecked())
        self.sort_check.setEnabled(self.group_check.isChecked())
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Lay the appendix out again with the form's settings and show it."""
        try:
            chosen = self.chosen_settings()
        except SettingsError as error:
            self.problem_label.setText(messages.export_settings_problem(error))
            self._usable(False)
            return
        self.problem_label.clear()
        entries = collect(self.session.project, chosen)
        self._usable(True, has_photos=bool(entries))
        if not entries:
            self.problem_label.setText(messages.export_problem(ExportProblem.EMPTY_APPENDIX))
            self.preview.set_layout(None)
            self.size_label.clear()
            self._update_page_label()
            return
        layout = build_layout(entries, chosen)
        self.preview.set_layout(layout)
        notes = messages.layout_notes([f.kind for f in layout_findings(layout)])
        self.problem_label.setText("\n".join(notes))
        self._update_page_label()
        fmt = self.document_format()
        self.size_label.setText(self.tr("Estimating the size…"))
        self._estimates.cancel_pending()
        self._estimates.submit(lambda: estimate_entries_size(entries, chosen, fmt), self._estimated)

    def _usable(self, valid: bool, *, has_photos: bool = True) -> None:
        """Enable what needs valid settings (and photos, and no export running)."""
        idle = not self.controller.running
        self.export_button.setEnabled(valid and has_photos and idle)
        self.copy_button.setEnabled(valid and has_photos)
        self.save_profile_button.setEnabled(valid)

    def _estimated(self, size: int) -> None:
        pages = len(self.preview.layout_.pages) if self.preview.layout_ else 0
        self.size_label.setText(
            self.tr("%n page(s), about %1 MB", "", pages).replace("%1", f"{size / 1e6:.1f}")
        )

    def _update_page_label(self) -> None:
        layout = self.preview.layout_
        total = len(layout.pages) if layout else 0
        first = self.preview.first_page
        last = min(first + 2, total)
        if total == 0:
            text = self.tr("No pages")
        elif last == first + 1:  # one page shown: the last of an odd count, or the only one
            text = fill(self.tr("Page %1 of %2"), last, total)
        else:
            text = fill(self.tr("Pages %1–%2 of %3"), first + 1, last, total)
        self.page_label.setText(text)
        self.previous_button.setEnabled(first > 0)
        self.next_button.setEnabled(first + 2 < total)

    def _pixmap_for(self, photo: Photo) -> QPixmap | None:
        return self.thumbnails.pixmap(photo.sha256, self.session.project.resolve(photo))

    # ---- profiles ---------------------------------------------------------------------------

    def _fill_profiles(self) -> None:
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Office default"), ExportSettings().to_json())
        for name, text in sorted(_profiles().items()):
            self.profile_combo.addItem(name, text)

    def use_profile(self, index: int) -> None:
        """Show the settings of the profile at `index` of the profile list."""
        try:
            chosen = ExportSettings.from_json(self.profile_combo.itemData(index))
        except SettingsError:
            return
        self.load(chosen)
        self.refresh()

    def save_profile(self) -> None:
        """Ask for a name and keep the form's settings under it, for later trips."""
        name, accepted = QInputDialog.getText(
            self, self.tr("Save as profile"), self.tr("Name of the profile (for the next trip):")
        )
        if not accepted or not name.strip():
            return
        profiles = _profiles()
        profiles[name.strip()] = self.chosen_settings().to_json()
        settings.EXPORT_PROFILES.set(json.dumps(profiles, ensure_ascii=False))
        self._fill_profiles()
        self.profile_combo.setCurrentIndex(self.profile_combo.findText(name.strip()))

    # ---- writing ----------------------------------------------------------------------------

    def default_path(self) -> Path:
        """A file beside the project named after the trip."""
        project = self.session.project
        folder = Path(settings.LAST_EXPORT_FOLDER.get() or project.folder)
        stem = self.tr("Appendix") + "-" + project.path.stem
        return folder / f"{stem}{self.document_format().value}"

    def choose_and_export(self) -> None:
        """Ask where to write, then export."""
        if self.into_panel.report is not None:
            self.export_into_report()
            return
        fmt = self.document_format()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the appendix"), str(self.default_path()),
            f"{fmt.name} (*{fmt.value})",
        )  # fmt: skip
        if name:
            path = Path(name)
            if path.suffix.lower() != fmt.value:
                path = path.with_name(path.name + fmt.value)
            self.export_to([path])

    def export_to(self, paths: list[Path]) -> None:
        """Write the appendix to `paths` with the form's settings (saved in the project).

        Never over the project file or one of its photos, nor over another kind of file the
        user did not agree to replace (the project's output guard)."""
        title = self.tr("Export the appendix")
        if not all(may_write(self, title, self.session.project, path) for path in paths):
            return
        chosen = self._save_form()
        settings.LAST_EXPORT_FOLDER.set(str(paths[0].parent))
        entries = collect(self.session.project, chosen)
        self._show_running()
        info = document_info(self.session.project, chosen, settings.AUTHOR.get())
        self.controller.start(entries, paths, chosen, info)

    def _save_form(self) -> ExportSettings:
        """The form's settings, saved in the project for next time (a read-only project is
        exported all the same, its settings not saved)."""
        chosen = self.chosen_settings()
        if self.session.read_only is None:
            try:
                save_settings(self.session.project, chosen)
                self.session.project.set_setting(FORMAT_KEY, self.document_format().value)
            except ProjectWriteError as error:
                self.session.report_write_failure(self.tr("Save the export settings"), error)
        return chosen

    def _show_running(self) -> None:
        """The dialog while a file is written: progress, Cancel, nothing from the last run."""
        self.results = []
        self.done_label.clear()
        self.open_button.hide()
        self.progress.show()
        self.progress.setValue(0)
        self.export_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finished(self, results: list[ExportResult]) -> None:
        self.results = results
        self._idle()
        result = results[0]
        text = self.tr("Wrote %1: %n page(s), %2 MB.", "", result.pages)
        text = fill(text, result.path.name, f"{result.bytes_written / 1e6:.1f}")
        if result.missing:
            lines = [f"{m.line}: {messages.export_problem(m.problem)}" for m in result.missing]
            text += "\n" + "\n".join(lines)
        self.done_label.setText(text)
        self.open_button.show()

    def _failed(self, error: ExportError) -> None:
        self._idle()
        where = f"{error.path.name}: " if error.path else ""
        self.done_label.setText(where + messages.export_problem(error.problem))

    def _crashed(self, _error: Exception) -> None:
        self._idle()
        self.done_label.setText(self.tr("The export stopped because of an unexpected error."))

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.setText(self.tr("Close"))
        self.refresh()  # the form may have changed while the export ran

    def _cancel_or_close(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        """Close: nothing is laid out again for a closed dialog (its project may be closed)."""
        self._refresh_timer.stop()
        super().done(result)

    def reject(self) -> None:
        """Close, or while an export runs (Escape, the window's ×, Cancel): stop it first."""
        if self.into.running:
            self.into.cancel()
            return
        if self.controller.running:
            self.controller.cancel()  # the dialog stays to say the export was cancelled
            return
        super().reject()

    def copy_caption_list(self) -> str:
        """Put the numbered captions, one a line, on the clipboard; returns the text."""
        text = "\n".join(caption_lines(self.session.project, self.chosen_settings()))
        QGuiApplication.clipboard().setText(text)
        return text

    def _open_result(self) -> None:
        if self.results:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.results[0].path)))

    # ---- into the user's report (IntoReportPanel and IntoReportController do the work) -----

    def _connect_into_report(self) -> None:
        self.into = IntoReportController(self)
        self.into.progress.connect(self._progress)
        self.into.finished.connect(self._into_finished)
        self.into.failed.connect(self._into_failed)
        self.into_panel.changed.connect(self._into_changed)
        self._into_changed()

    def _into_changed(self) -> None:
        """Writing into a report: the format is the report's."""
        report = self.into_panel.report
        self.format_combo.setEnabled(report is None)
        if report is not None:
            odt = report.suffix.lower() == ".odt"
            wanted = DocumentFormat.ODT if odt else DocumentFormat.DOCX
            self.format_combo.setCurrentIndex(self.format_combo.findData(wanted))

    def export_into_report(self) -> None:
        """Ask where to write the report with the appendix in it, then write it on a worker."""
        report = self.into_panel.report
        if report is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the report with the appendix"),
            str(self.into_panel.default_target()), f"*{report.suffix}",
        )  # fmt: skip
        if not name:
            return
        title = self.tr("Write the report with the appendix")
        if not may_write(self, title, self.session.project, Path(name)):
            return
        chosen = self._save_form()
        entries = collect(self.session.project, chosen)
        self._show_running()
        self.into.start(entries, report, Path(name), chosen, self.into_panel.state.after)

    def _into_finished(self, result: IntoResult) -> None:
        self.into_panel.remember(result)
        self.results = [result.result]
        self._idle()
        text = self.tr("Wrote %1: the appendix takes %n page(s).", "", result.result.pages)
        self.done_label.setText(text.replace("%1", result.result.path.name))
        self.open_button.show()

    def _into_failed(self, text: str) -> None:
        self._idle()
        self.done_label.setText(text)


def _profiles() -> dict[str, str]:
    try:
        value = json.loads(settings.EXPORT_PROFILES.get())
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
