"""The dialogs of the GUI, one module each, and the welcome page shown when no project is open.

A dialog's module loads when the dialog is first asked for (PEP 562), not with the package:
opening the window on a project needs none of them, and some (the checks, the export) bring
the export's layout and writers with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from photoapp.lazy_names import lazy_names

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


__getattr__, __dir__ = lazy_names(__name__, globals(), _HOME)

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
