"""Desktop integration: the icon in every size, the .desktop entry and the MIME type of
.photoapp files, checked with freedesktop's own tools (desktop-file-utils, shared-mime-info)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop" / "photoapp.desktop"
MIME = ROOT / "resources" / "desktop" / "photoapp-mime.xml"
ICONS = ROOT / "resources" / "icons"


def test_the_desktop_entry_is_valid() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate (Debian desktop-file-utils) is not installed")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_the_entry_opens_project_files_with_the_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "photoapp %f"
    assert section["Icon"] == "photoapp"
    mime_type = ET.parse(MIME).getroot()[0].get("type")
    assert section["MimeType"].split(";")[0] == mime_type == "application/x-photoapp"


def test_the_mime_type_is_installed_by_shared_mime_info(tmp_path: Path) -> None:
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database (Debian shared-mime-info) is not installed")
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages")
    subprocess.run([tool, str(tmp_path)], capture_output=True, check=True)
    assert "application/x-photoapp:*.photoapp" in (tmp_path / "globs2").read_text()
    assert (tmp_path / "application" / "x-photoapp.xml").is_file()
    subclasses = (tmp_path / "subclasses").read_text()
    assert "application/x-photoapp application/vnd.sqlite3" in subclasses


def test_the_icon_exists_in_every_size_and_for_windows() -> None:
    assert ET.parse(ICONS / "photoapp.svg").getroot().tag.endswith("svg")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"photoapp-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getpixel((size // 2, size // 2))[3] == 255  # drawn, not empty
    with Image.open(ICONS / "photoapp.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


def test_the_icons_are_the_svg_rendered(tmp_path: Path) -> None:
    """tools/make-icons.py makes them; a changed SVG without new PNGs is caught."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make-icons.py")
    assert spec is not None and spec.loader is not None
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    rendered = make_icons.render(ICONS / "photoapp.svg", 48)
    with Image.open(ICONS / "photoapp-48.png") as committed:
        difference = ImageChops.difference(rendered, committed.convert("RGBA"))
    mean = sum(ImageStat.Stat(difference).mean) / 4
    assert mean < 2  # the same picture, whatever the renderer's rounding
