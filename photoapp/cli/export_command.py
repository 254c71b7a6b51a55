"""The `export` subcommand: the appendix as ODT, DOCX and/or PDF, or its caption list."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from photoapp.cli import into_command
from photoapp.cli.common import CommandError, fill, translate
from photoapp.export import (
    PER_PAGE_CHOICES,
    ExportError,
    ExportSettings,
    Orientation,
    Paper,
    SettingsError,
    caption_lines,
    collect,
    export_entries,
    page_count,
    saved_settings,
)
from photoapp.export.appendix import document_info
from photoapp.storage.project import Project
from photoapp.storage.safe_output import OutputFormat
from photoapp.texts import messages


def register(commands: Any) -> None:
    """Add `export` to the subcommand parsers: every setting of the export dialog is an
    option, and an option not given keeps the project's saved setting."""
    export = commands.add_parser(
        "export",
        help=translate("cli", "write the appendix document"),
        description=translate(
            "cli",
            "Write the photo appendix as ODT, DOCX and/or PDF. Options not given keep the "
            "settings the project was last exported with.",
        ),
    )
    export.add_argument("project", type=Path, help=translate("cli", "The project file."))
    export.add_argument(
        "-o", "--output", type=Path, action="append", default=[], metavar="OUT",
        help=translate(
            "cli", "The document to write, OUT.odt, OUT.docx or OUT.pdf; repeat for several."
        ),
    )  # fmt: skip
    flag = argparse.BooleanOptionalAction
    page = export.add_argument_group(translate("cli", "page"))
    page.add_argument("--paper", choices=["A4", "Letter"], help=translate("cli", "The paper size."))
    page.add_argument(
        "--orientation", choices=[o.value for o in Orientation],
        help=translate("cli", "Whether the pages are upright (portrait) or turned (landscape)."),
    )  # fmt: skip
    for side, text in (
        ("top", translate("cli", "The top margin in millimetres.")),
        ("bottom", translate("cli", "The bottom margin in millimetres.")),
        ("left", translate("cli", "The left margin in millimetres.")),
        ("right", translate("cli", "The right margin in millimetres.")),
    ):
        page.add_argument(f"--margin-{side}", type=float, metavar="MM", help=text)
    page.add_argument(
        "--footer-distance", type=float, metavar="MM",
        help=translate("cli", "How far the page number sits above the paper's bottom edge."),
    )  # fmt: skip
    page.add_argument(
        "--per-page", type=int, choices=PER_PAGE_CHOICES,
        help=translate("cli", "How many photos each page holds."),
    )  # fmt: skip
    page.add_argument(
        "--heading", metavar="H",
        help=translate("cli", "The title on the first page; an empty text prints none."),
    )  # fmt: skip
    page.add_argument(
        "--start-page", type=int, metavar="N",
        help=translate("cli", "The number of the appendix's first page in the report."),
    )  # fmt: skip
    page.add_argument(
        "--page-number-format", metavar="F",
        help=translate(
            "cli", "How page numbers are printed, with {page} for the number; empty: none."
        ),
    )  # fmt: skip
    days = export.add_argument_group(translate("cli", "days and captions"))
    days.add_argument(
        "--group-by-day", action=flag,
        help=translate("cli", "Put the photos of each itinerary day under a day heading."),
    )  # fmt: skip
    days.add_argument(
        "--day-starts-page", action=flag,
        help=translate("cli", "With days grouped, begin each day on a new page."),
    )  # fmt: skip
    days.add_argument(
        "--sort-by-day", action=flag,
        help=translate(
            "cli",
            "With days grouped, sort the photos by day (keeping your order within a day); "
            "--no-sort-by-day keeps your order and repeats a day's heading where it returns.",
        ),
    )  # fmt: skip
    days.add_argument(
        "--figure-list", action=flag,
        help=translate(
            "cli", "Begin with a list of the photos and their pages (照片目錄)."
        ),
    )  # fmt: skip
    days.add_argument(
        "--caption-format", metavar="F",
        help=translate(
            "cli",
            "How captions are numbered, with {n} for the number, {day} for the day's number "
            "and {caption} for the caption, e.g. 照片 {n}：{caption}.",
        ),
    )  # fmt: skip
    text = export.add_argument_group(translate("cli", "fonts"))
    text.add_argument(
        "--chinese-font", metavar="NAME",
        help=translate("cli", "The font the documents name for Chinese text, e.g. 標楷體."),
    )  # fmt: skip
    text.add_argument(
        "--western-font", metavar="NAME",
        help=translate("cli", "The font for Latin letters and digits, e.g. Times New Roman."),
    )  # fmt: skip
    for name, what in (
        ("heading", translate("cli", "The size of the heading, in points.")),
        ("day", translate("cli", "The size of day headings, in points.")),
        ("caption", translate("cli", "The size of captions, in points.")),
        ("footer", translate("cli", "The size of page numbers, in points.")),
    ):
        text.add_argument(f"--{name}-size", type=float, metavar="PT", help=what)
    photos = export.add_argument_group(translate("cli", "photos and files"))
    photos.add_argument(
        "--dpi", type=int, metavar="DPI",
        help=translate("cli", "The resolution photos are stored at, 72 to 600 pixels an inch."),
    )  # fmt: skip
    photos.add_argument(
        "--jpeg-quality", type=int, metavar="Q",
        help=translate("cli", "The JPEG quality of the stored photos, 30 to 95."),
    )  # fmt: skip
    photos.add_argument(
        "--enlarge-small-photos", action=flag,
        help=translate(
            "cli",
            "Let photos with few pixels fill their box even below 150 pixels an inch "
            "(check then names them).",
        ),
    )  # fmt: skip
    photos.add_argument(
        "--pdf-a", action=flag,
        help=translate("cli", "Write the PDF as PDF/A-1b, for archiving."),
    )  # fmt: skip
    photos.add_argument(
        "--author", metavar="NAME",
        help=translate("cli", "The author written in the documents' properties."),
    )  # fmt: skip
    export.add_argument(
        "--force",
        action="store_true",
        help=translate("cli", "replace an existing file even if it is not a document of its kind"),
    )
    export.add_argument(
        "--captions-only",
        action="store_true",
        help=translate("cli", "Print the caption list and the page count instead of writing."),
    )
    into_command.add_arguments(export)
    export.set_defaults(handler=cmd_export)


def settings_for(project: Project, args: argparse.Namespace) -> ExportSettings:
    """The project's saved export settings with the command line's options applied."""
    base = saved_settings(project)
    changes: dict[str, Any] = {
        key: value
        for key, value in (
            ("per_page", args.per_page),
            ("group_by_day", args.group_by_day),
            ("day_starts_page", args.day_starts_page),
            ("sort_by_day", args.sort_by_day),
            ("first_page_number", args.start_page),
            ("page_number_format", args.page_number_format),
            ("dpi", args.dpi),
            ("jpeg_quality", args.jpeg_quality),
            ("caption_format", args.caption_format),
            ("heading", args.heading),
            ("enlarge_small_photos", args.enlarge_small_photos),
            ("pdf_a", args.pdf_a),
            ("figure_list", args.figure_list),
        )
        if value is not None
    }
    if args.paper is not None:
        changes["paper"] = Paper.A4 if args.paper == "A4" else Paper.LETTER
    if args.orientation is not None:
        changes["orientation"] = Orientation(args.orientation)
    margins = {
        key: value
        for key, value in (
            ("top", args.margin_top),
            ("bottom", args.margin_bottom),
            ("left", args.margin_left),
            ("right", args.margin_right),
            ("footer", args.footer_distance),
        )
        if value is not None
    }
    fonts = {
        key: value
        for key, value in (
            ("east_asian", args.chinese_font),
            ("latin", args.western_font),
            ("heading_pt", args.heading_size),
            ("day_pt", args.day_size),
            ("caption_pt", args.caption_size),
            ("footer_pt", args.footer_size),
        )
        if value is not None
    }
    try:
        if margins:
            changes["margins"] = replace(base.margins, **margins)
        if fonts:
            changes["fonts"] = replace(base.fonts, **fonts)
        return base.with_changes(**changes)
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
        info = document_info(project, settings, args.author or "")
    finally:
        project.close()
    if len({path.resolve() for path in args.output}) != len(args.output):
        raise CommandError(translate("cli", "The same file is given twice."))
    try:
        results = export_entries(entries, args.output, settings, info=info)
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
    cut_note = translate("cli", "caption cut with … to fit its box")
    for line in results[0].cut if results else ():
        print(f"  ! {line[:40]}…: {cut_note}", file=sys.stderr)
    return 0
