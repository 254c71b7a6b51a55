"""Every pane and control has a name a screen reader (and an automation tool) can say: the
panes by what they are, each button and field by its text, its label or its own name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow
from photoapp.ui.session import ProjectSession
from photoapp.ui.thumbnails import ThumbnailProvider
from tests.ui.language import interface_language
from tests.ui.test_accelerators import _dialogs


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for a widget (Qt's accessibility interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _part_of_another(widget: QWidget) -> bool:
    """Qt's own inner widgets (a spin box's or an editable combo's line edit, a table's corner
    button): assistive technology reads them as the widget they belong to."""
    parent = widget.parentWidget()
    return widget.objectName().startswith("qt_") or isinstance(parent, QComboBox | QAbstractSpinBox)


def unnamed(window: QWidget) -> list[str]:
    """The shown widgets one can focus or press that have no name."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _part_of_another(widget):
            continue
        interactive = widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(
            widget, QAbstractButton
        )
        if interactive and not spoken_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()}".strip())
    return found


def _window(qtbot: QtBot, session: ProjectSession, cache: ThumbnailCache) -> MainWindow:
    window = MainWindow(session.project, cache)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.workspace is not None
    window.workspace.select_photos([session.project.photos()[0].id])
    return window


def test_the_panes_have_their_names(
    qtbot: QtBot, session: ProjectSession, cache: ThumbnailCache
) -> None:
    window = _window(qtbot, session, cache)
    workspace = window.workspace
    assert workspace is not None
    panes = {
        "Itinerary": workspace.days,
        "People": workspace.people,
        "Photos": workspace.grid,
        "Appendix": workspace.strip,
        "Details": workspace.detail,
    }
    assert {name: spoken_name(pane) for name, pane in panes.items()} == {n: n for n in panes}
    assert spoken_name(window.search) == "Search"


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_every_control_of_the_window_has_a_name(
    qtbot: QtBot, session: ProjectSession, cache: ThumbnailCache, language: str
) -> None:
    with interface_language(language):
        window = _window(qtbot, session, cache)
        assert unnamed(window) == []


def test_every_control_of_the_dialogs_has_a_name(
    qtbot: QtBot, session: ProjectSession, thumbnails: ThumbnailProvider
) -> None:
    found = {}
    for dialog in _dialogs(session, thumbnails):
        qtbot.addWidget(dialog)
        found[type(dialog).__name__] = unnamed(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
    missing = {name: widgets for name, widgets in found.items() if widgets}
    assert not missing, "\n".join(f"{k}: {v}" for k, v in missing.items())
