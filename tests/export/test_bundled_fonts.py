"""Fonts shipped in resources/fonts (the one-folder program's Chinese fallback) reach Qt."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from photoapp.export import bundled_fonts as painting


def test_a_shipped_font_is_added_to_qt(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QFontDatabase

    found = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True, check=False)
    files = [line.rstrip(": \n") for line in found.stdout.splitlines() if ".tt" in line]
    if not files:
        pytest.skip("no TrueType font on this machine to ship")
    shutil.copy(files[0], tmp_path / Path(files[0]).name)
    (tmp_path / "README").write_text("not a font", encoding="utf-8")
    monkeypatch.setattr(painting, "resource_path", lambda *parts: tmp_path)
    painting.add_bundled_fonts.cache_clear()
    try:
        families = painting.add_bundled_fonts()
    finally:
        painting.add_bundled_fonts.cache_clear()
    assert families and all(family in QFontDatabase.families() for family in families)


def test_no_fonts_folder_adds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(painting, "resource_path", lambda *parts: tmp_path / "fonts")
    painting.add_bundled_fonts.cache_clear()
    try:
        assert painting.add_bundled_fonts() == []
    finally:
        painting.add_bundled_fonts.cache_clear()
