"""The appendix checks run on a project: the domain rules fed with what only storage knows,
which photo files are missing. The CLI's `check` and the GUI's checks window both call it."""

from __future__ import annotations

from collections.abc import Sequence

from photoapp.domain import checks
from photoapp.domain.checks import Finding
from photoapp.domain.model import Photo
from photoapp.storage.project import Project


def appendix_findings(project: Project, photos: Sequence[Photo] | None = None) -> list[Finding]:
    """What the checks find, in appendix order (`photos`: the project's, when already read).

    Only the appendix's files are looked for on disk: the others do not go into the report.
    """
    photos = project.photos() if photos is None else photos
    order = project.appendix()
    listed = set(order)
    missing = [p.id for p in photos if p.id in listed and project.is_missing(p)]
    people = {p.id: p for p in project.people()}
    return checks.check(photos, people, order, missing)
