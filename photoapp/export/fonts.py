"""Font names as the documents write them: the named face first, then its fallbacks.

Documents name what offices have (標楷體, Times New Roman). Where that is missing, LibreOffice
takes the next name of a `;`-separated family list and Word the font table's alternative name;
the PDF writer maps the names to installed faces with Qt substitutions.
"""

from __future__ import annotations

from photoapp.export.settings import Fonts

LANGUAGE_ASIAN = ("zh", "TW")  # language and country of the East Asian text
LANGUAGE_LATIN = ("en", "US")


def family_list(primary: str, fallbacks: tuple[str, ...]) -> str:
    """`primary;fallback;…` without repeats: LibreOffice uses the first one installed."""
    names = [name.strip() for name in (primary, *fallbacks) if name.strip()]
    return ";".join(dict.fromkeys(names))


def east_asian_names(fonts: Fonts) -> list[str]:
    """The East Asian face and its fallbacks, in order, without repeats."""
    return list(dict.fromkeys(n for n in (fonts.east_asian, *fonts.east_asian_fallbacks) if n))


def latin_names(fonts: Fonts) -> list[str]:
    """The Latin face and its fallbacks, in order, without repeats."""
    return list(dict.fromkeys(n for n in (fonts.latin, *fonts.latin_fallbacks) if n))
