"""Opening the window from the command line: the one module of photoapp.cli that loads Qt and
photoapp.ui (import-linter holds the rest of the CLI to the Qt-free layers)."""

from __future__ import annotations

import argparse

from photoapp.ui import i18n, settings
from photoapp.ui.app import run


def open_window(args: argparse.Namespace) -> int:
    """Run the GUI on the parsed arguments, in the language of --lang, else Preferences, else
    the system's."""
    language = i18n.choose_language(args.lang, settings.LANGUAGE.get())
    return run(args.project, demo=args.demo, language=language, screenshot=args.screenshot)
