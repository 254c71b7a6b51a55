"""The fonts shipped in resources/fonts (the one-folder program carries the Chinese fallback
there), added to Qt: the window needs them before it shows text, and the PDF writer too. Its own
module, with nothing of the export's, so that opening the window loads no more than this."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from photoapp.resource_files import resource_path

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


@cache
def add_bundled_fonts() -> list[str]:
    """Make the fonts shipped in resources/fonts available to Qt; returns their families.
    Needs a QGuiApplication."""
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families
