"""The appendix put into the user's own report: the API the GUI and the CLI call.

    place = locate(report, after=None)             # where the appendix would go (for a preview)
    result = export_into(entries, report, target, settings, after=None, in_place=False)

The report (.docx or .odt) is read as hostile input (`report_package`), never changed unless
`in_place` (and then a backup copy is kept beside it first); the new document is written under
a temporary name and renamed into place only when complete. The appendix is laid out on the
report's pages with the report's type sizes (`report_fit`) and written by the same writers as
a stand-alone export, then grafted in (`into_docx`, `into_odt`).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from photoapp.domain.photo_refs import (
    Edit,
    ReferenceFinding,
    check_references,
    moves,
    renumbering,
)
from photoapp.domain.report_outline import (
    AppendixSpan,
    Block,
    find_appendix,
)
from photoapp.export.appendix import DocumentFormat, ExportResult, MissingPhoto, _missing
from photoapp.export.entries import AppendixEntry
from photoapp.export.errors import ExportCancelledError, ExportError, ExportProblem
from photoapp.export.files import check_writable, discard, move_into_place, temporary_for
from photoapp.export.images import Cancelled, PreparedImage, Progress, prepare_all
from photoapp.export.layout import Layout, build_layout
from photoapp.export.properties import DocumentInfo, document_title
from photoapp.export.report_fit import ReportPage, ReportStyles, fitted_settings, turned
from photoapp.export.report_package import ReportError, ReportProblem, check_package
from photoapp.export.settings import ExportSettings

REQUIRED = {
    DocumentFormat.DOCX: ("[Content_Types].xml", "word/document.xml"),
    DocumentFormat.ODT: ("content.xml", "styles.xml"),
}


class _Report(Protocol):
    def blocks(self) -> list[Block]: ...
    def page(self, index: int) -> ReportPage: ...
    def report_styles(self, span: AppendixSpan | None, level: int | None) -> ReportStyles: ...
    def insert(
        self,
        appendix: Path,
        span: AppendixSpan | None,
        settings: ExportSettings,
        heading_text: str,
    ) -> None: ...
    def rewrite(self, index: int, edits: Sequence[Edit]) -> None: ...
    def start_page(self, index: int) -> int | None: ...
    def save(self, target: Path) -> None: ...


@dataclass(frozen=True)
class AppendixPlace:
    """Where the appendix goes in a report: `heading` is the heading found (empty: none, the
    appendix is added at the end under its own heading), `replaced` how many blocks after it
    the appendix replaces, `blocks` how many the report's body has."""

    heading: str
    found: bool
    replaced: int
    blocks: int
    index: int
    page: int | None = None  # the page the appendix starts on, when the file tells


@dataclass(frozen=True)
class IntoResult:
    """A report written with the appendix in it."""

    result: ExportResult
    place: AppendixPlace
    backup: Path | None = None
    numbers: dict[int, int] = field(default_factory=dict)  # photo id → its number
    fixed: int = 0  # references in the text given their photos' new numbers

    @property
    def missing(self) -> tuple[MissingPhoto, ...]:
        return self.result.missing


def report_format(report: Path) -> DocumentFormat:
    """The report's format by its suffix: .docx or .odt; ReportError otherwise."""
    suffix = report.suffix.lower()
    if suffix == ".docx":
        return DocumentFormat.DOCX
    if suffix == ".odt":
        return DocumentFormat.ODT
    raise ReportError(ReportProblem.UNSUPPORTED_FORMAT, report)


def open_report(report: Path) -> _Report:
    """The report, checked (`check_package`) and opened; ReportError when it cannot be."""
    kind = report_format(report)
    check_package(report, REQUIRED[kind])
    try:
        if kind is DocumentFormat.DOCX:
            from photoapp.export.into_docx import DocxReport

            return DocxReport(report)
        from photoapp.export.into_odt import OdtReport

        return OdtReport(report)
    except ReportError:
        raise
    except Exception as error:  # the libraries raise many kinds for a damaged document
        raise ReportError(ReportProblem.CORRUPT, report, repr(error)) from error


def _place(blocks: Sequence[Block], span: AppendixSpan | None) -> AppendixPlace:
    if span is None:
        return AppendixPlace("", False, 0, len(blocks), len(blocks))
    if span.heading < 0:
        return AppendixPlace("", False, 0, len(blocks), span.end)
    return AppendixPlace(span.text.strip(), True, len(span.body), len(blocks), span.heading)


def locate(report: Path, after: str | None = None) -> AppendixPlace:
    """Where the appendix would go in `report` (raises the outline's lookup errors for two
    candidate headings or an `after` that names nothing, ReportError for a bad file)."""
    opened = open_report(report)
    blocks = opened.blocks()
    place = _place(blocks, find_appendix(blocks, after))
    return replace(place, page=opened.start_page(place.index))


@dataclass(frozen=True)
class ReportReference:
    """A photo reference of the report's text to look at: the paragraph it is in (1-based,
    counting the report's non-empty paragraphs), the start of that paragraph, and what."""

    paragraph: int
    excerpt: str
    finding: ReferenceFinding


def _outside(blocks: Sequence[Block], span: AppendixSpan | None) -> list[int]:
    """The indices of the blocks that are the report's text, not its photo appendix."""
    inside = set(span.body) if span is not None and span.heading >= 0 else set()
    return [index for index in range(len(blocks)) if index not in inside]


def references(
    blocks: Sequence[Block],
    span: AppendixSpan | None,
    numbers_now: Mapping[int, int],
    numbers_then: Mapping[int, int] | None = None,
) -> list[ReportReference]:
    """The report text's photo references that cite a number no photo has, or (with the
    numbers of the last insert) a photo that has moved or left since."""
    outside = _outside(blocks, span)
    ordinals = {}
    count = 0
    for index, block in enumerate(blocks):
        if block.text.strip():
            count += 1
        ordinals[index] = count
    texts = [blocks[index].text for index in outside]
    return [
        ReportReference(
            ordinals[outside[finding.paragraph]],
            texts[finding.paragraph].strip()[:24],
            finding,
        )
        for finding in check_references(texts, numbers_now, numbers_then)
    ]


def check_report(
    report: Path,
    numbers_now: Mapping[int, int],
    numbers_then: Mapping[int, int] | None = None,
    after: str | None = None,
) -> list[ReportReference]:
    """`references` of the report at `report` (read as hostile input, like `locate`)."""
    opened = open_report(report)
    blocks = opened.blocks()
    return references(blocks, find_appendix(blocks, after), numbers_now, numbers_then)


def backup_path(report: Path, now: datetime | None = None) -> Path:
    """Where an in-place export keeps the report as it was: beside it, dated."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return report.with_name(f"{report.stem}.backup-{stamp}{report.suffix}")


def export_into(
    entries: Sequence[AppendixEntry],
    report: Path,
    target: Path,
    settings: ExportSettings,
    *,
    after: str | None = None,
    in_place: bool = False,
    fix_references: Mapping[int, int] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> IntoResult:
    """Write `report` with the appendix of `entries` in it to `target` (same format).

    `after` chooses the place (see `find_appendix`). With `fix_references` (photo id → number
    at the last insert), references in the text to photos that moved since get their new
    numbers. `target` equal to `report` needs
    `in_place`, which first copies the report to `backup_path`. Raises ReportError for a report
    that cannot be used, the outline's lookup errors, ExportError for a target that cannot be
    written or an empty appendix, ExportCancelledError when `cancelled()` says so.
    """
    report = Path(report).resolve()
    target = Path(target).resolve()
    kind = report_format(report)
    if DocumentFormat.for_path(target) is not kind:
        raise ExportError(ExportProblem.UNSUPPORTED_FORMAT, target, "not the report's format")
    if target == report and not in_place:
        raise ExportError(ExportProblem.CANNOT_WRITE, target, "the report itself")
    check_writable(target)
    opened = open_report(report)
    blocks = opened.blocks()
    span = find_appendix(blocks, after)
    place = _place(blocks, span)
    keeps = span is not None and span.heading >= 0
    level = span.level if span is not None and keeps else None
    page = turned(opened.page(place.index), settings.orientation)
    heading = span.text.strip() if span is not None and keeps else settings.heading
    fitted = fitted_settings(settings, page, opened.report_styles(span, level), heading)
    layout = build_layout(entries, fitted)
    if not any(True for _ in layout.slots()):
        raise ExportError(ExportProblem.EMPTY_APPENDIX)
    photo_count = sum(1 for _ in layout.slots())

    def step(done: int, _total: int) -> None:
        if progress:
            progress(done, photo_count + 1)

    numbers = {slot.entry.photo.id: slot.entry.number for slot in layout.slots()}
    fixed = 0
    if fix_references:
        moved = moves(fix_references, numbers)
        for index in _outside(blocks, span):
            edits = renumbering(blocks[index].text, moved)
            if edits:
                opened.rewrite(index, edits)
                fixed += len(edits)
    images = prepare_all(layout, progress=step, cancelled=cancelled, workers=workers)
    if cancelled and cancelled():
        raise ExportCancelledError()
    temporary = temporary_for(target)
    backup: Path | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="photoapp-into-") as folder:
            appendix = Path(folder) / f"appendix{kind.value}"
            _write_appendix(kind, layout, images, appendix)
            try:
                opened.insert(appendix, span, fitted, heading)
                opened.save(temporary)
            except (ReportError, ExportError):
                raise
            except OSError as error:
                raise ExportError(ExportProblem.CANNOT_WRITE, target, str(error)) from error
            except Exception as error:  # a report the libraries read but cannot rewrite
                raise ReportError(ReportProblem.CORRUPT, report, repr(error)) from error
        if cancelled and cancelled():
            raise ExportCancelledError()
        if in_place and target == report:
            backup = backup_path(report)
            try:
                shutil.copy2(report, backup)
            except OSError as error:
                raise ExportError(ExportProblem.CANNOT_WRITE, backup, str(error)) from error
        move_into_place(temporary, target)
    finally:
        discard([temporary] if temporary.exists() else [])
    step(photo_count + 1, photo_count + 1)
    result = ExportResult(
        target, kind, len(layout.pages), target.stat().st_size, _missing(layout, images)
    )
    return IntoResult(result, place, backup, numbers, fixed)


def _write_appendix(
    kind: DocumentFormat, layout: Layout, images: Mapping[int, PreparedImage], path: Path
) -> None:
    """The appendix as a document of its own, by the stand-alone writers, to graft from
    (its own properties stay behind: the report keeps its own)."""
    info = DocumentInfo(document_title("", layout.settings))
    if kind is DocumentFormat.DOCX:
        from photoapp.export.docx import write_docx

        write_docx(layout, images, path, info)
    else:
        from photoapp.export.odt import write_odt

        write_odt(layout, images, path, info)
