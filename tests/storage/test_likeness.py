"""The perceptual hash and sharpness of photos: computed at import from the thumbnail, and
filled in for the photos of projects made before schema 6."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PIL import Image, ImageEnhance, ImageFilter

from photoapp.domain.model import Trip
from photoapp.samples.photos import Exif, scene, write_photo
from photoapp.storage.importer import import_paths
from photoapp.storage.likeness import (
    Likeness,
    fill_missing,
    hamming,
    likeness_of,
    missing_likeness,
    photos_with_likeness,
)
from photoapp.storage.project import Project
from photoapp.storage.schema import APPLICATION_ID, MIGRATIONS
from photoapp.storage.thumbnails import ThumbnailCache


def _thumbnail(picture: Image.Image) -> Image.Image:
    small = picture.copy()
    small.thumbnail((256, 256))
    return small


def test_a_resaved_darker_shot_is_alike_and_as_sharp() -> None:
    picture = scene((800, 600), 3)
    first = likeness_of(_thumbnail(picture))
    darker = likeness_of(_thumbnail(ImageEnhance.Brightness(picture).enhance(0.7)))
    # Flat areas (the sky) have neighbours of nearly equal brightness: a few bits flip
    # (3-6 seen; the sample's grain is random), far fewer than between scenes (27-30).
    assert hamming(first.phash, darker.phash) <= 9
    assert darker.sharpness == pytest.approx(first.sharpness, rel=0.25)


def test_another_scene_is_not_alike() -> None:
    first = likeness_of(_thumbnail(scene((800, 600), 3)))
    other = likeness_of(_thumbnail(scene((800, 600), 4)))
    assert hamming(first.phash, other.phash) > 18


def test_blur_lowers_sharpness_whatever_the_resolution() -> None:
    small, large = scene((640, 480), 5), scene((1600, 1200), 5)
    sharp_small = likeness_of(_thumbnail(small)).sharpness
    sharp_large = likeness_of(_thumbnail(large)).sharpness
    # Both measured at 256 px: a photo of four times the pixels is not "sharper".
    assert sharp_large == pytest.approx(sharp_small, rel=0.5)
    blurred = likeness_of(_thumbnail(small.filter(ImageFilter.GaussianBlur(3)))).sharpness
    assert blurred < sharp_small / 3


def test_a_flat_or_tiny_picture_has_no_sharpness() -> None:
    assert likeness_of(Image.new("RGB", (256, 192), (90, 90, 90))).sharpness == 0.0
    assert likeness_of(Image.new("L", (2, 1), 30)).sharpness == 0.0


def test_the_hash_is_a_signed_64_bit_integer_as_sqlite_stores() -> None:
    # Brightness falling left to right: every neighbour comparison is true, all 64 bits set.
    falling = Image.linear_gradient("L").rotate(-90).resize((256, 256))
    value = likeness_of(falling).phash
    assert value == -1  # all ones, as two's complement
    assert -(2**63) <= likeness_of(scene((320, 240), 1)).phash < 2**63


def test_import_stores_likeness_also_from_a_cached_thumbnail(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    path = write_photo(tmp_path / "in" / "a.jpg", Exif(taken="2017:09:11 09:00:00"), seed=4)
    import_paths(project, [path], cache)
    (stored,) = project.photos()
    assert stored.phash is not None and stored.sharpness is not None and stored.sharpness > 0
    # The same content imported again into another project, its thumbnail already cached:
    # it gets its likeness all the same (from the picture the import decodes to check it).
    other = Project.create(tmp_path / "other.photoapp", Trip("other"))
    import_paths(other, [path], cache)
    (again,) = other.photos()
    assert again.phash is not None and again.sharpness is not None
    assert hamming(again.phash, stored.phash) <= 4
    assert again.sharpness == pytest.approx(stored.sharpness, rel=0.2)
    other.close()


def _version_5_project(path: Path, photos: list[tuple[str, str]]) -> None:
    """A project file as schema 5 wrote it, with photos (file, sha256) and no likeness."""
    from photoapp.storage.database import _statements

    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for script in MIGRATIONS[:5]:
            for statement in _statements(script):
                raw.execute(statement)
        raw.execute("PRAGMA user_version = 5")
        raw.execute("INSERT INTO trip (id, title) VALUES (1, '舊檔')")
        for file, sha256 in photos:
            raw.execute(
                "INSERT INTO photo (path, file_size, sha256, width, height, imported_at)"
                " VALUES (?, 1, ?, 640, 480, '2017-09-01T00:00:00')",
                (file, sha256),
            )
    raw.close()


def test_an_older_project_gets_its_likeness_filled_in(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    write_photo(tmp_path / "a.jpg", Exif(), seed=1)
    write_photo(tmp_path / "b.jpg", Exif(), seed=2)
    path = tmp_path / "old.photoapp"
    _version_5_project(path, [("a.jpg", "a" * 64), ("b.jpg", "b" * 64), ("gone.jpg", "c" * 64)])
    project = Project.open(path)
    assert [p.phash for p in project.photos()] == [None, None, None]
    assert len(missing_likeness(project)) == 3
    events: list[tuple[int, ...]] = []
    project.subscribe(lambda event: events.append(event.photo_ids))
    computed = fill_missing(project, cache, workers=2)
    assert sorted(computed) == [1, 2]  # the missing file stays without, and is tried again
    assert [p.id for p in project.photos() if p.phash is None] == [3]
    assert [m.photo_id for m in missing_likeness(project)] == [3]
    assert sorted(pid for ids in events for pid in ids) == [1, 2]  # views hear of them
    first = project.photo(1)
    assert computed[1] == Likeness(first.phash, first.sharpness)  # type: ignore[arg-type]
    assert fill_missing(project, cache) == {}  # nothing more to do
    project.close()


def test_a_read_only_project_gets_likeness_without_being_written(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    write_photo(tmp_path / "a.jpg", Exif(), seed=1)
    path = tmp_path / "old.photoapp"
    _version_5_project(path, [("a.jpg", "a" * 64)])
    Project.open(path).close()  # migrated once, as any opening does
    project = Project.open(path, read_only=True)
    computed = fill_missing(project, cache)
    assert list(computed) == [1]
    assert project.photo(1).phash is None  # computed for this run only
    project.close()


def test_photos_with_likeness_of_a_read_only_project_carry_what_was_computed(
    tmp_path: Path,
) -> None:
    cache = ThumbnailCache(tmp_path / "thumbs")
    write_photo(tmp_path / "a.jpg", Exif(), seed=1)
    path = tmp_path / "old.photoapp"
    _version_5_project(path, [("a.jpg", "a" * 64), ("gone.jpg", "b" * 64)])
    Project.open(path).close()
    project = Project.open(path, read_only=True)
    first, gone = photos_with_likeness(project, cache)
    assert first.phash is not None and first.sharpness is not None
    assert gone.phash is None  # no file, no thumbnail: nothing to compute from
    assert project.photo(1).phash is None
    project.close()
