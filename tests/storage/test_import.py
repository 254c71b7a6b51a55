"""Import: every valid photo with the right date and orientation, every broken one with a reason."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from photoapp.storage.exif import MetadataWarning
from photoapp.storage.importer import RejectReason, import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import (
    Exif,
    bomb_png,
    exif_far_into_file,
    heic_bytes,
    mark_is_top_left,
    photo_bytes,
    write_bytes,
    write_photo,
)

TAKEN = "2017:09:11 09:47:00"


def _only(project: Project) -> object:
    photos = project.photos()
    assert len(photos) == 1
    return photos[0]


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_is_shown_upright(
    project: Project, cache: ThumbnailCache, tmp_path: Path, orientation: int
) -> None:
    path = write_photo(tmp_path / f"o{orientation}.jpg", Exif(taken=TAKEN, orientation=orientation))
    report = import_paths(project, [path], cache)
    assert len(report.imported) == 1
    photo = project.photos()[0]
    assert photo.orientation == orientation
    assert (photo.width, photo.height) == (640, 480)  # the upright scene's size
    with Image.open(cache.path_for(photo.sha256)) as thumbnail:
        assert max(thumbnail.size) == 256
        assert thumbnail.width > thumbnail.height
        assert mark_is_top_left(thumbnail)


def test_phone_photo_with_offset_gps_and_camera(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    meta = Exif(
        taken=TAKEN,
        offset="+09:00",
        subsec="25",
        make="samsung",
        model="SM-G955F",
        gps=(36.3504, 127.3845),
    )
    import_paths(project, [write_photo(tmp_path / "phone.jpg", meta)], cache)
    photo = project.photos()[0]
    assert photo.taken is not None
    assert photo.taken.isoformat() == "2017-09-11T09:47:00.250000+09:00"
    assert photo.camera == "samsung SM-G955F"
    assert photo.has_gps
    assert photo.gps == pytest.approx((36.3504, 127.3845), abs=1e-4)


def test_camera_photo_without_offset(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    meta = Exif(taken=TAKEN, make="Canon", model="Canon EOS 80D")
    import_paths(project, [write_photo(tmp_path / "camera.jpg", meta)], cache)
    photo = project.photos()[0]
    assert photo.taken is not None and photo.taken.offset_minutes is None
    assert photo.taken.isoformat() == "2017-09-11T09:47:00"
    assert photo.camera == "Canon EOS 80D"  # the make is not repeated
    assert not photo.has_gps


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (
            Exif(digitized="2017:09:12 08:00:00", datetime="2018:01:01 00:00:00"),
            datetime(2017, 9, 12, 8),
        ),
        (Exif(datetime="2017:09:13 18:30:00"), datetime(2017, 9, 13, 18, 30)),
        (
            Exif(taken="0000:00:00 00:00:00", digitized="2017:09:12 08:00:00"),
            datetime(2017, 9, 12, 8),
        ),
    ],
)
def test_date_fallbacks(
    project: Project, cache: ThumbnailCache, tmp_path: Path, meta: Exif, expected: datetime
) -> None:
    import_paths(project, [write_photo(tmp_path / "d.jpg", meta)], cache)
    photo = project.photos()[0]
    assert photo.taken is not None and photo.taken.local == expected


def test_xmp_only_date(project: Project, cache: ThumbnailCache, tmp_path: Path) -> None:
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/"'
        b' exif:DateTimeOriginal="2017-09-11T10:15:30+09:00"/></rdf:RDF></x:xmpmeta>'
    )
    picture = Image.open(io.BytesIO(photo_bytes(Exif()))).copy()
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", xmp=xmp)
    import_paths(project, [write_bytes(tmp_path / "edited.jpg", buffer.getvalue())], cache)
    photo = project.photos()[0]
    assert photo.taken is not None
    assert photo.taken.isoformat() == "2017-09-11T10:15:30+09:00"


def test_no_date_is_no_date(project: Project, cache: ThumbnailCache, tmp_path: Path) -> None:
    report = import_paths(project, [write_photo(tmp_path / "nodate.jpg", Exif())], cache)
    assert project.photos()[0].taken is None
    assert report.warnings == []


def test_unreadable_date_warns(project: Project, cache: ThumbnailCache, tmp_path: Path) -> None:
    path = write_photo(tmp_path / "bad.jpg", Exif(taken="2017:99:99 99:99:99"))
    report = import_paths(project, [path], cache)
    assert project.photos()[0].taken is None
    assert report.warnings == [(path, MetadataWarning.DATE_UNREADABLE)]


def test_exif_far_into_file_is_still_read(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    data = exif_far_into_file(Exif(taken=TAKEN, orientation=6, model="P30"))
    import_paths(project, [write_bytes(tmp_path / "far.jpg", data)], cache)
    photo = project.photos()[0]
    assert photo.orientation == 6
    assert (photo.width, photo.height) == (640, 480)
    assert photo.taken is not None and photo.taken.local == datetime(2017, 9, 11, 9, 47)


def test_heic_is_not_turned_twice(project: Project, cache: ThumbnailCache, tmp_path: Path) -> None:
    data = heic_bytes(Exif(taken=TAKEN, orientation=6, make="Apple", model="iPhone 8"))
    import_paths(project, [write_bytes(tmp_path / "iphone.heic", data)], cache)
    photo = project.photos()[0]
    assert photo.orientation == 6
    assert (photo.width, photo.height) == (320, 240)
    assert photo.taken is not None and photo.taken.local == datetime(2017, 9, 11, 9, 47)
    with Image.open(cache.path_for(photo.sha256)) as thumbnail:
        assert thumbnail.width > thumbnail.height
        assert mark_is_top_left(thumbnail)


@pytest.mark.parametrize(
    ("image_format", "suffix", "meta"),
    [
        ("PNG", "png", Exif(taken=TAKEN, orientation=8)),
        ("WEBP", "webp", Exif(taken=TAKEN, orientation=8)),
        # Pillow's TIFF writer keeps only IFD0, so the date goes in IFD0's DateTime
        ("TIFF", "tif", Exif(datetime=TAKEN, orientation=8)),
    ],
)
def test_other_formats_with_exif(
    project: Project,
    cache: ThumbnailCache,
    tmp_path: Path,
    image_format: str,
    suffix: str,
    meta: Exif,
) -> None:
    data = photo_bytes(meta, image_format=image_format, seed=1)
    report = import_paths(project, [write_bytes(tmp_path / f"p.{suffix}", data)], cache)
    assert len(report.imported) == 1, report
    photo = project.photos()[0]
    assert photo.taken is not None and photo.taken.local == datetime(2017, 9, 11, 9, 47)
    assert (photo.width, photo.height) == (640, 480)
    with Image.open(cache.path_for(photo.sha256)) as thumbnail:
        assert mark_is_top_left(thumbnail)


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_damaged_exif_imports_without_its_fields(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    data = bytearray(photo_bytes(Exif(taken=TAKEN, orientation=6, gps=(25.0, 121.5))))
    start = data.index(b"Exif\x00\x00") + 6
    data[start + 4 : start + 8] = b"\xff\xff\xff\x7f"  # IFD0 offset far past the end
    path = write_bytes(tmp_path / "damaged-exif.jpg", bytes(data))
    report = import_paths(project, [path], cache)
    assert len(report.imported) == 1
    photo = project.photos()[0]
    assert photo.orientation == 1
    assert photo.taken is None


def test_broken_files_are_rejected_with_reasons(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    folder = tmp_path / "出國照片"
    good = write_photo(folder / "第一天" / "葉副市長合影.jpg", Exif(taken=TAKEN))
    whole = photo_bytes(Exif(taken=TAKEN), seed=5)
    write_bytes(folder / "empty.jpg", b"")
    write_bytes(folder / "notes.jpg", "這不是相片".encode())
    write_bytes(folder / "cut.jpg", whole[: len(whole) // 2])
    write_bytes(folder / "bomb.png", bomb_png())
    write_bytes(folder / "行程.docx", b"PK\x03\x04")
    write_bytes(folder / ".DS_Store", b"\x00")
    (folder / "gone.jpg").symlink_to(folder / "nowhere.jpg")
    report = import_paths(project, [folder, tmp_path / "no-such-folder"], cache)
    assert [path for path, _ in report.imported] == [good]
    reasons = {
        path.name: rejected.reason for rejected in report.rejected for path in [rejected.path]
    }
    assert reasons == {
        "empty.jpg": RejectReason.EMPTY,
        "notes.jpg": RejectReason.NOT_IMAGE,
        "cut.jpg": RejectReason.TRUNCATED,
        "bomb.png": RejectReason.TOO_LARGE,
        "行程.docx": RejectReason.UNSUPPORTED,
        "gone.jpg": RejectReason.UNREADABLE,
        "no-such-folder": RejectReason.NOT_FOUND,
    }
    assert project.photos()[0].path == "出國照片/第一天/葉副市長合影.jpg"


def test_duplicates_by_path_and_by_content(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    data = photo_bytes(Exif(taken=TAKEN))
    first = write_bytes(tmp_path / "a.jpg", data)
    twin = write_bytes(tmp_path / "副本.jpg", data)
    report = import_paths(project, [first, twin], cache)
    assert len(report.imported) == 1
    assert [d.path for d in report.duplicates] == [twin]
    again = import_paths(project, [first, twin], cache)
    assert again.imported == []
    assert {d.path for d in again.duplicates} == {first, twin}
    assert all(d.existing_id == project.photos()[0].id for d in again.duplicates)


def test_outside_photos_are_stored_absolute_and_missing_ones_kept(
    project: Project, cache: ThumbnailCache, tmp_path_factory: pytest.TempPathFactory
) -> None:
    elsewhere = tmp_path_factory.mktemp("usb")
    path = write_photo(elsewhere / "IMG_0001.JPG", Exif(taken=TAKEN))
    import_paths(project, [path], cache)
    photo = project.photos()[0]
    assert photo.path == path.resolve().as_posix()
    assert not project.is_missing(photo)
    project.set_caption(photo.id, "合影")
    path.unlink()
    photo = project.photos()[0]
    assert project.is_missing(photo)
    assert photo.caption == "合影"


def test_cancel_keeps_what_was_added(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    for index in range(6):
        write_photo(tmp_path / "many" / f"{index}.jpg", Exif(taken=TAKEN), seed=index)
    seen: list[int] = []
    report = import_paths(
        project,
        [tmp_path / "many"],
        cache,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) > 3,
    )
    assert report.cancelled
    assert 0 < len(report.imported) < 6
    assert len(project.photos()) == len(report.imported)


def test_thumbnails_are_made_once(project: Project, cache: ThumbnailCache, tmp_path: Path) -> None:
    path = write_photo(tmp_path / "a.jpg", Exif(taken=TAKEN))
    import_paths(project, [path], cache)
    thumbnail = cache.path_for(project.photos()[0].sha256)
    made = thumbnail.stat().st_mtime_ns
    other = Project.create(tmp_path / "other.photoapp", project.trip())
    import_paths(other, [path], cache)
    other.close()
    assert thumbnail.stat().st_mtime_ns == made


def test_a_big_photo_is_read_in_few_blocks_and_hashed_whole(
    project: Project, cache: ThumbnailCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The decoder is fed a megabyte at a time, not Pillow's 64 KB: every block is a Python
    read, a hash update and a decoder call that takes the GIL back from the other workers."""
    import hashlib

    from photoapp.storage import photo_file

    noisy = Image.effect_noise((2400, 1800), 90).convert("RGB")  # grain: a big file
    path = tmp_path / "大張.jpg"
    noisy.save(path, quality=95)
    data = path.read_bytes()
    assert len(data) > 2_000_000
    reads: list[int] = []
    original = photo_file.HashingReader.read

    def counted(self: photo_file.HashingReader, size: int | None = -1) -> bytes:
        block = original(self, size)
        reads.append(len(block))
        return block

    monkeypatch.setattr(photo_file.HashingReader, "read", counted)
    report = import_paths(project, [path], cache)
    assert len(report.imported) == 1
    assert _only(project).sha256 == hashlib.sha256(data).hexdigest()  # type: ignore[attr-defined]
    blocks = [size for size in reads if size >= 60_000]  # (the header: reads of a few bytes)
    assert sum(blocks) > len(data) * 0.9  # the decoder read nearly all of it in blocks
    assert len(blocks) <= 8, blocks  # (64 KB blocks: about 70 for this file)
