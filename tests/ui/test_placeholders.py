"""Messages are filled in one pass: text the user typed that contains %2 or %3 is shown as
typed, never filled a second time (a day heading 參訪%3 came back as 參訪2017-09-10)."""

from __future__ import annotations

import re
from pathlib import Path

from photoapp.domain.model import Person
from photoapp.ui.session import ProjectSession

ROOT = Path(__file__).resolve().parents[2]


def test_no_message_is_filled_placeholder_by_placeholder() -> None:
    # Replacing %1 and then %2 re-scans the %1 value; `texts.catalogue.fill` does it at once.
    chained = re.compile(r"""\.replace\(\s*["']%[2-9]["']""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "photoapp").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if chained.search(line)
    ]
    assert found == []


def test_a_name_with_a_placeholder_stays_as_typed(session: ProjectSession) -> None:
    project = session.project
    gone = project.add_person(Person(0, "王%2小明")).id
    keep = project.people()[0]
    session.merge_people(keep.id, gone)
    assert session.undo_stack.undoText() == f"Merge 王%2小明 into {keep.name}"
