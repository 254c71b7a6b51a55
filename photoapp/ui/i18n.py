"""Choosing the interface language and installing its Qt Linguist translation.

English is the source language; zh_TW ships complete. The choice is `--lang`, else the
environment's locale variables, else Qt's idea of the system locale.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("en", "zh_TW")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def current_language() -> str:
    """The language the interface speaks now: the installed translation names itself (its
    translation of the marker "en" is its own code), English when none is installed."""
    return QCoreApplication.translate("Language", "en")


def choose_language(requested: str | None = None, preferred: str = "") -> str:
    """`en` or `zh_TW`: the requested one (--lang), else the preferred one (Preferences), else
    the one the user's locale asks for."""
    if requested:
        if requested not in LANGUAGES:
            raise ValueError(requested)
        return requested
    if preferred in LANGUAGES:
        return preferred
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "zh_TW" if value.lower().startswith("zh") else "en"
    return "zh_TW" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the translation for `language` into `app`; returns ours (keep it alive) or None.

    Qt's own translation comes too, so that its standard buttons and dialogs (OK, Cancel,
    file dialogs) speak the same language. English, the source language, has a translation
    too: only its plural forms ("%n photo(s)" → "1 photo", "2 photos").
    """
    if language == "en":
        plurals = QTranslator(app)
        if not plurals.load(str(TRANSLATIONS / "photoapp_en.qm")):
            return None
        app.installTranslator(plurals)
        return plurals
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"photoapp_{language}.qm")):
        return None
    app.installTranslator(translator)
    return translator
