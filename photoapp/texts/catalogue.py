"""The translation catalogue without Qt: `translate()` with plural forms, `fill()` for placeholders.

The catalogue is the Qt Linguist source itself (resources/translations/photoapp_<lang>.ts),
parsed once at first use: one file to translate, read by QTranslator (compiled .qm) in the GUI
and by this module everywhere. Measured for the 447 zh_TW entries: parsing the .ts takes about
3 ms, loading the same table from JSON 0.8 ms; the 2 ms were not worth one more generated
file that every branch's merge would have to regenerate. `translate` keeps Qt's
call shape, `translate("Context", "source")`, so pyside6-lupdate still extracts the strings.
"""

from __future__ import annotations

import locale
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from photoapp.resource_files import resource

LANGUAGES = ("en", "zh_TW")
SOURCE_LANGUAGE = "en"

# Which plural form a count takes (the order of <numerusform> entries, as in Qt Linguist):
# English has two (1 / other), Chinese one.
PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "zh_TW": lambda n: 0,
}

_Key = tuple[str, str, str]  # context, source, disambiguation
_language = SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """Speak `language` from now on (the CLI and the GUI set it once, at start)."""
    if language not in LANGUAGES:
        raise ValueError(language)
    global _language
    _language = language


def current_language() -> str:
    """The language texts are in now: ``en`` or ``zh_TW``."""
    return _language


def choose_language(
    requested: str | None = None,
    preferred: str = "",
    system: Callable[[], str] | None = None,
) -> str:
    """`en` or `zh_TW`: the requested one (--lang), else the preferred one (Preferences), else
    the one the environment's locale variables ask for, else the system's language."""
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
    return (system or system_language)()


def system_language() -> str:
    """The operating system's interface language, as one of ours (any Chinese reads zh_TW)."""
    if sys.platform == "win32":  # Windows has no locale variables: ask for the UI language
        import ctypes

        language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return "zh_TW" if language_id & 0x3FF == 0x04 else "en"  # LANG_CHINESE
    name = locale.getlocale(locale.LC_MESSAGES if hasattr(locale, "LC_MESSAGES") else 0)[0]
    return "zh_TW" if (name or "").lower().startswith("zh") else "en"


@cache
def catalogue(language: str) -> dict[_Key, tuple[str, ...]]:
    """The finished translations of `language`, read from its .ts file (none for English
    unless an English .ts gives its plural forms)."""
    source = resource("translations", f"photoapp_{language}.ts")
    if not source.is_file():
        return {}
    table: dict[_Key, tuple[str, ...]] = {}
    for context in ET.fromstring(source.read_bytes()).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                continue  # as lrelease: an unfinished translation shows the source
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if any(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = forms
    return table


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the current language, as QCoreApplication.translate gives it: the plural
    form for `n` when n >= 0, with ``%n`` replaced by the count."""
    forms = None
    if _language != SOURCE_LANGUAGE or n >= 0:  # English needs its catalogue only for plurals
        forms = catalogue(_language).get((context, source, disambiguation or ""))
    text = source
    if forms:
        index = PLURAL_FORM.get(_language, PLURAL_FORM["en"])(n) if n >= 0 else 0
        text = forms[min(index, len(forms) - 1)] or source
    if n >= 0:
        text = text.replace("%n", str(n))
    return text


_PLACEHOLDER = re.compile(r"%([1-9])|\{([A-Za-z_]\w*)\}")


def fill(template: str, *values: object, **named: object) -> str:
    """Put values into a translated text in one pass: ``%1``…``%9`` take `values` in order,
    ``{name}`` takes `named["name"]`; anything else (``{n}`` in a caption format that is
    explained, not filled) stays. A value is never scanned again, so a file name or a
    caption containing ``%2`` or ``{x}`` comes out as it was typed."""

    def value(match: re.Match[str]) -> str:
        number, name = match.group(1), match.group(2)
        if number is not None:
            index = int(number) - 1
            return str(values[index]) if index < len(values) else match.group(0)
        return str(named[name]) if name in named else match.group(0)

    return _PLACEHOLDER.sub(value, template)
