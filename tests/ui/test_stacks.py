"""Similar photos in the grid: the best's star, View ▸ Stack Similar Photos (a click on the
count opens and closes a stack), View ▸ Keep Only the Best, and the best following the user's
choices (tagging people) — all in the real window, nothing deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from photoapp.domain.model import Person
from photoapp.storage.importer import import_paths
from photoapp.storage.likeness import Likeness
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui import settings
from photoapp.ui.main_window import MainWindow
from photoapp.ui.models.roles import Role
from photoapp.ui.tasks import TaskRunner
from photoapp.ui.workspace import Workspace
from tests.photos import Exif, write_photo


@pytest.fixture
def burst(project: Project, tmp_path: Path, cache: ThumbnailCache) -> dict[str, int]:
    """A burst of three shots five seconds apart (the middle one sharpest) and a photo of
    something else at noon; returns ids by file name."""
    folder = tmp_path / "trip"
    for name, taken, seed in (
        ("burst1.jpg", "2017:09:10 10:00:00", 1),
        ("burst2.jpg", "2017:09:10 10:00:05", 1),
        ("burst3.jpg", "2017:09:10 10:00:10", 1),
        ("noon.jpg", "2017:09:10 12:00:00", 7),
    ):
        write_photo(folder / name, Exif(taken=taken, make="Apple", model="iPhone 8"), seed=seed)
    import_paths(project, [folder], cache)
    ids = {photo.file_name: photo.id for photo in project.photos()}
    sharpness = {"burst1.jpg": 0.05, "burst2.jpg": 0.10, "burst3.jpg": 0.09, "noon.jpg": 0.2}
    hashes = {photo.id: photo.phash for photo in project.photos()}
    project.set_likeness(
        {ids[name]: Likeness(hashes[ids[name]] or 0, value) for name, value in sharpness.items()}
    )
    return ids


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> tuple[MainWindow, Workspace]:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window only
    assert window.workspace is not None
    window.workspace.photo_model.stacks.refresh()  # not a beat later: now
    return window, window.workspace


def _shown(workspace: Workspace) -> list[int]:
    proxy = workspace.proxy
    return [proxy.index(row, 0).data(Role.ID) for row in range(proxy.rowCount())]


def _badge_centre(workspace: Workspace, photo_id: int) -> QPoint:
    grid = workspace.grid
    proxy = workspace.proxy
    row = _shown(workspace).index(photo_id)
    index = proxy.index(row, 0)
    delegate = grid.itemDelegate()
    header = delegate.header_height(grid.fontMetrics())  # type: ignore[attr-defined]
    badge = delegate.stack_badge(index, grid.visualRect(index), header)  # type: ignore[attr-defined]
    assert badge is not None, "the best of a stack carries its count"
    return badge.center()


def test_a_burst_is_one_group_whose_best_is_the_sharpest(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, burst: dict[str, int]
) -> None:
    _, workspace = _window(qtbot, project, cache)
    groups = workspace.photo_model.stacks.groups()
    trio = (burst["burst1.jpg"], burst["burst2.jpg"], burst["burst3.jpg"])
    assert [group.photo_ids for group in groups] == [trio]
    assert groups[0].best == burst["burst2.jpg"]
    model = workspace.photo_model
    best = model.index_for(burst["burst2.jpg"]).data(Role.STACK)
    other = model.index_for(burst["burst1.jpg"]).data(Role.STACK)
    alone = model.index_for(burst["noon.jpg"]).data(Role.STACK)
    assert (best.best, best.size, other.best, alone) == (True, 3, False, None)
    # The star and the count in words, for the tooltip and a screen reader.
    tip = model.index_for(burst["burst2.jpg"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "The best of 3 similar photos" in tip
    tip = model.index_for(burst["burst1.jpg"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "One of 3 similar photos" in tip


def test_stacking_shows_the_best_with_a_count_and_a_click_opens_and_closes_it(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, burst: dict[str, int]
) -> None:
    window, workspace = _window(qtbot, project, cache)
    everything = _shown(workspace)
    assert len(everything) == 4
    window.registry["stack_similar"].trigger()
    assert settings.STACK_SIMILAR.get() is True  # kept for the next start
    assert _shown(workspace) == [burst["burst2.jpg"], burst["noon.jpg"]]
    # A real click on the count opens the stack: every photo of the burst, in capture order.
    grid = workspace.grid
    badge = _badge_centre(workspace, burst["burst2.jpg"])
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=badge)
    assert _shown(workspace) == everything
    assert workspace.selected_ids() == [burst["burst2.jpg"]]  # the best stays chosen
    # Ctrl+G (Op&en or Close Stack) on the current photo closes it again.
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert _shown(workspace) == [burst["burst2.jpg"], burst["noon.jpg"]]
    window.registry["stack_similar"].trigger()
    assert _shown(workspace) == everything
    assert len(project.photos()) == 4  # stacking deletes nothing


def test_keep_only_the_best_hides_the_rest_and_the_filter_bar_says_so(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, burst: dict[str, int]
) -> None:
    window, workspace = _window(qtbot, project, cache)
    window.registry["best_only"].trigger()
    assert _shown(workspace) == [burst["burst2.jpg"], burst["noon.jpg"]]
    assert workspace.filter_text() == "only the best of similar photos (2 hidden)"
    workspace.set_search("noon")  # of the photos the search shows, none is hidden
    workspace._show_filter()
    assert workspace.filter_text().endswith("only the best of similar photos (0 hidden)")
    workspace.set_search("")
    # The filter bar's ✕ shows every photo again, and the View menu's check follows.
    workspace.filter_bar.clear_button.click()
    assert len(_shown(workspace)) == 4
    assert not window.registry["best_only"].isChecked()
    assert len(project.photos()) == 4


def test_the_best_follows_the_people_tagged_and_the_appendix(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, burst: dict[str, int]
) -> None:
    window, workspace = _window(qtbot, project, cache)
    window.registry["best_only"].trigger()
    person = project.add_person(Person(0, "葉宜津", "副市長", "臺中市政府", "葉副市長")).id
    workspace.session.tag([burst["burst3.jpg"]], person)
    workspace.photo_model.stacks.refresh()
    # Not blurred and with people: it is the one to keep now, and the grid shows it instead.
    assert workspace.photo_model.stacks.groups()[0].best == burst["burst3.jpg"]
    assert _shown(workspace) == [burst["burst3.jpg"], burst["noon.jpg"]]
    workspace.session.add_to_appendix([burst["burst1.jpg"]])
    workspace.photo_model.stacks.refresh()
    assert _shown(workspace) == [burst["burst1.jpg"], burst["noon.jpg"]]  # chosen by the user
    workspace.session.undo_stack.undo()
    workspace.session.undo_stack.undo()
    workspace.photo_model.stacks.refresh()
    assert _shown(workspace) == [burst["burst2.jpg"], burst["noon.jpg"]]


def test_groups_are_worked_out_a_beat_after_a_change_not_in_it(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, burst: dict[str, int]
) -> None:
    _, workspace = _window(qtbot, project, cache)
    stacks = workspace.photo_model.stacks
    person = project.add_person(Person(0, "權善宅", "市長", "大田廣域市", "大田市長權善宅")).id
    with qtbot.waitSignal(stacks.changed, timeout=2000) as changed:
        workspace.session.tag([burst["burst3.jpg"]], person)
        assert stacks.groups()[0].best == burst["burst2.jpg"]  # not yet
    assert burst["burst3.jpg"] in changed.args[0]
    assert stacks.groups()[0].best == burst["burst3.jpg"]


def test_groups_are_worked_out_off_the_gui_thread_newest_answer_wins(
    qtbot: QtBot,
    project: Project,
    cache: ThumbnailCache,
    burst: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)  # the real thread pool
    _, workspace = _window(qtbot, project, cache)
    stacks = workspace.photo_model.stacks
    person = project.add_person(Person(0, "權善宅", "市長", "大田廣域市", "大田市長權善宅")).id
    workspace.session.tag([burst["burst3.jpg"]], person)
    workspace.session.add_to_appendix([burst["burst1.jpg"]])  # asked again before the answer
    qtbot.waitUntil(lambda: stacks.groups()[0].best == burst["burst1.jpg"], timeout=3000)
    qtbot.wait(300)  # an older answer arriving late changes nothing
    assert stacks.groups()[0].best == burst["burst1.jpg"]


def test_scrolling_the_grid_postpones_the_groups_until_it_pauses(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, burst: dict[str, int]
) -> None:
    """Worked out on a worker, the groups would take the GIL from the scrolling GUI thread:
    they wait until the scrolling pauses."""
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    assert window.workspace is not None
    stacks = window.workspace.photo_model.stacks
    assert stacks._timer.isActive()  # at open: a second later, after the first paint
    remaining = stacks._timer.remainingTime()
    qtbot.wait(300)  # without the postponing, at most remaining - 300 would be left
    stacks.postpone()  # what a move of the grid's scroll bar does
    assert stacks._timer.remainingTime() > remaining - 150  # restarted (slack for a slow CI)
    stacks.refresh()
    stacks.postpone()  # nothing pending: nothing started
    assert not stacks._timer.isActive()


def test_a_filter_never_loses_a_photo_it_matches_under_a_closed_stack(
    qtbot: QtBot, project: Project, cache: ThumbnailCache, burst: dict[str, int]
) -> None:
    window, workspace = _window(qtbot, project, cache)
    window.registry["stack_similar"].trigger()
    workspace.set_search("burst3")  # a member's name: its best does not match
    assert _shown(workspace) == [burst["burst3.jpg"]]
    workspace.set_search("burst")  # the best matches too: the stack stays closed
    assert _shown(workspace) == [burst["burst2.jpg"]]
    # Opening a stack keeps the filter; the appendix strip's "show in grid" opens the stack.
    workspace.grid.select_ids([burst["burst2.jpg"]])
    workspace.toggle_stack()
    assert workspace.proxy.search == "burst"
    assert len(_shown(workspace)) == 3
    workspace.toggle_stack()
    workspace.select_photos([burst["burst1.jpg"]])
    assert workspace.selected_ids() == [burst["burst1.jpg"]]
    assert len(_shown(workspace)) == 4
    window.registry["stack_similar"].trigger()


def test_a_tile_is_painted_from_one_question_to_the_model(
    qtbot: QtBot,
    project: Project,
    cache: ThumbnailCache,
    burst: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The grid paints each tile from its Role.TILE alone (its stack in it): every role asked
    besides is a call from C++ into Python, for each tile at each scroll step."""
    _, workspace = _window(qtbot, project, cache)
    model = workspace.photo_model
    tile = model.index_for(burst["burst2.jpg"]).data(Role.TILE)
    assert tile.stack == model.stacks.stack(burst["burst2.jpg"]) and tile.stack.best
    workspace.proxy.set_stacking(True)  # (the filter asks for stacks: not painting)
    asked: list[int] = []
    custom = model._custom  # (the roles of ours: TILE, STACK, …)

    def counting(photo: object, role: int) -> object:
        asked.append(int(role))
        return custom(photo, role)  # type: ignore[arg-type]

    monkeypatch.setattr(model, "_custom", counting)
    workspace.grid.viewport().repaint()
    assert Role.TILE in asked and Role.STACK not in asked
