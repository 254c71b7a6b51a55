"""Issue 14: what lets the window write an import off its GUI thread. Duplicates are looked up
in one query for many files; a deferred ImportBatch hands out full batches to be written
elsewhere and records their ids; a project's `writer` is the same file through a connection of
its own, with the same checks and typed errors."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from photoapp.storage.errors import ProjectLockedError, ProjectReadOnlyError
from photoapp.storage.importer import Duplicate, ImportBatch, analyse, import_paths
from photoapp.storage.project import Change, Event, NewPhoto, Project, photo_order
from photoapp.storage.thumbnails import ThumbnailCache
from tests.conditions import locked
from tests.photos import Exif, write_photo


def _photos(folder: Path, count: int, first: int = 0) -> list[Path]:
    return [
        write_photo(
            folder / f"IMG_{index:04d}.jpg",
            Exif(taken=f"2017:09:12 10:{index % 60:02d}:{index // 60:02d}"),
            seed=index,
            size=(64, 48),
        )
        for index in range(first, first + count)
    ]


def _statements(project: Project) -> list[str]:
    seen: list[str] = []
    project.connection.set_trace_callback(seen.append)
    return seen


def test_found_files_are_looked_up_in_one_query(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    known = _photos(tmp_path / "in", 5)
    import_paths(project, known, cache)
    new = _photos(tmp_path / "in", 60, first=5)
    seen = _statements(project)
    batch = ImportBatch(project)
    to_read = batch.plan([*known, *new])
    project.connection.set_trace_callback(None)
    assert to_read == new
    assert [d.path for d in batch.report.duplicates] == known
    assert {d.existing_id for d in batch.report.duplicates} == {p.id for p in project.photos()}
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 1


def test_analysed_files_are_checked_for_duplicates_in_one_query(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    paths = _photos(tmp_path / "in", 40)
    import_paths(project, paths[:3], cache)
    copies = []  # the same content as three photos of the project, under other names
    for path in paths[:3]:
        copies.append(tmp_path / "copies" / path.name)
        copies[-1].parent.mkdir(exist_ok=True)
        copies[-1].write_bytes(path.read_bytes())
    batch = ImportBatch(project, [*copies, *paths[3:]])
    results = [analyse(path, cache) for path in batch.todo]
    batch.deferred = True
    seen = _statements(project)
    batch.accept_all(results)
    project.connection.set_trace_callback(None)
    assert len([s for s in seen if "sha256 IN" in s]) == 1 and not any("INSERT" in s for s in seen)
    assert [d.path for d in batch.report.duplicates] == copies
    assert batch.pending() == 37


def test_a_deferred_batch_hands_out_full_batches_and_records_their_ids(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    paths = _photos(tmp_path / "in", 40)
    batch = ImportBatch(project, paths)
    batch.deferred = True
    batch.accept_all([analyse(path, cache) for path in paths])
    assert project.photos() == [] and batch.pending() == 40
    first = batch.take()
    assert len(first) == 32 and batch.take() == [] and batch.pending() == 8
    rest = batch.take(all_of_it=True)
    assert len(rest) == 8 and batch.pending() == 0
    # Written elsewhere (here: directly), in the order taken; one was in the project meanwhile.
    ids = project.add_photos(first)
    added = batch.added(first, ids)
    assert added == ids and batch.report.imported == list(zip(paths[:32], ids, strict=True))
    twin = project.photo_id_for(sha256=first[0].sha256)
    batch.added(rest[:1], [None])
    assert batch.report.duplicates == [Duplicate(rest[0].path, None)]
    assert twin is not None
    report = batch.finish()
    assert len(report.imported) == 32 and not report.cancelled


def test_a_writer_is_the_same_file_on_a_connection_of_its_own(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    paths = _photos(tmp_path / "in", 3)
    news = [analyse(path, cache) for path in paths]
    assert all(isinstance(n, NewPhoto) for n in news)
    events: list[Event] = []
    project.subscribe(events.append)
    writer = project.writer()
    try:
        assert writer.connection is not project.connection
        done: list[list[int | None]] = []
        thread = threading.Thread(target=lambda: done.append(writer.add_photos(news)))  # type: ignore[arg-type]
        thread.start()
        thread.join()
        ids = [pid for pid in done[0] if pid is not None]
        assert len(ids) == 3 and events == []  # the writer has no listeners…
        assert {p.id for p in project.photos()} == set(ids)  # …the project sees its commits
        assert all(p.day_id is not None for p in project.photos())  # on their day
        project.announce(Change.PHOTOS, ids)  # whoever wrote tells the project's listeners
        assert events == [Event(Change.PHOTOS, tuple(ids))]
    finally:
        writer.close()


def test_a_writer_meets_the_same_failures_as_the_project(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    news = [analyse(path, cache) for path in _photos(tmp_path / "in", 2)]
    project.connection.execute("PRAGMA busy_timeout = 50")
    writer = project.writer()
    try:
        assert writer.connection.execute("PRAGMA busy_timeout").fetchone()[0] == 50
        with locked(project.path, "IMMEDIATE"), pytest.raises(ProjectLockedError):
            writer.add_photos(news)  # type: ignore[arg-type]
    finally:
        writer.close()
    assert project.photos() == []
    read_only = Project.open(project.path, read_only=True, backup=False)
    with pytest.raises(ProjectReadOnlyError):
        read_only.writer()
    read_only.close()


def test_photo_order_is_the_stores_order(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    _photos(tmp_path / "in", 12)
    write_photo(tmp_path / "in" / "undated.jpg", Exif(taken=None), seed=99, size=(64, 48))
    import_paths(project, [tmp_path / "in"], cache)
    photos = project.photos()
    assert len(photos) == 13 and photos == sorted(photos, key=photo_order)
    assert photos[-1].taken is None


def test_an_edit_during_a_writers_transaction_waits_for_just_that_transaction(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    import_paths(project, _photos(tmp_path / "in", 1), cache)
    photo = project.photos()[0]
    writer = project.writer()
    inside, leave = threading.Event(), threading.Event()

    def write() -> None:
        with writer.transaction() as db:
            db.execute("UPDATE photo SET caption = 'writer' WHERE id = ?", (photo.id,))
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert inside.wait(5)
        threading.Timer(0.3, leave.set).start()
        started = time.perf_counter()
        project.set_caption(photo.id, "窗口")  # waits its turn, then writes
        waited = time.perf_counter() - started
    finally:
        leave.set()
        thread.join()
        writer.close()
    assert project.photo(photo.id).caption == "窗口"
    assert 0.25 < waited < 0.3 + 0.5  # woken as it ended (slack for a loaded CI machine)
