"""Subcommands about the itinerary: `days` (list, assign photos) and `clock` (correct a camera)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from photoapp.cli.common import CommandError, fill, translate
from photoapp.domain import minguo, placement
from photoapp.domain.itinerary import parse_itinerary
from photoapp.storage.clock import cameras, plan_correction
from photoapp.storage.project import Project
from photoapp.storage.report_text import ReportTextError, read_report_text
from photoapp.texts import messages


def register(commands: Any) -> None:
    """Add `days` and `clock` to the subcommand parsers."""
    days = commands.add_parser("days", help=translate("cli", "list days, place photos on them"))
    days.add_argument("project", type=Path)
    days.add_argument("--list", action="store_true", help=translate("cli", "list the days"))
    days.add_argument(
        "--assign",
        action="store_true",
        help=translate("cli", "put every dated photo on the day it was taken"),
    )
    days.add_argument(
        "--from-text",
        type=Path,
        metavar="FILE",
        help=translate("cli", "make the days from the report's itinerary (.txt, .docx, .odt)"),
    )
    days.add_argument(
        "--add",
        metavar="YYYY-MM-DD",
        help=translate("cli", "add a day; the unassigned photos taken on it go onto it"),
    )
    days.add_argument("--label", default="", help=translate("cli", "the added day's label"))
    days.add_argument("--json", action="store_true")
    days.set_defaults(handler=cmd_days)

    clock = commands.add_parser("clock", help=translate("cli", "correct a camera's clock"))
    clock.add_argument("project", type=Path)
    clock.add_argument("--list", action="store_true", help=translate("cli", "list the cameras"))
    which = clock.add_mutually_exclusive_group()
    which.add_argument("--camera", help=translate("cli", "the camera, as --list shows it"))
    which.add_argument("--photo", type=int, action="append", dest="photos", metavar="ID")
    how = clock.add_mutually_exclusive_group()
    how.add_argument("--shift", help=translate("cli", "e.g. +1:00, -0:30, 2h"))
    how.add_argument(
        "--actual",
        metavar="TIME",
        help=translate("cli", "when --reference was really taken: YYYY-MM-DD HH:MM[:SS]"),
    )
    clock.add_argument("--reference", type=int, metavar="ID")
    clock.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "show the changes only")
    )
    clock.add_argument("--json", action="store_true")
    clock.set_defaults(handler=cmd_clock)


def cmd_days(args: argparse.Namespace) -> int:
    """List the days, or place dated photos on them."""
    project = Project.open(args.project)
    try:
        warnings: list[str] = []
        if args.from_text is not None:
            warnings = _days_from_text(project, args.from_text)
        gathered: tuple[int, ...] = ()
        if args.add is not None:
            gathered = _add_day(project, args.add, args.label.strip())
        moved: dict[int, int | None] = {}
        if args.assign:
            target = project.day_assignment()
            current = {p.id: p.day_id for p in project.photos()}
            moved = {pid: day for pid, day in target.items() if current[pid] != day}
            if moved:
                project.set_days(moved)
        days = project.days()
        counts: dict[int | None, int] = {}
        for photo in project.photos():
            counts[photo.day_id] = counts.get(photo.day_id, 0) + 1
    finally:
        project.close()
    if args.json:
        print(
            json.dumps(
                {
                    "days": [
                        {
                            "date": d.date.isoformat(),
                            "label": d.label,
                            "photos": counts.get(d.id, 0),
                        }
                        for d in days
                    ],
                    "unassigned": counts.get(None, 0),
                    "moved": len(moved) + len(gathered),
                    "warnings": warnings,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for warning in warnings:
        print(f"  ! {warning}", file=sys.stderr)
    if args.add is not None:
        added = translate("cli", "Added the day %1; photos placed on it: %2.")
        print(fill(added, args.add, len(gathered)))
    if args.assign:
        print(translate("cli", "Placed %1 photos on their days.").replace("%1", str(len(moved))))
    for day in days:
        print(f"{minguo.heading(day.date)}　{day.label}  ({counts.get(day.id, 0)})".rstrip())
    print(translate("cli", "Unassigned: %1").replace("%1", str(counts.get(None, 0))))
    return 0


def _add_day(project: Project, text: str, label: str) -> tuple[int, ...]:
    """Add the day `text` (YYYY-MM-DD) with the photos taken on it, as the GUI's Add Day does;
    returns the photos it took."""
    try:
        when = date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(
            translate("cli", "%1 is not a date: write it as YYYY-MM-DD.").replace("%1", text)
        ) from error
    if when in {d.date for d in project.days()}:
        raise CommandError(
            translate("cli", "The trip already has a day on %1.").replace("%1", text)
        )
    _day, moved = project.add_day_with_photos(when, label)
    return moved


def _days_from_text(project: Project, path: Path) -> list[str]:
    """Replace the project's days by the report's; returns the warnings, worded."""
    try:
        text = read_report_text(path)
    except ReportTextError as error:
        raise CommandError(f"{path}: {messages.report_text_problem(error.reason)}") from error
    trip = project.trip()
    parsed = parse_itinerary(text, trip_start=trip.start, trip_end=trip.end)
    if not parsed.days:
        raise CommandError(
            translate("cli", "%1 has no day headings such as 106 年 9 月 10 日(星期日).").replace(
                "%1", str(path)
            )
        )
    project.replace_days([(day.date, day.label) for day in parsed.days])
    return [messages.itinerary_warning(w) for w in parsed.warnings]


def _seconds(args: argparse.Namespace, project: Project) -> int:
    if args.shift is not None:
        seconds = placement.parse_shift(args.shift)
        if seconds is None:
            raise CommandError(
                translate("cli", "%1 is not a time shift (e.g. +1:00).").replace("%1", args.shift)
            )
        return seconds
    if args.actual is None or args.reference is None:
        raise CommandError(translate("cli", "Give --shift, or --actual with --reference."))
    try:
        actual = datetime.fromisoformat(args.actual)
        if actual.tzinfo is not None:
            raise ValueError("the time shown on a clock has no offset")
    except ValueError as error:
        raise CommandError(
            translate("cli", "%1 is not a time of the form YYYY-MM-DD HH:MM.").replace(
                "%1", args.actual
            )
        ) from error
    reference = project.photo(args.reference)
    if reference.taken is None:
        raise CommandError(translate("cli", "That photo has no capture time."))
    return placement.shift_to_match(reference.taken, actual)


def cmd_clock(args: argparse.Namespace) -> int:
    """List cameras, or correct a camera's (or some photos') clock and move photos' days."""
    project = Project.open(args.project)
    try:
        if args.list or (args.camera is None and not args.photos):
            shifts = project.clock_shifts().by_camera
            for name, count in cameras(project):
                shift = shifts.get(name)
                note = f"  {shift:+d} s" if shift else ""
                print(f"{name}  ({count}){note}")
            return 0
        unknown = [pid for pid in args.photos or () if pid not in {p.id for p in project.photos()}]
        if unknown:
            raise CommandError(
                translate("cli", "There is no photo %1.").replace("%1", str(unknown[0]))
            )
        if args.camera is not None and args.camera not in dict(cameras(project)):
            raise CommandError(
                translate("cli", "No photo was taken with %1.").replace("%1", args.camera)
            )
        try:
            plan = plan_correction(
                project, _seconds(args, project), camera=args.camera, photo_ids=args.photos or ()
            )
        except KeyError as error:
            raise CommandError(
                translate("cli", "There is no photo %1.").replace("%1", str(error.args[0]))
            ) from error
        if not args.dry_run:
            plan.apply(project)
        dates = {d.id: d.date.isoformat() for d in project.days()}
        names = {p.id: p.file_name for p in project.photos()}
    finally:
        project.close()
    moves = [
        {"photo": m.photo_id, "file": names[m.photo_id], "from": dates.get(m.before or -1),
         "to": dates.get(m.after or -1)}
        for m in plan.moves
    ]  # fmt: skip
    if args.json:
        print(json.dumps({"moved": moves, "applied": not args.dry_run}, ensure_ascii=False))
        return 0
    for move in moves:
        print(f"  {move['file']}: {move['from'] or '—'} → {move['to'] or '—'}")
    done = (
        translate("cli", "Would move %1 photos.")
        if args.dry_run
        else translate("cli", "Corrected the clock; moved %1 photos.")
    )
    print(done.replace("%1", str(len(moves))))
    return 0
