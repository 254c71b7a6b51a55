"""The user's-language wording of what the lower layers report as typed errors and codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from photoapp.storage.errors import (
    CorruptProjectError,
    NewerProjectError,
    NotAProjectError,
    ProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
)
from photoapp.storage.exif import MetadataWarning
from photoapp.storage.importer import RejectReason

translate = QCoreApplication.translate


def reject_reason(reason: RejectReason) -> str:
    """Why a file was not imported, as one short phrase."""
    texts = {
        RejectReason.NOT_FOUND: translate("Messages", "file or folder not found"),
        RejectReason.UNREADABLE: translate("Messages", "the file cannot be read"),
        RejectReason.UNSUPPORTED: translate("Messages", "not a supported photo type"),
        RejectReason.EMPTY: translate("Messages", "empty file (0 bytes)"),
        RejectReason.NOT_IMAGE: translate(
            "Messages", "not a photo, or a format photoapp cannot read"
        ),
        RejectReason.TRUNCATED: translate("Messages", "the file is incomplete (truncated)"),
        RejectReason.TOO_LARGE: translate(
            "Messages",
            "too many pixels (over 150 megapixels): refused as a possible decompression bomb",
        ),
        RejectReason.DAMAGED: translate("Messages", "the photo data is damaged"),
    }
    return texts[reason]


def metadata_warning(warning: MetadataWarning) -> str:
    """What was wrong with a photo's metadata, which it was imported without."""
    texts = {
        MetadataWarning.EXIF_UNREADABLE: translate(
            "Messages", "its EXIF data is damaged and was ignored"
        ),
        MetadataWarning.DATE_UNREADABLE: translate(
            "Messages", "its capture date cannot be read, so it has no date"
        ),
        MetadataWarning.GPS_UNREADABLE: translate("Messages", "its GPS data cannot be read"),
    }
    return texts[warning]


def project_error(error: ProjectError) -> str:
    """Why a project file cannot be opened or created (the file is never changed)."""
    name = str(error.path)
    if isinstance(error, NotAProjectError):
        return translate("Messages", "%1 is not a photoapp project file.").replace("%1", name)
    if isinstance(error, CorruptProjectError):
        return translate(
            "Messages", "%1 is damaged and cannot be opened. It was left unchanged."
        ).replace("%1", name)
    if isinstance(error, NewerProjectError):
        return translate(
            "Messages", "%1 was saved by a newer version of photoapp. Update photoapp to open it."
        ).replace("%1", name)
    if isinstance(error, ProjectExistsError):
        return translate("Messages", "%1 already exists.").replace("%1", name)
    if isinstance(error, ProjectNotFoundError):
        return translate("Messages", "%1 was not found.").replace("%1", name)
    return translate("Messages", "%1 cannot be used as a project file.").replace("%1", name)
