"""The `backups` subcommand: list a project's automatic backups, restore one as a new file.

    photoapp backups PROJECT [--json]
    photoapp backups PROJECT --restore N -o NEW.photoapp

Works whatever state the project is in (damaged, refused, deleted): it reads only the backups.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from photoapp.cli.common import CommandError, fill, printable, translate
from photoapp.storage import backups
from photoapp.storage.database import SUFFIX
from photoapp.storage.errors import CorruptProjectError


def register(commands: Any) -> None:
    """Add `backups` to the subcommand parsers."""
    parser = commands.add_parser(
        "backups", help=translate("cli", "list the automatic backups of a project, or restore one")
    )
    parser.add_argument("project", type=Path)
    parser.add_argument(
        "--restore",
        type=int,
        metavar="N",
        help=translate("cli", "the backup to restore (1 = newest)"),
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="NEW.photoapp",
        help=translate("cli", "the new project file to restore into"),
    )  # fmt: skip
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=cmd_backups)


def _row(backup: backups.Backup) -> dict[str, Any]:
    row: dict[str, Any] = {
        "number": backup.number,
        "made": backup.made.astimezone().isoformat(timespec="seconds"),
        "bytes": backup.size,
        "path": str(backup.path),
    }
    try:
        held = backups.summary(backup)
    except CorruptProjectError:
        row.update(title=None, photos=None, captions=None, people=None, readable=False)
    else:
        row.update(
            title=held.title, photos=held.photos, captions=held.captions, people=held.people,
            readable=True,
        )  # fmt: skip
    return row


def cmd_backups(args: argparse.Namespace) -> int:
    """List the backups, or restore one into a new project file."""
    found = backups.list_backups(args.project)
    if args.restore is None:
        if args.output is not None:
            raise CommandError(translate("cli", "Give --restore N together with -o."))
        rows = [_row(backup) for backup in found]
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
            return 0
        if not rows:
            print(fill(translate("cli", "%1 has no backups yet."), args.project))
            return 0
        for row in rows:
            made = row["made"].replace("T", " ")[:16]
            if row["readable"]:
                held = fill(
                    translate("cli", "%1: %2 photos, %3 captions, %4 people"),
                    row["title"], row["photos"], row["captions"], row["people"],
                )  # fmt: skip
            else:
                held = translate("cli", "unreadable")
            print(printable(f"{row['number']:>3}  {made}  {row['bytes'] / 1024:.0f} KB  {held}"))
        return 0
    chosen = next((backup for backup in found if backup.number == args.restore), None)
    if chosen is None:
        raise CommandError(
            fill(translate("cli", "There is no backup %1 (the project has %2)."),
                 args.restore, len(found))
        )  # fmt: skip
    if args.output is None:
        raise CommandError(translate("cli", "Give the new project file with -o NEW.photoapp."))
    if args.output.suffix.lower() != SUFFIX:
        raise CommandError(
            fill(translate("cli", "A project file name must end in %1 (e.g. %2)."), SUFFIX,
                 args.output.with_suffix(SUFFIX).name)
        )  # fmt: skip
    restored = backups.restore_backup(chosen, args.output)
    made = chosen.made.astimezone().isoformat(timespec="minutes").replace("T", " ")[:16]
    print(fill(translate("cli", "Restored the backup of %1 as %2."), made, restored))
    return 0
