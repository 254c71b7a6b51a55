"""Issue 14's responsiveness: the window's import writes the project on a thread of its own,
through a connection of its own, batch after batch in order; the GUI thread records the ids
and tells the views. A write that fails stops the import as before (nothing after it written,
the reason shown); cancel keeps what was written; the report and the undo step are whole."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from photoapp.storage.errors import DiskFullError
from photoapp.storage.importer import ImportReport, import_paths
from photoapp.storage.project import NewPhoto, Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.ui.main_window import MainWindow
from photoapp.ui.session import ProjectSession
from photoapp.ui.tasks import TaskRunner
from tests.photos import Exif, write_photo

COUNT = 70  # five batches of the writer's 16


@pytest.fixture
def real_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TaskRunner, "synchronous", False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """COUNT small photos, one a minute on 12 September (a day of the project's trip)."""
    for index in range(COUNT):
        taken = f"2017:09:12 {8 + index // 60:02d}:{index % 60:02d}:00"
        write_photo(tmp_path / "in" / f"IMG_{index:04d}.jpg", Exif(taken=taken), seed=index,
                    size=(96, 72))  # fmt: skip
    return tmp_path / "in"


def _window(qtbot: QtBot, project: Project, cache: ThumbnailCache) -> MainWindow:
    window = MainWindow(project, cache)
    qtbot.addWidget(window)
    window.show()
    return window


def _writes_seen(monkeypatch: pytest.MonkeyPatch) -> list[tuple[threading.Thread, int]]:
    """Every add_photos: the thread that ran it and how many photos it was given."""
    seen: list[tuple[threading.Thread, int]] = []
    real = Project.add_photos

    def add_photos(self: Project, photos: Sequence[NewPhoto]) -> list[int | None]:
        seen.append((threading.current_thread(), len(photos)))
        return real(self, photos)

    monkeypatch.setattr(Project, "add_photos", add_photos)
    return seen


def _import(qtbot: QtBot, window: MainWindow, folder: Path) -> ImportReport:
    reports: list[ImportReport] = []
    window.importer.finished.connect(reports.append)
    window.import_paths([folder])
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    return reports[0]


def test_the_window_writes_on_a_thread_of_its_own_and_reports_every_photo(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, project, cache)
    seen = _writes_seen(monkeypatch)
    report = _import(qtbot, window, folder)
    assert not window.importer.running and not report.cancelled
    assert all(thread is not threading.main_thread() for thread, _ in seen)
    assert sum(n for _, n in seen) == COUNT and max(n for _, n in seen) <= 16
    assert not report.rejected and not report.duplicates
    # Every photo reported is the project's, under its id; none is missing from the report.
    stored = {project.resolve(p): p.id for p in project.photos()}
    assert dict(report.imported) == stored and len(report.imported) == COUNT
    # The views heard of every batch (the grid shows them all), on their day.
    assert window.workspace is not None
    assert window.workspace.photo_model.rowCount() == COUNT
    assert window.session is not None
    assert window.session.all_photos() == project.photos()
    assert all(p.day_id is not None for p in project.photos())
    # One undo step takes the import away, and redo brings it back.
    window.session.undo_stack.undo()
    assert project.photos() == []
    window.session.undo_stack.redo()
    assert len(project.photos()) == COUNT


def test_the_window_never_reads_the_photos_it_imports_they_come_with_each_batch(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    folder: Path,
) -> None:
    """Read on the GUI thread, a batch's photos waited for the file's lock while the writer
    committed the next batch (rollback journal: readers wait for a commit): the writer reads
    them back itself, right after its commit, and the announcement carries them."""
    window = _window(qtbot, project, cache)
    assert window.session is not None and window.workspace is not None
    window.session.all_photos()  # (read once before: the grid shows the project)
    statements: list[str] = []
    project.connection.set_trace_callback(statements.append)  # the window's own connection
    try:
        report = _import(qtbot, window, folder)
    finally:
        project.connection.set_trace_callback(None)
    assert len(report.imported) == COUNT
    assert not [s for s in statements if "FROM photo_person" in s]  # (how photos are read)
    # What the views were told is what the file has: every photo, every field.
    assert window.session.all_photos() == project.photos()
    assert window.workspace.photo_model.rowCount() == COUNT


def test_the_window_reads_the_people_days_trip_and_appendix_once_not_at_every_batch(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    folder: Path,
) -> None:
    """Every batch's update made the views read them again, ten reads on the window's
    connection, each waiting for the file while the writer committed the next batch (15-20 ms
    of an update): they are kept until the window's own next edit, which an import is not."""
    window = _window(qtbot, project, cache)
    statements: list[str] = []
    project.connection.set_trace_callback(statements.append)
    try:
        report = _import(qtbot, window, folder)
    finally:
        project.connection.set_trace_callback(None)
    assert len(report.imported) == COUNT
    for table in ("person", "day", "trip", "appendix"):
        reads = [s for s in statements if f"FROM {table} " in s + " "]
        assert len(reads) <= 1, (table, len(reads))


def test_the_found_files_paths_are_resolved_by_the_search_not_on_the_gui_thread(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Looked up in the project by their resolved paths: a few stat calls a file, 20-50 ms
    for 300 files, done on the GUI thread as the drop's tiles were being shown."""
    window = _window(qtbot, project, cache)
    files = set(folder.iterdir())
    on_gui: list[Path] = []
    real = Path.resolve

    def resolve(self: Path, strict: bool = False) -> Path:
        if self in files and threading.current_thread() is threading.main_thread():
            on_gui.append(self)

        return real(self, strict)

    monkeypatch.setattr(Path, "resolve", resolve)
    report = _import(qtbot, window, folder)
    assert len(report.imported) == COUNT
    assert on_gui == []
    again = _import(qtbot, window, folder)  # found again: known by their stored paths
    assert len(again.duplicates) == COUNT and not again.imported


def test_the_report_is_the_one_the_command_line_gives(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    folder: Path,
    tmp_path: Path,
) -> None:
    window = _window(qtbot, project, cache)
    report = _import(qtbot, window, folder)
    again = _import(qtbot, window, folder)  # every file is in the project now
    other = Project.create(tmp_path / "other.photoapp", project.trip())
    cli = import_paths(other, [folder], cache)
    assert sorted(p for p, _ in report.imported) == sorted(p for p, _ in cli.imported)
    assert report.rejected == cli.rejected == [] and report.warnings == cli.warnings
    assert sorted(d.path for d in again.duplicates) == sorted(p for p, _ in report.imported)
    assert {d.existing_id for d in again.duplicates} == {pid for _, pid in report.imported}
    other.close()


def test_a_write_that_fails_mid_import_stops_it_nothing_after_it_is_written(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, project, cache)
    real = Project.add_photos
    calls: list[int] = []

    def add_photos(self: Project, photos: Sequence[NewPhoto]) -> list[int | None]:
        calls.append(len(photos))
        if len(calls) == 2:  # the second batch: the disk is full
            raise DiskFullError(self.path, "database or disk is full")
        return real(self, photos)

    monkeypatch.setattr(Project, "add_photos", add_photos)
    failures: list[object] = []
    window.importer.write_failed.connect(failures.append)
    report = _import(qtbot, window, folder)
    assert report.cancelled and not window.importer.running
    assert len(report.imported) == calls[0] == 16  # the first batch, and nothing after
    assert len(project.photos()) == 16 and len(calls) == 2
    assert dict(report.imported) == {project.resolve(p): p.id for p in project.photos()}
    assert len(failures) == 1 and isinstance(failures[0], DiskFullError)
    assert window.banner.isVisible() and "“Import photos”" in window.banner.text()
    assert window.workspace is not None and window.workspace.photo_model.pending_count() == 0
    # The undo step takes away exactly what was added.
    assert window.session is not None
    window.session.undo_stack.undo()
    assert project.photos() == []


def test_cancel_while_a_batch_is_being_written_keeps_it_and_ends_at_once(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, project, cache)
    real = Project.add_photos
    writing, release = threading.Event(), threading.Event()

    def add_photos(self: Project, photos: Sequence[NewPhoto]) -> list[int | None]:
        writing.set()
        release.wait(10)
        return real(self, photos)

    monkeypatch.setattr(Project, "add_photos", add_photos)
    reports: list[ImportReport] = []
    window.importer.finished.connect(reports.append)
    window.import_paths([folder])
    qtbot.waitUntil(writing.is_set, timeout=30_000)
    threading.Timer(0.2, release.set).start()  # the write ends while cancel waits for it
    window.importer.cancel()
    assert not window.importer.running and len(reports) == 1  # ended within cancel
    report = reports[0]
    assert report.cancelled and len(report.imported) >= 16
    assert dict(report.imported) == {project.resolve(p): p.id for p in project.photos()}
    assert window.workspace is not None and window.workspace.photo_model.pending_count() == 0
    assert window.workspace.photo_model.rowCount() == len(report.imported)


def test_a_project_locked_by_another_program_stops_the_threaded_import(
    qtbot: QtBot,
    real_threads: None,
    project: Project,
    cache: ThumbnailCache,
    folder: Path,
) -> None:
    from tests.conditions import locked

    window = _window(qtbot, project, cache)
    project.connection.execute("PRAGMA busy_timeout = 50")  # the writer waits as long
    failures: list[object] = []
    window.importer.write_failed.connect(failures.append)
    with locked(project.path, "IMMEDIATE"):
        report = _import(qtbot, window, folder)
    assert report.cancelled and report.imported == [] and project.photos() == []
    assert len(failures) == 1 and "another program" in window.banner.text()


def test_the_sessions_photos_follow_edits_reading_only_the_photos_edited(
    session: ProjectSession, cache: ThumbnailCache, tmp_path: Path
) -> None:
    project = session.project
    assert session.all_photos() == project.photos()
    photo = project.photos()[1]
    read: list[str] = []
    project.connection.set_trace_callback(read.append)
    session.set_caption(photo.id, "市政府拜會")
    project.connection.set_trace_callback(None)
    photos = session.all_photos()
    assert photos == project.photos() and photos[1].caption == "市政府拜會"
    assert not any(s.startswith("SELECT * FROM photo ORDER BY") for s in read)  # not all
    session.assign_day([photo.id], project.days()[0].id)
    assert session.all_photos() == project.photos()
    # Photos added in the middle of the others' times, and an undated one: in the store's order.
    write_photo(tmp_path / "more" / "early.jpg", Exif(taken="2017:09:10 12:00:00"), seed=70)
    write_photo(tmp_path / "more" / "undated.jpg", Exif(taken=None), seed=71)
    import_paths(project, [tmp_path / "more"], cache)
    assert session.all_photos() == project.photos()
    session.delete_photos([photo.id])
    assert session.all_photos() == project.photos()
    session.undo_stack.undo()
    assert session.all_photos() == project.photos()


def test_the_writer_gives_way_while_the_user_edits_but_not_for_ever(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from types import SimpleNamespace

    from photoapp.ui import import_controller

    monkeypatch.setattr(import_controller, "_GIVE_WAY_PAUSE_S", 0.2)
    monkeypatch.setattr(import_controller, "_GIVE_WAY_MAX_S", 0.6)
    user = SimpleNamespace(edited_at=time.monotonic())  # an edit just now
    halted, hurry = threading.Event(), threading.Event()
    write = import_controller._Write(
        None,
        [],
        halted,
        None,
        user,
        hurry,  # type: ignore[arg-type]
    )
    started = time.monotonic()
    write._give_way()  # waits for a pause of 0.2 s
    assert 0.18 < time.monotonic() - started < 1.0
    editing = threading.Event()

    def keep_editing() -> None:
        while not editing.is_set():
            user.edited_at = time.monotonic()
            time.sleep(0.03)

    typist = threading.Thread(target=keep_editing)
    typist.start()
    try:
        started = time.monotonic()
        write._give_way()  # no pause comes: it writes after 0.6 s all the same
        assert 0.55 < time.monotonic() - started < 2.0
        threading.Timer(0.1, hurry.set).start()
        started = time.monotonic()
        write._give_way()  # the import is ending (cancel waits for it): at once
        assert time.monotonic() - started < 0.55  # not the 0.6 s of giving way
    finally:
        editing.set()
        typist.join()
