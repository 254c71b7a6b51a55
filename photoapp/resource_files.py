"""Where the shipped resources (demo trip, translations, icons) are, installed or in a checkout.

A wheel, an sdist install and the PyInstaller bundle carry the top-level `resources/` folder
inside the package as `photoapp/_resources` (setup.py copies it at build time); a checkout (and
an editable install) has it beside the package. Qt-free: every layer may ask.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


@cache
def resources() -> Traversable:
    """The resources folder: the packaged copy when there is one, else the checkout's."""
    from importlib.resources import files  # with zipfile and tempfile: only when needed

    packaged = files("photoapp") / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Traversable:
    """One resource, e.g. ``resource("demo", "trip.json")``."""
    return resources().joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """One resource as a file-system path, for APIs that want a file name (QTranslator, QIcon).

    Every way photoapp is installed keeps resources as plain files, never inside a zip.
    """
    return Path(str(resource(*parts)))
