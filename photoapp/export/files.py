"""Writing documents safely: to a temporary name beside the target, renamed into place at the end.

A failed or cancelled export leaves no half-written file and never replaces a good one: the
writers only ever see the temporary path, and `os.replace` (atomic within one folder) puts the
finished file where it belongs. Temporaries name their process, so one left by a killed
export is removed by the next export to the same file.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from photoapp.export.errors import ExportError, ExportProblem
from photoapp.storage import safe_output


def temporary_for(target: Path) -> Path:
    """A fresh hidden name in the target's folder that names this process and keeps the
    suffix (`.name.4242-1a2b3c4d.part.pdf`), so the next export can remove it if we are killed."""
    return safe_output.temporary_for(target)


def check_writable(target: Path) -> None:
    """Raise ExportError(CANNOT_WRITE) when `target` cannot be created or replaced."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "no such folder")
    if target.is_dir():
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "is a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "folder is not writable")
    safe_output.remove_stale_temporaries(target)  # left by an export that was killed


def discard(paths: list[Path]) -> None:
    """Remove temporary files, whatever state they are in."""
    for path in paths:
        with contextlib.suppress(OSError):  # nothing more to do: the name is hidden and unique
            path.unlink(missing_ok=True)


def move_into_place(temporary: Path, target: Path) -> None:
    """Rename the finished `temporary` to `target`, replacing what was there."""
    mode = safe_output.new_file_mode(target)
    try:
        if target.exists():
            os.chmod(temporary, mode)  # a replaced file keeps its permissions
        os.replace(temporary, target)
    except OSError as error:
        raise ExportError(ExportProblem.CANNOT_WRITE, target, str(error)) from error
