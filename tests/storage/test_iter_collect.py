"""The streaming folder search: the same files as `collect`, handed out as they are found."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoapp.storage import importer
from photoapp.storage.folders import Listed
from photoapp.storage.importer import ImportBatch, Rejected, RejectReason, collect, iter_collect
from photoapp.storage.project import Project
from tests.photos import Exif, write_photo


def test_iter_collect_finds_what_collect_finds_once(tmp_path: Path) -> None:
    for name in ("b/2.jpg", "a/1.jpg", "3.png", "notes.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    given = [tmp_path, tmp_path / "a" / "1.jpg", tmp_path / "gone.jpg"]
    streamed = list(iter_collect(given))
    files = [f for f in streamed if isinstance(f, Path)]
    rejected = [f for f in streamed if isinstance(f, Rejected)]
    assert files == collect(given)[0]
    assert [f.name for f in files] == ["3.png", "1.jpg", "2.jpg"]  # the named 1.jpg once
    assert {(r.path.name, r.reason) for r in rejected} == {
        ("notes.txt", RejectReason.UNSUPPORTED),
        ("gone.jpg", RejectReason.NOT_FOUND),
    }


def test_the_first_file_comes_before_the_folder_is_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed: list[Path] = []

    def files_below(folder: Path):  # type: ignore[no-untyped-def]
        for index in range(1000):
            listed.append(folder / f"{index}.jpg")
            yield Listed(folder / f"{index}.jpg")

    monkeypatch.setattr(importer, "files_below", files_below)
    monkeypatch.setattr(importer, "is_folder", lambda _path: True)
    first = next(iter_collect([tmp_path]))
    assert first == tmp_path / "0.jpg" and len(listed) == 1


def test_a_batch_planned_in_parts_counts_like_one_plan(project: Project, tmp_path: Path) -> None:
    paths = [tmp_path / f"{i}.jpg" for i in range(3)]
    for index, path in enumerate(paths):
        write_photo(path, Exif(), seed=index)
    batch = ImportBatch(project)
    assert batch.plan(paths[:1]) == paths[:1]
    assert batch.plan(paths[1:], [Rejected(tmp_path / "x", RejectReason.NOT_FOUND)]) == paths[1:]
    assert (batch.total, batch.done, batch.todo) == (3, 0, paths)
    for path in paths:
        batch.accept(importer.analyse(path, importer.ThumbnailCache(tmp_path / "cache")))
    report = batch.finish()
    assert len(report.imported) == 3 and len(report.rejected) == 1
