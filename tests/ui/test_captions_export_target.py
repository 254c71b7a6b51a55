"""File ▸ Export Captions never writes over the project or its photos, asks before replacing
a file of another kind, and words a failure without the raw system text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from photoapp.ui.project_tools import ProjectTools
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider


@pytest.fixture
def tools(session: ProjectSession, thumbnails: ThumbnailProvider) -> ProjectTools:
    window = QMainWindow()
    return ProjectTools(window, lambda: (session, None), thumbnails)  # type: ignore[arg-type]


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    for kind in ("critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda *a, _kind=kind, **k: shown.append((_kind, a[2]))
        )
    return shown


def test_the_project_file_is_refused(
    tools: ProjectTools, session: ProjectSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = session.project.path
    before = path.read_bytes()
    shown = _choose(monkeypatch, path)
    tools.export_captions()
    assert shown == [
        ("critical", f"{path} is the project file itself; choose another file to write.")
    ]
    assert path.read_bytes() == before


def test_a_file_of_another_kind_is_replaced_only_when_confirmed(
    tools: ProjectTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.csv"
    target.write_bytes(b"\x00\x01binary, not a spreadsheet")
    shown = _choose(monkeypatch, target)
    answers: list[Any] = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: answers.pop(0))
    tools.export_captions()
    assert target.read_bytes().startswith(b"\x00\x01") and shown[0][0] == "critical"
    tools.export_captions()
    assert target.read_text(encoding="utf-8-sig").startswith("number,file")
    assert shown[-1][0] == "information"


def test_a_folder_that_cannot_be_written_is_worded(
    tools: ProjectTools, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "gone" / "captions.csv"
    shown = _choose(monkeypatch, target)
    tools.export_captions()
    assert shown == [("critical", f"the folder of {target} does not exist.")]
