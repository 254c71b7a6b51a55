"""The appendix checks on a project, and the export settings it keeps."""

from __future__ import annotations

from pathlib import Path

from photoapp.domain.checks import CheckKind
from photoapp.export import ExportSettings, save_settings, saved_settings
from photoapp.storage.appendix_checks import appendix_findings
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from tests.photos import Exif, write_photo


def test_missing_files_are_found_only_in_the_appendix(
    project: Project, tmp_path: Path, cache: ThumbnailCache
) -> None:
    for seed, name in enumerate(("a.jpg", "b.jpg")):
        write_photo(tmp_path / "in" / name, Exif(), seed=seed)
    import_paths(project, [tmp_path / "in"], cache)
    a, _b = (p.id for p in project.photos())
    project.set_caption(a, "合影")
    project.set_appendix([a])
    (tmp_path / "in" / "a.jpg").unlink()
    (tmp_path / "in" / "b.jpg").unlink()
    assert [(f.kind, f.photo_id) for f in appendix_findings(project)] == [
        (CheckKind.MISSING_FILE, a)
    ]


def test_export_settings_are_kept_and_odd_ones_give_the_defaults(project: Project) -> None:
    assert saved_settings(project) == ExportSettings()
    save_settings(project, ExportSettings(per_page=4, first_page_number=12))
    assert saved_settings(project).first_page_number == 12
    project.set_setting("export", '{"version": 99, "per_page": 5}')  # from a newer photoapp
    assert saved_settings(project) == ExportSettings()
