"""Choosing the interface language: --lang, then Preferences, then the locale."""

from __future__ import annotations

import pytest

from photoapp.ui.i18n import choose_language


def test_the_order_of_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "zh_TW:zh")
    assert choose_language() == "zh_TW"
    assert choose_language(preferred="en") == "en"
    assert choose_language("zh_TW", preferred="en") == "zh_TW"
    monkeypatch.setenv("LANGUAGE", "en_GB")
    assert choose_language() == "en"
    with pytest.raises(ValueError):
        choose_language("fr")


def test_qts_own_buttons_follow_the_language(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QDialogButtonBox

    from photoapp.ui.i18n import install

    app = QCoreApplication.instance()
    assert app is not None
    earlier = set(app.findChildren(QTranslator))
    assert install(app, "zh_TW") is not None
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:  # leave the other tests in English
        for translator in set(app.findChildren(QTranslator)) - earlier:
            app.removeTranslator(translator)


def test_the_current_language_is_the_installed_translations(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from photoapp.ui.i18n import current_language, install

    app = QCoreApplication.instance()
    assert app is not None
    assert current_language() == "en"
    earlier = set(app.findChildren(QTranslator))
    install(app, "zh_TW")
    try:
        assert current_language() == "zh_TW"
    finally:
        for translator in set(app.findChildren(QTranslator)) - earlier:
            app.removeTranslator(translator)
