"""What every subcommand shares: translation, the error type, argument types, opening a project."""

from __future__ import annotations

import argparse
import re
import sqlite3
from datetime import date
from pathlib import Path

from photoapp.storage import photo_file
from photoapp.storage.errors import ProjectError, write_error
from photoapp.storage.safe_output import UnsafeTargetError
from photoapp.texts.catalogue import fill, translate

__all__ = ["CommandError", "describe_error", "fill", "iso_date", "printable", "translate"]

# C0 and C1 controls (ESC starts terminal escape sequences), DEL, and the bidirectional
# overrides and isolates that reorder what a terminal shows.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str | Path) -> str:
    """Text from a project or a file name (captions, names, paths) safe to print on a terminal:
    undecodable bytes as U+FFFD (storage's `printable`), control characters and bidirectional
    overrides as escapes (\\x1b, \\n, \\u202e) instead of acting on the terminal."""
    return _UNPRINTABLE.sub(lambda match: ascii(match.group(0))[1:-1], photo_file.printable(text))


class CommandError(Exception):
    """A command that cannot do its work; the message is already in the user's language."""


def iso_date(text: str) -> date:
    """An argparse type for YYYY-MM-DD dates."""
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("cli", "%1 is not a date of the form YYYY-MM-DD").replace("%1", text)
        ) from error


def describe_error(error: BaseException, project: Path | None = None) -> str | None:
    """One line in the user's language naming the cause and the file of a storage, SQLite or
    system error (SQLite's errors are about `project`); None for an error that is not one."""
    from photoapp.texts import messages  # loads the import's modules (Pillow): errors only

    if isinstance(error, ProjectError):
        return messages.project_error(error)
    if isinstance(error, UnsafeTargetError):
        text = messages.unsafe_target(error)
        if error.confirmable:
            text += " " + translate("cli", "Add --force to replace it.")
        return text
    if isinstance(error, sqlite3.Error) and project is not None:
        return messages.write_problem(write_error(project, error))
    if isinstance(error, OSError):
        return messages.os_error(error)
    return None
