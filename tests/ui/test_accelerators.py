"""No two entries of a menu, and no two labels or buttons of a dialog, share an accelerator
(the underlined letter that Alt plus the letter chooses), in English and in zh_TW."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from photoapp.domain.model import Day, Person
from photoapp.storage.importer import ImportReport
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.dialogs import (
    ChecksDialog,
    ClockDialog,
    DayDialog,
    ImportReportDialog,
    ItineraryDialog,
    NewProjectDialog,
    PersonDialog,
    PreferencesDialog,
    RosterDialog,
    TemplateDialog,
    WelcomePage,
)
from photoapp.ui.dialogs.export import ExportDialog
from photoapp.ui.dialogs.trip import TripDialog
from photoapp.ui.main_window import MainWindow
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from tests.ui.language import interface_language

_MNEMONIC = re.compile(r"&(.)")


def accelerator(text: str) -> str | None:
    """The accelerator letter of a text (`&Open` → `o`), or None; `&&` is a plain `&`."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found and not found.group(1).isspace() else None


def duplicates(texts: list[str]) -> dict[str, list[str]]:
    """The accelerators used more than once, with the texts that use them."""
    keys = [(accelerator(t), t) for t in texts]
    counts = Counter(k for k, _ in keys if k)
    return {k: [t for key, t in keys if key == k] for k, n in counts.items() if n > 1}


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def widget_texts(window: QWidget) -> list[str]:
    """The texts of the window's labels, buttons, group boxes and tabs that are shown."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            texts.append(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def test_the_helpers_see_duplicates() -> None:
    assert accelerator("Save a &Copy…") == "c"
    assert accelerator("Tom && Jerry") is None
    assert accelerator("新增日期(&D)") == "d"
    assert duplicates(["&Title:", "Destination &time zone:", "&Open"]) == {
        "t": ["&Title:", "Destination &time zone:"]
    }


def _dialogs(session: ProjectSession, thumbnails: ThumbnailProvider) -> Iterator[QWidget]:
    ids = [p.id for p in session.project.photos()]
    person = session.project.people()[0]
    makers: list[Callable[[], QWidget]] = [
        NewProjectDialog,
        lambda: PersonDialog(None),
        lambda: PersonDialog(person),
        lambda: DayDialog(None, {date(2017, 9, 10)}),
        lambda: DayDialog(Day(1, date(2017, 9, 10), "抵達")),
        lambda: TripDialog(session.project.trip(), session.project.photos()),
        lambda: ExportDialog(session, thumbnails),
        PreferencesDialog,
        lambda: ChecksDialog(session),
        lambda: ClockDialog(session, ids[:2]),
        lambda: ItineraryDialog(session),
        lambda: RosterDialog(session),
        lambda: TemplateDialog(session, ids),
        lambda: ImportReportDialog(ImportReport()),
        WelcomePage,
    ]
    for make in makers:
        yield make()


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_no_menu_has_an_accelerator_twice(
    qtbot: QtBot, session: ProjectSession, cache: ThumbnailCache, language: str
) -> None:
    with interface_language(language):
        window = MainWindow(session.project, cache)
        qtbot.addWidget(window)
        menus = [m for m in window.findChildren(QMenu)]
        for menu in menus:  # the recent list fills itself when it opens
            menu.aboutToShow.emit()
        assert len(menus) >= 5
        found = {m.title(): duplicates(menu_texts(m)) for m in menus}
        found["menu bar"] = duplicates([m.title() for m in window.menuBar().findChildren(QMenu)])
        assert {title: d for title, d in found.items() if d} == {}


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_no_dialog_has_an_accelerator_twice(
    qtbot: QtBot, session: ProjectSession, thumbnails: ThumbnailProvider, language: str
) -> None:
    session.project.add_person(Person(0, "Ye Lwin"))
    with interface_language(language):
        found = {}
        for dialog in _dialogs(session, thumbnails):
            qtbot.addWidget(dialog)
            texts = widget_texts(dialog)
            assert texts, type(dialog).__name__
            found[type(dialog).__name__ + (dialog.windowTitle() or "")] = duplicates(texts)
            if isinstance(dialog, QDialog):
                dialog.reject()
        assert {name: d for name, d in found.items() if d} == {}
