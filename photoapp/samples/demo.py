"""The demo trip: `resources/demo/trip.json` made into a real project with generated photos.

It goes through the same import and edit functions as a user's trip, so the demo shows what the
program really does (dates read from EXIF, photos upright, captions naming people).
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from photoapp.domain import captions
from photoapp.domain.model import Person, Trip
from photoapp.resource_files import resource
from photoapp.samples.photos import Exif, write_photo
from photoapp.storage.importer import ImportReport, import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache

DEMO_SPEC = resource("demo", "trip.json")
PHOTO_SIZE = (1600, 1200)
EXIF_TIME = "%Y:%m:%d %H:%M:%S"


def _photo_meta(spec: dict[str, Any], cameras: dict[str, dict[str, str]]) -> Exif:
    camera = cameras.get(spec.get("camera", ""), {})
    gps = spec.get("gps")
    return Exif(
        taken=spec.get("taken"),
        offset=camera.get("offset"),
        orientation=int(spec.get("orientation", 1)),
        make=camera.get("make"),
        model=camera.get("model"),
        gps=(float(gps[0]), float(gps[1])) if gps else None,
    )


def _seconds_later(taken: str | None, seconds: int) -> str | None:
    """An EXIF time ("2025:10:15 09:47:03") this many seconds later."""
    if taken is None:
        return None
    when = datetime.strptime(taken, EXIF_TIME) + timedelta(seconds=seconds)
    return when.strftime(EXIF_TIME)


def fresh_demo_folder() -> Path:
    """An empty temporary folder for one demo trip, removed when the program exits: every
    `--demo` and File ▸ Open Demo makes a fresh copy, and none is left behind in the temp dir."""
    folder = Path(tempfile.mkdtemp(prefix="photoapp-demo-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def build_demo(folder: Path, cache: ThumbnailCache | None = None) -> Project:
    """Write the demo photos and project into `folder` (which should be empty) and open it."""
    spec = json.loads(DEMO_SPEC.read_text(encoding="utf-8"))
    info = spec["trip"]
    photos_folder = folder / "照片"
    for index, photo in enumerate(spec["photos"]):
        image_format = "PNG" if photo["file"].lower().endswith(".png") else "JPEG"
        meta = _photo_meta(photo, spec["cameras"])
        path = photos_folder / photo["file"]
        options = {"size": PHOTO_SIZE, "seed": index, "image_format": image_format, "mark": False}
        write_photo(path, meta, **options)
        # A burst: the same moment shot again a second or two later, the hand moving a little,
        # some shots shaken; the program stacks them and keeps the sharpest.
        blurred = set(photo.get("blurred", []))
        for shot, name in enumerate(photo.get("burst", []), start=1):
            later = replace(meta, taken=_seconds_later(meta.taken, shot))
            blur = 5.0 if name in blurred else 0.0
            write_photo(path.with_name(name), later, shift=4 * shot, blur=blur, **options)
    trip = Trip(
        title=info["title"],
        organisation=info["organisation"],
        destination=info["destination"],
        start=date.fromisoformat(info["start"]),
        end=date.fromisoformat(info["end"]),
        timezone=info["timezone"],
    )
    project = Project.create(folder / "demo.photoapp", trip)
    # The days come from the trip's dates; their labels from the report's itinerary.
    project.replace_days([(date.fromisoformat(d["date"]), d["label"]) for d in spec["days"]])
    people = {
        p["key"]: project.add_person(
            Person(
                0,
                p["name"],
                p.get("title", ""),
                p.get("organisation", ""),
                p.get("display", ""),
                p.get("original_name", ""),
            )
        )
        for p in spec["people"]
    }
    # Import places each photo on the day it was taken, as for any trip.
    report = import_paths(project, [photos_folder], cache)
    _annotate(project, spec["photos"], report, people)
    return project


def _annotate(
    project: Project,
    specs: list[dict[str, Any]],
    report: ImportReport,
    people: dict[str, Person],
) -> None:
    ids = {
        path.relative_to(project.folder / "照片").as_posix(): pid for path, pid in report.imported
    }
    tokens = {key: captions.person_token(person.id) for key, person in people.items()}
    numbered: list[tuple[int, int]] = []
    for spec in specs:
        photo_id = ids[spec["file"]]
        for key in spec["people"]:
            project.tag([photo_id], people[key].id)
        if spec["caption"]:
            project.set_caption(photo_id, spec["caption"].format(**tokens))
        if "appendix" in spec:
            numbered.append((spec["appendix"], photo_id))
    project.set_appendix([pid for _, pid in sorted(numbered)])
