"""A phone with offsets and a camera an hour behind: one correction puts every photo right."""

from __future__ import annotations

from pathlib import Path

from photoapp.storage.clock import cameras, plan_correction
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, write_photo


def _trip(project: Project, tmp_path: Path, cache: ThumbnailCache) -> dict[str, int]:
    shots = {
        # phone on Seoul time, just after midnight: 11 Sep
        "phone1.jpg": Exif(taken="2017:09:11 00:30:00", offset="+09:00", model="SM-G955F"),
        # phone still on Taipei time: 23:40 +08:00 is 00:40 in Seoul, 11 Sep
        "phone2.jpg": Exif(taken="2017:09:10 23:40:00", offset="+08:00", model="SM-G955F"),
        # camera an hour behind (still on Taipei time, no offset): really 00:20 on 11 Sep
        "cam1.jpg": Exif(taken="2017:09:10 23:20:00", make="Canon", model="Canon EOS 80D"),
        # camera in the afternoon of the 12th: no change of day
        "cam2.jpg": Exif(taken="2017:09:12 15:00:00", make="Canon", model="Canon EOS 80D"),
    }
    for seed, (name, meta) in enumerate(shots.items()):
        write_photo(tmp_path / "in" / name, meta, seed=seed)
    import_paths(project, [tmp_path / "in"], cache)
    return {p.file_name: p.id for p in project.photos()}


def test_one_clock_correction_puts_every_photo_on_its_day(
    project: Project, tmp_path: Path, cache: ThumbnailCache
) -> None:
    ids = _trip(project, tmp_path, cache)
    days = {d.date.day: d.id for d in project.days()}
    project.set_days(project.day_assignment())
    day_of = lambda name: project.photo(ids[name]).day_id  # noqa: E731
    assert day_of("cam1.jpg") == days[10]  # wrong before the correction
    assert [c for c, _ in cameras(project)] == ["Canon EOS 80D", "SM-G955F"]

    plan = plan_correction(project, 3600, camera="Canon EOS 80D")
    assert [(m.photo_id, m.before, m.after) for m in plan.moves] == [
        (ids["cam1.jpg"], days[10], days[11])
    ]
    undo = plan.apply(project)
    assert {name: day_of(name) for name in ids} == {
        "phone1.jpg": days[11],
        "phone2.jpg": days[11],
        "cam1.jpg": days[11],
        "cam2.jpg": days[12],
    }
    assert project.clock_shifts().by_camera == {"Canon EOS 80D": 3600}
    project.set_clock(*undo)
    assert day_of("cam1.jpg") == days[10]
    assert project.clock_shifts().by_camera == {}


def test_a_photo_placed_by_hand_keeps_its_day(
    project: Project, tmp_path: Path, cache: ThumbnailCache
) -> None:
    ids = _trip(project, tmp_path, cache)
    days = {d.date.day: d.id for d in project.days()}
    project.set_days({ids["cam1.jpg"]: days[13]})
    plan = plan_correction(project, 3600, camera="Canon EOS 80D")
    assert plan.moves == []


def test_selected_photos_can_be_corrected_alone(
    project: Project, tmp_path: Path, cache: ThumbnailCache
) -> None:
    ids = _trip(project, tmp_path, cache)
    project.set_days(project.day_assignment())
    plan = plan_correction(project, 3600, photo_ids=[ids["cam1.jpg"]])
    plan.apply(project)
    assert project.clock_shifts().by_photo == {ids["cam1.jpg"]: 3600}
    assert project.photo(ids["cam1.jpg"]).day_id == project.days()[1].id
