"""The command line never writes over what it must not, and names every failure's cause and
file in one line (read-only, full disk, in use, a reader that went away)."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from photoapp.cli import main
from photoapp.domain.model import Trip
from photoapp.storage.project import Project
from tests.photos import Exif, write_photo
from tests.storage.mounts import remount, tmpfs


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run the command in this process (a fresh one costs seconds on a loaded machine)."""

    def call(*args: str | Path) -> Result:
        capsys.readouterr()
        code = main(["--lang", "en", *map(str, args)])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return call


@pytest.fixture
def trip(tmp_path: Path, run: Callable[..., Result]) -> Path:
    path = tmp_path / "trip.photoapp"
    assert run("new", path, "--title", "大田").returncode == 0
    write_photo(tmp_path / "相片" / "a.jpg", Exif(taken="2017:09:11 10:00:00"))
    write_photo(tmp_path / "相片" / "b.jpg", Exif(taken="2017:09:11 11:00:00"), seed=2)
    assert run("import", path, tmp_path / "相片").returncode == 0
    return path


def _one_line(result: Result) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("photoapp: "), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    return lines[0]


def test_captions_export_refuses_the_project_and_its_photos(
    run: Callable[..., Result], trip: Path, tmp_path: Path
) -> None:
    before = trip.read_bytes()
    line = _one_line(run("captions", trip, "--export", trip, "--force"))
    assert str(trip) in line and "project file itself" in line
    assert trip.read_bytes() == before
    photo = tmp_path / "相片" / "a.jpg"
    photo_before = photo.read_bytes()
    line = _one_line(run("captions", trip, "--export", photo))
    assert "photo of this project" in line and photo.read_bytes() == photo_before


def test_an_existing_file_of_another_kind_needs_force(
    run: Callable[..., Result], trip: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes", encoding="utf-8")
    line = _one_line(run("captions", trip, "--export", notes))
    assert "--force" in line and notes.read_text(encoding="utf-8") == "my notes"
    assert run("captions", trip, "--export", notes, "--force").returncode == 0
    assert notes.read_text(encoding="utf-8-sig").startswith("number,file")
    report = tmp_path / "report.pdf"
    report.write_bytes(b"PK\x03\x04 the real report, zipped")
    line = _one_line(run("export", trip, "-o", report))
    assert "--force" in line and report.read_bytes().startswith(b"PK")


def test_new_wants_the_suffix_and_export_never_replaces_the_project(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    line = _one_line(run("new", tmp_path / "report.docx", "--title", "x"))
    assert ".photoapp" in line and not (tmp_path / "report.docx").exists()
    legacy = tmp_path / "report.docx"  # a project an older photoapp let be named so
    project = Project.create(legacy, Trip("x"))
    project.close()
    before = legacy.read_bytes()
    line = _one_line(run("export", legacy, "-o", legacy, "--force"))
    assert "project file itself" in line and legacy.read_bytes() == before


def test_captions_file_gets_the_users_permissions(
    run: Callable[..., Result], trip: Path, tmp_path: Path
) -> None:
    previous = os.umask(0o022)
    try:
        sheet = tmp_path / "captions.csv"
        assert run("captions", trip, "--export", sheet).returncode == 0
        assert sheet.stat().st_mode & 0o777 == 0o644
        sheet.chmod(0o644)
        assert run("captions", trip, "--export", sheet).returncode == 0
        assert sheet.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(previous)


def test_a_reader_that_goes_away_is_not_an_error(run: Callable[..., Result], trip: Path) -> None:
    env = {**os.environ, "LANGUAGE": "", "LC_ALL": ""}
    process = subprocess.Popen(
        [sys.executable, "-m", "photoapp", "info", str(trip)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head -0` does
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert stderr == ""


def test_info_shows_control_characters_escaped(run: Callable[..., Result], trip: Path) -> None:
    project = Project.open(trip)
    project.set_caption(project.photos()[0].id, "合影\x1b[2J\x1b]0;pwned\x07\u202egnp.exe")
    project.close()
    result = run("info", trip)
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\u202e" not in result.stdout
    assert "合影\\x1b[2J\\x1b]0;pwned\\x07\\u202egnp.exe" in result.stdout


def test_pillows_warnings_stay_off_the_terminal(
    run: Callable[..., Result], trip: Path, tmp_path: Path
) -> None:
    # IFD0 names a Make tag whose data lies past the end: Pillow warns "Tag data larger than
    # file" on stderr while reading it.
    ifd = b"II*\x00\x08\x00\x00\x00" + struct.pack("<H", 1)
    ifd += struct.pack("<HHII", 0x010F, 2, 50, 200) + b"\x00\x00\x00\x00"
    data = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 10, 10)).save(data, "JPEG", exif=b"Exif\x00\x00" + ifd)
    (tmp_path / "odd.jpg").write_bytes(data.getvalue())
    result = run("import", trip, tmp_path / "odd.jpg")
    assert result.returncode == 0 and result.stderr == ""


def test_a_read_only_project_is_named_with_its_cause(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "medium") as medium:
        path = medium / "trip.photoapp"
        assert run("new", path, "--title", "x").returncode == 0
        remount(medium, read_only=True)
        try:
            assert json.loads(run("trip", path, "--json").stdout)["title"] == "x"
            line = _one_line(run("trip", path, "--title", "y"))
            assert str(path) in line and "read-only" in line
        finally:
            remount(medium, read_only=False)


def test_a_full_disk_names_the_file_and_how_many_photos_got_in(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    folder = tmp_path / "相片"
    for index in range(60):
        write_photo(folder / f"{index:02}.jpg", Exif(taken="2017:09:11 10:00:00"), seed=index)
    with tmpfs(tmp_path / "small", size="160k") as small:
        path = small / "trip.photoapp"
        assert run("new", path, "--title", "x").returncode == 0
        # Fill the disk but for a little room: the import runs out part way.
        filler = small / "filler"
        free = os.statvfs(small).f_bavail * os.statvfs(small).f_frsize
        filler.write_bytes(b"\0" * max(0, free - 32 * 1024))
        line = _one_line(run("import", path, folder))
        assert str(path) in line and "disk is full" in line and "added before it stopped" in line
        added = int(line.split("stopped: ")[1].split()[0])
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert raw.execute("SELECT count(*) FROM photo").fetchone()[0] == added
        raw.close()
        assert added < 60  # 32 here with SQLite 3.40
        with open(filler, "ab", buffering=0) as more, pytest.raises(OSError):  # now full
            while True:
                more.write(b"\0" * 4096)
        sheet = small / "captions.csv"
        line = _one_line(run("captions", path, "--export", sheet))
        assert line == f"photoapp: {sheet}: the disk is full"
        assert sorted(p.name for p in small.iterdir()) == ["filler", "trip.photoapp"]


def test_a_project_in_use_says_so(run: Callable[..., Result], trip: Path) -> None:
    other = sqlite3.connect(trip, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program writing, for longer than we wait
    try:
        line = _one_line(run("info", trip))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "in use by another program" in line and str(trip) in line


def test_backups_are_listed_and_restored(
    run: Callable[..., Result], trip: Path, tmp_path: Path
) -> None:
    # Opening backs up each new state: before the import (by `import`), after it (`trip`).
    assert run("trip", trip, "--title", "改過").returncode == 0
    assert run("info", trip).returncode == 0
    listed = json.loads(run("backups", trip, "--json").stdout)
    assert [row["number"] for row in listed] == [1, 2, 3]
    assert [(row["title"], row["photos"]) for row in listed] == [
        ("改過", 2), ("大田", 2), ("大田", 0)
    ]  # fmt: skip
    text = run("backups", trip).stdout
    assert "大田: 2 photos, 0 captions, 0 people" in text
    restored = tmp_path / "restored.photoapp"
    result = run("backups", trip, "--restore", "2", "-o", restored)
    assert result.returncode == 0, result.stderr
    assert json.loads(run("trip", restored, "--json").stdout)["title"] == "大田"
    info = json.loads(run("info", restored, "--json").stdout)
    assert not any(photo["missing"] for photo in info["photos"])
    line = _one_line(run("backups", trip, "--restore", "1", "-o", trip))
    assert "already exists" in line


def test_a_killed_exports_temporary_goes_with_the_next_export(
    run: Callable[..., Result], trip: Path, tmp_path: Path
) -> None:
    project = Project.open(trip)
    project.set_appendix([p.id for p in project.photos()])
    project.close()
    target = tmp_path / "附錄.pdf"
    code = (
        "import os, sys; from pathlib import Path;"
        "from photoapp.export.files import temporary_for;"
        f"t = temporary_for(Path({str(target)!r})); t.write_bytes(b'%PDF-half');"
        "print(t); sys.stdout.flush(); os.kill(os.getpid(), 9)"
    )
    killed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    left = Path(killed.stdout.strip())
    assert left.exists() and left.name.startswith(".附錄.")
    target.write_bytes(b"%PDF-1.7 an older export")
    target.chmod(0o640)
    result = run("export", trip, "-o", target)
    assert result.returncode == 0, result.stderr
    assert not left.exists()
    assert target.read_bytes().startswith(b"%PDF-") and target.stat().st_size > 1000
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
