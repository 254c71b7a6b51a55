"""Changed and missing photo files: found by size, time and hash; moved ones found again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from photoapp.domain.checks import CheckKind
from photoapp.storage.appendix_checks import appendix_findings
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.relink import FileState, file_states, find_moved
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, write_photo

TAKEN = "2017:09:11 09:47:00"


def _three(project: Project, cache: ThumbnailCache, folder: Path) -> dict[str, int]:
    for index, name in enumerate(("a.jpg", "b.jpg", "c.jpg")):
        write_photo(folder / name, Exif(taken=TAKEN), seed=index)
    import_paths(project, [folder], cache)
    return {p.file_name: p.id for p in project.photos()}


def test_changed_and_missing_files_are_found(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    ids = _three(project, cache, tmp_path / "photos")
    assert set(file_states(project).values()) == {FileState.PRESENT}
    (tmp_path / "photos" / "a.jpg").unlink()
    write_photo(tmp_path / "photos" / "b.jpg", Exif(taken=TAKEN), seed=50)  # edited
    c = tmp_path / "photos" / "c.jpg"
    os.utime(c, ns=(0, 10**18))  # only touched: same bytes, so still the same photo
    assert file_states(project) == {
        ids["a.jpg"]: FileState.MISSING,
        ids["b.jpg"]: FileState.CHANGED,
        ids["c.jpg"]: FileState.PRESENT,
    }
    project.set_appendix(list(ids.values()))
    kinds = {(f.photo_id, f.kind) for f in appendix_findings(project)}
    assert (ids["a.jpg"], CheckKind.MISSING_FILE) in kinds
    assert (ids["b.jpg"], CheckKind.CHANGED_FILE) in kinds
    about_files = (CheckKind.MISSING_FILE, CheckKind.CHANGED_FILE)
    found = appendix_findings(project)
    assert not any(f.photo_id == ids["c.jpg"] and f.kind in about_files for f in found)


def test_moved_and_renamed_photos_are_found_again_and_relinked_in_one_step(
    project: Project, cache: ThumbnailCache, tmp_path: Path
) -> None:
    ids = _three(project, cache, tmp_path / "photos")
    project.set_caption(ids["a.jpg"], "合影")
    moved = tmp_path / "elsewhere" / "deep" / "er"
    moved.mkdir(parents=True)
    shutil.move(tmp_path / "photos" / "a.jpg", moved / "IMG_0001.JPG")  # renamed too
    shutil.move(tmp_path / "photos" / "b.jpg", tmp_path / "elsewhere" / "b.jpg")
    write_photo(tmp_path / "elsewhere" / "decoy.jpg", Exif(taken=TAKEN), seed=77)
    result = find_moved(project, tmp_path / "elsewhere")
    assert result.found == {
        ids["a.jpg"]: moved / "IMG_0001.JPG",
        ids["b.jpg"]: tmp_path / "elsewhere" / "b.jpg",
    }
    assert result.not_found == []
    events: list[object] = []
    project.subscribe(events.append)
    previous = project.set_photo_paths(result.found)
    assert len(events) == 1
    assert set(file_states(project).values()) == {FileState.PRESENT}
    assert project.photo(ids["a.jpg"]).path == "elsewhere/deep/er/IMG_0001.JPG"
    assert project.photo(ids["a.jpg"]).caption == "合影"
    project.set_photo_paths(previous)  # the undo
    assert project.photo(ids["a.jpg"]).path == "photos/a.jpg"


def test_a_copied_trip_folder_opens_with_nothing_missing(
    project: Project, cache: ThumbnailCache, tmp_path: Path, tmp_path_factory: object
) -> None:
    _three(project, cache, tmp_path / "photos")
    project.close()
    usb = tmp_path.parent / (tmp_path.name + "-usb") / "出國報告"
    shutil.copytree(tmp_path, usb, copy_function=shutil.copy)  # times not kept
    shutil.rmtree(tmp_path / "photos")  # the original computer's files are gone
    copied = Project.open(usb / "trip.photoapp")
    try:
        assert all(not copied.is_missing(p) for p in copied.photos())
        assert set(file_states(copied).values()) == {FileState.PRESENT}
    finally:
        copied.close()
        shutil.rmtree(usb.parent)
    project.connection = Project.open(tmp_path / "trip.photoapp").connection  # for teardown
