"""One bad file never stops an import: each hostile file is rejected with its reason, the rest
import, and nothing hangs, recurses itself to death or reads forever."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from photoapp.domain.capture_time import CaptureTime
from photoapp.storage import clock
from photoapp.storage.exif import MetadataWarning
from photoapp.storage.importer import RejectReason, analyse, collect, import_paths
from photoapp.storage.memory import MemoryBudget
from photoapp.storage.photo_file import printable
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, photo_bytes, write_bytes, write_photo

TAKEN = "2017:09:11 09:47:00"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file system features")


def _folder_with_good_photo(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "相片"
    good = write_photo(folder / "good.jpg", Exif(taken=TAKEN))
    return folder, good


def _reasons(report: object) -> dict[str, RejectReason]:
    return {r.path.name: r.reason for r in report.rejected}  # type: ignore[attr-defined]


@posix_only
def test_a_name_that_is_not_utf8_is_rejected_and_the_rest_imported(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    folder, good = _folder_with_good_photo(tmp_path)
    bad = Path(os.fsdecode(os.fsencode(folder) + b"/\xb7\xd3\xa4\xf9.jpg"))  # Big5 bytes
    write_bytes(bad, photo_bytes(Exif(taken=TAKEN), seed=4))
    report = import_paths(project, [folder], cache)
    assert [path for path, _ in report.imported] == [good]
    assert [r.reason for r in report.rejected] == [RejectReason.BAD_NAME]
    shown = printable(report.rejected[0].path)
    assert shown.endswith("/\ufffdӤ\ufffd.jpg") and shown.encode("utf-8")
    # Named explicitly, it is refused the same way rather than breaking the import.
    again = import_paths(project, [bad, good], cache)
    assert [r.reason for r in again.rejected] == [RejectReason.BAD_NAME]


def test_a_date_at_the_end_of_the_calendar_is_an_unreadable_date(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    folder, _ = _folder_with_good_photo(tmp_path)
    write_photo(folder / "end.jpg", Exif(taken="9999:12:31 23:59:59", offset="-12:00"), seed=2)
    report = import_paths(project, [folder], cache)
    assert len(report.imported) == 2 and not report.rejected
    assert report.warnings == [(folder / "end.jpg", MetadataWarning.DATE_UNREADABLE)]
    assert {p.file_name: p.taken is None for p in project.photos()} == {
        "good.jpg": False,
        "end.jpg": True,
    }


def test_a_project_already_holding_such_a_date_still_assigns_days_and_corrects_clocks(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    """Projects imported before the fix keep the date; placing it must not crash."""
    folder, _ = _folder_with_good_photo(tmp_path)
    import_paths(project, [folder], cache)
    photo = project.photos()[0]
    db = sqlite3.connect(project.path)
    db.execute(
        "UPDATE photo SET taken_at = '9999-12-31T23:59:59', utc_offset = -720,"
        " camera_model = 'X' WHERE id = ?",
        (photo.id,),
    )
    db.commit()
    db.close()
    assert project.photos()[0].taken == CaptureTime.from_iso("9999-12-31T23:59:59-12:00")
    assert project.day_assignment() == {photo.id: None}
    plan = clock.plan_correction(project, 3600, camera="X")
    assert all(move.after is None for move in plan.moves)
    plan.apply(project)
    assert project.clock_shifts().by_camera == {"X": 3600}


def test_subseconds_in_superscript_digits_are_ignored(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    folder, _ = _folder_with_good_photo(tmp_path)
    data = photo_bytes(Exif(taken=TAKEN, subsec="QQ"), seed=3)
    assert data.count(b"QQ\x00") == 1
    write_bytes(folder / "sup.jpg", data.replace(b"QQ\x00", "²".encode() + b"\x00"))
    report = import_paths(project, [folder], cache)
    assert len(report.imported) == 2 and not report.rejected
    assert all(p.taken is not None and p.taken.local.microsecond == 0 for p in project.photos())


@posix_only
def test_symlink_loops_inside_a_folder(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    folder, good = _folder_with_good_photo(tmp_path)
    (folder / "again").symlink_to(folder)  # a folder that contains itself
    (folder / "self.jpg").symlink_to(folder / "self.jpg")
    (folder / "a.jpg").symlink_to(folder / "b.jpg")
    (folder / "b.jpg").symlink_to(folder / "a.jpg")
    report = import_paths(project, [folder], cache)
    assert [path for path, _ in report.imported] == [good]
    assert _reasons(report) == {
        "a.jpg": RejectReason.UNREADABLE,
        "b.jpg": RejectReason.UNREADABLE,
        "self.jpg": RejectReason.UNREADABLE,
        "again": RejectReason.NOT_REGULAR,
    }


def test_a_folder_1200_levels_deep(project: Project, cache: ThumbnailCache, tmp_path: Path) -> None:
    folder, good = _folder_with_good_photo(tmp_path)
    try:
        _deep_folder(folder, 1200, photo_bytes(Exif(taken=TAKEN), seed=7))
        report = import_paths(project, [folder], cache)
    finally:
        _remove_deep_folder(folder)  # pytest's own clean-up recurses, and would fail
    assert good in [path for path, _ in report.imported]
    deep = [p for p, _ in report.imported if p.name == "deep.jpg"]
    assert len(deep) == 1 and deep[0].parts.count("d") == 1200
    assert not report.rejected


def _deep_folder(folder: Path, depth: int, data: bytes) -> None:
    """`folder/d/d/…/d/deep.jpg`, built with relative steps (no call sees the whole path)."""
    here = os.getcwd()
    os.chdir(folder)
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("deep.jpg").write_bytes(data)
    finally:
        os.chdir(here)


def _remove_deep_folder(folder: Path) -> None:
    """Remove `folder/d/d/…` however deep it got, without recursion."""
    here = os.getcwd()
    os.chdir(folder)
    depth = 0
    try:
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for _ in range(depth):
            for name in os.listdir("."):
                if name != "d":
                    os.unlink(name)
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


@posix_only
def test_a_fifo_in_a_folder_does_not_hang(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    folder, good = _folder_with_good_photo(tmp_path)
    os.mkfifo(folder / "pipe.jpg")
    os.mkfifo(folder / "no-extension")
    started = time.monotonic()
    report = import_paths(project, [folder, folder / "pipe.jpg"], cache)
    assert time.monotonic() - started < 10
    assert [path for path, _ in report.imported] == [good]
    assert [r.reason for r in report.rejected] == [RejectReason.NOT_REGULAR] * 2
    assert {r.path.name for r in report.rejected} == {"pipe.jpg", "no-extension"}


@posix_only
def test_a_jpg_that_is_a_symlink_to_dev_zero_is_not_read(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    folder, good = _folder_with_good_photo(tmp_path)
    (folder / "zero.jpg").symlink_to("/dev/zero")
    (folder / "random.jpg").symlink_to("/dev/urandom")
    report = import_paths(project, [folder], cache)
    assert [path for path, _ in report.imported] == [good]
    assert _reasons(report) == {
        "zero.jpg": RejectReason.NOT_REGULAR,
        "random.jpg": RejectReason.NOT_REGULAR,
    }


def test_a_file_over_the_size_limit_is_refused_before_reading(
    project: Project, cache: ThumbnailCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, good = _folder_with_good_photo(tmp_path)
    huge = folder / "video.jpg"
    with huge.open("wb") as stream:  # sparse: 2 GB that take no disk
        stream.truncate(2 << 30)
    report = import_paths(project, [folder], cache)
    assert [path for path, _ in report.imported] == [good]
    assert _reasons(report) == {"video.jpg": RejectReason.FILE_TOO_BIG}


def test_any_exception_while_reading_one_file_rejects_only_that_file(
    project: Project, cache: ThumbnailCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photoapp.storage import importer

    folder, good = _folder_with_good_photo(tmp_path)
    write_photo(folder / "crafted.jpg", Exif(taken=TAKEN, make="CRASH"), seed=8)
    real = importer.read_metadata

    def fragile(source: object, image: object) -> object:
        metadata = real(source, image)  # type: ignore[arg-type]
        if metadata.camera_make == "CRASH":
            raise KeyError("a parser's bug")
        return metadata

    monkeypatch.setattr(importer, "read_metadata", fragile)
    report = import_paths(project, [folder], cache)
    assert [path for path, _ in report.imported] == [good]
    assert [(r.path.name, r.reason) for r in report.rejected] == [
        ("crafted.jpg", RejectReason.FAILED)
    ]
    assert "KeyError" in report.rejected[0].detail


def test_a_file_stuck_past_its_time_limit_is_given_up(
    project: Project, cache: ThumbnailCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parser stuck where it cannot check the clock: the import goes on without the file."""
    from photoapp.storage import importer

    folder, good = _folder_with_good_photo(tmp_path)
    write_photo(folder / "stuck.jpg", Exif(taken=TAKEN, make="HANG"), seed=9)
    real = importer.read_metadata
    release = threading.Event()

    def hanging(source: object, image: object) -> object:
        metadata = real(source, image)  # type: ignore[arg-type]
        if metadata.camera_make == "HANG":
            release.wait(60)
        return metadata

    monkeypatch.setattr(importer, "read_metadata", hanging)
    started = time.monotonic()
    try:
        report = import_paths(project, [folder], cache, time_limit=0.5)
    finally:
        release.set()
    assert time.monotonic() - started < 5
    assert [path for path, _ in report.imported] == [good]
    assert _reasons(report) == {"stuck.jpg": RejectReason.TIMED_OUT}
    assert not report.cancelled


def test_slow_reading_stops_itself_at_the_deadline(cache: ThumbnailCache, tmp_path: Path) -> None:
    from photoapp.storage.photo_file import Deadline

    path = write_photo(tmp_path / "a.jpg", Exif(taken=TAKEN))
    expired = Deadline(0.0)
    time.sleep(0.01)
    result = analyse(path, cache, expired)
    assert getattr(result, "reason", None) == RejectReason.TIMED_OUT


def test_files_without_an_extension_are_recognised_by_content(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    folder, good = _folder_with_good_photo(tmp_path)
    jpeg = write_bytes(folder / "IMG-20170911-WA0001", photo_bytes(Exif(taken=TAKEN), seed=11))
    png = write_bytes(folder / "screenshot", photo_bytes(Exif(), seed=12, image_format="PNG"))
    write_bytes(folder / "README", b"not a photo at all\n")
    write_bytes(folder / "empty", b"")
    files, rejected = collect([folder])
    assert set(files) == {good, jpeg, png}
    assert {r.path.name: r.reason for r in rejected} == {
        "README": RejectReason.UNSUPPORTED,
        "empty": RejectReason.UNSUPPORTED,
    }
    report = import_paths(project, [folder], cache)
    assert {path for path, _ in report.imported} == {good, jpeg, png}


def test_the_memory_budget_decodes_large_photos_one_at_a_time() -> None:
    budget = MemoryBudget(100)
    inside: list[int] = []
    most = [0]
    lock = threading.Lock()

    def decode(amount: int) -> None:
        with budget.reserve(amount):
            with lock:
                inside.append(amount)
                most[0] = max(most[0], sum(inside))
            time.sleep(0.05)
            with lock:
                inside.remove(amount)

    threads = [threading.Thread(target=decode, args=(n,)) for n in (70, 70, 20, 20, 500)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert not any(thread.is_alive() for thread in threads)
    assert budget.used == 0
    assert most[0] <= 500  # the oversized one ran alone
    assert budget.peak <= 500 and budget.peak >= 70


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_non_photos_of_a_gigabyte_are_rejected_without_being_read(tmp_path: Path) -> None:
    """Measured in a child process: two 1000 MB files took 1.5 GB to reject before."""
    folder = tmp_path / "videos"
    folder.mkdir()
    for name in ("a.jpg", "b.jpg"):
        with (folder / name).open("wb") as stream:  # sparse: no disk used
            stream.truncate(1000 << 20)
    script = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from photoapp.domain.model import Trip\n"
        "from photoapp.storage.importer import import_paths\n"
        "from photoapp.storage.project import Project\n"
        "from photoapp.storage.thumbnails import ThumbnailCache\n"
        "folder = Path(sys.argv[1])\n"
        "project = Project.create(folder.parent / 'm.photoapp', Trip('m'))\n"
        "report = import_paths(project, [folder], ThumbnailCache(folder.parent / 'c'))\n"
        "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
        "print(len(report.rejected), hwm)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    rejected, peak_kb = map(int, done.stdout.split())
    assert rejected == 2
    assert peak_kb < 250_000


def test_reading_a_pngs_metadata_does_not_decode_its_pixels(tmp_path: Path) -> None:
    from photoapp.storage.decode import open_image
    from photoapp.storage.exif import read_metadata

    path = write_bytes(tmp_path / "a.png", photo_bytes(Exif(), image_format="PNG", seed=1))
    with path.open("rb") as stream:
        image = open_image(stream)
        read_metadata(stream, image)
        assert image.tile  # still to decode: getexif() would have decoded the whole picture


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P"])
def test_large_transparent_photos_are_reduced_strip_by_strip_to_the_same_picture(
    mode: str,
) -> None:
    from PIL import Image, ImageChops, ImageDraw

    from photoapp.storage import decode

    picture = Image.new("RGBA", (2600, 1900), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((200, 200, 2400, 1700), fill=(200, 40, 40, 255))
    draw.rectangle((0, 0, 2600, 300), fill=(20, 90, 200, 128))
    source = picture.convert(mode) if mode != "P" else picture.quantize(16)
    whole = decode.flatten(source.copy())
    whole.thumbnail((256, 256), Image.Resampling.LANCZOS, reducing_gap=3.0)
    by_strips = decode._reduced_by_strips(source, (256, 256))
    by_strips.thumbnail((256, 256), Image.Resampling.LANCZOS, reducing_gap=3.0)
    assert by_strips.size == whole.size
    difference = ImageChops.difference(by_strips, whole).convert("L")
    assert difference.getextrema()[1] <= 8


def test_a_thumbnail_made_again_is_keyed_by_the_bytes_it_was_made_from(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    from photoapp.storage.photo_file import file_hash
    from photoapp.storage.thumbnails import make_thumbnail

    path = write_photo(tmp_path / "a.jpg", Exif(taken=TAKEN))
    import_paths(project, [path], cache)
    stored = project.photos()[0].sha256
    cache.path_for(stored).unlink()  # the system cleared the cache…
    write_photo(path, Exif(taken=TAKEN), seed=99)  # …and the file was edited since import
    from photoapp.ui.thumbnails import load_thumbnail

    assert load_thumbnail(cache, stored, path) is not None  # what the grid asks for
    assert not cache.has(stored)  # (it was stored under the old hash: the wrong picture)
    assert cache.has(file_hash(path))
    made, _ = make_thumbnail(cache, path)
    assert made == file_hash(path) != stored
