"""The export dialog: its preview is the layout, its export writes the file, profiles persist."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from photoapp.export import ExportSettings, page_count, saved_settings
from photoapp.samples.demo import build_demo
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.dialogs.export import ExportDialog
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider


def _dialog(qtbot: QtBot, tmp_path: Path) -> tuple[ExportDialog, Project]:
    cache = ThumbnailCache(tmp_path / "cache")
    project = build_demo(tmp_path / "demo", cache)
    session = ProjectSession(project)
    dialog = ExportDialog(session, ThumbnailProvider(cache))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, project


def test_the_preview_follows_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, project = _dialog(qtbot, tmp_path)
    layout = dialog.preview.layout_
    assert layout is not None
    assert len(layout.pages) == page_count(project, ExportSettings())  # 6 photos, 2 a page
    dialog.per_page_combo.setCurrentIndex(dialog.per_page_combo.findData(6))
    dialog.refresh()
    assert dialog.preview.layout_ is not None and len(dialog.preview.layout_.pages) == 1
    image = dialog.preview.page_image(0, 400)
    assert image.height() == 400
    # the page is not blank: photos and text were painted
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 400, 7)}) > 20
    )
    assert "page" in dialog.size_label.text()  # the estimate ran (synchronously in tests)


def test_export_writes_the_pdf_and_saves_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, project = _dialog(qtbot, tmp_path)
    dialog.format_combo.setCurrentIndex(2)  # PDF
    dialog.start_spin.setValue(8)
    target = tmp_path / "附錄.pdf"
    dialog.export_to([target])
    qtbot.waitUntil(lambda: not dialog.controller.running, timeout=20_000)
    assert dialog.results and dialog.results[0].path == target
    assert len(PdfReader(str(target)).pages) == 3
    assert "附錄.pdf" in dialog.done_label.text()
    assert saved_settings(project).first_page_number == 8


def test_profiles_are_kept_for_the_next_trip(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    dialog, _ = _dialog(qtbot, tmp_path)
    dialog.heading_edit.setText("附錄二：活動照片")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("本局格式", True))
    dialog.save_profile()
    again, _ = _dialog(qtbot, tmp_path / "next")
    index = again.profile_combo.findText("本局格式")
    assert index > 0
    again.use_profile(index)
    assert again.heading_edit.text() == "附錄二：活動照片"


def test_the_caption_list_goes_to_the_clipboard(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    dialog, _ = _dialog(qtbot, tmp_path)
    text = dialog.copy_caption_list()
    assert text.splitlines()[0] == "照片 1：陳副市長抵達福岡機場"
    assert len(text.splitlines()) == 6
    assert QGuiApplication.clipboard().text() == text


def test_invalid_settings_disable_what_needs_them_and_say_why(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, project = _dialog(qtbot, tmp_path)
    dialog.caption_combo.setCurrentText("Photo: {caption}")
    dialog.refresh()
    assert not dialog.export_button.isEnabled()
    assert not dialog.copy_button.isEnabled()
    assert not dialog.save_profile_button.isEnabled()
    assert "{n}" in dialog.problem_label.text()
    dialog.caption_combo.setCurrentText("照片 {n}：{caption}")
    dialog.refresh()
    assert dialog.export_button.isEnabled() and dialog.copy_button.isEnabled()
    project.set_appendix([])
    dialog.refresh()
    assert not dialog.export_button.isEnabled()
    assert dialog.preview.layout_ is None and dialog.size_label.text() == ""


def test_closing_during_an_export_cancels_it(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    from photoapp.ui.tasks import TaskRunner

    monkeypatch.setattr(TaskRunner, "synchronous", False)  # a real export on a worker thread
    dialog, _ = _dialog(qtbot, tmp_path)
    dialog.format_combo.setCurrentIndex(1)  # DOCX
    target = tmp_path / "附錄.docx"
    dialog.export_to([target])
    dialog.reject()  # Escape or the window's ×
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.controller.running, timeout=20_000)
    assert not target.exists()
    assert "cancelled" in dialog.done_label.text()


def test_the_dialog_says_what_the_layout_finds(qtbot: QtBot, tmp_path: Path) -> None:
    # issue 10: long captions and repeated day headings went without a word
    dialog, project = _dialog(qtbot, tmp_path)
    first, second, *rest = project.appendix()
    project.set_caption(first, "很長的說明" * 60)
    dialog.per_page_combo.setCurrentIndex(dialog.per_page_combo.findData(6))
    dialog.refresh()
    assert "1 caption(s) too long" in dialog.problem_label.text()
    assert dialog.export_button.isEnabled()  # a reminder, not a refusal
    days = {p.id: p.day_id for p in project.photos()}
    later = next(pid for pid in rest if days[pid] != days[first])
    project.set_appendix([first, later, *[p for p in (second, *rest) if p != later]])
    dialog.group_check.setChecked(True)
    dialog.refresh()
    assert dialog.sort_check.isEnabled() and dialog.sort_check.isChecked()
    assert "headings will repeat" not in dialog.problem_label.text()
    dialog.sort_check.setChecked(False)
    dialog.refresh()
    assert "Day headings will repeat" in dialog.problem_label.text()
    assert dialog.chosen_settings().sort_by_day is False


def test_export_never_writes_over_the_project_or_an_unconfirmed_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    dialog, project = _dialog(qtbot, tmp_path)
    dialog.format_combo.setCurrentIndex(2)  # PDF
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: said.append(text))
    before = project.path.read_bytes()
    dialog.export_to([project.path])
    assert not dialog.controller.running and project.path.read_bytes() == before
    assert said and project.path.name in said[0]

    notes = tmp_path / "附錄.pdf"
    notes.write_text("my notes, not a PDF", encoding="utf-8")
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: answers.pop(0))
    dialog.export_to([notes])
    assert not dialog.controller.running
    assert notes.read_text(encoding="utf-8") == "my notes, not a PDF"

    answers.append(QMessageBox.StandardButton.Yes)  # the user agrees to replace it
    dialog.export_to([notes])
    qtbot.waitUntil(lambda: not dialog.controller.running, timeout=20_000)
    assert notes.read_bytes().startswith(b"%PDF")
