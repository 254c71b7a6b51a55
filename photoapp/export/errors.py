"""Typed errors and problems of the export layer; the GUI and the CLI word them for the user."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class ExportProblem(Enum):
    """Why an export (or one photo in it) did not go as asked."""

    PHOTO_MISSING = "photo-missing"  # the photo's file is gone: an empty box keeps its place
    PHOTO_UNREADABLE = "photo-unreadable"  # the file is there but is not a usable image
    CANNOT_WRITE = "cannot-write"  # the target folder or file cannot be written
    UNSUPPORTED_FORMAT = "unsupported-format"  # the target's suffix is not .odt, .docx or .pdf
    CANCELLED = "cancelled"  # the caller asked to stop; nothing was written
    EMPTY_APPENDIX = "empty-appendix"  # the appendix has no photos: there is nothing to write


class ExportError(Exception):
    """An export that could not be done; no target file was created or changed.

    `problem` says why, `path` which file it is about (when one), `detail` what the library
    or the operating system said, for the curious (never shown as the message itself).
    """

    def __init__(self, problem: ExportProblem, path: Path | None = None, detail: str = "") -> None:
        text = problem.value
        if path is not None:
            text += f": {path}"
        if detail:
            text += f" ({detail})"
        super().__init__(text)
        self.problem = problem
        self.path = path
        self.detail = detail


class ExportCancelledError(ExportError):
    """The caller's `cancelled()` said stop; every temporary file is gone again."""

    def __init__(self) -> None:
        super().__init__(ExportProblem.CANCELLED)


class SettingsError(ValueError):
    """Export settings that cannot be used: `field` names the setting, `detail` the reason."""

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(f"{field}: {detail}")
        self.field = field
        self.detail = detail
