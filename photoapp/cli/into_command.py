"""`photoapp export PROJECT --into REPORT -o OUT`: the appendix put into the user's report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from photoapp.cli.common import CommandError, fill, translate
from photoapp.domain.report_outline import AmbiguousAppendixError, AppendixNotFoundError
from photoapp.export import ExportError, ExportSettings, collect, saved_settings
from photoapp.export.into import IntoResult, check_report, export_into
from photoapp.export.into_state import IntoState, load, save
from photoapp.export.report_package import ReportError
from photoapp.storage.project import Project
from photoapp.storage.safe_output import OutputFormat
from photoapp.texts import messages


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `export` options for writing into a report."""
    parser.add_argument(
        "--into", type=Path, metavar="REPORT",
        help=translate("cli", "put the appendix into this report (.docx or .odt)"),
    )  # fmt: skip
    parser.add_argument(
        "--after", metavar="TEXT",
        help=translate("cli", "the heading or paragraph the appendix goes after"),
    )  # fmt: skip
    parser.add_argument(
        "--fix-references", action="store_true",
        help=translate("cli", "give the text's photo references their photos' new numbers"),
    )  # fmt: skip
    parser.add_argument(
        "--in-place", action="store_true",
        help=translate("cli", "write into the report itself (a backup copy is kept beside it)"),
    )  # fmt: skip


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    """The `check` options for the photo references of a report's text."""
    parser.add_argument(
        "--report", type=Path, metavar="REPORT",
        help=translate("cli", "check the photo references in this report's text"),
    )  # fmt: skip
    parser.add_argument("--after", metavar="TEXT")


def run_check(args: argparse.Namespace) -> int:
    """Print the report text's photo references to look at (exit 0: they are reminders)."""
    project = Project.open(args.project)
    try:
        now = {entry.photo.id: entry.number for entry in collect(project, saved_settings(project))}
        then = load(project).numbers
    finally:
        project.close()
    try:
        found = check_report(args.report, now, then or None, args.after)
    except (ReportError, AmbiguousAppendixError, AppendixNotFoundError) as error:
        raise report_error(error) from error
    rows = [
        {
            "paragraph": item.paragraph,
            "reference": item.finding.reference,
            "kind": item.finding.kind.value,
            "number": item.finding.number,
            "now": item.finding.now,
            "message": messages.reference_finding(
                item.paragraph, item.finding.reference, item.finding.kind, item.finding.now
            ),
        }
        for item in found
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(row["message"])
    print(fill(translate("cli", "%1 photo references to look at."), str(len(rows))))
    return 0


def report_error(error: Exception) -> CommandError:
    """A report problem, or the appendix's place in it, as one line for the user."""
    if isinstance(error, ReportError):
        return CommandError(f"{error.path}: {messages.report_problem(error.problem)}")
    if isinstance(error, AmbiguousAppendixError):
        return CommandError(messages.ambiguous_appendix(error.candidates))
    if isinstance(error, AppendixNotFoundError):
        return CommandError(messages.after_not_found(error.text))
    if isinstance(error, ExportError):
        where = f"{error.path}: " if error.path else ""
        return CommandError(where + messages.export_problem(error.problem))
    raise error


def run_into(args: argparse.Namespace, project_path: Path, settings: ExportSettings) -> int:
    """Write the report with the appendix in it, and remember the report in the project."""
    report: Path = args.into
    if len(args.output) > 1:
        raise CommandError(translate("cli", "Give one file to write with --into."))
    if args.output:
        target = args.output[0]
    elif args.in_place:
        target = report
    else:
        raise CommandError(translate("cli", "Give the file to write with -o OUT.docx."))
    if target.resolve() == report.resolve() and not args.in_place:
        raise CommandError(
            translate("cli", "The report itself is never overwritten; add --in-place to do so.")
        )
    project = Project.open(project_path)
    try:
        kind = OutputFormat.for_path(target)
        if not args.in_place and kind is not None and kind is not OutputFormat.PROJECT:
            project.check_output(target, kind, force=args.force)  # nothing of value replaced
        entries = collect(project, settings)
        try:
            then = load(project).numbers if args.fix_references else {}
            result = export_into(
                entries,
                report,
                target,
                settings,
                after=args.after,
                in_place=args.in_place,
                fix_references=then or None,
            )
        except (ReportError, AmbiguousAppendixError, AppendixNotFoundError, ExportError) as error:
            raise report_error(error) from error
        save(project, IntoState(str(report.resolve()), args.after, result.numbers))
    finally:
        project.close()
    _print(result)
    return 0


def _print(result: IntoResult) -> None:
    place = result.place
    if place.found:
        where = fill(translate("cli", "The appendix replaces what followed %1."), place.heading)
    else:
        where = translate("cli", "No photo appendix was found: it was added at the end.")
    print(where)
    print(
        fill(
            translate("cli", "Wrote %1. Appendix pages: %2; size: %3 MB."),
            str(result.result.path),
            str(result.result.pages),
            f"{result.result.bytes_written / 1e6:.1f}",
        )
    )
    if result.fixed:
        print(fill(translate("cli", "Photo numbers changed in the text: %1."), str(result.fixed)))
    if result.backup is not None:
        print(fill(translate("cli", "The report as it was is kept as %1."), str(result.backup)))
    for missing in result.missing:
        print(f"  ! {missing.line}: {messages.export_problem(missing.problem)}", file=sys.stderr)
