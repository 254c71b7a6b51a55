"""Reading a roster of people from a spreadsheet export or pasted lines.

Accepted: CSV or tab-separated text with a header naming the columns (English or Chinese:
name/姓名, title/職稱, organisation/機關/單位, display/圖說稱呼, original/原文姓名), or lines
without a header in the order name, title, organisation, separated by tabs, commas (also
full-width) or 、.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as _field

from photoapp.domain.csv_records import read_records
from photoapp.domain.model import Person

_COLUMNS = {
    "name": ("name", "姓名", "名字"),
    "title": ("title", "職稱", "職位", "job title"),
    "organisation": ("organisation", "organization", "機關", "單位", "服務單位"),
    "display": ("display", "caption", "圖說稱呼", "稱呼", "in captions"),
    "original_name": ("original", "original name", "原文姓名", "原名", "外文姓名"),
}
_SPLIT = re.compile(r"\t|,|，|、")


def _header(cells: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = cell.strip().lower()
        for field, names in _COLUMNS.items():
            if key in names:
                found[field] = index
    return found if "name" in found else None


@dataclass(frozen=True)
class RosterRead:
    """The people read from a roster, and the lines passed over as malformed (a stray quote)."""

    people: list[Person] = _field(default_factory=list)
    malformed: list[int] = _field(default_factory=list)


def parse_roster(text: str) -> list[Person]:
    """People (id 0) from roster text; blank lines and rows without a name are passed over."""
    return read_roster(text).people


def read_roster(text: str) -> RosterRead:
    """People (id 0) from roster text, and the numbers of malformed lines (the rest still read)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first = next((line for line in text.split("\n") if line.strip()), None)
    if first is None:
        return RosterRead()
    delimiter = "\t" if "\t" in first else ","
    records, malformed = read_records(text, delimiter, row_width=2)
    records = [r for r in records if any(cell.strip() for cell in r.cells)]
    if not records:
        return RosterRead([], malformed)
    columns = _header(records[0].cells)
    if columns is None:
        lines = text.split("\n")
        rows = [_SPLIT.split(lines[r.line - 1]) if len(r.cells) < 2 else r.cells for r in records]
        columns = {"name": 0, "title": 1, "organisation": 2}
    else:
        rows = [r.cells for r in records[1:]]
    people: list[Person] = []
    for row in rows:
        values = {
            field: row[index].strip() if index < len(row) else ""
            for field, index in columns.items()
        }
        if values.get("name"):
            people.append(
                Person(
                    0,
                    values["name"],
                    values.get("title", ""),
                    values.get("organisation", ""),
                    values.get("display", ""),
                    values.get("original_name", ""),
                )
            )
    return RosterRead(people, malformed)
