"""Photos ▸ Suggest Appendix… on the demo trip: thumbnails by day, the best of each burst and
never a shaken shot, swap (double-click or a drag), remove, add, and use it as one undo step."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from photoapp.samples.demo import build_demo
from photoapp.storage.clock import plan_correction
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.dialogs.suggest import ID_ROLE, MIME, PhotoStrip, SuggestDialog
from photoapp.ui.main_window import MainWindow
from tests.ui.interact import drop_at

BLURRED = {"IMG_0413.JPG", "IMG_20251016_101533.jpg"}  # the demo's shaken burst shots


def _demo(tmp_path: Path) -> tuple[Project, ThumbnailCache]:
    cache = ThumbnailCache(tmp_path / "cache")
    return build_demo(tmp_path / "demo", cache), cache


def _suggest(
    qtbot: QtBot, project: Project, cache: ThumbnailCache
) -> tuple[MainWindow, SuggestDialog]:
    """The window on `project`, and its Photos ▸ Suggest Appendix… dialog open."""
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.show()
    assert window.registry.trigger("suggest")
    dialog = window.suggest_dialog
    qtbot.waitExposed(dialog)
    return window, dialog


def _open(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, SuggestDialog, Project]:
    project, cache = _demo(tmp_path)
    window, dialog = _suggest(qtbot, project, cache)
    return window, dialog, project


def _names(dialog: SuggestDialog, ids: list[int]) -> list[str]:
    return [dialog.photos[pid].file_name for pid in ids]


def _others(dialog: SuggestDialog) -> list[int]:
    """What the dialog lists as able to take the chosen photo's place."""
    return [int(dialog.others.item(row).data(ID_ROLE)) for row in range(dialog.others.count())]


def _strip_of(dialog: SuggestDialog, name: str) -> tuple[PhotoStrip, int]:
    for strip in dialog.strips:
        for row in range(strip.count()):
            if dialog.photos[int(strip.item(row).data(ID_ROLE))].file_name == name:
                return strip, row
    raise AssertionError(f"{name} is not suggested")


def test_the_suggestion_covers_every_day_with_the_best_of_each_burst(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _, dialog, project = _open(qtbot, tmp_path)
    dialog.count.setValue(4)
    # One row of thumbnails a day: the demo's four days all have photos.
    assert len(dialog.strips) == 4
    names = _names(dialog, dialog.order())
    assert len(names) == 4 and not BLURRED & set(names)
    dialog.count.setValue(12)
    names = _names(dialog, dialog.order())
    assert not BLURRED & set(names)
    # Of each burst only one photo: the best (the one in the appendix and with people).
    burst = {"IMG_0412.JPG", "IMG_0413.JPG", "IMG_0414.JPG", "IMG_0414_1.JPG"}
    assert len(burst & set(names)) == 1
    assert "IMG_0412.JPG" in names
    days = [dialog.photos[pid].day_id for pid in dialog.order()]
    assert days == sorted(days, key=lambda d: [day.id for day in project.days()].index(d))


def test_a_burst_mate_swaps_in_by_double_click_and_a_photo_comes_out_with_delete(
    qtbot: QtBot, tmp_path: Path
) -> None:
    _, dialog, _project = _open(qtbot, tmp_path)
    dialog.count.setValue(12)
    strip, row = _strip_of(dialog, "IMG_20251016_101530.jpg")
    strip.setCurrentRow(row)
    others = _names(dialog, _others(dialog))
    # The rest of its burst first, the shaken shot never.
    assert others[0] == "IMG_20251016_101531.jpg"
    assert "IMG_20251016_101533.jpg" not in others
    item = dialog.others.item(0)
    rect = dialog.others.visualItemRect(item)
    viewport = dialog.others.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # as a real
    QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # double-click
    names = _names(dialog, dialog.order())
    assert "IMG_20251016_101531.jpg" in names and "IMG_20251016_101530.jpg" not in names
    count = len(names)
    strip, row = _strip_of(dialog, "IMG_20251016_101531.jpg")
    strip.setCurrentRow(row)
    strip.setFocus()
    QTest.keyClick(strip, Qt.Key.Key_Delete)
    assert len(dialog.order()) == count - 1
    assert "IMG_20251016_101531.jpg" not in _names(dialog, dialog.order())


def test_a_photo_dragged_onto_a_suggested_one_takes_its_place(qtbot: QtBot, tmp_path: Path) -> None:
    _, dialog, _project = _open(qtbot, tmp_path)
    dialog.count.setValue(12)
    strip, row = _strip_of(dialog, "IMG_0412.JPG")
    strip.setCurrentRow(row)
    mate = next(pid for pid in _others(dialog) if dialog.photos[pid].file_name == "IMG_0414.JPG")
    data = QMimeData()
    data.setData(MIME, QByteArray(json.dumps([mate]).encode()))
    target = strip.visualItemRect(strip.item(row)).center()
    assert drop_at(strip.viewport(), target, data)
    names = _names(dialog, dialog.order())
    assert "IMG_0414.JPG" in names and "IMG_0412.JPG" not in names


def test_use_as_appendix_is_one_undo_step(qtbot: QtBot, tmp_path: Path) -> None:
    window, dialog, project = _open(qtbot, tmp_path)
    before = project.appendix()
    dialog.count.setValue(5)
    wanted = dialog.order()
    assert dialog.warning.text().startswith("This replaces the current appendix of 6 photos")
    dialog.use_button.click()
    assert project.appendix() == wanted
    stack = window.session.undo_stack  # type: ignore[union-attr]
    assert stack.undoText() == "Use the suggested appendix of 5 photos"
    stack.undo()
    assert project.appendix() == before
    stack.redo()
    assert project.appendix() == wanted


def test_a_new_count_keeps_the_users_changes_and_enter_never_applies(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, dialog, project = _open(qtbot, tmp_path)
    before = project.appendix()
    dialog.count.setValue(6)
    strip, row = _strip_of(dialog, "IMG_0412.JPG")
    strip.setCurrentRow(row)
    strip.setFocus()
    QTest.keyClick(strip, Qt.Key.Key_Delete)
    edited = dialog.order()
    dialog.count.setValue(8)  # a click on the arrows: the edit stays, the summary says how
    assert dialog.order() == edited
    assert "press Suggest Again for 8 photos" in dialog.summary.text()
    dialog.count.setFocus()
    QTest.keyClick(dialog.count, Qt.Key.Key_Return)
    assert dialog.isVisible() and project.appendix() == before  # Enter applies nothing
    assert window.registry.trigger("suggest")  # the menu again: the same dialog, raised
    assert window.suggest_dialog is dialog and dialog.order() == edited


def test_the_suggestion_follows_corrected_camera_clocks(qtbot: QtBot, tmp_path: Path) -> None:
    project, cache = _demo(tmp_path)
    canon = next(p for p in project.photos() if p.file_name == "IMG_0412.JPG")
    plan_correction(project, 2 * 3600, photo_ids=[canon.id]).apply(project)  # 2 h slow
    _, dialog = _suggest(qtbot, project, cache)
    dialog.count.setValue(10)
    strip, row = _strip_of(dialog, "IMG_0412.JPG")
    assert strip.item(row).text().startswith("11:47")
    day = [pid for pid in dialog.order() if dialog.photos[pid].day_id == canon.day_id]
    times = [dialog.photos[pid].file_name for pid in day]
    assert times.index("IMG_0412.JPG") > times.index("IMG_0415.JPG")  # 11:47 after 10:12


def test_without_an_itinerary_the_dialog_covers_each_capture_date(
    qtbot: QtBot, tmp_path: Path
) -> None:
    project, cache = _demo(tmp_path)
    project.replace_days([])  # a trip made with `photoapp new`, no dates yet
    _, dialog = _suggest(qtbot, project, cache)
    dialog.count.setValue(4)
    # The demo's photos were taken on four dates: one row each, titled by its date.
    assert len(dialog.strips) == 4
    assert "4 of 4 days with photos covered" in dialog.summary.text()
