"""The GUI's side of the interface language: Qt Linguist translations for widgets and Qt's own
strings, and the same language set in the Qt-free text layer (photoapp.texts.catalogue).

English is the source language; zh_TW ships complete. The choice is `--lang`, else
Preferences, else the environment's locale variables, else Qt's idea of the system locale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from photoapp.resource_files import resource_path
from photoapp.texts import catalogue
from photoapp.texts.catalogue import LANGUAGES

__all__ = ["LANGUAGES", "choose_language", "current_language", "install"]


def current_language() -> str:
    """The language the interface speaks now: the installed translation names itself (its
    translation of the marker "en" is its own code), English when none is installed."""
    return QCoreApplication.translate("Language", "en")


def _qt_system_language() -> str:
    return "zh_TW" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def choose_language(requested: str | None = None, preferred: str = "") -> str:
    """`en` or `zh_TW`: the requested one (--lang), else the preferred one (Preferences), else
    the one the user's locale asks for (Qt knows the system's locale on every platform)."""
    return catalogue.choose_language(requested, preferred, _qt_system_language)


def install(app: QCoreApplication, language: str) -> QTranslator | None:
    """Speak `language`: set it in the text layer, and load its Qt translation into `app`;
    returns ours (keep it alive) or None.

    Qt's own translation comes too, so that its standard buttons and dialogs (OK, Cancel,
    file dialogs) speak the same language. English, the source language, has a translation
    too: only its plural forms ("%n photo(s)" → "1 photo", "2 photos").
    """
    catalogue.set_language(language)
    if language == "en":
        plurals = QTranslator(app)
        if not plurals.load(str(resource_path("translations", "photoapp_en.qm"))):
            return None
        app.installTranslator(plurals)
        return plurals
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", f"photoapp_{language}.qm"))):
        return None
    app.installTranslator(translator)
    return translator


def uninstall(app: QCoreApplication, translator: QTranslator | None) -> None:
    """Back to English (the tests and a closed window leave no language behind)."""
    catalogue.set_language("en")
    if translator is not None:
        app.removeTranslator(translator)
