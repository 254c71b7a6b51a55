"""Subcommands about captions and people: `check`, `captions` (spreadsheet), `people`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from photoapp.cli import into_command
from photoapp.cli.common import CommandError, fill, printable, translate
from photoapp.domain import roster
from photoapp.export import saved_settings
from photoapp.export.findings import export_findings
from photoapp.storage import captions_csv
from photoapp.storage.project import Project
from photoapp.storage.report_text import decode_text
from photoapp.texts import messages


def register(commands: Any) -> None:
    """Add `check`, `captions` and `people` to the subcommand parsers."""
    check = commands.add_parser("check", help=translate("cli", "check the appendix"))
    check.add_argument("project", type=Path)
    check.add_argument("--json", action="store_true")
    into_command.add_check_arguments(check)
    check.set_defaults(handler=cmd_check)

    sheet = commands.add_parser("captions", help=translate("cli", "captions through a spreadsheet"))
    sheet.add_argument("project", type=Path)
    direction = sheet.add_mutually_exclusive_group(required=True)
    direction.add_argument("--export", type=Path, metavar="FILE.csv")
    direction.add_argument("--import", type=Path, metavar="FILE.csv", dest="import_")
    sheet.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "replace an existing file even if it is not a CSV file"),
    )
    sheet.add_argument("--json", action="store_true")
    sheet.set_defaults(handler=cmd_captions)

    people = commands.add_parser("people", help=translate("cli", "list or import people"))
    people.add_argument("project", type=Path)
    people.add_argument("--import", type=Path, metavar="ROSTER", dest="import_")
    people.add_argument("--merge", type=int, nargs=2, metavar=("KEEP", "GONE"))
    people.add_argument("--json", action="store_true")
    people.set_defaults(handler=cmd_people)


def findings(project: Project) -> list[dict[str, Any]]:
    """The appendix checks as JSON-ready rows, with a sentence in the user's language."""
    people = {p.id: p for p in project.people()}
    photos = project.photos()
    names = {p.id: p.file_name for p in photos}
    rows = []
    for finding in export_findings(project, saved_settings(project), photos):
        person = people[finding.person_id].name if finding.person_id in people else ""
        rows.append(
            {
                "kind": finding.kind.value,
                "number": finding.number,
                "photo": finding.photo_id,
                "file": names.get(finding.photo_id, ""),
                "person": person or None,
                "value": finding.value,
                "message": messages.check_finding(finding.kind, person, finding.value),
            }
        )
    return rows


def cmd_check(args: argparse.Namespace) -> int:
    """Print what the appendix checks found (exit 0 either way: they are reminders)."""
    if args.report is not None:
        return into_command.run_check(args)
    project = Project.open(args.project)
    try:
        rows = findings(project)
    finally:
        project.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        label = translate("cli", "Photo %1").replace("%1", str(row["number"]))
        print(f"{label} ({row['file']}): {row['message']}")
    print(translate("cli", "%1 reminders.").replace("%1", str(len(rows))))
    return 0


def cmd_captions(args: argparse.Namespace) -> int:
    """Export captions to a spreadsheet, or import an edited one."""
    project = Project.open(args.project)
    try:
        if args.export is not None:
            count = captions_csv.export_captions(project, args.export, force=args.force)
            print(
                fill(
                    translate("cli", "Wrote %1 rows to %2."),
                    str(count),
                    str(args.export),
                )
            )
            return 0
        try:
            table = captions_csv.read_captions(project, args.import_)
        except captions_csv.CaptionsFileError as error:
            raise CommandError(
                f"{args.import_}: {messages.captions_file_problem(error.problem)}"
            ) from error
        captions_csv.apply(project, table)
    finally:
        project.close()
    skipped = [
        {"line": s.line, "value": s.value, "code": s.problem.value,
         "reason": messages.skipped_row(s.problem)}
        for s in table.skipped
    ]  # fmt: skip
    if args.json:
        print(json.dumps({"captions": len(table.captions), "appendix": len(table.order),
                          "skipped": skipped}, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(
        fill(
            translate("cli", "Updated %1 captions; the appendix has %2 photos."),
            str(len(table.captions)),
            str(len(table.order)),
        )
    )
    for row in skipped:
        line = translate("cli", "line %1").replace("%1", str(row["line"]))
        print(f"  ✗ {line} ({row['value']}): {row['reason']}")
    return 0


def cmd_people(args: argparse.Namespace) -> int:
    """List people, import a roster, or merge two entries of one person."""
    project = Project.open(args.project)
    try:
        if args.import_ is not None:
            text = decode_text(args.import_.read_bytes())  # UTF-8/16, Big5
            if text is None:
                raise CommandError(
                    fill(translate("cli", "%1 cannot be read as UTF-8, UTF-16 or Big5 text."),
                         args.import_)
                )  # fmt: skip
            read = roster.read_roster(text)
            added = project.add_people(read.people)
            if not args.json:
                print(translate("cli", "Added %1 people.").replace("%1", str(len(added))))
            for line in read.malformed:
                print(
                    printable(fill(translate("cli", "  ✗ line %1: malformed (a stray quotation"
                                             " mark?), passed over"), line)),
                    file=sys.stderr,
                )  # fmt: skip
        if args.merge:
            keep, gone = args.merge
            known = {p.id for p in project.people()}
            if keep not in known or gone not in known or keep == gone:
                raise CommandError(translate("cli", "Give the ids of two different people."))
            project.merge_people(keep, gone)
        people = project.people()
    finally:
        project.close()
    if args.json:
        print(json.dumps([{"id": p.id, "name": p.name, "title": p.title,
                           "organisation": p.organisation, "display": p.caption_name,
                           "original_name": p.original_name} for p in people],
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    for person in people:
        print(f"{person.id:>4}  {person.name}  {person.title}  {person.organisation}".rstrip())
    return 0
