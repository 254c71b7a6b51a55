"""The whole project as plain data (what `photoapp info --json` prints)."""

from __future__ import annotations

from typing import Any

from photoapp.domain import captions, minguo
from photoapp.domain.model import Photo
from photoapp.storage.project import Project

_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def summary(project: Project) -> dict[str, Any]:
    """Trip, days, people and photos as JSON-ready dicts."""
    trip = project.trip()
    days = project.days()
    people = project.people()
    by_person = {p.id: p for p in people}
    day_dates = {d.id: d.date.isoformat() for d in days}
    photos = project.photos()
    counts: dict[int | None, int] = {}
    for photo in photos:
        counts[photo.day_id] = counts.get(photo.day_id, 0) + 1

    def photo_dict(photo: Photo) -> dict[str, Any]:
        return {
            "id": photo.id,
            "path": photo.path,
            "file": photo.file_name,
            "sha256": photo.sha256,
            "file_size": photo.file_size,
            "taken_at": photo.taken.isoformat() if photo.taken else None,
            "orientation": photo.orientation,
            "width": photo.width,
            "height": photo.height,
            "camera": photo.camera or None,
            "has_gps": photo.has_gps,
            "day": day_dates.get(photo.day_id) if photo.day_id is not None else None,
            "people": [by_person[i].name for i in photo.people if i in by_person],
            "caption": captions.render(photo.caption, by_person),
            "appendix_number": photo.appendix_number,
            "missing": project.is_missing(photo),
        }

    return {
        "trip": {
            "title": trip.title,
            "organisation": trip.organisation,
            "destination": trip.destination,
            "start": trip.start.isoformat() if trip.start else None,
            "end": trip.end.isoformat() if trip.end else None,
            "timezone": trip.timezone,
        },
        "days": [
            {
                "id": day.id,
                "date": day.date.isoformat(),
                "weekday": _WEEKDAYS_EN[day.date.weekday()],
                "minguo": minguo.heading(day.date),
                "label": day.label,
                "photos": counts.get(day.id, 0),
            }
            for day in days
        ],
        "people": [
            {
                "id": person.id,
                "name": person.name,
                "title": person.title,
                "organisation": person.organisation,
                "display": person.caption_name,
                "original_name": person.original_name,
            }
            for person in people
        ],
        "photos": [photo_dict(photo) for photo in photos],
        "appendix": project.appendix(),
    }
