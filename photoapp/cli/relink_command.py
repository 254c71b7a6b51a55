"""`photoapp relink PROJECT FOLDER`: find moved or renamed photos by their content."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from photoapp.cli.common import CommandError, fill, printable, translate
from photoapp.storage.folders import is_folder
from photoapp.storage.project import Project
from photoapp.storage.relink import find_moved


def register(commands: Any) -> None:
    """Add `relink` to the subcommand parsers."""
    relink = commands.add_parser(
        "relink",
        help=translate("cli", "find missing or changed photos in a folder, by their content"),
    )
    relink.add_argument("project", type=Path)
    relink.add_argument("folder", type=Path)
    relink.add_argument("--json", action="store_true")
    relink.set_defaults(handler=cmd_relink)


def cmd_relink(args: argparse.Namespace) -> int:
    """Search a folder for the photos whose files are missing or changed, and point them there."""
    if not is_folder(args.folder):
        raise CommandError(fill(translate("cli", "%1 is not a folder."), printable(args.folder)))
    project = Project.open(args.project)
    try:
        result = find_moved(project, args.folder)
        names = {p.id: p.path for p in project.photos()}
        if result.found:
            project.set_photo_paths(result.found)
        found = {pid: project.photo(pid).path for pid in result.found}
    finally:
        project.close()
    if args.json:
        data = {
            "relinked": [
                {"photo": pid, "was": names[pid], "now": path} for pid, path in found.items()
            ],
            "not_found": [{"photo": pid, "path": names[pid]} for pid in result.not_found],
            "searched": result.searched,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(
        fill(
            translate("cli", "Found %1 of %2 missing or changed photos (%3 files searched)."),
            len(found),
            len(found) + len(result.not_found),
            result.searched,
        )
    )
    for pid, path in found.items():
        print(f"  ✓ {printable(names[pid])} → {printable(path)}")
    for pid in result.not_found:
        print(f"  ✗ {printable(names[pid])}")
    return 0
