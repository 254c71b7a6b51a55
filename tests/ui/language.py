"""Running a test in the zh_TW interface (or English with its plural forms) and back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from photoapp.texts import catalogue
from photoapp.ui.i18n import install


@contextmanager
def interface_language(language: str) -> Iterator[None]:
    """The application speaks `language` inside the block; translators added are removed."""
    app = QCoreApplication.instance()
    assert app is not None
    earlier = set(app.findChildren(QTranslator))
    install(app, language)
    try:
        yield
    finally:
        for translator in set(app.findChildren(QTranslator)) - earlier:
            app.removeTranslator(translator)
            translator.deleteLater()
        catalogue.set_language("en")
