"""`photoapp suggest` on the generated burst trip: no blurred shot, one of each group, applied."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from photoapp.cli import main
from photoapp.domain.similarity import group_similar
from photoapp.storage.project import Project
from tests.test_similar_set import Imported, burst_set  # noqa: F401  (the session fixture)


def test_suggest_json_takes_no_blurred_shot_and_one_of_each_group(
    burst_set: Imported,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["suggest", str(burst_set.project), "--count", "8", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["suggested"]
    assert len(listed) == 8
    assert all(set(item) == {"id", "file", "day", "why"} for item in listed)
    ids = [item["id"] for item in listed]
    assert not any(burst_set.truth(pid).blurred for pid in ids)
    for group in group_similar(burst_set.photos):
        assert len(set(group.photo_ids) & set(ids)) <= 1
        assert not (set(group.photo_ids) - {group.best}) & set(ids)
    assert all(item["day"] is None for item in listed)  # the set's trip has no itinerary


def test_suggest_apply_makes_it_the_appendix(
    burst_set: Imported,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    copy = tmp_path / "trip.photoapp"
    shutil.copy(burst_set.project, copy)
    shutil.copytree(burst_set.project.parent / "photos", tmp_path / "photos")
    assert main(["--lang", "zh_TW", "suggest", str(copy), "--count", "5", "--apply"]) == 0
    out = capsys.readouterr().out
    project = Project.open(copy)
    try:
        appendix = project.appendix()
    finally:
        project.close()
    assert len(appendix) == 5
    assert "0" in out.splitlines()[-1]  # it had no photo before
    assert main(["suggest", str(copy), "--count", "0"]) == 1


def test_photos_whose_files_are_gone_are_not_suggested_and_the_message_says_why(
    burst_set: Imported,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    copy = tmp_path / "trip.photoapp"  # the project moved without its photos
    shutil.copy(burst_set.project, copy)
    assert main(["suggest", str(copy), "--count", "8", "--apply"]) == 0
    out = capsys.readouterr().out
    assert "No photo to suggest: none, or all of them blurred or with their files missing." in out
    project = Project.open(copy)
    assert project.appendix() == []  # nothing applied
    project.close()
