"""The Qt-free text layer: the same translations as Qt's, plural forms, one-pass placeholders."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from photoapp.domain.itinerary import ItineraryWarning, WarningKind
from photoapp.resource_files import resource_path
from photoapp.storage.errors import NotAProjectError
from photoapp.texts import catalogue, messages
from photoapp.texts.catalogue import fill, translate

TS = resource_path("translations", "photoapp_zh_TW.ts")


def test_english_is_the_source_and_chinese_comes_from_the_ts() -> None:
    assert translate("Messages", "the file cannot be read") == "the file cannot be read"
    catalogue.set_language("zh_TW")
    assert translate("Messages", "the file cannot be read") == "無法讀取檔案"
    assert translate("Messages", "a sentence nobody translated") == "a sentence nobody translated"


def test_plural_forms_replace_the_count() -> None:
    assert translate("ChecksDialog", "%n reminder(s)", None, 1) == "1 reminder"  # photoapp_en.ts
    assert translate("ChecksDialog", "%n reminder(s)", None, 2) == "2 reminders"
    catalogue.set_language("zh_TW")
    assert translate("ChecksDialog", "%n reminder(s)", None, 3) == "3 項檢查提醒"
    assert catalogue.PLURAL_FORM["en"](1) == 0 and catalogue.PLURAL_FORM["en"](2) == 1
    assert catalogue.PLURAL_FORM["zh_TW"](5) == 0


def test_every_translation_matches_what_qt_gives(qapp: object) -> None:
    """The catalogue read from the .ts says exactly what the compiled .qm says through Qt."""
    from PySide6.QtCore import QCoreApplication

    from photoapp.ui import i18n

    app = QCoreApplication.instance()
    assert app is not None
    translator = i18n.install(app, "zh_TW")
    try:
        assert catalogue.current_language() == "zh_TW"
        compared = 0
        for context in ET.parse(TS).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                n = 2 if message.get("numerus") == "yes" else -1
                ours = translate(name, source, None, n)
                assert ours == QCoreApplication.translate(name, source, None, n), source
                compared += 1
        assert compared > 300
    finally:
        i18n.uninstall(app, translator)
    assert catalogue.current_language() == "en"


def test_placeholders_are_filled_in_one_pass() -> None:
    assert fill("%1 and %2", "100%2", "{x}") == "100%2 and {x}"
    assert fill("{name}: {n}", name="%1") == "%1: {n}"  # {n} is not a value here: it stays
    assert fill("%3 %1", "a") == "%3 a"


def test_a_heading_that_contains_a_placeholder_is_shown_as_typed() -> None:
    """Before: the line's own "%3" was replaced by the date in a second pass."""
    warning = ItineraryWarning(
        WarningKind.WEEKDAY_MISMATCH, " 9月12日 (三) 50%3折扣 ", 4, date(2017, 9, 12)
    )
    text = messages.itinerary_warning(warning)
    assert text == "line 4: “9月12日 (三) 50%3折扣”: the weekday is wrong, 2017-09-12 was a Tuesday"
    catalogue.set_language("zh_TW")
    assert "50%3折扣" in messages.itinerary_warning(warning)
    assert "星期二" in messages.itinerary_warning(warning)


def test_a_project_error_names_a_file_whose_name_has_percent_signs() -> None:
    error = NotAProjectError(Path("/tmp/%1 trip.photoapp"))
    assert messages.project_error(error) == "/tmp/%1 trip.photoapp is not a photoapp project file."


def test_the_catalogue_is_parsed_once_at_first_use() -> None:
    # Its load time (about 3 ms) is measured by benchmarks/startup.py, not here: a timed unit
    # test fails on a busy machine and proves nothing about the code.
    catalogue.catalogue.cache_clear()
    table = catalogue.catalogue("zh_TW")
    assert len(table) > 300
    assert catalogue.catalogue("zh_TW") is table
    assert catalogue.catalogue.cache_info().misses == 1


def test_a_language_we_do_not_have_is_refused() -> None:
    with pytest.raises(ValueError):
        catalogue.set_language("fr")
