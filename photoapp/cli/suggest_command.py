"""`photoapp suggest PROJECT --count N [--apply] [--json]`: the photos to put in the appendix.

The rules are domain.suggest's: every itinerary day with photos covered, only the best of each
group of similar photos, never a blurred one, people tagged preferred, in day and time order.
`--apply` makes the suggestion the appendix (the previous one is in the project's backups and
`photoapp backups` restores it) and says how many photos it had.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from photoapp.cli.common import CommandError, fill, printable, translate
from photoapp.domain.similarity import group_similar
from photoapp.domain.suggest import suggest_appendix
from photoapp.storage.likeness import photos_with_likeness
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache
from photoapp.texts.messages import suggestion_reason


def register(commands: Any) -> None:
    """Add `suggest` to the subcommand parsers."""
    parser = commands.add_parser(
        "suggest",
        help=translate("cli", "suggest the photos for the appendix (every day, no blurred photo)"),
    )
    parser.add_argument("project", type=Path)
    parser.add_argument(
        "--count", type=int, default=12, help=translate("cli", "how many photos (default 12)")
    )
    parser.add_argument(
        "--apply", action="store_true", help=translate("cli", "make the suggestion the appendix")
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_suggest)


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print (and with --apply, set) the suggested appendix."""
    if args.count < 1:
        raise CommandError(translate("cli", "--count must be at least 1."))
    project = Project.open(args.project)
    try:
        photos = photos_with_likeness(project, ThumbnailCache())
        days = project.days()
        shifts = project.clock_shifts()
        groups = group_similar(photos, shifts)
        missing = project.missing_ids(photos)  # never suggest what cannot be exported
        chosen = suggest_appendix(photos, days, groups, args.count, shifts, missing)
        by_id = {photo.id: photo for photo in photos}
        files = {photo.id: str(project.resolve(photo)) for photo in photos}
        dates = {day.id: day.date.isoformat() for day in days}
        previous: list[int] | None = None
        if args.apply and chosen:
            previous = project.set_appendix([s.photo_id for s in chosen])
    finally:
        project.close()
    if args.json:
        data = {
            "suggested": [
                {
                    "id": s.photo_id,
                    "file": files[s.photo_id],
                    "day": dates.get(s.day_id) if s.day_id is not None else None,
                    "why": suggestion_reason(s.reason),
                }
                for s in chosen
            ]
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not chosen:
        print(
            translate(
                "cli",
                "No photo to suggest: none, or all of them blurred or with their files missing.",
            )
        )
        return 0
    print(fill(translate("cli", "Suggested photos: %1"), len(chosen)))
    for number, s in enumerate(chosen, 1):
        day = dates.get(s.day_id, "-") if s.day_id is not None else "-"
        path = printable(by_id[s.photo_id].path)
        print(f"{number:>3}  {day:<10}  {s.photo_id:>5}  {path}  ({suggestion_reason(s.reason)})")
    if previous is not None:
        print(
            fill(
                translate("cli", "The appendix is now these photos (it had %1 before)."),
                len(previous),
            )
        )
    return 0
