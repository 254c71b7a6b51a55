"""About photoapp: version, licence, and each library's licence as its own package declares it."""

from __future__ import annotations

from importlib.metadata import metadata

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction

import photoapp
from photoapp.texts import credits
from photoapp.ui.dialogs.about import AboutDialog


@pytest.mark.parametrize(
    "component", [c for c in credits.LIBRARIES if c.distribution], ids=lambda c: c.name
)
def test_each_licence_is_the_one_the_package_declares(component: credits.Component) -> None:
    declared = metadata(component.distribution)
    text = " ".join(
        [
            declared.get("License-Expression") or "",
            declared.get("License") or "",
            *(declared.get_all("Classifier") or []),
        ]
    )
    words = {"MIT": ("MIT",), "BSD-3-Clause": ("BSD-3-Clause", "Redistribution and use")}
    assert any(word in text for word in words.get(component.licence, (component.licence,)))


def test_the_dialog_lists_version_licences_and_fonts(qtbot: object) -> None:
    dialog = AboutDialog()
    rows = {name: (version, licence) for name, version, licence in dialog.rows()}
    assert photoapp.__version__ in dialog.heading.text()
    assert "MIT" in dialog.heading.text()
    assert rows["Qt"] == (qVersion(), "LGPL-3.0-only")
    assert rows["Pillow"][1] == "MIT-CMU" and rows["Pillow"][0]
    assert rows["python-docx"][0] == metadata("python-docx")["Version"]
    assert any("UKai" in name and licence == "Arphic-1999" for name, (_, licence) in rows.items())
    assert all(licence for _, licence in rows.values())


def test_help_about_opens_it(qtbot: object) -> None:
    from photoapp.ui.main_window import MainWindow

    window = MainWindow(None)
    about = next(a for a in window.findChildren(QAction) if a.text() == "&About photoapp")
    about.trigger()
    assert isinstance(window.about_dialog, AboutDialog)
    assert window.about_dialog.isVisible()
    window.about_dialog.close()
    window.close()
