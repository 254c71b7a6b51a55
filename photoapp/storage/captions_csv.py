"""Captions through a spreadsheet: export one row per photo, import edited captions and numbers.

The file is UTF-8 with a byte-order mark, so Excel on a Taiwanese Windows shows the Chinese
right; an import also reads Big5 (CP950), which Excel writes when saving as plain CSV there,
and UTF-16 ("Unicode Text", tab-separated), with or without its byte-order mark. Cells that a
spreadsheet would run as formulas are written with a leading `'` and read back without it; a
malformed row (a stray quote) is reported by its line and the rest of the file still read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from photoapp.domain import captions
from photoapp.domain.csv_records import escape_cell, read_records, unescape_cell
from photoapp.storage.project import Project
from photoapp.storage.report_text import decode_text
from photoapp.storage.safe_output import OutputFormat, write_atomically

HEADER = ("number", "file", "day", "people", "caption")
_NUMBER = re.compile(r"[0-9]+")  # str.isdigit() also takes ² and other digits int() refuses


class CaptionsFileProblem(Enum):
    """Why a captions file cannot be read at all."""

    UNREADABLE = "unreadable"
    BAD_HEADER = "bad-header"


class CaptionsFileError(Exception):
    """The captions file cannot be used; nothing was changed."""

    def __init__(self, path: Path, problem: CaptionsFileProblem, detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value} {detail}".strip())
        self.path = path
        self.problem = problem
        self.detail = detail


class RowProblem(Enum):
    """Why one row of an import was passed over."""

    NO_SUCH_FILE = "no-such-file"
    AMBIGUOUS_FILE = "ambiguous-file"
    BAD_NUMBER = "bad-number"
    DUPLICATE_NUMBER = "duplicate-number"
    DUPLICATE_ROW = "duplicate-row"
    MALFORMED = "malformed"  # a stray quote or the like: that row alone is passed over


@dataclass(frozen=True)
class SkippedRow:
    """A row not applied: its line in the file, why, and the value at fault."""

    line: int
    problem: RowProblem
    value: str


@dataclass
class CaptionTable:
    """What an import would change: captions by photo, the new appendix order, skipped rows."""

    captions: dict[int, str] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)


def export_captions(project: Project, path: Path, *, force: bool = False) -> int:
    """Write every photo as a row (appendix photos first, in order); returns the row count.

    Raises UnsafeTargetError for a target that must not be written (the project, one of its
    photos, or, unless `force`, an existing file that is not a CSV); OSError naming `path`.
    """
    project.check_output(path, OutputFormat.CSV, force=force)
    people = {p.id: p for p in project.people()}
    days = {d.id: d.date.isoformat() for d in project.days()}
    photos = project.photos()
    order = {pid: index for index, pid in enumerate(project.appendix())}
    photos.sort(key=lambda p: order.get(p.id, len(order)))  # stable: the rest by time
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for photo in photos:
        cells = (
            str(photo.appendix_number or ""),
            photo.path,
            days.get(photo.day_id, "") if photo.day_id is not None else "",
            "、".join(people[i].name for i in photo.people if i in people),
            captions.render(photo.caption, people),
        )
        writer.writerow([escape_cell(cell) for cell in cells])
    write_atomically(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return len(photos)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CaptionsFileError(path, CaptionsFileProblem.UNREADABLE, str(error)) from error
    text = decode_text(data)  # UTF-8/16 (with or without a mark), Big5
    if text is None:
        raise CaptionsFileError(path, CaptionsFileProblem.UNREADABLE, "encoding")
    return text


def read_captions(project: Project, path: Path) -> CaptionTable:
    """Plan an import of an edited captions file (nothing is written; see `apply`)."""
    text = _read_text(path)
    records, malformed = read_records(text, _delimiter(text), row_width=len(HEADER))
    if (
        not records
        or records[0].line != 1
        or [cell.strip().lower() for cell in records[0].cells[:5]] != list(HEADER)
    ):
        raise CaptionsFileError(path, CaptionsFileProblem.BAD_HEADER, ",".join(HEADER))
    photos = project.photos()
    by_path = {p.path: p.id for p in photos}
    by_name: dict[str, list[int]] = {}
    for photo in photos:
        by_name.setdefault(photo.file_name, []).append(photo.id)
    people = project.people()
    table = CaptionTable()
    numbered: list[tuple[int, int]] = []
    numbers_seen: set[int] = set()
    for line in malformed:
        table.skipped.append(SkippedRow(line, RowProblem.MALFORMED, _line(text, line)))
    for record in records[1:]:
        line = record.line
        cells = [unescape_cell(cell) for cell in [*record.cells, "", "", "", "", ""][:5]]
        number_text, file_text, _day, _people, caption = (c.strip() for c in cells)
        if not any(cells):
            continue
        photo_id = by_path.get(file_text.replace("\\", "/"))
        if photo_id is None:
            matches = by_name.get(Path(file_text.replace("\\", "/")).name, [])
            if len(matches) != 1:
                problem = RowProblem.AMBIGUOUS_FILE if matches else RowProblem.NO_SUCH_FILE
                table.skipped.append(SkippedRow(line, problem, file_text))
                continue
            photo_id = matches[0]
        if photo_id in table.captions:
            table.skipped.append(SkippedRow(line, RowProblem.DUPLICATE_ROW, file_text))
            continue
        if number_text:
            if not _NUMBER.fullmatch(number_text) or int(number_text) < 1:
                table.skipped.append(SkippedRow(line, RowProblem.BAD_NUMBER, number_text))
                continue
            if int(number_text) in numbers_seen:
                table.skipped.append(SkippedRow(line, RowProblem.DUPLICATE_NUMBER, number_text))
                continue
            numbers_seen.add(int(number_text))
            numbered.append((int(number_text), photo_id))
        table.captions[photo_id] = captions.tokenize(caption, people)
    listed = set(table.captions)
    kept = [pid for pid in project.appendix() if pid not in listed]  # rows absent: unchanged
    table.order = [pid for _, pid in sorted(numbered)] + kept
    table.skipped.sort(key=lambda skipped: skipped.line)
    return table


def _delimiter(text: str) -> str:
    """Excel's "Unicode Text" is tab-separated; its CSV is comma-separated."""
    first = text.split("\n", 1)[0]
    return "\t" if first.count("\t") > first.count(",") else ","


def _line(text: str, number: int) -> str:
    line = text.split("\n")[number - 1] if number else ""
    return line if len(line) <= 60 else line[:59] + "…"


def apply(project: Project, table: CaptionTable) -> tuple[dict[int, str], list[int]]:
    """Write a planned import in one transaction; returns what undoes it."""
    return project.set_captions(table.captions, table.order)
