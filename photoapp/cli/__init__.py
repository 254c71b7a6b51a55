"""The `photoapp` command: opens the GUI, or runs a headless subcommand on the same functions.

    photoapp [PROJECT.photoapp] [--demo] [--lang en|zh_TW] [--screenshot PNG] [--version]
    photoapp new PROJECT --title T [--start D --end D] [--timezone Asia/Seoul]
    photoapp trip PROJECT [--title T] [--start D --end D] [--timezone ZONE|auto] [--json]
    photoapp import PROJECT PATH... [--json]
    photoapp info PROJECT [--json]
    photoapp days PROJECT [--list] [--assign] [--json]
    photoapp clock PROJECT [--list] (--camera NAME | --photo ID…) (--shift ±H:MM | --actual T
                   --reference ID) [--dry-run] [--json]
    photoapp check PROJECT [--json]
    photoapp captions PROJECT (--export FILE.csv [--force] | --import FILE.csv) [--json]
    photoapp people PROJECT [--import ROSTER] [--merge KEEP GONE] [--json]
    photoapp backups PROJECT [--restore N -o NEW.photoapp] [--json]
    photoapp relink PROJECT FOLDER [--json]
    photoapp similar PROJECT [--json]
    photoapp suggest PROJECT [--count N] [--apply] [--json]
    photoapp export PROJECT -o OUT.odt|OUT.docx|OUT.pdf [--per-page N] [--group-by-day]
                   [--start-page N] [--dpi N] [--paper A4|Letter] [--caption-format F]
                   [--heading H] [--captions-only] [--force]
    photoapp export PROJECT --into REPORT.docx|.odt (-o OUT | --in-place) [--after TEXT]
                   [--fix-references] [--force]
    photoapp check PROJECT --report REPORT.docx|.odt [--after TEXT] [--json]

Errors are one line on stderr in the user's language, never a traceback; exit 0 when the
command did its work (rejected photos included), 1 when it could not, 2 for wrong arguments.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sqlite3
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from photoapp import __version__, collector
from photoapp.cli.common import CommandError, describe_error, fill, printable, translate
from photoapp.storage.errors import ProjectError
from photoapp.storage.safe_output import UnsafeTargetError
from photoapp.texts import catalogue
from photoapp.texts.catalogue import LANGUAGES

# Each subcommand and the module (photoapp.cli.<module>) that registers and runs it. Only the
# module of the command given is imported, so a command pays for no other's libraries.
SUBCOMMANDS: dict[str, str] = {
    "new": "project_commands",
    "trip": "project_commands",
    "import": "project_commands",
    "info": "project_commands",
    "days": "itinerary_commands",
    "clock": "itinerary_commands",
    "check": "caption_commands",
    "captions": "caption_commands",
    "people": "caption_commands",
    "export": "export_command",
    "backups": "backup_commands",
    "relink": "relink_command",
    "similar": "similar_command",
    "suggest": "suggest_command",
}


def _build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of `command` (its module only), or of every subcommand when None."""
    parser = argparse.ArgumentParser(
        prog="photoapp", description=translate("cli", "Trip report photo appendix")
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", "interface language"))
    commands = parser.add_subparsers(dest="command", required=True)
    modules = [SUBCOMMANDS[command]] if command else list(dict.fromkeys(SUBCOMMANDS.values()))
    for module in modules:
        importlib.import_module(f"photoapp.cli.{module}").register(commands)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="photoapp",
        description=fill(
            translate("cli", "Trip report photo appendix. Subcommands: %1"), ", ".join(SUBCOMMANDS)
        ),
    )
    parser.add_argument(
        "project", type=Path, nargs="?", help=translate("cli", "project file to open")
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("cli", "open a ready sample trip")
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", "interface language"))
    parser.add_argument(
        "--screenshot", type=Path, help=translate("cli", "save the window as PNG and exit")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"photoapp {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    return parser


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
    command = next((word for word in argv[:3] if word in SUBCOMMANDS), None)
    previous = catalogue.current_language()
    try:
        language = catalogue.choose_language(_language_argument(argv))
    except ValueError:
        language = "en"  # argparse will name the wrong value
    catalogue.set_language(language)
    try:
        if command is None:
            args = _gui_parser().parse_args(argv)  # --help ends here, before any Qt is loaded
            collector.pause()  # until the window has painted (photoapp/collector.py)
            try:
                from photoapp.cli import launcher  # the GUI's imports: paid for when it runs

                return launcher.open_window(args)
            finally:
                collector.resume()
        return _run_command(command, argv)
    finally:
        catalogue.set_language(previous)  # in-process callers (tests) get their language back


def _run_command(command: str, argv: list[str]) -> int:
    """Run a headless subcommand: its result, or its error as one line on stderr."""
    args: argparse.Namespace | None = None
    try:
        with warnings.catch_warnings():
            if not sys.warnoptions:  # library warnings (Pillow's) are not for users to read
                warnings.simplefilter("ignore")
            args = _build_parser(command).parse_args(argv)
            result = int(args.handler(args))
            sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return result
    except BrokenPipeError:
        # The reader went away (`photoapp info P | head`): stop quietly, as other tools do,
        # and keep Python from complaining when it flushes stdout on the way out.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except CommandError as error:
        _error(str(error))
    except (ProjectError, UnsafeTargetError, sqlite3.Error, OSError) as error:
        project = getattr(args, "project", None)
        text = describe_error(error, Path(project) if project is not None else None)
        if text is None:
            raise
        _error(text)
    except Exception as error:  # a bug of ours: still one line for the user, not a traceback
        _error(fill(translate("cli", "internal error: %1"), repr(error)))
        return 70
    return 1


def _error(text: str) -> None:
    """One line on stderr; control characters from file names or captions shown escaped."""
    with contextlib.suppress(OSError):
        print(f"photoapp: {printable(text)}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
