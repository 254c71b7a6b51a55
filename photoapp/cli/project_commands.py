"""Subcommands about the project itself: `new`, `import`, `info`."""

from __future__ import annotations

import argparse
import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from photoapp.cli.common import CommandError, describe_error, fill, iso_date, printable, translate
from photoapp.domain import minguo
from photoapp.domain.model import Trip
from photoapp.storage.database import SUFFIX
from photoapp.storage.project import Project
from photoapp.storage.summary import summary
from photoapp.storage.zone_lookup import suggest_zone

if TYPE_CHECKING:
    from photoapp.storage.importer import ImportReport


def register(commands: Any) -> None:
    """Add `new`, `import` and `info` to the subcommand parsers."""
    new = commands.add_parser("new", help=translate("cli", "create a project file"))
    new.add_argument("project", type=Path)
    new.add_argument("--title", required=True)
    new.add_argument("--organisation", default="")
    new.add_argument("--destination", default="")
    new.add_argument("--start", type=iso_date)
    new.add_argument("--end", type=iso_date)
    new.add_argument(
        "--timezone", help=translate("cli", "IANA time zone of the destination, e.g. Asia/Seoul")
    )

    imp = commands.add_parser("import", help=translate("cli", "import photo files and folders"))
    imp.add_argument("project", type=Path)
    imp.add_argument("paths", type=Path, nargs="+")
    imp.add_argument("--json", action="store_true")

    info = commands.add_parser("info", help=translate("cli", "show the whole project"))
    info.add_argument("project", type=Path)
    info.add_argument("--json", action="store_true")
    new.set_defaults(handler=cmd_new)

    trip = commands.add_parser("trip", help=translate("cli", "show or change the trip's details"))
    trip.add_argument("project", type=Path)
    trip.add_argument("--title")
    trip.add_argument("--organisation")
    trip.add_argument("--destination")
    trip.add_argument("--start", type=iso_date)
    trip.add_argument("--end", type=iso_date)
    trip.add_argument(
        "--timezone",
        help=translate("cli", "IANA time zone, or auto: where most photos with GPS were taken"),
    )
    trip.add_argument("--json", action="store_true")
    trip.set_defaults(handler=cmd_trip)
    imp.set_defaults(handler=cmd_import)
    info.set_defaults(handler=cmd_info)


def cmd_new(args: argparse.Namespace) -> int:
    """Create a project file."""
    if args.project.suffix.lower() != SUFFIX:
        # A project called report.docx would later be replaced by `export -o report.docx`.
        raise CommandError(
            fill(translate("cli", "A project file name must end in %1 (e.g. %2)."), SUFFIX,
                 args.project.with_suffix(SUFFIX).name)
        )  # fmt: skip
    if (args.start is None) != (args.end is None):
        raise CommandError(translate("cli", "Give both --start and --end, or neither."))
    if args.start and args.end and args.end < args.start:
        raise CommandError(translate("cli", "The trip ends before it starts."))
    if args.timezone:
        _check_zone(args.timezone)
    trip = Trip(
        title=args.title,
        organisation=args.organisation,
        destination=args.destination,
        start=args.start,
        end=args.end,
        timezone=args.timezone,
    )
    project = Project.create(args.project, trip)
    days = len(project.days())
    project.close()
    print(
        fill(
            translate("cli", "Created %1 with %2 days."),
            str(args.project),
            str(days),
        )
    )
    return 0


def _check_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise CommandError(
            translate("cli", "%1 is not a known time zone (e.g. Asia/Taipei).").replace("%1", name)
        ) from error


def cmd_trip(args: argparse.Namespace) -> int:
    """Show the trip's details, changing those given."""
    project = Project.open(args.project)
    try:
        trip = project.trip()
        zone = args.timezone
        if zone == "auto":
            found = suggest_zone(project.photos())
            if found is None:
                raise CommandError(translate("cli", "No photo has GPS to find the time zone from."))
            zone = found[0]
        elif zone is not None:
            _check_zone(zone)
        changed = replace(
            trip,
            **{
                key: value
                for key, value in (
                    ("title", args.title),
                    ("organisation", args.organisation),
                    ("destination", args.destination),
                    ("start", args.start),
                    ("end", args.end),
                    ("timezone", zone),
                )
                if value is not None
            },
        )
        if changed.start and changed.end and changed.end < changed.start:
            raise CommandError(translate("cli", "The trip ends before it starts."))
        if changed != trip:
            project.set_trip(changed)
        data = summary(project)["trip"]
    finally:
        project.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            print(printable(f"{key}: {value if value is not None else '—'}"))
    return 0


def _report_json(report: ImportReport) -> dict[str, Any]:
    from photoapp.texts import messages  # with the import machinery it names (Pillow, EXIF)

    return {
        "imported": [printable(path) for path, _ in report.imported],
        "duplicates": [printable(d.path) for d in report.duplicates],
        "rejected": [
            {
                "path": printable(r.path),
                "reason": messages.reject_reason(r.reason),
                "code": r.reason.value,
            }
            for r in report.rejected
        ],
        "warnings": [
            {"path": printable(path), "warning": messages.metadata_warning(w), "code": w.value}
            for path, w in report.warnings
        ],
    }


def cmd_import(args: argparse.Namespace) -> int:
    """Import photos into a project."""
    from photoapp.storage.importer import import_paths  # Pillow, EXIF: for import only
    from photoapp.texts import messages

    project = Project.open(args.project)
    before = _photo_count(project)
    try:
        report = import_paths(project, args.paths)
    except (KeyboardInterrupt, Exception) as error:
        # Each photo is committed as it is added: say how many are in, after the cause.
        after = _photo_count(project)
        cause = describe_error(error, args.project) if isinstance(error, Exception) else None
        if cause is None and not isinstance(error, KeyboardInterrupt):
            raise
        stopped = translate("cli", "The import stopped.") if cause is None else cause
        if before is not None and after is not None:
            added = fill(
                translate("cli", "Photos added before it stopped: %1 (import again for the rest)."),
                after - before,
            )
            stopped += " " + added
        raise CommandError(stopped) from error
    finally:
        project.close()
    # Exit 1 when nothing given could be imported (every file rejected), so a script can tell;
    # a partly rejected import still did its work and exits 0 with the reasons listed.
    status = 1 if report.rejected and not report.imported and not report.duplicates else 0
    if args.json:
        print(json.dumps(_report_json(report), ensure_ascii=False, indent=2))
        return status
    print(
        fill(
            translate("cli", "Imported %1, duplicates %2, rejected %3."),
            str(len(report.imported)),
            str(len(report.duplicates)),
            str(len(report.rejected)),
        )
    )
    for rejected in report.rejected:
        print(f"  ✗ {printable(rejected.path)}: {messages.reject_reason(rejected.reason)}")
    for path, warning in report.warnings:
        print(f"  ! {printable(path)}: {messages.metadata_warning(warning)}")
    return status


def _photo_count(project: Project) -> int | None:
    try:
        return int(project.connection.execute("SELECT count(*) FROM photo").fetchone()[0])
    except sqlite3.Error:
        return None


def cmd_info(args: argparse.Namespace) -> int:
    """Print the whole project."""
    project = Project.open(args.project)
    try:
        data = summary(project)
    finally:
        project.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    trip = data["trip"]
    print(printable(trip["title"]))
    if trip["start"]:
        print(printable(f"  {trip['start']} – {trip['end']}  {trip['timezone'] or ''}".rstrip()))
    print(translate("cli", "Days: %1").replace("%1", str(len(data["days"]))))
    for day in data["days"]:
        label = minguo.short(date.fromisoformat(day["date"]))
        print(printable(f"  {label}  {day['label']}  ({day['photos']})"))
    print(translate("cli", "People: %1").replace("%1", str(len(data["people"]))))
    for person in data["people"]:
        print(
            printable(f"  {person['name']}  {person['title']}  {person['organisation']}".rstrip())
        )
    print(translate("cli", "Photos: %1").replace("%1", str(len(data["photos"]))))
    for row in data["photos"]:
        number = f"[{row['appendix_number']}]" if row["appendix_number"] else "   "
        flags = translate("cli", "missing") if row["missing"] else ""
        taken = row["taken_at"] or "—"
        print(printable(f"  {number} {row['path']}  {taken}  {row['caption']}  {flags}".rstrip()))
    return 0
