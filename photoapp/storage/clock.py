"""Planning a camera clock correction: the new shifts and which photos change day.

The plan is computed first (for the preview) and applied in one transaction with
`Project.set_clock`; the GUI and the CLI both go through `plan_correction`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from photoapp.domain import placement
from photoapp.domain.placement import ClockShifts, DayChange
from photoapp.storage.project import Project

K = TypeVar("K", str, int)


@dataclass(frozen=True)
class ClockPlan:
    """New clock shifts (None removes one) and the day moves they cause."""

    cameras: dict[str, int | None]
    photos: dict[int, int | None]
    moves: list[DayChange]

    def apply(
        self, project: Project
    ) -> tuple[dict[str, int | None], dict[int, int | None], dict[int, int | None]]:
        """Write the plan; returns what undoes it (see `Project.set_clock`)."""
        return project.set_clock(
            self.cameras, self.photos, {move.photo_id: move.after for move in self.moves}
        )


def plan_correction(
    project: Project,
    seconds: int,
    *,
    camera: str | None = None,
    photo_ids: Sequence[int] = (),
) -> ClockPlan:
    """Shift a camera's clock (all its photos) or some photos' clocks by `seconds`.

    The shift replaces any earlier correction of the same camera or photos. Photos on a day
    that the corrected time no longer matches move to the matching day (or off the itinerary).
    """
    if (camera is None) == (not photo_ids):
        raise ValueError("give a camera or photos, not both")
    before = project.clock_shifts()
    cameras: dict[str, int | None] = {}
    photos: dict[int, int | None] = {}
    if camera is not None:
        cameras[camera] = seconds or None
        # A camera-wide correction replaces per-photo ones of that camera.
        photos = {
            pid: None for pid, _ in before.by_photo.items() if project.photo(pid).camera == camera
        }
    else:
        photos = dict.fromkeys(photo_ids, seconds)
    after = ClockShifts(_updated(before.by_camera, cameras), _updated(before.by_photo, photos))
    affected = project.photos()
    moves = placement.changes(affected, project.days(), project.zone(), before, after)
    # Only photos that are on a day by the rule, or unassigned, follow it: a photo the user put
    # on another day by hand keeps it (its current day differs from the rule's old answer).
    current = {p.id: p.day_id for p in affected}
    moves = [m for m in moves if current[m.photo_id] == m.before]
    return ClockPlan(cameras, photos, moves)


def _updated(shifts: Mapping[K, int], changes: Mapping[K, int | None]) -> dict[K, int]:
    """`shifts` with `changes` applied (None removes an entry)."""
    result = {key: value for key, value in shifts.items() if key not in changes}
    result.update({key: value for key, value in changes.items() if value is not None})
    return result


def cameras(project: Project) -> list[tuple[str, int]]:
    """The cameras of the project's photos with how many photos each took, most first."""
    counts: dict[str, int] = {}
    for photo in project.photos():
        if photo.camera:
            counts[photo.camera] = counts.get(photo.camera, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
