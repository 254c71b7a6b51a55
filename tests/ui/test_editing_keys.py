"""Keys and clicks that edit: F2 renames what has focus (and appends to a caption), a day opens
for editing on a double-click, Tab leaves a date field, the export dialog comes back as saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from photoapp.export import DocumentFormat, ExportSettings, Orientation, Paper, save_settings
from photoapp.export import saved_settings as read_settings
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.dialogs import DayDialog
from photoapp.ui.dialogs.export import FORMAT_KEY, ExportDialog
from photoapp.ui.main_window import MainWindow
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from photoapp.ui.workspace import Workspace


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> tuple[MainWindow, Workspace]:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window only
    assert window.workspace is not None
    return window, window.workspace


def test_f2_puts_the_caret_at_the_end_of_the_caption(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    photo = trip_project.photos()[0]
    trip_project.set_caption(photo.id, "與市長合影")
    _shown, workspace = _window(qtbot, trip_project, cache)
    workspace.grid.setFocus()
    qtbot.waitUntil(workspace.grid.hasFocus)
    workspace.select_photos([photo.id])
    QTest.keyClick(workspace.grid, Qt.Key.Key_F2)
    editor = workspace.detail.caption_editor
    assert editor.hasFocus()
    assert editor.textCursor().position() == len("與市長合影")
    QTest.keyClicks(editor, " 2017")
    assert trip_project.photos([photo.id])[0].caption == "與市長合影 2017"


@pytest.mark.parametrize("pane", ["days", "people"])
def test_f2_renames_the_day_or_person_that_has_focus(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, pane: str
) -> None:
    _shown, workspace = _window(qtbot, trip_project, cache)
    view = getattr(workspace, pane)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(view.model().index(2 if pane == "days" else 0, 0))
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState
    assert not workspace.detail.caption_editor.hasFocus()
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "Daejeon")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)  # queued
    if pane == "days":
        assert trip_project.days()[0].label == "Daejeon"
    else:
        assert trip_project.people()[0].name == "Daejeon"


def test_a_double_click_on_a_day_edits_it(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(dialog: DayDialog) -> int:
        dialog.label_edit.setText("抵達大田")
        return 1

    monkeypatch.setattr(DayDialog, "exec", answer)
    window, workspace = _window(qtbot, trip_project, cache)
    rect = workspace.days.visualRect(workspace.day_model.index(2, 0))
    qtbot.mouseClick(workspace.days.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(workspace.days.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert trip_project.days()[0].label == "抵達大田"
    assert window.session is not None and window.session.undo_stack.count() == 1


def test_tab_leaves_the_date_of_the_add_day_dialog(qtbot: QtBot) -> None:
    dialog = DayDialog(None, ())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    edit = dialog.date_field.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert dialog.label_edit.hasFocus()
    QTest.keyClicks(dialog.label_edit, "Arrival")
    assert dialog.day().label == "Arrival"
    QTest.keyClick(dialog.label_edit, Qt.Key.Key_Backtab)
    assert edit.hasFocus()


def test_the_export_dialog_restores_every_saved_setting(
    qtbot: QtBot, session: ProjectSession, thumbnails: ThumbnailProvider, tmp_path: object
) -> None:
    project = session.project
    saved = ExportSettings(
        paper=Paper.A4,
        orientation=Orientation.LANDSCAPE,
        per_page=4,
        group_by_day=True,
        day_starts_page=True,
    )
    save_settings(project, saved)
    project.set_setting(FORMAT_KEY, DocumentFormat.PDF.value)
    dialog = ExportDialog(session, thumbnails)
    qtbot.addWidget(dialog)
    assert dialog.paper_combo.currentText() == "A4 landscape"
    assert dialog.document_format() is DocumentFormat.PDF
    assert dialog.per_page_combo.currentData() == 4
    assert dialog.group_check.isChecked() and dialog.new_page_check.isChecked()
    assert dialog.new_page_check.isEnabled()
    assert dialog.chosen_settings() == saved
    dialog.reject()


def test_an_export_remembers_its_format(
    qtbot: QtBot,
    session: ProjectSession,
    thumbnails: ThumbnailProvider,
    tmp_path: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pathlib import Path

    dialog = ExportDialog(session, thumbnails)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog.controller, "start", lambda *args: None)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findText("DOCX"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findText("Letter landscape"))
    dialog.export_to([Path(str(tmp_path)) / "附錄.docx"])
    again = ExportDialog(session, thumbnails)
    qtbot.addWidget(again)
    assert again.document_format() is DocumentFormat.DOCX
    assert again.paper_combo.currentText() == "Letter landscape"
    assert read_settings(session.project).orientation is Orientation.LANDSCAPE
    dialog.reject()
    again.reject()
