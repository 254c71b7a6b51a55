"""What a project remembers about its report: which file, where in it, and the numbers.

Kept in the project's settings (key `into_report`, JSON), so the GUI's "Into my report…"
choice and the command line share it: the report last written into, the `after` text chosen
(for a report with two candidate headings), and which photo had which caption number at that
insert, which is how the reference check knows a photo has moved since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from photoapp.storage.project import Project

KEY = "into_report"


@dataclass(frozen=True)
class IntoState:
    """The project's report link; `numbers` maps photo id → caption number at the last insert
    (empty: nothing inserted yet)."""

    report: str = ""
    after: str | None = None
    numbers: dict[int, int] = field(default_factory=dict)


def load(project: Project) -> IntoState:
    """The remembered state; an empty one when there is none or it cannot be read."""
    try:
        data = json.loads(project.setting(KEY) or "{}")
        if not isinstance(data, dict):
            return IntoState()
        numbers = {int(key): int(value) for key, value in dict(data.get("numbers", {})).items()}
        after = data.get("after")
        return IntoState(
            str(data.get("report", "")), after if isinstance(after, str) else None, numbers
        )
    except (ValueError, TypeError):
        return IntoState()


def save(project: Project, state: IntoState) -> None:
    """Remember `state` in the project (one setting, written at once)."""
    data = {
        "report": state.report,
        "after": state.after,
        "numbers": {str(key): value for key, value in state.numbers.items()},
    }
    project.set_setting(KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))
