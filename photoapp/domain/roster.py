"""Reading a roster of people from a spreadsheet export or pasted lines.

Accepted: CSV or tab-separated text with a header naming the columns (English or Chinese:
name/姓名, title/職稱, organisation/機關/單位, display/圖說稱呼, original/原文姓名), or lines
without a header in the order name, title, organisation, separated by tabs, commas (also
full-width) or 、.
"""

from __future__ import annotations

import csv
import io
import re

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


def parse_roster(text: str) -> list[Person]:
    """People (id 0) from roster text; blank lines and rows without a name are passed over."""
    text = text.lstrip("\ufeff")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    delimiter = "\t" if "\t" in lines[0] else ","
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    columns = _header(rows[0])
    if columns is None:
        rows = [[cell for cell in _SPLIT.split(line)] for line in lines]
        columns = {"name": 0, "title": 1, "organisation": 2}
    else:
        rows = rows[1:]
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
    return people
