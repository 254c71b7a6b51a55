"""What every subcommand shares: translation, the error type, argument types, opening a project."""

from __future__ import annotations

import argparse
from datetime import date

from photoapp.texts.catalogue import fill, translate

__all__ = ["CommandError", "fill", "iso_date", "translate"]


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
