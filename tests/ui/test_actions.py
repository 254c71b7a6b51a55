"""One registry of actions behind menus, context menus and shortcuts, enabled by the context
(issue 9): no context menu and no keyboard tagging existed before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu
from pytestqt.qtbot import QtBot

from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import context_menus
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.roles import Role
from photoapp.ui.workspace import Workspace


def _window(qtbot: QtBot, project: Project | None, cache: ThumbnailCache) -> MainWindow:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return window


def _workspace(window: MainWindow) -> Workspace:
    assert window.workspace is not None
    return window.workspace


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def _submenu(menu: QMenu, text: str) -> QMenu:
    for action in menu.actions():
        if action.menu() is not None and action.text() == text:
            return action.menu()  # type: ignore[return-value]
    raise AssertionError(f"no submenu {text} in {_texts(menu)}")


def _point(view: object, index: object) -> QPoint:
    return view.visualRect(index).center()  # type: ignore[attr-defined]


def test_without_a_project_only_the_project_free_actions_are_enabled(
    qtbot: QtBot, cache: ThumbnailCache
) -> None:
    window = _window(qtbot, None, cache)
    enabled = {name for name, action in window.registry.items() if action.isEnabled()}
    # a project that can no longer be opened is what Restore from Backup… is for
    assert enabled == {"new", "open", "restore_backup", "quit", "preferences", "about"}


def test_actions_follow_the_selection_the_focus_and_the_current_row(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window = _window(qtbot, trip_project, cache)
    workspace = _workspace(window)
    registry = window.registry
    a, b, *_ = (p.id for p in trip_project.photos())
    assert registry["import"].isEnabled()
    assert not registry["add_to_appendix"].isEnabled()  # nothing selected
    assert not registry["tag"].isEnabled()
    assert not registry["edit_person"].isEnabled()  # no current person
    workspace.grid.select_ids([a, b])
    assert registry["add_to_appendix"].isEnabled()
    # neither is in the appendix: nothing to remove from it (the context menu offered it)
    assert not registry["remove_from_appendix"].isEnabled()
    workspace.session.add_to_appendix([a])
    assert registry["remove_from_appendix"].isEnabled() and registry["add_to_appendix"].isEnabled()
    workspace.session.add_to_appendix([b])
    assert not registry["add_to_appendix"].isEnabled()  # both are in already
    workspace.session.remove_from_appendix([a, b])
    assert registry["tag"].isEnabled()
    assert registry["tag_2"].isEnabled() and not registry["tag_3"].isVisible()  # two people
    assert not registry["edit_caption"].isEnabled()  # one caption at a time
    workspace.grid.select_ids([a])
    assert registry["edit_caption"].isEnabled()
    workspace.people.setCurrentIndex(workspace.people_model.index(0, 0))
    assert registry["edit_person"].isEnabled()
    assert registry["merge_person"].isEnabled()
    assert not registry["remove_day"].isEnabled()  # "All photos" is no day
    workspace.days.setCurrentIndex(workspace.day_model.index(2, 0))
    assert registry["remove_day"].isEnabled() and registry["edit_day"].isEnabled()
    assert not registry["move_earlier"].isEnabled()  # only for photos selected in the strip


def test_ctrl_digits_tag_with_the_first_people_and_alt_digits_show_days(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window = _window(qtbot, trip_project, cache)
    workspace = _workspace(window)
    first, second = trip_project.people()
    a, b, *_ = (p.id for p in trip_project.photos())
    workspace.grid.select_ids([a, b])
    registry = window.registry
    assert registry["tag_2"].shortcut() == QKeySequence("Ctrl+2")
    assert registry["tag_2"].text() == f"Tag with {second.name}"
    registry["tag_2"].trigger()
    assert [p.id for p in trip_project.photos() if second.id in p.people] == [a, b]
    assert workspace.session.undo_stack.undoText() == f"Tag 2 photos with {second.name}"
    assert registry["day_2"].shortcut() == QKeySequence("Alt+2")
    registry["day_2"].trigger()
    assert workspace.proxy.day_filter == trip_project.days()[1].id
    assert first.id not in trip_project.photo(a).people


def test_tag_asks_which_person(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, trip_project, cache)
    workspace = _workspace(window)
    person = trip_project.people()[1]
    a = trip_project.photos()[0].id
    workspace.grid.select_ids([a])
    asked: list[list[str]] = []
    offered: list[object] = []

    def choose(*args: object) -> tuple[str, bool]:
        labels = args[3]
        assert isinstance(labels, list)
        asked.append(labels)
        offered.append(args[4])
        return labels[1], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window.registry["tag"].trigger()
    assert asked and asked[0][1].startswith(person.name)
    assert trip_project.photo(a).people == (person.id,)

    # asked again: the person already on the photo is marked, the first one not on it offered
    def cancel(*args: object) -> tuple[str, bool]:
        asked.append(args[3])  # type: ignore[arg-type]
        offered.append(args[4])
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", cancel)
    window.registry["tag"].trigger()
    assert asked[-1][1] == f"{person.name}　{person.title}".strip() + " (tagged)"
    assert not asked[-1][0].endswith("(tagged)") and offered[-1] == 0
    b = trip_project.photos()[1].id  # the first person is on it: the second is offered first
    workspace.session.tag([b], trip_project.people()[0].id)
    workspace.grid.select_ids([b])
    window.registry["tag"].trigger()
    assert asked[-1][0].endswith(" (tagged)") and offered[-1] == 1


def test_the_grids_context_menu_tags_moves_and_shows_the_file(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, trip_project, cache)
    workspace = _workspace(window)
    a, b, c, *_ = (p.id for p in trip_project.photos())
    workspace.grid.select_ids([a, b])
    # a right-click on a selected photo keeps the selection
    index = workspace.proxy.mapFromSource(workspace.photo_model.index_for(b))
    menu = context_menus.grid(window, workspace, _point(workspace.grid, index))
    assert menu is not None
    texts = _texts(menu)
    for expected in ("Add to &Appendix", "Caption from a &Template…", "Show File in &Folder"):
        assert expected in texts
    assert workspace.selected_ids() == [a, b]
    tag = _submenu(menu, "Tag &with")
    person = trip_project.people()[0]
    next(x for x in tag.actions() if x.text() == f"Tag with {person.name}").trigger()
    assert [p.id for p in trip_project.photos() if person.id in p.people] == [a, b]
    days = _submenu(menu, "Move to &Day")
    day = trip_project.days()[2]
    next(x for x in days.actions() if x.text().startswith(day.date.strftime("%a"))).trigger()
    assert {trip_project.photo(i).day_id for i in (a, b)} == {day.id}
    menu.close()
    # a right-click outside the selection selects that photo alone
    index = workspace.proxy.mapFromSource(workspace.photo_model.index_for(c))
    menu = context_menus.grid(window, workspace, _point(workspace.grid, index))
    assert menu is not None and workspace.selected_ids() == [c]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    next(x for x in menu.actions() if x.text() == "Show File in &Folder").trigger()
    folder = trip_project.resolve(trip_project.photo(c)).parent
    assert [Path(u.toLocalFile()) for u in opened] == [folder]
    menu.close()


def test_the_people_menu_never_filters_until_asked(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window = _window(qtbot, trip_project, cache)
    workspace = _workspace(window)
    person = trip_project.people()[1]
    index = workspace.people_model.index_for(person.id)
    menu = context_menus.people(window, workspace, _point(workspace.people, index))
    assert menu is not None
    assert workspace.proxy.person_filter is None
    texts = _texts(menu)
    assert "&Edit Person…" in texts and "&Merge Person Into…" in texts
    next(x for x in menu.actions() if x.text() == "Sh&ow Their Photos").trigger()
    assert workspace.proxy.person_filter == person.id
    menu.close()


def test_the_days_and_strip_menus(
    qtbot: QtBot, trip_project: Project, cache: ThumbnailCache
) -> None:
    window = _window(qtbot, trip_project, cache)
    workspace = _workspace(window)
    day = trip_project.days()[0]
    index = workspace.day_model.index_for(day.id)
    menu = context_menus.days(window, workspace, _point(workspace.days, index))
    assert menu is not None
    assert workspace.proxy.day_filter != day.id  # a right-click does not filter
    assert "Ed&it Day…" in _texts(menu)
    next(x for x in menu.actions() if x.text() == "Remo&ve Day").trigger()
    assert day.id not in [d.id for d in trip_project.days()]
    menu.close()
    a, b, *_ = (p.id for p in trip_project.photos())
    workspace.session.add_to_appendix([a, b])
    strip = workspace.strip
    menu = context_menus.strip(
        window, workspace, _point(strip, workspace.appendix_model.index(0, 0))
    )
    assert menu is not None
    assert not next(x for x in menu.actions() if "Earlier" in x.text()).isEnabled()
    next(x for x in menu.actions() if "Later" in x.text()).trigger()
    assert trip_project.appendix() == [b, a]
    assert strip.selected_ids() == [a]
    next(x for x in menu.actions() if x.text() == "&Remove from Appendix").trigger()
    assert trip_project.appendix() == [b]
    assert [workspace.proxy.index(r, 0).data(Role.ID) for r in range(2)]
    menu.close()
