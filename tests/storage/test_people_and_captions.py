"""People merged and renamed; captions out to a spreadsheet and back."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoapp.domain import captions
from photoapp.domain.model import Person
from photoapp.storage.captions_csv import (
    CaptionsFileError,
    RowProblem,
    apply,
    export_captions,
    read_captions,
)
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.summary import summary
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, write_photo


@pytest.fixture
def photos(project: Project, tmp_path: Path, cache: ThumbnailCache) -> list[int]:
    for index in range(4):
        write_photo(
            tmp_path / "相片" / f"{index}.jpg", Exif(taken=f"2017:09:1{index} 10:00:00"), seed=index
        )
    import_paths(project, [tmp_path / "相片"], cache)
    return [p.id for p in project.photos()]


def test_merging_two_entries_moves_tags_and_captions_and_undoes(
    project: Project, photos: list[int]
) -> None:
    a, b, c, _ = photos
    keep = project.add_person(Person(0, "權善宅", display="大田市長權善宅"))
    twin = project.add_person(Person(0, "權市長"))
    project.tag([a], keep.id)
    project.tag([a, b], twin.id)
    project.set_caption(c, f"{captions.person_token(twin.id)}致詞")
    merge = project.merge_people(keep.id, twin.id)
    assert [p.id for p in project.people()] == [keep.id]
    assert project.photo(b).people == (keep.id,)
    assert project.photo(c).caption == f"{captions.person_token(keep.id)}致詞"
    assert summary(project)["photos"][2]["caption"] == "大田市長權善宅致詞"
    project.unmerge_people(merge)
    assert [p.name for p in project.people()] == ["權善宅", "權市長"]
    assert project.photo(a).people == (keep.id, twin.id)
    assert project.photo(b).people == (twin.id,)
    assert project.photo(c).caption == f"{captions.person_token(twin.id)}致詞"


def test_renaming_a_person_changes_every_caption(project: Project, photos: list[int]) -> None:
    ye = project.add_person(Person(0, "葉宜津", "副市長", display="葉副市長"))
    for pid in photos[:2]:
        project.set_caption(pid, f"{captions.person_token(ye.id)}致詞")
    before = project.update_person(Person(ye.id, "葉宜津", "市長", display="葉市長"))
    assert [p["caption"] for p in summary(project)["photos"][:2]] == ["葉市長致詞"] * 2
    project.update_person(before)
    assert [p["caption"] for p in summary(project)["photos"][:2]] == ["葉副市長致詞"] * 2


def test_captions_round_trip_through_a_spreadsheet(
    project: Project, photos: list[int], tmp_path: Path
) -> None:
    a, b, c, d = photos
    ye = project.add_person(Person(0, "葉宜津", display="葉副市長"))
    project.tag([a], ye.id)
    project.set_caption(a, f"{captions.person_token(ye.id)}合影")
    project.set_appendix([b, a])
    sheet = tmp_path / "圖說.csv"
    assert export_captions(project, sheet) == 4
    data = sheet.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "number,file,day,people,caption"
    assert lines[1].startswith("1,相片/1.jpg,")
    assert lines[2] == "2,相片/0.jpg,2017-09-10,葉宜津,葉副市長合影"
    # edited in a spreadsheet: new numbers, a new caption, one row out, one bad row
    sheet.write_text(
        "number,file,day,people,caption\n"
        "2,相片/0.jpg,2017-09-10,葉宜津,葉副市長與市民合影\n"
        ",相片/1.jpg,,,\n"
        "1,2.jpg,,,參訪會場\n"
        "x,相片/3.jpg,,,壞編號\n"
        "3,nowhere.jpg,,,沒有這張\n",
        encoding="utf-8-sig",
    )
    table = read_captions(project, sheet)
    assert [(s.line, s.problem) for s in table.skipped] == [
        (5, RowProblem.BAD_NUMBER),
        (6, RowProblem.NO_SUCH_FILE),
    ]
    undo = apply(project, table)
    assert project.appendix() == [c, a]
    assert project.photo(a).caption == f"{captions.person_token(ye.id)}與市民合影"
    assert project.photo(c).caption == "參訪會場"
    assert project.photo(d).caption == ""
    project.set_captions(*undo)
    assert project.appendix() == [b, a]
    assert project.photo(c).caption == ""


def test_a_file_without_our_header_is_refused(project: Project, tmp_path: Path) -> None:
    sheet = tmp_path / "x.csv"
    sheet.write_text("a,b\n1,2\n")
    with pytest.raises(CaptionsFileError):
        read_captions(project, sheet)


def test_removed_days_and_people_come_back_whole(project: Project, photos: list[int]) -> None:
    a, b, *_ = photos
    day = project.days()[0]
    project.set_days({a: day.id, b: day.id})
    ye = project.add_person(Person(0, "葉宜津"))
    project.tag([a], ye.id)
    project.restore_day(project.remove_day(day.id))
    assert project.days()[0] == day
    assert {project.photo(a).day_id, project.photo(b).day_id} == {day.id}
    project.restore_person(project.remove_person(ye.id))
    assert project.people() == [ye]
    assert project.photo(a).people == (ye.id,)
