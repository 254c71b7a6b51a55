"""Finding bursts on a generated trip: grouping precision and recall, the best of each group,
and blur, through the real import (thumbnails, hashes, sharpness) and `photoapp similar`."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from photoapp.domain.model import Photo, Trip
from photoapp.domain.similarity import SimilarGroup, group_similar, is_blurred
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from tests.burst_photos import Shot, true_pairs, write_set


@dataclass(frozen=True)
class Imported:
    """The generated set imported into a project (closed; reopen it to read)."""

    project: Path
    shots: list[Shot]
    photos: list[Photo]
    names: dict[str, int]  # file name to photo id

    def truth(self, photo_id: int) -> Shot:
        by_id = {self.names[shot.name]: shot for shot in self.shots}
        return by_id[photo_id]


@pytest.fixture(scope="session")
def burst_set(tmp_path_factory: pytest.TempPathFactory) -> Imported:
    """The set written and imported once per test run (a few seconds)."""
    folder = tmp_path_factory.mktemp("bursts")
    shots = write_set(folder / "photos")
    project = Project.create(folder / "trip.photoapp", Trip("bursts"))
    report = import_paths(project, [folder / "photos"], ThumbnailCache(folder / "thumbs"))
    assert len(report.imported) == len(shots)
    photos = project.photos()
    project.close()
    return Imported(folder / "trip.photoapp", shots, photos, {p.file_name: p.id for p in photos})


def _pairs(groups: list[SimilarGroup]) -> set[tuple[int, int]]:
    return {pair for g in groups for pair in itertools.combinations(sorted(g.photo_ids), 2)}


def test_bursts_are_found_with_precision_and_recall(burst_set: Imported) -> None:
    groups = group_similar(burst_set.photos)
    found, true = _pairs(groups), true_pairs(burst_set.shots, burst_set.names)
    assert len(true) > 100  # the set has enough bursts to say something
    precision = len(found & true) / len(found)
    recall = len(found & true) / len(true)
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall


def test_the_best_of_every_group_is_not_blurred(burst_set: Imported) -> None:
    groups = group_similar(burst_set.photos)
    blurred_groups = [g for g in groups if any(burst_set.truth(i).blurred for i in g.photo_ids)]
    assert len(blurred_groups) >= 5
    assert [g.best for g in groups if burst_set.truth(g.best).blurred] == []


def test_blurred_shots_are_told_from_sharp_ones(burst_set: Imported) -> None:
    by_id = {p.id: p for p in burst_set.photos}
    for group in group_similar(burst_set.photos):
        members = [by_id[i] for i in group.photo_ids]
        verdicts = {p.file_name: is_blurred(p, members) for p in members}
        assert verdicts == {p.file_name: burst_set.truth(p.id).blurred for p in members}


def test_similar_command_lists_the_groups_as_json(
    burst_set: Imported, capsys: pytest.CaptureFixture[str]
) -> None:
    from photoapp.cli import main

    assert main(["similar", str(burst_set.project), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    groups = group_similar(burst_set.photos)
    assert [g["best"] for g in listed["groups"]] == [g.best for g in groups]
    by_id = {p.id: p for p in burst_set.photos}
    first = listed["groups"][0]["photos"][0]
    photo = by_id[first["id"]]
    assert set(first) == {"id", "file", "sharpness"}
    assert Path(first["file"]) == burst_set.project.parent / photo.path
    assert first["sharpness"] == pytest.approx(photo.sharpness)
    assert [[p["id"] for p in g["photos"]] for g in listed["groups"]] == [
        list(g.photo_ids) for g in groups
    ]


def test_similar_command_reads_in_the_users_language(
    burst_set: Imported, capsys: pytest.CaptureFixture[str]
) -> None:
    from photoapp.cli import main

    assert main(["--lang", "zh_TW", "similar", str(burst_set.project)]) == 0
    lines = capsys.readouterr().out.splitlines()
    groups = group_similar(burst_set.photos)
    assert (
        lines[0]
        == f"相似相片群組：{len(groups)} 組（共 {sum(len(g.photo_ids) for g in groups)} 張相片）"
    )
    assert lines[1] == "第 1 組："
    best_line = next(line for line in lines if line.strip().startswith("★"))
    assert str(groups[0].best) in best_line
    assert any(line.endswith("（模糊）") or line.endswith("(模糊)") for line in lines)


def test_similar_command_on_a_missing_project_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from photoapp.cli import main

    assert main(["similar", str(tmp_path / "none.photoapp")]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert "none.photoapp" in captured.err


def test_similar_command_on_a_project_without_groups(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    from photoapp.cli import main

    assert main(["similar", str(project.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"groups": []}
    assert main(["similar", str(project.path)]) == 0
    assert capsys.readouterr().out == "No similar photos.\n"
