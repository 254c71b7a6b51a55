"""The menu and toolbar actions, declared in one place with their standard shortcuts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

translate = QCoreApplication.translate
Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """What an action is called, its shortcut and its theme icon."""

    name: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str = ""


def specs() -> list[ActionSpec]:
    """Every action of the main window (texts translated at call time)."""
    return [
        ActionSpec("new", translate("Actions", "&New Trip Report…"), Key.New, "document-new"),
        ActionSpec("open", translate("Actions", "&Open…"), Key.Open, "document-open"),
        ActionSpec(
            "save_copy", translate("Actions", "Save a Cop&y…"), Key.SaveAs, "document-save-as"
        ),
        ActionSpec("import", translate("Actions", "&Import Photos…"), "Ctrl+I", "document-import"),
        ActionSpec(
            "export", translate("Actions", "&Export the Appendix…"), "Ctrl+E", "document-export"
        ),
        ActionSpec("trip", translate("Actions", "&Trip Details…"), None, "document-properties"),
        ActionSpec("auto_assign", translate("Actions", "Place Photos on Their Da&ys"), None, ""),
        ActionSpec("itinerary", translate("Actions", "Itinerary from the Re&port…"), None, ""),
        ActionSpec("clock", translate("Actions", "Correct Camera &Clock…"), None, ""),
        ActionSpec("template", translate("Actions", "Caption from a &Template…"), None, ""),
        ActionSpec("roster", translate("Actions", "Import Peop&le…"), None, ""),
        ActionSpec("merge_person", translate("Actions", "&Merge Person Into…"), None, ""),
        ActionSpec("checks", translate("Actions", "C&heck the Appendix…"), None, "dialog-warning"),
        ActionSpec(
            "export_captions", translate("Actions", "E&xport Captions to a Spreadsheet…"), None, ""
        ),
        ActionSpec(
            "import_captions",
            translate("Actions", "Import Captions from a Spreads&heet…"),
            None,
            "",
        ),
        ActionSpec("close", translate("Actions", "&Close Project"), Key.Close, "document-close"),
        ActionSpec("quit", translate("Actions", "&Quit"), Key.Quit, "application-exit"),
        ActionSpec(
            "select_all", translate("Actions", "Select &All"), Key.SelectAll, "edit-select-all"
        ),
        ActionSpec(
            "delete", translate("Actions", "&Delete from Project…"), Key.Delete, "edit-delete"
        ),
        ActionSpec(
            "add_to_appendix", translate("Actions", "Add to &Appendix"), "Ctrl+Return", "list-add"
        ),
        ActionSpec(
            "remove_from_appendix",
            translate("Actions", "&Remove from Appendix"),
            "Ctrl+Backspace",
            "list-remove",
        ),
        ActionSpec("edit_caption", translate("Actions", "Edit &Caption"), "F2", "edit-rename"),
        ActionSpec("find", translate("Actions", "&Find…"), Key.Find, "edit-find"),
        ActionSpec("add_day", translate("Actions", "Add &Day…"), None, "list-add"),
        ActionSpec("remove_day", translate("Actions", "Remo&ve Day"), None, "list-remove"),
        ActionSpec("add_person", translate("Actions", "Add &Person…"), None, "list-add"),
        ActionSpec(
            "edit_person", translate("Actions", "&Edit Person…"), None, "document-properties"
        ),
        ActionSpec("remove_person", translate("Actions", "Remove Per&son"), None, "list-remove"),
        ActionSpec("sort_time", translate("Actions", "Sort by Capture &Time"), None, ""),
        ActionSpec("sort_appendix", translate("Actions", "Sort by Appendix &Order"), None, ""),
        ActionSpec(
            "preferences",
            translate("Actions", "&Preferences…"),
            Key.Preferences,
            "preferences-system",
        ),
        ActionSpec("about", translate("Actions", "&About photoapp"), None, "help-about"),
    ]


def build(parent: QObject) -> dict[str, QAction]:
    """Create the actions, keyed by name."""
    actions: dict[str, QAction] = {}
    for spec in specs():
        action = QAction(spec.text, parent)
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        actions[spec.name] = action
    return actions
