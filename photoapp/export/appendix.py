"""Exporting the appendix: collect, lay out, prepare the photos once, write each format.

This is the API the GUI and the CLI call. The format follows the target's suffix (.odt, .docx,
.pdf). Photos are prepared once per call and shared by every format written in that call; all
documents are written to temporary names first and renamed into place only when every one of
them is complete, so an error or a cancel leaves the folder as it was. (Only a rename failing
after another one succeeded, say a file held open by Word on Windows, leaves the documents
renamed before it in place: each of them complete.)

A photo whose file is missing or unreadable keeps its place and number: its box shows an empty
frame with a cross above its caption, and the result lists it so the GUI can say which.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from photoapp.export.entries import AppendixEntry, collect
from photoapp.export.errors import (
    ExportCancelledError,
    ExportError,
    ExportProblem,
    SettingsError,
)
from photoapp.export.files import check_writable, discard, move_into_place, temporary_for
from photoapp.export.images import Cancelled, PreparedImage, Progress, prepare_all, prepare_slots
from photoapp.export.layout import CaptionFit, Layout, Slot, build_layout
from photoapp.export.properties import DocumentInfo, document_title
from photoapp.export.settings import ExportSettings
from photoapp.storage.project import Project

ESTIMATE_SAMPLE = 3
PLACEHOLDER_BYTES = 20_000  # the empty box of a missing photo
# Measured bytes besides the photos: (document, per photo, per distinct character of text).
# The PDF embeds a subset of its fonts, about half a kilobyte per CJK character.
_OVERHEAD = {"odt": (8_000, 300, 0), "docx": (33_000, 500, 0), "pdf": (12_000, 300, 500)}


class DocumentFormat(Enum):
    """The formats photoapp writes, by file suffix."""

    ODT = ".odt"
    DOCX = ".docx"
    PDF = ".pdf"

    @classmethod
    def for_path(cls, path: Path) -> DocumentFormat:
        """The format a target's suffix asks for; ExportError(UNSUPPORTED_FORMAT) if none."""
        try:
            return cls(path.suffix.lower())
        except ValueError as error:
            raise ExportError(ExportProblem.UNSUPPORTED_FORMAT, path) from error


@dataclass(frozen=True)
class MissingPhoto:
    """A photo of the appendix shown as an empty box: which, where, and why."""

    photo_id: int
    line: str  # its numbered caption as printed, e.g. "照片 3：…"
    path: Path
    problem: ExportProblem  # PHOTO_MISSING or PHOTO_UNREADABLE
    detail: str = ""


@dataclass(frozen=True)
class ExportResult:
    """One document written: where, in which format, how many pages and bytes, which photos
    are empty boxes in it, and the captions (numbered lines as they should have been) cut
    with "…" because even at the smallest size they did not fit their box."""

    path: Path
    format: DocumentFormat
    pages: int
    bytes_written: int
    missing: tuple[MissingPhoto, ...] = ()
    cut: tuple[str, ...] = ()


SETTINGS_KEY = "export"  # where a project keeps the export settings it was last exported with


def saved_settings(project: Project) -> ExportSettings:
    """The settings the project was last exported with; the defaults when it has none, or
    when they were written by a newer photoapp and cannot be read."""
    try:
        return ExportSettings.from_json(project.setting(SETTINGS_KEY) or "{}")
    except SettingsError:
        return ExportSettings()


def save_settings(project: Project, settings: ExportSettings) -> None:
    """Keep the settings in the project, for its next export (GUI or command line)."""
    project.set_setting(SETTINGS_KEY, settings.to_json())


def document_info(project: Project, settings: ExportSettings, author: str = "") -> DocumentInfo:
    """The properties of documents exported now: the trip's title with the heading, `author`
    (from Preferences; empty by default), the current time."""
    return DocumentInfo(document_title(project.trip().title, settings), author)


def plan(project: Project, settings: ExportSettings) -> Layout:
    """The appendix laid out on pages, as the documents will have it (for previews)."""
    return build_layout(collect(project, settings), settings)


def page_count(project: Project, settings: ExportSettings) -> int:
    """How many pages the appendix takes."""
    return len(plan(project, settings).pages)


def estimate_size(
    project: Project,
    settings: ExportSettings,
    document_format: DocumentFormat = DocumentFormat.PDF,
) -> int:
    """About how many bytes the document will have, from a few photos prepared as a sample.

    Photos dominate the size and every format stores the same JPEGs; what each format adds
    (styles, the zip, the PDF's embedded font subsets) comes from measured overheads. Takes a
    fraction of a second per sampled photo: off the GUI thread, use `estimate_entries_size`.
    """
    return estimate_entries_size(collect(project, settings), settings, document_format)


def estimate_entries_size(
    entries: Sequence[AppendixEntry],
    settings: ExportSettings,
    document_format: DocumentFormat = DocumentFormat.PDF,
) -> int:
    """`estimate_size` of entries already collected (reads photo files, not the project)."""
    layout = build_layout(entries, settings)
    slots = list(layout.slots())
    present = [slot for slot in slots if slot.entry.path.is_file()]
    per_pixel = 0.0
    if present:
        step = max(1, len(present) // ESTIMATE_SAMPLE)
        prepared = prepare_slots(layout, present[::step][:ESTIMATE_SAMPLE])
        sample_bytes = sum(len(image.data) for image in prepared.values())
        sample_pixels = sum(image.size[0] * image.size[1] for image in prepared.values())
        per_pixel = sample_bytes / max(1, sample_pixels)
    pixels = sum(_prepared_pixels(layout, slot) for slot in present)
    photo_bytes = round(pixels * per_pixel) + PLACEHOLDER_BYTES * (len(slots) - len(present))
    base, per_photo, per_character = _OVERHEAD[document_format.name.lower()]
    characters = len(set(settings.heading + "".join(slot.entry.line for slot in slots)))
    return base + per_photo * len(slots) + per_character * characters + photo_bytes


def _prepared_pixels(layout: Layout, slot: Slot) -> int:
    """Pixels of a photo once prepared: its box at the resolution, or less if it is smaller."""
    width, height = layout.pixel_box(slot)
    photo = slot.entry.photo
    if 0 < photo.width < width and 0 < photo.height < height:
        return photo.width * photo.height
    return width * height


def export(
    project: Project,
    path: Path,
    settings: ExportSettings,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
    author: str = "",
) -> ExportResult:
    """Write the appendix to `path`, its format chosen by the suffix (.odt, .docx, .pdf).

    `progress(done, total)` is called as work finishes; `cancelled()` is asked between steps
    and makes the export raise ExportCancelledError having written nothing. Raises
    ExportError for a target that cannot be written or an empty appendix. A PDF needs a
    QGuiApplication (see `photoapp.export.pdf`).
    """
    return export_all(
        project,
        [path],
        settings,
        progress=progress,
        cancelled=cancelled,
        workers=workers,
        author=author,
    )[0]


def export_all(
    project: Project,
    paths: Sequence[Path],
    settings: ExportSettings,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
    author: str = "",
) -> list[ExportResult]:
    """Write the appendix to each of `paths` (formats by suffix), preparing the photos once.

    All or nothing: every document is finished under a temporary name before any is renamed
    into place. The results come in the order of `paths`. Reads the project on the calling
    thread; to work on another thread, `collect` here and `export_entries` there.
    """
    return export_entries(
        collect(project, settings),
        paths,
        settings,
        progress=progress,
        cancelled=cancelled,
        workers=workers,
        info=document_info(project, settings, author),
    )


def export_entries(
    entries: Sequence[AppendixEntry],
    paths: Sequence[Path],
    settings: ExportSettings,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
    info: DocumentInfo | None = None,
) -> list[ExportResult]:
    """`export_all` of entries already collected: touches no project, only the photo files
    and the targets, so a worker thread can run it while the GUI goes on. `info` gives the
    documents' properties (`document_info`); without it, the heading is the title."""
    if info is None:
        info = DocumentInfo(document_title("", settings))
    targets = [Path(path).resolve() for path in paths]
    if len(set(targets)) != len(targets):
        raise ValueError("the same target is given twice")
    formats = [DocumentFormat.for_path(target) for target in targets]
    for target in targets:
        check_writable(target)
    layout = build_layout(entries, settings)
    if not layout.pages or not any(True for _ in layout.slots()):
        raise ExportError(ExportProblem.EMPTY_APPENDIX)
    photo_count = sum(1 for _ in layout.slots())
    total = photo_count + len(targets)

    def step(done: int, _total: int) -> None:
        if progress:
            progress(done, total)

    images = prepare_all(layout, progress=step, cancelled=cancelled, workers=workers)
    temporaries: list[Path] = []
    try:
        for index, (target, document_format) in enumerate(zip(targets, formats, strict=True)):
            if cancelled and cancelled():
                raise ExportCancelledError()
            temporary = temporary_for(target)
            temporaries.append(temporary)
            _write(document_format, layout, images, temporary, info)
            step(photo_count + index + 1, total)
        if cancelled and cancelled():
            raise ExportCancelledError()
        for temporary, target in zip(temporaries, targets, strict=True):
            move_into_place(temporary, target)
    finally:
        discard([path for path in temporaries if path.exists()])
    missing = _missing(layout, images)
    cut = tuple(slot.entry.line for slot in layout.slots() if slot.fit is CaptionFit.CUT)
    return [
        ExportResult(
            target, document_format, len(layout.pages), target.stat().st_size, missing, cut
        )
        for target, document_format in zip(targets, formats, strict=True)
    ]


def _write(
    document_format: DocumentFormat,
    layout: Layout,
    images: Mapping[int, PreparedImage],
    temporary: Path,
    info: DocumentInfo,
) -> None:
    """Write one document; library and system failures become ExportError(CANNOT_WRITE)."""
    try:
        if document_format is DocumentFormat.ODT:
            from photoapp.export.odt import write_odt

            write_odt(layout, images, temporary, info, _thumbnail(layout, images))
        elif document_format is DocumentFormat.DOCX:
            from photoapp.export.docx import write_docx

            write_docx(layout, images, temporary, info)
        else:
            from photoapp.export.pdf import write_pdf  # Qt is loaded only for PDFs

            write_pdf(layout, images, temporary, info)
    except ExportError:
        raise
    except OSError as error:
        raise ExportError(ExportProblem.CANNOT_WRITE, temporary, str(error)) from error


def _thumbnail(layout: Layout, images: Mapping[int, PreparedImage]) -> bytes | None:
    """The first page as a PNG by the page painter, where Qt can paint (a QGuiApplication
    is there: the GUI, the command line); None where it cannot. A process that has not
    loaded Qt (ODT and DOCX need none) is not made to load it for a thumbnail."""
    if "PySide6.QtGui" not in sys.modules:
        return None
    from photoapp.export.painting import first_page_png

    return first_page_png(layout, images)


def _missing(layout: Layout, images: Mapping[int, PreparedImage]) -> tuple[MissingPhoto, ...]:
    return tuple(
        MissingPhoto(
            slot.entry.photo.id, slot.entry.line, slot.entry.path, image.problem, image.detail
        )
        for slot in layout.slots()
        if (image := images[slot.entry.photo.id]).problem is not None
    )
