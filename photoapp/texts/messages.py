"""The user's-language wording of what the lower layers report as typed errors and codes."""

from __future__ import annotations

import errno
from typing import TYPE_CHECKING

from photoapp.domain.checks import CheckKind
from photoapp.domain.suggest import Reason
from photoapp.storage.captions_csv import CaptionsFileProblem, RowProblem
from photoapp.storage.errors import (
    CorruptProjectError,
    DiskFullError,
    NewerProjectError,
    NotAProjectError,
    ProjectError,
    ProjectExistsError,
    ProjectGoneError,
    ProjectLockedError,
    ProjectNotFoundError,
    ProjectReadOnlyError,
    ProjectRecoveryError,
    ProjectWriteError,
)
from photoapp.storage.exif import MetadataWarning
from photoapp.storage.importer import RejectReason
from photoapp.storage.report_text import ReportTextProblem
from photoapp.storage.safe_output import TargetProblem, UnsafeTargetError
from photoapp.texts.catalogue import fill, translate

if TYPE_CHECKING:  # these modules load when their messages are first worded, not before:
    # opening the window needs none of them (the itinerary reader compiles a dozen patterns)
    from photoapp.domain.itinerary import ItineraryWarning
    from photoapp.domain.photo_refs import FindingKind
    from photoapp.export.errors import ExportProblem, SettingsError
    from photoapp.export.report_package import ReportProblem


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
        RejectReason.NOT_REGULAR: translate(
            "Messages", "not a photo file but a folder link, device, pipe or socket"
        ),
        RejectReason.FILE_TOO_BIG: translate(
            "Messages", "the file is too big to be a photo (over 1 GB)"
        ),
        RejectReason.BAD_NAME: translate(
            "Messages", "the file name is not valid text: rename the file and import it again"
        ),
        RejectReason.TIMED_OUT: translate(
            "Messages", "reading the file took too long and was given up"
        ),
        RejectReason.CHANGED: translate(
            "Messages", "the file changed while it was being read: import it again"
        ),
        RejectReason.FOLDER_UNREADABLE: translate("Messages", "the folder cannot be read"),
        RejectReason.FAILED: translate(
            "Messages", "the file could not be read (an unexpected error in its data)"
        ),
    }
    return texts[reason]


def suggestion_reason(reason: Reason) -> str:
    """Why a photo is suggested for the appendix, as one short phrase (the CLI and the dialog)."""
    texts = {
        Reason.DAY: translate("Messages", "the best photo of its day"),
        Reason.EVENT: translate("Messages", "the best photo of another event that day"),
        Reason.PEOPLE: translate("Messages", "people are tagged in it"),
        Reason.MORE: translate("Messages", "one of the sharpest of a busy day"),
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
        return fill(translate("Messages", "%1 is not a photoapp project file."), name)
    if isinstance(error, CorruptProjectError):
        return fill(
            translate("Messages", "%1 is damaged and cannot be opened. It was left unchanged."),
            name,
        )
    if isinstance(error, NewerProjectError):
        return fill(
            translate(
                "Messages",
                "%1 was saved by a newer version of photoapp. Update photoapp to open it.",
            ),
            name,
        )
    if isinstance(error, ProjectExistsError):
        return fill(translate("Messages", "%1 already exists."), name)
    if isinstance(error, ProjectNotFoundError):
        return fill(translate("Messages", "%1 was not found."), name)
    if isinstance(error, ProjectRecoveryError):
        return fill(
            translate(
                "Messages",
                "%1 was left unfinished by a crash and must be repaired, but it cannot be"
                " written: copy it together with its -journal file to a writable folder.",
            ),
            name,
        )
    if isinstance(error, ProjectWriteError):
        return write_problem(error)
    return fill(translate("Messages", "%1 cannot be used as a project file."), name)


def write_problem(error: ProjectError) -> str:
    """Why something could not be saved to the file `error.path`, cause and file in one line."""
    name = str(error.path)
    if isinstance(error, DiskFullError):
        return fill(translate("Messages", "%1 cannot be written: the disk is full."), name)
    if isinstance(error, ProjectReadOnlyError):
        return fill(
            translate("Messages", "%1 cannot be written: the file or its folder is read-only."),
            name,
        )
    if isinstance(error, ProjectLockedError):
        return fill(
            translate("Messages", "%1 is in use by another program; close it there and try again."),
            name,
        )
    if isinstance(error, ProjectGoneError):
        return fill(
            translate("Messages", "%1 was moved, deleted or replaced while it was open."), name
        )
    return fill(translate("Messages", "%1 cannot be written."), name)


def os_error(error: OSError, path: object = None) -> str:
    """A system error as one line naming the file, in the user's language (never the raw,
    English-only `str(OSError)`)."""

    name = str(path if path is not None else (error.filename or ""))
    causes = {
        errno.ENOSPC: translate("Messages", "the disk is full"),
        errno.EDQUOT: translate("Messages", "the disk quota is used up"),
        errno.EROFS: translate("Messages", "the disk is read-only"),
        errno.EACCES: translate("Messages", "permission denied"),
        errno.EPERM: translate("Messages", "permission denied"),
        errno.ENOENT: translate("Messages", "no such file or folder"),
        errno.ENOTDIR: translate("Messages", "a part of the path is not a folder"),
        errno.EISDIR: translate("Messages", "it is a folder"),
        errno.ENAMETOOLONG: translate("Messages", "the name is too long"),
        errno.EIO: translate("Messages", "the disk reported an input/output error"),
    }
    cause = causes.get(error.errno or 0, translate("Messages", "the system refused it"))
    if not name:
        return cause
    return fill(translate("Messages", "%1: %2"), name, cause)


def unsafe_target(error: UnsafeTargetError) -> str:
    """Why a file may not be written, naming it; says how to confirm when the user may."""
    texts = {
        TargetProblem.PROJECT_FILE: translate(
            "Messages", "%1 is the project file itself; choose another file to write."
        ),
        TargetProblem.PROJECT_PHOTO: translate(
            "Messages", "%1 is a photo of this project; choose another file to write."
        ),
        TargetProblem.OTHER_FORMAT: translate(
            "Messages", "%1 already exists and is not a file of this kind; it was not replaced."
        ),
        TargetProblem.IS_FOLDER: translate("Messages", "%1 is a folder."),
        TargetProblem.NO_FOLDER: translate("Messages", "the folder of %1 does not exist."),
    }
    return fill(texts[error.problem], str(error.path))


def check_finding(kind: CheckKind, person: str = "", value: int | None = None) -> str:
    """What an appendix check found, as one short sentence (the photo is named by the caller;
    `value` is the finding's measure, the ppi of a low-resolution photo)."""
    texts = {
        CheckKind.NO_CAPTION: translate("Messages", "has no caption"),
        CheckKind.TAGGED_NOT_NAMED: translate(
            "Messages", "%1 is tagged but not named in the caption"
        ),
        CheckKind.NAMED_NOT_TAGGED: translate(
            "Messages", "%1 is named in the caption but not tagged"
        ),
        CheckKind.DUPLICATE_CAPTION: translate("Messages", "has the same caption as another photo"),
        CheckKind.NO_CHINESE: translate("Messages", "caption has no Chinese text"),
        CheckKind.NUMBERING: translate("Messages", "appendix numbering has a gap or a duplicate"),
        CheckKind.MISSING_FILE: translate("Messages", "the photo file is missing"),
        CheckKind.CHANGED_FILE: translate(
            "Messages", "the photo file has changed since it was imported"
        ),
        CheckKind.CAPTION_TOO_LONG: translate(
            "Messages", "caption is too long for its box: it is set smaller or cut with …"
        ),
        CheckKind.LOW_RESOLUTION: translate(
            "Messages", "prints at %2 ppi, under 150 ppi: it will look blurred on paper"
        ),
        CheckKind.NO_DAY: translate(
            "Messages", "is on no itinerary day, so its per-day number starts with 0"
        ),
        CheckKind.REPEATED_DAY: translate(
            "Messages", "its day's heading is printed again: that day's photos are apart"
        ),
    }
    return fill(texts[kind], person, value or 0)


def layout_notes(kinds: list[CheckKind]) -> list[str]:
    """What the export dialog says about the laid-out appendix, one sentence per kind of
    layout finding (`kinds`: one entry per finding)."""
    long = kinds.count(CheckKind.CAPTION_TOO_LONG)
    blurred = kinds.count(CheckKind.LOW_RESOLUTION)
    dayless = kinds.count(CheckKind.NO_DAY)
    notes = []
    if long:
        notes.append(
            translate(
                "Messages",
                "%n caption(s) too long for their box: set smaller or cut with …",
                "",
                long,
            )
        )
    if blurred:
        notes.append(
            translate(
                "Messages", "%n photo(s) print under 150 ppi and will look blurred", "", blurred
            )
        )
    if dayless:
        notes.append(
            translate(
                "Messages",
                "%n photo(s) on no itinerary day: their per-day numbers start with 0",
                "",
                dayless,
            )
        )
    if CheckKind.REPEATED_DAY in kinds:
        notes.append(
            translate(
                "Messages",
                "Day headings will repeat: the photos of a day are not together in your order",
            )
        )
    return notes


def captions_file_problem(problem: CaptionsFileProblem) -> str:
    """Why a captions spreadsheet cannot be imported."""
    texts = {
        CaptionsFileProblem.UNREADABLE: translate("Messages", "the file cannot be read"),
        CaptionsFileProblem.BAD_HEADER: translate(
            "Messages", "the first row must be: number,file,day,people,caption"
        ),
    }
    return texts[problem]


def skipped_row(problem: RowProblem) -> str:
    """Why a row of a captions spreadsheet was passed over."""
    texts = {
        RowProblem.NO_SUCH_FILE: translate("Messages", "no photo of the project has this file"),
        RowProblem.AMBIGUOUS_FILE: translate(
            "Messages", "several photos have this file name: give the folder too"
        ),
        RowProblem.BAD_NUMBER: translate("Messages", "the number is not a whole number from 1"),
        RowProblem.DUPLICATE_NUMBER: translate("Messages", "another row has the same number"),
        RowProblem.DUPLICATE_ROW: translate("Messages", "another row is for the same photo"),
        RowProblem.MALFORMED: translate(
            "Messages", "the row is malformed (a stray quotation mark?) and was passed over"
        ),
    }
    return texts[problem]


def itinerary_warning(warning: ItineraryWarning) -> str:
    """A problem with one heading of the itinerary text, naming the heading."""
    from photoapp.domain.itinerary import WarningKind

    texts = {
        WarningKind.WEEKDAY_MISMATCH: translate(
            "Messages", "line %1: “%2”: the weekday is wrong, %3 was a %4"
        ),
        WarningKind.UNREADABLE_DATE: translate(
            "Messages", "line %1: “%2” looks like a date but is not a real one"
        ),
        WarningKind.DUPLICATE_DATE: translate(
            "Messages", "line %1: “%2”: this date already has a heading"
        ),
        WarningKind.YEAR_UNKNOWN: translate(
            "Messages", "line %1: “%2”: the year is not given and the trip has no dates"
        ),
        WarningKind.OUTSIDE_TRIP: translate(
            "Messages", "line %1: “%2” is outside the trip's dates and was left out"
        ),
    }
    return fill(
        texts[warning.kind],
        warning.line_number,
        warning.line.strip(),
        warning.date.isoformat() if warning.date else "",
        _weekday(warning),
    )


def _weekday(warning: ItineraryWarning) -> str:
    """The real weekday of a warning's date in the interface's language (Tuesday, 星期二)."""
    if warning.date is None:
        return ""
    names = (
        translate("Weekday", "Monday"),
        translate("Weekday", "Tuesday"),
        translate("Weekday", "Wednesday"),
        translate("Weekday", "Thursday"),
        translate("Weekday", "Friday"),
        translate("Weekday", "Saturday"),
        translate("Weekday", "Sunday"),
    )
    return names[warning.date.weekday()]


def report_text_problem(problem: ReportTextProblem) -> str:
    """Why a report file cannot be read for its itinerary."""
    texts = {
        ReportTextProblem.NOT_FOUND: translate("Messages", "file not found"),
        ReportTextProblem.UNSUPPORTED_TYPE: translate(
            "Messages", "only .txt, .docx and .odt files can be read"
        ),
        ReportTextProblem.UNREADABLE: translate("Messages", "the file cannot be read"),
        ReportTextProblem.DAMAGED: translate("Messages", "the document is damaged"),
        ReportTextProblem.UNKNOWN_ENCODING: translate(
            "Messages", "the text's encoding is not UTF-8, UTF-16 or Big5"
        ),
        ReportTextProblem.TOO_LARGE: translate(
            "Messages",
            "the file is far larger than a report (or a compressed bomb) and was not read",
        ),
    }
    return texts[problem]


def export_problem(problem: ExportProblem) -> str:
    """Why an export could not be done, or what happened to one photo in it."""
    from photoapp.export.errors import ExportProblem

    texts = {
        ExportProblem.PHOTO_MISSING: translate(
            "Messages", "the photo file is missing: an empty box keeps its place"
        ),
        ExportProblem.PHOTO_UNREADABLE: translate(
            "Messages", "the photo file cannot be read: an empty box keeps its place"
        ),
        ExportProblem.CANNOT_WRITE: translate("Messages", "the file cannot be written there"),
        ExportProblem.UNSUPPORTED_FORMAT: translate(
            "Messages", "the file name must end in .odt, .docx or .pdf"
        ),
        ExportProblem.CANCELLED: translate("Messages", "cancelled: nothing was written"),
        ExportProblem.EMPTY_APPENDIX: translate(
            "Messages", "the appendix has no photos: drag photos into it first"
        ),
    }
    return texts[problem]


def export_settings_problem(error: SettingsError) -> str:
    """Export settings that cannot be used, said in terms of the form's fields."""
    texts = {
        "caption_format": translate(
            "Messages",
            "The caption format needs {n} exactly once, and only the fields {n}, {day} and "
            "{caption}: for example 照片 {n}：{caption}.",
        ),
        "fonts": translate("Messages", "Give both a Chinese and a Western font name."),
        "dpi": translate("Messages", "The resolution must be 72 to 600 dpi."),
        "first_page_number": translate("Messages", "The first page number must be at least 1."),
        "per_page": translate("Messages", "Photos a page must be 1, 2, 3, 4 or 6."),
        "jpeg_quality": translate("Messages", "The JPEG quality must be 30 to 95."),
    }
    if error.field in texts:
        return texts[error.field]
    return fill(
        translate("Messages", "the export setting %1 cannot be used: %2"),
        error.field,
        error.detail,
    )


def report_problem(problem: ReportProblem) -> str:
    """Why the user's report cannot be used (it is never changed)."""
    from photoapp.export.report_package import ReportProblem

    texts = {
        ReportProblem.NOT_FOUND: translate("Messages", "the report file was not found"),
        ReportProblem.UNREADABLE: translate("Messages", "the report file cannot be read"),
        ReportProblem.ENCRYPTED: translate(
            "Messages",
            "the report is password-protected (or an old .doc): save an unprotected .docx copy",
        ),
        ReportProblem.CORRUPT: translate(
            "Messages", "the report is damaged or not a Word or ODF text document"
        ),
        ReportProblem.TOO_LARGE: translate(
            "Messages", "the report is too large to open safely (over the size limits)"
        ),
        ReportProblem.UNSAFE: translate(
            "Messages", "the report contains XML declarations (DTD, entities) and was refused"
        ),
        ReportProblem.WRONG_KIND: translate(
            "Messages", "the file is not a document of the kind its name says"
        ),
        ReportProblem.UNSUPPORTED_FORMAT: translate(
            "Messages", "the report must be a .docx or .odt file"
        ),
    }
    return texts[problem]


def ambiguous_appendix(candidates: tuple[str, ...]) -> str:
    """Two or more photo appendix headings: which one, with --after."""
    return fill(
        translate(
            "Messages",
            "The report has more than one photo appendix heading: %1. Choose one with "
            '--after "TEXT".',
        ),
        "、".join(f"「{text}」" for text in candidates),
    )


def after_not_found(text: str) -> str:
    """`--after TEXT` names no paragraph of the report."""
    return fill(translate("Messages", "No paragraph of the report reads 「%1」."), text)


def report_gone() -> str:
    """The linked report is no longer where it was chosen."""
    return translate("Messages", "the file is not there any more: choose it again in Export.")


def reference_finding(paragraph: int, reference: str, kind: FindingKind, now: int | None) -> str:
    """A photo reference of the report's text to look at, as one line."""
    from photoapp.domain.photo_refs import FindingKind

    if kind is FindingKind.MOVED:
        text = translate("Messages", "Paragraph %1, 「%2」: that photo is now Photo %3.")
    elif kind is FindingKind.REMOVED:
        text = translate(
            "Messages", "Paragraph %1, 「%2」: that photo is no longer in the appendix."
        )
    else:
        text = translate(
            "Messages", "Paragraph %1, 「%2」: no photo of the appendix has this number."
        )
    return fill(text, paragraph, reference, now if now is not None else "")


def write_error(error: ProjectWriteError) -> str:
    """Why an edit could not be saved to a project file, as one short phrase."""
    if isinstance(error, DiskFullError):
        return translate("Messages", "the disk is full")
    if isinstance(error, ProjectLockedError):
        return translate("Messages", "another program is using the project file")
    if isinstance(error, ProjectGoneError):
        return translate(
            "Messages", "the project file was deleted, moved or replaced while it was open"
        )
    if isinstance(error, ProjectReadOnlyError):
        return translate("Messages", "the project file or its folder is read-only")
    return translate("Messages", "the project file cannot be written")


def not_saved(step: str, error: ProjectWriteError) -> str:
    """One line: which edit was not saved, and why."""
    return fill(translate("Messages", "Not saved: “%1”, because %2."), step, write_error(error))


def read_only_advice(error: ProjectWriteError) -> str:
    """What the read-only banner tells the user to do about `error`."""
    if isinstance(error, DiskFullError):
        return translate(
            "Messages", "Make space on the disk, then Retry; or save a copy on another disk."
        )
    if isinstance(error, ProjectLockedError):
        return translate("Messages", "Close the other program, then Retry; or save a copy.")
    if isinstance(error, ProjectGoneError):
        return translate(
            "Messages",
            "Save a copy to keep the project as it is shown here, and go on editing the copy.",
        )
    return translate(
        "Messages", "Save a copy to go on editing, or make the file writable and Retry."
    )


def can_retry(error: ProjectWriteError) -> bool:
    """Whether trying again may succeed (a file that was replaced will not come back)."""
    return not isinstance(error, ProjectGoneError)
