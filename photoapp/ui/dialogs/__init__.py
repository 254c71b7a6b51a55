"""The dialogs of the GUI, one module each, and the welcome page shown when no project is open."""

from __future__ import annotations

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
