"""The appendix checks run on a project: the domain rules fed with what only storage knows,
which photo files are missing or changed since import. The CLI's `check` and the GUI's checks
window both call it."""

from __future__ import annotations

from collections.abc import Sequence

from photoapp.domain import checks
from photoapp.domain.checks import Finding
from photoapp.domain.model import Photo
from photoapp.storage.project import Project
from photoapp.storage.relink import FileState, file_states


def appendix_findings(project: Project, photos: Sequence[Photo] | None = None) -> list[Finding]:
    """What the checks find, in appendix order (`photos`: the project's, when already read).

    Only the appendix's files are looked for on disk: the others do not go into the report.
    """
    photos = project.photos() if photos is None else photos
    order = project.appendix()
    listed = [p.id for p in photos if p.id in set(order)]
    states = file_states(project, listed) if listed else {}
    missing = [pid for pid, state in states.items() if state is FileState.MISSING]
    changed = [pid for pid, state in states.items() if state is FileState.CHANGED]
    people = {p.id: p for p in project.people()}
    return checks.check(photos, people, order, missing, changed)
