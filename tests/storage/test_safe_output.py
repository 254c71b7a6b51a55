"""The one guard every writer asks, and atomic writes with the user's permissions."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from photoapp.domain.model import Trip
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.safe_output import (
    OutputFormat,
    TargetProblem,
    UnsafeTargetError,
    remove_stale_temporaries,
    temporary_for,
    write_atomically,
)
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, write_photo


@pytest.fixture
def with_photo(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "trip.photoapp", Trip("x"))
    write_photo(tmp_path / "a.jpg", Exif())
    import_paths(project, [tmp_path / "a.jpg"], ThumbnailCache(tmp_path / "c"))
    yield project  # type: ignore[misc]
    project.close()


def _problem(project: Project, target: Path, kind: OutputFormat, force: bool = False) -> object:
    try:
        project.check_output(target, kind, force=force)
    except UnsafeTargetError as error:
        return error.problem
    return None


def test_the_project_file_is_never_a_target(with_photo: Project, tmp_path: Path) -> None:
    path = with_photo.path
    assert _problem(with_photo, path, OutputFormat.CSV, force=True) is TargetProblem.PROJECT_FILE
    link = tmp_path / "link.csv"
    link.symlink_to(path)
    assert _problem(with_photo, link, OutputFormat.CSV, force=True) is TargetProblem.PROJECT_FILE
    hard = tmp_path / "hard.pdf"
    os.link(path, hard)
    assert _problem(with_photo, hard, OutputFormat.PDF, force=True) is TargetProblem.PROJECT_FILE
    journal = path.with_name(path.name + "-journal")
    assert _problem(with_photo, journal, OutputFormat.CSV) is TargetProblem.PROJECT_FILE
    dotted = tmp_path / "sub" / ".." / "trip.photoapp"
    (tmp_path / "sub").mkdir()
    assert _problem(with_photo, dotted, OutputFormat.DOCX) is TargetProblem.PROJECT_FILE


def test_a_photo_of_the_project_is_never_a_target(with_photo: Project, tmp_path: Path) -> None:
    photo = tmp_path / "a.jpg"
    assert _problem(with_photo, photo, OutputFormat.PDF, force=True) is TargetProblem.PROJECT_PHOTO
    hard = tmp_path / "copy.csv"
    os.link(photo, hard)
    assert _problem(with_photo, hard, OutputFormat.CSV, force=True) is TargetProblem.PROJECT_PHOTO


def test_an_existing_file_of_another_kind_needs_confirming(
    with_photo: Project, tmp_path: Path
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"PK\x03\x04 a zip, not a PDF")
    assert _problem(with_photo, report, OutputFormat.PDF) is TargetProblem.OTHER_FORMAT
    assert _problem(with_photo, report, OutputFormat.PDF, force=True) is None
    pdf = tmp_path / "old.pdf"
    pdf.write_bytes(b"%PDF-1.7\n...")
    assert _problem(with_photo, pdf, OutputFormat.PDF) is None
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    assert _problem(with_photo, notes, OutputFormat.CSV) is TargetProblem.OTHER_FORMAT
    sheet = tmp_path / "captions.csv"
    sheet.write_text("number,file\n")
    assert _problem(with_photo, sheet, OutputFormat.CSV) is None
    docx = tmp_path / "a.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert _problem(with_photo, docx, OutputFormat.DOCX) is None
    assert _problem(with_photo, docx, OutputFormat.ODT) is TargetProblem.OTHER_FORMAT
    empty = tmp_path / "empty.odt"
    empty.touch()
    assert _problem(with_photo, empty, OutputFormat.ODT) is None
    assert _problem(with_photo, tmp_path / "new.odt", OutputFormat.ODT) is None
    assert _problem(with_photo, tmp_path, OutputFormat.ODT) is TargetProblem.IS_FOLDER


def test_written_files_get_the_users_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        target = tmp_path / "new.csv"
        write_atomically(target, b"a")
        assert target.stat().st_mode & 0o777 == 0o644
        shared = tmp_path / "shared.csv"
        shared.write_bytes(b"old")
        shared.chmod(0o664)
        write_atomically(shared, b"new")
        assert shared.stat().st_mode & 0o777 == 0o664 and shared.read_bytes() == b"new"
    finally:
        os.umask(previous)


def test_temporaries_of_a_killed_write_are_removed_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "captions.csv"
    code = (
        "import os, sys; from pathlib import Path;"
        "from photoapp.storage.safe_output import temporary_for;"
        f"t = temporary_for(Path({str(target)!r})); t.write_bytes(b'half');"
        "print(t); sys.stdout.flush(); os.kill(os.getpid(), 9)"
    )
    killed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    left = Path(killed.stdout.strip())
    assert left.exists() and left.name.startswith(".captions.")
    earlier = temporary_for(target)  # an earlier write of this process that failed mid-way
    other_target = temporary_for(tmp_path / "other.csv")
    earlier.write_bytes(b"x")
    other_target.write_bytes(b"x")
    write_atomically(target, b"done")
    assert not left.exists()
    assert target.read_bytes() == b"done"
    assert other_target.exists()  # another file's temporary is none of this write's business
    assert remove_stale_temporaries(tmp_path / "other.csv") == [other_target]
    assert not earlier.exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "captions.csv"
    target.write_bytes(b"old")

    with pytest.raises(TypeError):
        write_atomically(target, 12)  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["captions.csv"]
