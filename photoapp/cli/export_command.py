"""The `export` subcommand: the appendix as ODT, DOCX and/or PDF, or its caption list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from photoapp.cli import into_command
from photoapp.cli.common import CommandError, fill, translate
from photoapp.export import (
    PER_PAGE_CHOICES,
    ExportError,
    ExportSettings,
    Paper,
    SettingsError,
    caption_lines,
    collect,
    export_entries,
    page_count,
    saved_settings,
)
from photoapp.storage.project import Project
from photoapp.storage.safe_output import OutputFormat
from photoapp.texts import messages


def register(commands: Any) -> None:
    """Add `export` to the subcommand parsers."""
    export = commands.add_parser("export", help=translate("cli", "write the appendix document"))
    export.add_argument("project", type=Path)
    export.add_argument(
        "-o", "--output", type=Path, action="append", default=[], metavar="OUT",
        help=translate("cli", "OUT.odt, OUT.docx or OUT.pdf (repeat for several)"),
    )  # fmt: skip
    export.add_argument("--per-page", type=int, choices=PER_PAGE_CHOICES)
    export.add_argument("--group-by-day", action="store_true", default=None)
    export.add_argument("--start-page", type=int, metavar="N")
    export.add_argument("--dpi", type=int)
    export.add_argument("--paper", choices=["A4", "Letter"])
    export.add_argument("--caption-format", metavar="F", help="照片 {n}：{caption}")
    export.add_argument("--heading", metavar="H")
    export.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "replace an existing file even if it is not a document of its kind"),
    )
    export.add_argument(
        "--captions-only",
        action="store_true",
        help=translate("cli", "print the caption list and the page count instead"),
    )
    into_command.add_arguments(export)
    export.set_defaults(handler=cmd_export)


def settings_for(project: Project, args: argparse.Namespace) -> ExportSettings:
    """The project's saved export settings with the command line's options applied."""
    saved = saved_settings(project)
    changes: dict[str, Any] = {
        key: value
        for key, value in (
            ("per_page", args.per_page),
            ("group_by_day", args.group_by_day),
            ("first_page_number", args.start_page),
            ("dpi", args.dpi),
            ("caption_format", args.caption_format),
            ("heading", args.heading),
        )
        if value is not None
    }
    if args.paper is not None:
        changes["paper"] = Paper.A4 if args.paper == "A4" else Paper.LETTER
    try:
        return saved.with_changes(**changes)
    except SettingsError as error:
        raise CommandError(messages.export_settings_problem(error)) from error


def cmd_export(args: argparse.Namespace) -> int:
    """Write the appendix (or print its captions, or put it into a report)."""
    if args.into is not None and not args.captions_only:
        project = Project.open(args.project)
        try:
            settings = settings_for(project, args)
        finally:
            project.close()
        return into_command.run_into(args, args.project, settings)
    from photoapp.export.pdf import gui_application  # Qt is loaded by this command only

    gui_application()
    project = Project.open(args.project)
    try:
        settings = settings_for(project, args)
        if args.captions_only:
            for line in caption_lines(project, settings):
                print(line)
            pages = page_count(project, settings)
            print(translate("cli", "The appendix takes %1 pages.").replace("%1", str(pages)))
            return 0
        if not args.output:
            raise CommandError(translate("cli", "Give the file to write with -o OUT.pdf."))
        for output in args.output:  # never the project, its photos, or another kind of file
            kind = OutputFormat.for_path(output)
            if kind is not None and kind is not OutputFormat.PROJECT:
                project.check_output(output, kind, force=args.force)
        entries = collect(project, settings)
    finally:
        project.close()
    if len({path.resolve() for path in args.output}) != len(args.output):
        raise CommandError(translate("cli", "The same file is given twice."))
    try:
        results = export_entries(entries, args.output, settings)
    except ExportError as error:
        where = f"{error.path}: " if error.path else ""
        raise CommandError(where + messages.export_problem(error.problem)) from error
    for result in results:
        print(
            fill(
                translate("cli", "Wrote %1: %2 pages, %3 MB."),
                str(result.path),
                str(result.pages),
                f"{result.bytes_written / 1e6:.1f}",
            )
        )
    for missing in results[0].missing if results else ():
        print(f"  ! {missing.line}: {messages.export_problem(missing.problem)}", file=sys.stderr)
    return 0
