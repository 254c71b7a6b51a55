"""The dialogs of the GUI, one module each, and the welcome page shown when no project is open.

A dialog's module loads when the dialog is first asked for (PEP 562), not with the package:
opening the window on a project needs none of them, and some (the checks, the export) bring
the export's layout and writers with them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from photoapp.ui.dialogs.checks import ChecksDialog
    from photoapp.ui.dialogs.clock import ClockDialog
    from photoapp.ui.dialogs.day import DayDialog
    from photoapp.ui.dialogs.import_report import ImportReportDialog
    from photoapp.ui.dialogs.itinerary import ItineraryDialog
    from photoapp.ui.dialogs.new_project import NewProjectDialog
    from photoapp.ui.dialogs.person import PersonDialog
    from photoapp.ui.dialogs.preferences import PreferencesDialog
    from photoapp.ui.dialogs.roster import RosterDialog
    from photoapp.ui.dialogs.template import TemplateDialog
    from photoapp.ui.dialogs.welcome import WelcomePage

_HOME = {
    "ChecksDialog": "checks",
    "ClockDialog": "clock",
    "DayDialog": "day",
    "ImportReportDialog": "import_report",
    "ItineraryDialog": "itinerary",
    "NewProjectDialog": "new_project",
    "PersonDialog": "person",
    "PreferencesDialog": "preferences",
    "RosterDialog": "roster",
    "TemplateDialog": "template",
    "WelcomePage": "welcome",
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])


__all__ = [
    "ChecksDialog",
    "ClockDialog",
    "DayDialog",
    "ImportReportDialog",
    "ItineraryDialog",
    "NewProjectDialog",
    "PersonDialog",
    "PreferencesDialog",
    "RosterDialog",
    "TemplateDialog",
    "WelcomePage",
]
