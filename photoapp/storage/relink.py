"""Photos whose files are missing or changed since import, and finding moved ones again.

A photo's file is taken as unchanged when its size and modification time are those recorded
at import; when only the time differs (a copy to a USB stick may not keep it) its content hash
decides. Relinking searches a folder, recursively, for files with the content of missing or
changed photos: renamed and moved files are found by their hash, and only files of a size some
photo has are read at all. `photoapp relink` and the window's "Find missing photos…" both use
`find_moved` and apply its result with `Project.set_photo_paths` (one transaction, one undo).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from photoapp.storage.folders import Listed, files_below
from photoapp.storage.photo_file import FileRefusedError, file_hash
from photoapp.storage.project import Project


class FileState(Enum):
    """How a photo's file is now, compared with what was imported."""

    PRESENT = "present"
    MISSING = "missing"  # no file at its path (moved, renamed, deleted, drive not attached)
    CHANGED = "changed"  # a file is there, with other content (edited, replaced)


@dataclass(frozen=True)
class _Recorded:
    photo_id: int
    path: Path
    size: int
    mtime_ns: int | None
    sha256: str


def _recorded(project: Project, ids: Sequence[int] | None) -> list[_Recorded]:
    query = "SELECT id, path, file_size, file_mtime_ns, sha256 FROM photo"
    params: tuple[int, ...] = ()
    if ids is not None:
        query += f" WHERE id IN ({','.join('?' * len(ids))})"
        params = tuple(ids)
    return [
        _Recorded(row[0], project.folder / row[1], row[2], row[3], row[4])
        for row in project.connection.execute(query + " ORDER BY id", params)
    ]


def _state(photo: _Recorded) -> FileState:
    try:
        info = os.stat(photo.path)
    except (OSError, ValueError):
        return FileState.MISSING
    if not stat.S_ISREG(info.st_mode):
        return FileState.MISSING
    if info.st_size != photo.size:
        return FileState.CHANGED
    if photo.mtime_ns is not None and info.st_mtime_ns == photo.mtime_ns:
        return FileState.PRESENT
    try:
        same = file_hash(photo.path) == photo.sha256
    except (FileRefusedError, OSError):
        return FileState.MISSING
    return FileState.PRESENT if same else FileState.CHANGED


def file_states(project: Project, ids: Sequence[int] | None = None) -> dict[int, FileState]:
    """The state of every photo's file (or those of `ids`)."""
    return {photo.photo_id: _state(photo) for photo in _recorded(project, ids)}


@dataclass
class RelinkResult:
    """Where the photos sought were found, and those that were not."""

    found: dict[int, Path] = field(default_factory=dict)
    not_found: list[int] = field(default_factory=list)
    searched: int = 0  # files looked at
    cancelled: bool = False


def find_moved(
    project: Project,
    folder: Path,
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int], None] | None = None,
) -> RelinkResult:
    """Search `folder` for the content of the photos whose files are missing or changed.

    Nothing is written: apply `found` with `Project.set_photo_paths`. A file that another
    photo of the project already uses is not taken.
    """
    wanted = [p for p in _recorded(project, None) if _state(p) is not FileState.PRESENT]
    by_size: dict[int, list[_Recorded]] = {}
    for photo in wanted:
        by_size.setdefault(photo.size, []).append(photo)
    result = RelinkResult()
    if not wanted:
        return result
    for entry in files_below(folder):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        if not isinstance(entry, Listed):
            continue
        result.searched += 1
        if progress is not None:
            progress(result.searched)
        try:
            info = os.stat(entry.path)
        except (OSError, ValueError):
            continue
        candidates = [p for p in by_size.get(info.st_size, ()) if p.photo_id not in result.found]
        if not candidates or not stat.S_ISREG(info.st_mode):
            continue
        try:
            sha256 = file_hash(entry.path)
        except (FileRefusedError, OSError):
            continue
        for photo in candidates:
            if photo.sha256 == sha256 and project.photo_id_for(path=entry.path) is None:
                result.found[photo.photo_id] = entry.path
                break
        if len(result.found) == len(wanted):
            break
    result.not_found = [p.photo_id for p in wanted if p.photo_id not in result.found]
    return result
