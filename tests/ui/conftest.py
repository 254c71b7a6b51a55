"""Fixtures for the Qt layer: a session over a small trip, tasks run synchronously."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from photoapp.domain.model import Person
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.session import ProjectSession
from photoapp.ui.tasks import TaskRunner
from photoapp.ui.thumbnails import ThumbnailProvider
from tests.photos import Exif, write_photo


@pytest.fixture(autouse=True)
def _synchronous_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", True)


@pytest.fixture
def trip_project(project: Project, tmp_path: Path, cache: ThumbnailCache) -> Project:
    """Five photos over two days (one undated), two people; none on a day, none tagged."""
    shots = [
        ("day1/a.jpg", "2017:09:10 10:00:00"),
        ("day1/b.jpg", "2017:09:10 15:00:00"),
        ("day2/c.jpg", "2017:09:11 09:00:00"),
        ("day2/d.jpg", "2017:09:11 11:00:00"),
        ("undated.jpg", None),
    ]
    for index, (name, taken) in enumerate(shots):
        write_photo(tmp_path / "photos" / name, Exif(taken=taken), seed=index, size=(320, 240))
    import_paths(project, [tmp_path / "photos"], cache)
    # Import puts photos on their days; these tests start from photos not yet sorted.
    project.set_days({photo.id: None for photo in project.photos()})
    project.add_person(Person(0, "葉宜津", "副市長", "臺中市政府", "葉副市長"))
    project.add_person(Person(0, "權善宅", "市長", "大田廣域市", "大田市長權善宅"))
    return project


@pytest.fixture
def session(trip_project: Project, qapp: object) -> Iterator[ProjectSession]:
    """A GUI session over the trip project."""
    created = ProjectSession(trip_project)
    yield created
    created.undo_stack.clear()


@pytest.fixture
def thumbnails(cache: ThumbnailCache, qapp: object) -> ThumbnailProvider:
    """A thumbnail provider reading the test's cache."""
    return ThumbnailProvider(cache)
