"""The `photoapp` command: opens the GUI, or runs a headless subcommand on the same functions.

    photoapp [PROJECT.photoapp] [--demo] [--lang en|zh_TW] [--screenshot PNG]
    photoapp new PROJECT --title T [--start D --end D] [--timezone Asia/Seoul]
    photoapp import PROJECT PATH... [--json]
    photoapp info PROJECT [--json]

Errors are one line on stderr in the user's language, never a traceback; exit 0 when the
command did its work (rejected photos included), 1 when it could not, 2 for wrong arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from photoapp.domain import minguo
from photoapp.domain.model import Trip
from photoapp.storage.errors import ProjectError
from photoapp.storage.importer import ImportReport, import_paths
from photoapp.storage.project import Project
from photoapp.storage.summary import summary
from photoapp.ui import i18n, messages

translate = QCoreApplication.translate
SUBCOMMANDS = ("new", "import", "info")


class CommandError(Exception):
    """A command that cannot do its work; the message is already in the user's language."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("cli", "%1 is not a date of the form YYYY-MM-DD").replace("%1", text)
        ) from error


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photoapp", description=translate("cli", "Trip report photo appendix")
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, help=translate("cli", "interface language")
    )
    commands = parser.add_subparsers(dest="command", required=True)

    new = commands.add_parser("new", help=translate("cli", "create a project file"))
    new.add_argument("project", type=Path)
    new.add_argument("--title", required=True)
    new.add_argument("--organisation", default="")
    new.add_argument("--destination", default="")
    new.add_argument("--start", type=_iso_date)
    new.add_argument("--end", type=_iso_date)
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
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photoapp",
        description=translate("cli", "Trip report photo appendix. Subcommands: %1").replace(
            "%1", ", ".join(SUBCOMMANDS)
        ),
    )
    parser.add_argument(
        "project", type=Path, nargs="?", help=translate("cli", "project file to open")
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("cli", "open a ready sample trip")
    )
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, help=translate("cli", "interface language")
    )
    parser.add_argument(
        "--screenshot", type=Path, help=translate("cli", "save the window as PNG and exit")
    )
    return parser


def _open(path: Path) -> Project:
    return Project.open(path)


def cmd_new(args: argparse.Namespace) -> int:
    """Create a project file."""
    if (args.start is None) != (args.end is None):
        raise CommandError(translate("cli", "Give both --start and --end, or neither."))
    if args.start and args.end and args.end < args.start:
        raise CommandError(translate("cli", "The trip ends before it starts."))
    if args.timezone:
        try:
            ZoneInfo(args.timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise CommandError(
                translate("cli", "%1 is not a known time zone (e.g. Asia/Taipei).").replace(
                    "%1", args.timezone
                )
            ) from error
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
        translate("cli", "Created %1 with %2 days.")
        .replace("%1", str(args.project))
        .replace("%2", str(days))
    )
    return 0


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "imported": [str(path) for path, _ in report.imported],
        "duplicates": [str(d.path) for d in report.duplicates],
        "rejected": [
            {
                "path": str(r.path),
                "reason": messages.reject_reason(r.reason),
                "code": r.reason.value,
            }
            for r in report.rejected
        ],
        "warnings": [
            {"path": str(path), "warning": messages.metadata_warning(w), "code": w.value}
            for path, w in report.warnings
        ],
    }


def cmd_import(args: argparse.Namespace) -> int:
    """Import photos into a project."""
    project = _open(args.project)
    try:
        report = import_paths(project, args.paths)
    finally:
        project.close()
    if args.json:
        print(json.dumps(_report_json(report), ensure_ascii=False, indent=2))
        return 0
    print(
        translate("cli", "Imported %1, duplicates %2, rejected %3.")
        .replace("%1", str(len(report.imported)))
        .replace("%2", str(len(report.duplicates)))
        .replace("%3", str(len(report.rejected)))
    )
    for rejected in report.rejected:
        print(f"  ✗ {rejected.path}: {messages.reject_reason(rejected.reason)}")
    for path, warning in report.warnings:
        print(f"  ! {path}: {messages.metadata_warning(warning)}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    """Print the whole project."""
    project = _open(args.project)
    try:
        data = summary(project)
    finally:
        project.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    trip = data["trip"]
    print(trip["title"])
    if trip["start"]:
        print(f"  {trip['start']} – {trip['end']}  {trip['timezone'] or ''}".rstrip())
    print(translate("cli", "Days: %1").replace("%1", str(len(data["days"]))))
    for day in data["days"]:
        label = minguo.short(date.fromisoformat(day["date"]))
        print(f"  {label}  {day['label']}  ({day['photos']})")
    print(translate("cli", "People: %1").replace("%1", str(len(data["people"]))))
    for person in data["people"]:
        print(f"  {person['name']}  {person['title']}  {person['organisation']}".rstrip())
    print(translate("cli", "Photos: %1").replace("%1", str(len(data["photos"]))))
    for row in data["photos"]:
        number = f"[{row['appendix_number']}]" if row["appendix_number"] else "   "
        flags = translate("cli", "missing") if row["missing"] else ""
        taken = row["taken_at"] or "—"
        print(f"  {number} {row['path']}  {taken}  {row['caption']}  {flags}".rstrip())
    return 0


_COMMANDS = {"new": cmd_new, "import": cmd_import, "info": cmd_info}


def _language_argument(argv: Sequence[str]) -> str | None:
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `photoapp` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        language = i18n.choose_language(_language_argument(argv))
    except ValueError:
        language = "en"  # argparse will name the wrong value
    if not any(word in SUBCOMMANDS for word in argv[:3]):
        args = _gui_parser().parse_args(argv)
        from photoapp.ui.app import run  # the GUI's imports are only paid for when it runs

        return run(args.project, demo=args.demo, language=language, screenshot=args.screenshot)
    app = QCoreApplication.instance() or QCoreApplication([])
    translator = i18n.install(app, language)
    try:
        args = _build_parser().parse_args(argv)
        return _COMMANDS[args.command](args)
    except ProjectError as error:
        print(f"photoapp: {messages.project_error(error)}", file=sys.stderr)
        return 1
    except CommandError as error:
        print(f"photoapp: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"photoapp: {error.filename or ''} {error.strerror or error}".strip(), file=sys.stderr
        )
        return 1
    except Exception as error:  # a bug of ours: still one line for the user, not a traceback
        message = translate("cli", "internal error: %1").replace("%1", repr(error))
        print(f"photoapp: {message}", file=sys.stderr)
        return 70
    finally:
        if translator is not None:
            app.removeTranslator(translator)


if __name__ == "__main__":
    raise SystemExit(main())
