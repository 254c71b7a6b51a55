"""Reading spreadsheet text (CSV or tab-separated) row by row, robust to a stray quote, and
the guard against formula injection for cells we write.

Python's csv module lets one unbalanced `"` swallow every following line into a single cell,
silently. Here each record is read strictly; a record that fails, or whose quoted cell runs over
lines that look like rows of their own, is reported by its line number and reading goes on at
the next line, so one bad row costs that row only.

Spreadsheet programs run a cell starting with `=`, `+`, `-`, `@` (and tab or CR, which some
strip first) as a formula: such cells are written with a leading `'` (OWASP's advice, which
Excel shows as text) and read back without it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: str) -> str:
    """A cell as written to a spreadsheet file: formula-like text made inert with a `'`."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def unescape_cell(value: str) -> str:
    """A cell as read back: the `'` that `escape_cell` added is dropped (also before a line
    break, which is what a CR becomes once line ends are unified)."""
    if value.startswith("'") and value[1:].startswith((*FORMULA_STARTS, "\n")):
        return value[1:]
    return value


@dataclass(frozen=True)
class Record:
    """One row read: the line it starts on (1-based) and its cells."""

    line: int
    cells: list[str]


class _Lines:
    """Lines handed to csv.reader one at a time, counting how many it took."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.position = start

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self.position >= len(self.lines):
            raise StopIteration
        self.position += 1
        return self.lines[self.position - 1] + "\n"


def read_records(
    text: str, delimiter: str = ",", row_width: int = 2
) -> tuple[list[Record], list[int]]:
    """The records of `text` (with "\\n" line ends) and the line numbers of malformed ones.

    A quoted cell may span lines (Excel writes a caption with a line break so), unless one of
    the lines it would swallow looks like a row of its own (`row_width` or more cells): then the
    opening line is malformed and reading goes on with the next line.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    records: list[Record] = []
    malformed: list[int] = []
    start = 0
    while start < len(lines):
        source = _Lines(lines, start)
        try:
            cells = next(csv.reader(source, delimiter=delimiter, strict=True))
        except csv.Error:
            cells = None
        except StopIteration:
            break
        end = source.position
        if cells is None or any(
            _looks_like_row(line, delimiter, row_width) for line in lines[start + 1 : end]
        ):
            malformed.append(start + 1)
            start += 1
            continue
        records.append(Record(start + 1, cells))
        start = end
    return records, malformed


def _looks_like_row(line: str, delimiter: str, row_width: int) -> bool:
    cells = next(csv.reader([line], delimiter=delimiter), [])
    return len(cells) >= row_width and sum(1 for cell in cells if cell.strip()) >= 2
