"""The context menus of the grid, the appendix strip, the people and the days.

They are made of the window's registered actions (the same as its menus and shortcuts, enabled
by the same rules), plus submenus listing the project's people and days. A right-click on a row
first makes it what the actions act on, without filtering the grid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from photoapp.ui import dates
from photoapp.ui.actions import TAG_SHORTCUTS, Context, Registry
from photoapp.ui.models.roles import Role
from photoapp.ui.workspace import Workspace

translate = QCoreApplication.translate


class Window(Protocol):
    """What the menus need of the main window."""

    registry: Registry

    def update_context(self) -> Context: ...


def _target_row(view: QAbstractItemView, point: QPoint, *, select: bool) -> bool:
    """Make the row under `point` the one acted on; whether there is one. In a multi-selection
    view a row outside the selection becomes the selection, as file managers do."""
    index = view.indexAt(point)
    if not index.isValid():
        return False
    model = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    if select and not model.isSelected(index):
        model.setCurrentIndex(index, flags.ClearAndSelect)
    elif not select:
        model.setCurrentIndex(index, flags.ClearAndSelect)  # current, not chosen: no filter
    return True


def _show(menu: QMenu, view: QAbstractItemView, point: QPoint) -> None:
    menu.popup(view.viewport().mapToGlobal(point))


def _add(menu: QMenu, registry: Registry, *names: str) -> None:
    for name in names:
        if name == "-":
            menu.addSeparator()
        else:
            menu.addAction(registry[name])


def people_submenu(window: Window, workspace: Workspace, parent: QWidget) -> QMenu:
    """ "Tag with ▸": every person; the first nine are the Ctrl+1…9 actions."""
    menu = QMenu(translate("ContextMenus", "Tag &with"), parent)
    people = workspace.session.project.people()
    for n, person in enumerate(people, start=1):
        if n <= TAG_SHORTCUTS:
            menu.addAction(window.registry[f"tag_{n}"])
        else:
            action = QAction(person.name, menu)
            action.triggered.connect(
                lambda _=False, pid=person.id: workspace.session.tag(workspace.selected_ids(), pid)
            )
            menu.addAction(action)
    menu.setEnabled(bool(people) and bool(workspace.selected_ids()))
    return menu


def days_submenu(workspace: Workspace, parent: QWidget) -> QMenu:
    """ "Move to day ▸": every itinerary day, and off any day."""
    menu = QMenu(translate("ContextMenus", "Move to &Day"), parent)

    def move(day_id: int | None) -> Callable[[], None]:
        return lambda: workspace.session.assign_day(workspace.selected_ids(), day_id)

    for day in workspace.session.project.days():
        text = f"{dates.list_date(day.date)}  {day.label}".rstrip()
        menu.addAction(text).triggered.connect(move(day.id))
    menu.addSeparator()
    menu.addAction(translate("ContextMenus", "&Unassigned")).triggered.connect(move(None))
    menu.setEnabled(bool(workspace.selected_ids()))
    return menu


def grid(window: Window, workspace: Workspace, point: QPoint) -> QMenu | None:
    """The photos' menu: appendix, tags, day, caption template, file, removal."""
    view = workspace.grid
    workspace.pane_hint = "grid"
    if not _target_row(view, point, select=True):
        return None
    view.setFocus()
    window.update_context()
    menu = QMenu(view)
    registry = window.registry
    _add(menu, registry, "add_to_appendix", "remove_from_appendix", "-")
    menu.addMenu(people_submenu(window, workspace, menu))
    menu.addAction(registry["tag"])
    menu.addMenu(days_submenu(workspace, menu))
    _add(menu, registry, "-", "edit_caption", "template", "-", "show_in_folder", "-", "delete")
    stack = view.indexAt(point).data(Role.STACK)
    if stack is not None and workspace.proxy.stack_state(stack.key):
        _add(menu, registry, "-", "open_stack")  # a stack's photo: open or close it
    _show(menu, view, point)
    return menu


def strip(window: Window, workspace: Workspace, point: QPoint) -> QMenu | None:
    """The appendix strip's menu: out of the appendix, earlier, later."""
    view = workspace.strip
    workspace.pane_hint = "strip"
    if not _target_row(view, point, select=True):
        return None
    view.setFocus()
    window.update_context()
    menu = QMenu(view)
    _add(menu, window.registry, "move_earlier", "move_later", "-", "remove_from_appendix")
    _show(menu, view, point)
    return menu


def people(window: Window, workspace: Workspace, point: QPoint) -> QMenu | None:
    """A person's menu: edit, merge, show their photos (and add, remove)."""
    view = workspace.people
    workspace.pane_hint = "people"
    menu = QMenu(view)
    if _target_row(view, point, select=False):
        view.setFocus()
        window.update_context()
        _add(menu, window.registry, "show_person", "edit_person", "merge_person", "-",
             "remove_person", "-")  # fmt: skip
    _add(menu, window.registry, "add_person")
    _show(menu, view, point)
    return menu


def days(window: Window, workspace: Workspace, point: QPoint) -> QMenu | None:
    """A day's menu: edit, delete (and add)."""
    view = workspace.days
    workspace.pane_hint = "days"
    menu = QMenu(view)
    if _target_row(view, point, select=False):
        view.setFocus()
        window.update_context()
        _add(menu, window.registry, "edit_day", "remove_day", "-")
    _add(menu, window.registry, "add_day")
    _show(menu, view, point)
    return menu
