"""The headline gestures with a real pointer on the real window (issue 9), checked in the file.

Each test opens its own project in the photoapp process (app_driver.py), drags with xdotool –
files from a separate program (drag_source.py), or rows and photos inside photoapp – and then
reads the project file with the storage API.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from photoapp.domain.model import Person, Trip
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, write_photo
from tests.realinput.conftest import ROOT, Helper
from tests.realinput.xinput import click, drag, drag_files

pytestmark = pytest.mark.realinput


def _photos(folder: Path, count: int, seed: int = 0) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"IMG_{seed + i:04d}.jpg"
        write_photo(path, Exif(taken=f"2017:09:1{i % 3} 1{i}:00:00"), seed=seed + i, size=(96, 72))
        paths.append(path)
    return paths


def _project(tmp_path: Path, photos: int = 0, people: int = 0, *, seed: int = 0) -> Path:
    """A project with trip days 10–13 Sep 2017, `photos` photos (off their days), `people`."""
    path = tmp_path / "trip.photoapp"
    trip = Trip("大田 2017", start=date(2017, 9, 10), end=date(2017, 9, 13))
    project = Project.create(path, trip)
    if photos:
        files = _photos(tmp_path / "own", photos, seed)
        import_paths(project, files, ThumbnailCache(tmp_path / "cache"), workers=1)
        project.set_days({p.id: None for p in project.photos()})
    names = ["陳志明", "權善宅", "Ye Lwin"]
    for name in names[:people]:
        project.add_person(Person(0, name))
    project.close()
    return path


def _read(path: Path) -> Project:
    return Project.open(path)


def test_files_onto_the_empty_projects_text(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    path = _project(tmp_path)
    assert app.ask("open", path=str(path))["ok"]
    files = _photos(tmp_path / "camera", 2, seed=10)
    action = drag_files(xdisplay, ROOT, files, app.point("hint"), settle=app.idle)
    assert action == "copy"
    project = _read(path)
    assert sorted(p.file_name for p in project.photos()) == ["IMG_0010.jpg", "IMG_0011.jpg"]
    project.close()


def test_files_onto_a_day_go_on_that_day(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    path = _project(tmp_path, photos=1)
    assert app.ask("open", path=str(path))["ok"]
    files = _photos(tmp_path / "camera", 2, seed=20)
    # onto the third day
    action = drag_files(xdisplay, ROOT, files, app.point("day", row=4), settle=app.idle)
    assert action == "copy"
    project = _read(path)
    day = project.days()[2]
    new = [p for p in project.photos() if p.file_name in ("IMG_0020.jpg", "IMG_0021.jpg")]
    assert len(new) == 2
    assert {p.day_id for p in new} == {day.id}
    project.close()


def test_files_onto_the_strip_join_the_appendix_where_dropped(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    path = _project(tmp_path, photos=2)
    project = _read(path)
    a, b = (p.id for p in project.photos())
    project.set_appendix([a, b])
    project.close()
    assert app.ask("open", path=str(path))["ok"]
    files = _photos(tmp_path / "camera", 1, seed=30)
    action = drag_files(
        xdisplay, ROOT, files, app.point("strip", row=1, left=True), settle=app.idle
    )
    assert action == "copy"
    project = _read(path)
    new = next(p.id for p in project.photos() if p.file_name == "IMG_0030.jpg")
    assert project.appendix() == [a, new, b]
    project.close()


def test_files_onto_a_person_are_tagged_and_shift_still_copies(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    path = _project(tmp_path, photos=1, people=2)
    assert app.ask("open", path=str(path))["ok"]
    files = _photos(tmp_path / "camera", 2, seed=40)
    # Shift is what makes a file manager offer Move: an import must still answer Copy, or the
    # file manager deletes the user's original.
    action = drag_files(
        xdisplay, ROOT, files, app.point("person", row=1), settle=app.idle, hold="shift"
    )
    assert action == "copy"
    project = _read(path)
    person = project.people()[1]
    new = [p for p in project.photos() if p.file_name in ("IMG_0040.jpg", "IMG_0041.jpg")]
    assert len(new) == 2
    assert all(person.id in p.people for p in new)
    assert [p for p in project.photos() if person.id in p.people] == new
    assert all(f.exists() for f in files)
    project.close()


def test_a_person_never_selected_dragged_onto_a_photo_tags_it(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    path = _project(tmp_path, photos=3, people=2)
    project = _read(path)
    _a, _b, c = (p.id for p in project.photos())
    person = project.people()[1]
    project.close()
    assert app.ask("open", path=str(path))["ok"]
    before = app.ask("state")
    drag(xdisplay, app.point("person", row=1), app.point("photo", id=c))
    app.ask("idle")
    project = _read(path)
    assert [p.id for p in project.photos() if person.id in p.people] == [c]
    project.close()
    after = app.ask("state")
    assert after["grid"] == before["grid"]  # pressing to drag never filtered the grid
    assert after["person_filter"] is None


def test_selected_photos_dragged_onto_a_person_are_tagged(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    path = _project(tmp_path, photos=3, people=2)
    project = _read(path)
    a, b, _c = (p.id for p in project.photos())
    person = project.people()[0]
    project.close()
    assert app.ask("open", path=str(path))["ok"]
    app.ask("select", ids=[a, b])
    drag(xdisplay, app.point("photo", id=a), app.point("person", row=0))
    app.ask("idle")
    project = _read(path)
    assert [p.id for p in project.photos() if person.id in p.people] == [a, b]
    project.close()


def test_reordering_the_strip(app: Helper, xdisplay: dict[str, str], tmp_path: Path) -> None:
    path = _project(tmp_path, photos=3)
    project = _read(path)
    a, b, c = (p.id for p in project.photos())
    project.set_appendix([a, b, c])
    project.close()
    assert app.ask("open", path=str(path))["ok"]
    drag(xdisplay, app.point("strip", row=2), app.point("strip", row=0, left=True))
    app.ask("idle")
    project = _read(path)
    assert project.appendix() == [c, a, b]
    project.close()


def test_photos_between_two_windows_of_different_projects(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    first = _project(tmp_path / "first", photos=2, seed=50)
    second = _project(tmp_path / "second", photos=2, people=1, seed=60)
    assert app.ask("open", path=str(first))["ok"]
    other = Helper(xdisplay, "tests.realinput.app_driver", "1420", "0", "760", "800")
    try:
        assert other.ask("open", path=str(second))["ok"]
        project = _read(first)
        moved = project.photos()[0]
        project.close()
        # the photo with id 1 of the first project, dropped on the second project's person
        drag(xdisplay, app.point("photo", id=moved.id), other.point("person", row=0))
        other.ask("idle")
        project = _read(second)
        tagged = [p for p in project.photos() if p.people]
        assert [p.file_name for p in tagged] == [moved.file_name]  # imported, then tagged
        assert len(project.photos()) == 3
        assert project.photo(moved.id).people == ()  # its own photo with that id: untouched
        project.close()
    finally:
        other.close()


def test_a_click_on_a_person_filters_and_one_click_clears_it(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    path = _project(tmp_path, photos=3, people=1)
    project = _read(path)
    a = project.photos()[0].id
    person = project.people()[0]
    project.tag([a], person.id)
    project.close()
    assert app.ask("open", path=str(path))["ok"]
    click(xdisplay, app.point("person", row=0))
    app.ask("idle")
    state = app.ask("state")
    assert state["person_filter"] == person.id
    assert state["grid"] == [a]
    click(xdisplay, app.point("filter_clear"))
    app.ask("idle")
    state = app.ask("state")
    assert state["person_filter"] is None
    assert len(state["grid"]) == 3


def test_files_onto_the_grid_import(app: Helper, xdisplay: dict[str, str], tmp_path: Path) -> None:
    # the one file drop that worked before issue 9: it shows the harness's drags are real
    path = _project(tmp_path, photos=1)
    assert app.ask("open", path=str(path))["ok"]
    files = _photos(tmp_path / "camera", 1, seed=70)
    action = drag_files(xdisplay, ROOT, files, app.point("grid"), settle=app.idle)
    assert action == "copy"
    project = _read(path)
    assert len(project.photos()) == 2
    project.close()


def test_a_click_on_a_stacks_count_opens_and_closes_it(
    app: Helper, xdisplay: dict[str, str], tmp_path: Path
) -> None:
    """View ▸ Stack Similar Photos, then the real mouse on the count badge of the burst."""
    path = tmp_path / "burst.photoapp"
    project = Project.create(
        path, Trip("大田 2017", start=date(2017, 9, 10), end=date(2017, 9, 13))
    )
    folder = tmp_path / "burst"
    for n, (second, seed) in enumerate(((0, 5), (4, 5), (8, 5), (0, 9))):
        taken = f"2017:09:11 {10 + (n == 3):02d}:00:{second:02d}"
        write_photo(folder / f"IMG_{n:04d}.jpg", Exif(taken=taken), seed=seed, size=(320, 240))
    import_paths(project, [folder], ThumbnailCache(tmp_path / "cache"), workers=1)
    ids = [p.id for p in project.photos()]
    project.close()
    assert app.ask("open", path=str(path))["ok"]
    assert app.ask("trigger", name="stack_similar")["ok"]
    assert app.ask("stacks")["ok"]
    best = app.ask("state")["grid"][0]
    assert app.ask("state")["grid"] == [best, ids[3]]  # the burst as one stack, and the other
    click(xdisplay, app.point("stack_count", id=best))
    app.idle()
    assert app.ask("state")["grid"] == ids  # opened: every photo, in capture order
    click(xdisplay, app.point("stack_count", id=best))
    app.idle()
    assert app.ask("state")["grid"] == [best, ids[3]]
    assert app.ask("trigger", name="stack_similar")["ok"]  # the setting back as it was
