"""Writing documents safely: to a temporary name beside the target, renamed into place at the end.

A failed or cancelled export leaves no half-written file and never replaces a good one: the
writers only ever see the temporary path, and `os.replace` (atomic within one folder) puts the
finished file where it belongs.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from photoapp.export.errors import ExportError, ExportProblem


def temporary_for(target: Path) -> Path:
    """A fresh hidden name in the target's folder, keeping its suffix (`.name-1a2b3c.tmp.pdf`)."""
    token = secrets.token_hex(4)
    return target.with_name(f".{target.stem}-{token}.tmp{target.suffix}")


def check_writable(target: Path) -> None:
    """Raise ExportError(CANNOT_WRITE) when `target` cannot be created or replaced."""
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "no such folder")
    if target.is_dir():
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "is a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "folder is not writable")


def discard(paths: list[Path]) -> None:
    """Remove temporary files, whatever state they are in."""
    for path in paths:
        with contextlib.suppress(OSError):  # nothing more to do: the name is hidden and unique
            path.unlink(missing_ok=True)


def move_into_place(temporary: Path, target: Path) -> None:
    """Rename the finished `temporary` to `target`, replacing what was there."""
    try:
        os.replace(temporary, target)
    except OSError as error:
        raise ExportError(ExportProblem.CANNOT_WRITE, target, str(error)) from error
