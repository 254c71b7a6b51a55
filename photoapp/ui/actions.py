"""One registry of the main window's actions, behind its menus, toolbar, context menus and
shortcuts (as Picard's action registry).

Each action is declared once: its text, shortcut, theme icon, what it does (a function of the
window) and when it is enabled (a rule over the window's `Context`: is a project open, what is
selected, which pane has focus, the current day or person). The window recomputes the context
whenever one of those changes and the registry enables exactly the actions that apply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

translate = QCoreApplication.translate
Key = QKeySequence.StandardKey
TAG_SHORTCUTS = 9  # Ctrl+1…9 tag with the first nine people


@dataclass(frozen=True)
class Context:
    """What the enabling rules look at."""

    project: bool = False  # a project is open
    photos: int = 0  # photos selected in the grid
    photos_in_appendix: int = 0  # … of which this many are in the appendix
    appendix: int = 0  # photos selected in the appendix strip
    at_start: bool = False  # the strip's selection holds its first photo
    at_end: bool = False  # … or its last
    pane: str = ""  # the focused pane: "grid", "strip", "days", "people", "detail" or ""
    day: int | None = None  # the current itinerary day (a real day, not "All photos")
    person: int | None = None  # the current person
    people: int = 0  # people in the project
    importing: bool = False  # an import is running
    read_only: bool = False  # the project cannot be saved to: only what changes nothing


# What stays enabled while the project is read-only: what changes nothing in it.
READ_ONLY_ACTIONS = frozenset(
    {
        "new", "open", "save_copy", "restore_backup", "export", "checks", "export_captions",
        "close", "quit",
        "select_all", "find", "show_in_folder", "show_person", "sort_time", "sort_appendix",
        "preferences", "about", "zoom_in", "zoom_out", "captions_under",
        "stack_similar", "best_only", "open_stack",
        *(f"day_{n}" for n in range(1, 10)),
    }
)  # fmt: skip


Rule = Callable[[Context], bool]
Handler = Callable[[Any], object]  # called with the main window


def _always(_c: Context) -> bool:
    return True


def _project(c: Context) -> bool:
    return c.project


def _photos(c: Context) -> bool:
    return c.project and c.photos > 0


def _one_photo(c: Context) -> bool:
    return c.project and c.photos == 1


def _strip(c: Context) -> bool:
    return c.project and c.pane == "strip" and c.appendix > 0


def _earlier(c: Context) -> bool:
    return _strip(c) and not c.at_start


def _later(c: Context) -> bool:
    return _strip(c) and not c.at_end


def _delete(c: Context) -> bool:
    return _strip(c) or (c.project and c.pane != "strip" and c.photos > 0)


def _into_appendix(c: Context) -> bool:
    return _photos(c) and c.photos_in_appendix < c.photos


def _out_of_appendix(c: Context) -> bool:
    return _strip(c) or (_photos(c) and c.photos_in_appendix > 0)


def _day(c: Context) -> bool:
    return c.project and c.day is not None


def _person(c: Context) -> bool:
    return c.project and c.person is not None


def _tag(c: Context) -> bool:
    return _photos(c) and c.people > 0


def _merge(c: Context) -> bool:
    return _person(c) and c.people > 1


def _import(c: Context) -> bool:
    return c.project and not c.importing


def _tag_nth(n: int) -> Rule:
    return lambda c: _photos(c) and c.people >= n


@dataclass(frozen=True)
class ActionSpec:
    """One action: name, text, shortcut, theme icon, handler and enabling rule."""

    name: str
    text: str
    run: Handler
    enabled: Rule = _project
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: str = ""
    checkable: bool = False
    tip: str = field(default="")


def _w(method: str) -> Handler:
    """A handler calling a method of the open workspace (nothing when none is open)."""
    return lambda window: window.workspace and getattr(window.workspace, method)()


def _nth(method: str, number: int) -> Handler:
    """A handler calling a workspace method with a number (Ctrl+1…9, Alt+1…9)."""
    return lambda window: window.workspace and getattr(window.workspace, method)(number)


def _t(method: str) -> Handler:
    """A handler calling one of the window's project tools."""
    return lambda window: getattr(window.tools, method)()


def specs() -> list[ActionSpec]:
    """Every action of the main window (texts translated at call time)."""
    spec = ActionSpec
    return [
        spec(
            "new",
            translate("Actions", "&New Trip Report…"),
            lambda w: w.new_project(),
            _always,
            Key.New,
            "document-new",
        ),
        spec(
            "open",
            translate("Actions", "&Open…"),
            lambda w: w.open_dialog(),
            _always,
            Key.Open,
            "document-open",
        ),
        spec(
            "save_copy",
            translate("Actions", "Save a Cop&y…"),
            lambda w: w.save_copy(),
            _project,
            Key.SaveAs,
            "document-save-as",
        ),
        spec(
            "import",
            translate("Actions", "&Import Photos…"),
            lambda w: w.import_dialog(),
            _import,
            "Ctrl+I",
            "document-import",
        ),
        spec(
            "relink",
            translate("Actions", "Find &Missing Photos…"),
            _t("find_missing"),
            _project,
            None,
            "edit-find",
        ),
        spec(
            "export",
            translate("Actions", "&Export the Appendix…"),
            _t("export"),
            _project,
            "Ctrl+E",
            "document-export",
        ),
        spec(
            "trip",
            translate("Actions", "&Trip Details…"),
            _t("edit_trip"),
            _project,
            None,
            "document-properties",
        ),
        spec("auto_assign", translate("Actions", "Place Photos on Their Da&ys"), _t("auto_assign")),
        spec("itinerary", translate("Actions", "Itinerary from the Re&port…"), _t("itinerary")),
        spec("clock", translate("Actions", "Correct Camera &Clock…"), _t("clock")),
        spec(
            "template", translate("Actions", "Caption from a &Template…"), _t("template"), _photos
        ),
        spec("roster", translate("Actions", "Import Peop&le…"), _t("roster")),
        spec(
            "merge_person", translate("Actions", "&Merge Person Into…"), _t("merge_person"), _merge
        ),
        spec(
            "checks",
            translate("Actions", "C&heck the Appendix…"),
            _t("show_checks"),
            _project,
            None,
            "dialog-warning",
        ),
        spec(
            "export_captions",
            translate("Actions", "E&xport Captions to a Spreadsheet…"),
            _t("export_captions"),
        ),
        spec(
            "import_captions",
            translate("Actions", "Import Captions from a Spreads&heet…"),
            _t("import_captions"),
        ),
        spec(
            "restore_backup",
            translate("Actions", "Restore from &Backup…"),
            lambda w: w.restore_backup(),
            _always,
            None,
            "document-revert",
        ),
        spec(
            "close",
            translate("Actions", "&Close Project"),
            lambda w: w.set_project(None),
            _project,
            Key.Close,
            "document-close",
        ),
        spec(
            "quit",
            translate("Actions", "&Quit"),
            lambda w: w.close(),
            _always,
            Key.Quit,
            "application-exit",
        ),
        spec(
            "select_all",
            translate("Actions", "Select &All"),
            _w("select_all"),
            _project,
            Key.SelectAll,
            "edit-select-all",
        ),
        spec(
            "delete",
            translate("Actions", "&Delete from Project…"),
            _w("delete_key"),
            _delete,
            Key.Delete,
            "edit-delete",
        ),
        spec(
            "add_to_appendix",
            translate("Actions", "Add to &Appendix"),
            _w("add_selection_to_appendix"),
            _into_appendix,
            "Ctrl+Return",
            "list-add",
        ),
        spec(
            "remove_from_appendix",
            translate("Actions", "&Remove from Appendix"),
            _w("remove_selection_from_appendix"),
            _out_of_appendix,
            "Ctrl+Backspace",
            "list-remove",
        ),
        spec(
            "move_earlier",
            translate("Actions", "Move Earlier in Appendi&x"),
            _nth("move_in_appendix", -1),
            _earlier,
            "Alt+Left",
            "go-previous",
        ),
        spec(
            "move_later",
            translate("Actions", "Move Later in Appe&ndix"),
            _nth("move_in_appendix", 1),
            _later,
            "Alt+Right",
            "go-next",
        ),
        spec(
            "edit_caption",
            translate("Actions", "Edit &Caption"),
            _w("rename_focused"),
            _one_photo,
            "F2",
            "edit-rename",
        ),
        spec(
            "suggest",
            translate("Actions", "S&uggest Appendix…"),
            lambda w: w.suggest_appendix(),
            _project,
        ),
        spec(
            "show_in_folder",
            translate("Actions", "Show File in &Folder"),
            _w("show_in_folder"),
            _one_photo,
            None,
            "folder-open",
        ),
        spec("tag", translate("Actions", "Ta&g with Person…"), _w("tag_dialog"), _tag, "Ctrl+T"),
        spec(
            "find",
            translate("Actions", "&Find…"),
            lambda w: w.search.setFocus(),
            _project,
            Key.Find,
            "edit-find",
        ),
        spec(
            "add_day", translate("Actions", "Add &Day…"), _w("add_day"), _project, None, "list-add"
        ),
        spec(
            "edit_day",
            translate("Actions", "Ed&it Day…"),
            _w("edit_day"),
            _day,
            None,
            "document-properties",
        ),
        spec(
            "remove_day",
            translate("Actions", "Remo&ve Day"),
            _w("remove_day"),
            _day,
            None,
            "list-remove",
        ),
        spec(
            "add_person",
            translate("Actions", "Add &Person…"),
            _w("add_person"),
            _project,
            None,
            "list-add",
        ),
        spec(
            "edit_person",
            translate("Actions", "&Edit Person…"),
            _w("edit_person"),
            _person,
            None,
            "document-properties",
        ),
        spec(
            "show_person",
            translate("Actions", "Sh&ow Their Photos"),
            _w("show_person_photos"),
            _person,
            None,
            "edit-find",
        ),
        spec(
            "remove_person",
            translate("Actions", "Remove Per&son"),
            _w("remove_person"),
            _person,
            None,
            "list-remove",
        ),
        spec(
            "sort_time",
            translate("Actions", "Sort by Capture &Time"),
            lambda w: w.set_order_by_name("time"),
            _project,
            checkable=True,
        ),
        spec(
            "sort_appendix",
            translate("Actions", "Sort by Appendix &Order"),
            lambda w: w.set_order_by_name("appendix"),
            _project,
            checkable=True,
        ),
        spec(
            "preferences",
            translate("Actions", "&Preferences…"),
            lambda w: w.preferences(),
            _always,
            Key.Preferences,
            "preferences-system",
        ),
        spec(
            "about",
            translate("Actions", "&About photoapp"),
            lambda w: w._about(),
            _always,
            None,
            "help-about",
        ),
        *(
            spec(
                f"tag_{n}",
                translate("Actions", "Tag with Person %1").replace("%1", str(n)),
                _nth("tag_with_nth", n),
                _tag_nth(n),
                f"Ctrl+{n}",
            )
            for n in range(1, TAG_SHORTCUTS + 1)
        ),
        *(
            spec(
                f"day_{n}",
                translate("Actions", "Show Day %1").replace("%1", str(n)),
                _nth("jump_to_day", n),
                _project,
                f"Alt+{n}",
            )
            for n in range(1, 10)
        ),
    ]


class Registry(QObject):
    """The window's actions, built from `specs()`, keyed by name, enabled by the context."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.specs = {spec.name: spec for spec in specs()}
        self.actions: dict[str, QAction] = {}
        for spec in self.specs.values():
            action = QAction(spec.text, window)
            if spec.icon:
                action.setIcon(QIcon.fromTheme(spec.icon))
            if isinstance(spec.shortcut, QKeySequence.StandardKey):
                action.setShortcuts(spec.shortcut)
            elif spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setCheckable(spec.checkable)
            action.setObjectName(spec.name)
            action.triggered.connect(lambda _=False, s=spec: s.run(window))
            self.actions[spec.name] = action
        self.extra_rules: dict[str, Rule] = {}
        self.context = Context()
        self.enable(self.context)

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.actions)

    def items(self) -> list[tuple[str, QAction]]:
        """(name, action) pairs in declaration order."""
        return list(self.actions.items())

    def update(self, **extra: QAction) -> None:
        """Register actions made elsewhere (the View menu's thumbnail options); they are
        enabled while a project is open."""
        for name, action in extra.items():
            self.actions[name] = action
            self.extra_rules[name] = _project
        self.enable(self.context)

    def enable(self, context: Context) -> None:
        """Enable the actions whose rule holds in `context`."""
        self.context = context
        for name, action in self.actions.items():
            rule = self.specs[name].enabled if name in self.specs else self.extra_rules[name]
            editing = context.read_only and name not in READ_ONLY_ACTIONS
            action.setEnabled(rule(context) and not editing)

    def trigger(self, name: str) -> bool:
        """Run an action if it is enabled now; whether it ran."""
        action = self.actions[name]
        if action.isEnabled():
            action.trigger()
            return True
        return False
