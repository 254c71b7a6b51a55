"""The export dialog's "Into my report…": the place shown, the report written, remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from photoapp.export import DocumentFormat
from photoapp.export.into_state import load
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.dialogs.export import ExportDialog
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from tests.export.reports import docx_report, eight_photo_trip, example_lines


@pytest.fixture
def trip8(tmp_path: Path) -> Project:
    project = eight_photo_trip(tmp_path / "trip")
    assert isinstance(project, Project)
    return project


def _dialog(qtbot: QtBot, project: Project, tmp_path: Path) -> ExportDialog:
    cache = ThumbnailCache(tmp_path / "cache")
    dialog = ExportDialog(ProjectSession(project), ThumbnailProvider(cache))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_into_my_report(
    qtbot: QtBot, tmp_path: Path, trip8: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = docx_report(tmp_path / "報告.docx", example_lines(middle=True))
    dialog = _dialog(qtbot, trip8, tmp_path)
    panel = dialog.into_panel
    assert panel.report is None and not panel.check.isChecked()
    panel.set_report(report)
    assert panel.place is not None and panel.place.found
    assert "附錄：照片" in panel.where_label.text()
    assert "報告.docx" in panel.where_label.text()
    assert not dialog.format_combo.isEnabled()
    assert dialog.document_format() is DocumentFormat.DOCX
    out = tmp_path / "out.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.choose_and_export()
    qtbot.waitUntil(lambda: not dialog.into.running)
    assert out.is_file(), dialog.done_label.text()
    body = Document(str(out)).element.body
    assert len(body.findall(f".//{qn('pic:pic')}")) == 8
    assert "out.docx" in dialog.done_label.text()
    state = load(trip8)
    assert state.report == str(report) and sorted(state.numbers.values()) == list(range(1, 9))
    dialog.close()
    # remembered per project: the next export dialog starts with the same report
    again = _dialog(qtbot, trip8, tmp_path)
    assert again.into_panel.check.isChecked() and again.into_panel.report == report


def test_a_report_that_cannot_be_used_says_why(
    qtbot: QtBot, tmp_path: Path, trip8: Project
) -> None:
    broken = tmp_path / "壞掉.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = _dialog(qtbot, trip8, tmp_path)
    dialog.into_panel.set_report(broken)
    assert dialog.into_panel.place is None
    assert "壞掉.docx" in dialog.into_panel.where_label.text()
    assert "damaged" in dialog.into_panel.where_label.text()
