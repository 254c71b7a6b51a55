"""`photoapp similar PROJECT [--json]`: the groups of alike photos (bursts) and the best of each.

Photos of a project made before the likeness was stored get it computed first (and stored,
unless the project is read-only), as the window does in the background when it opens one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from photoapp.cli.common import fill, printable, translate
from photoapp.domain.similarity import group_similar, is_blurred
from photoapp.storage.likeness import photos_with_likeness
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache


def register(commands: Any) -> None:
    """Add `similar` to the subcommand parsers."""
    parser = commands.add_parser(
        "similar",
        help=translate("cli", "list the groups of similar photos (bursts) and the best of each"),
    )
    parser.add_argument("project", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_similar)


def cmd_similar(args: argparse.Namespace) -> int:
    """Print the groups of two or more alike photos, best first marked, in capture order."""
    project = Project.open(args.project)
    try:
        photos = photos_with_likeness(project, ThumbnailCache())
        shifts = project.clock_shifts()
        files = {p.id: str(project.resolve(p)) for p in photos}
    finally:
        project.close()
    by_id = {p.id: p for p in photos}
    groups = group_similar(photos, shifts)
    if args.json:
        data = {
            "groups": [
                {
                    "best": group.best,
                    "photos": [
                        {"id": pid, "file": files[pid], "sharpness": by_id[pid].sharpness}
                        for pid in group.photo_ids
                    ],
                }
                for group in groups
            ]
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not groups:
        print(translate("cli", "No similar photos."))
        return 0
    grouped = sum(len(group.photo_ids) for group in groups)
    # No "%n photo(s)" here: lupdate takes the text layer's translate() for a plain message,
    # so a count would have no English plural forms.
    print(
        fill(
            translate("cli", "Groups of similar photos: %1 (photos in them: %2)"),
            len(groups),
            grouped,
        )
    )
    blurred_word = translate("cli", "blurred")
    for number, group in enumerate(groups, 1):
        members = [by_id[pid] for pid in group.photo_ids]
        print(fill(translate("cli", "Group %1:"), number))
        for photo in members:
            mark = "★" if photo.id == group.best else " "
            score = f"{photo.sharpness:.3f}" if photo.sharpness is not None else "-"
            blurred = f"  ({blurred_word})" if is_blurred(photo, members) else ""
            print(f"  {mark} {photo.id:>5}  {printable(photo.path)}  {score}{blurred}")
    print(translate("cli", "★ the best of each group; the number is its sharpness."))
    return 0
