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
