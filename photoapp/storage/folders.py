"""Listing the files below a folder, whatever the folder holds.

A folder tree can be 1,200 levels deep (Python's recursive `os.walk` of 3.11 dies there), hold
symlink loops, unreadable sub-folders and names that are not valid text. This walk keeps its
own stack, does not follow symlinks to folders (a loop cannot trap it, and what a link points
at is imported from where it really is), visits each real folder once, and reports a folder
it cannot list instead of stopping.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini"})


@dataclass(frozen=True)
class Listed:
    """A file found below the folder (its path as found, not resolved)."""

    path: Path


@dataclass(frozen=True)
class Unlistable:
    """A folder that could not be listed, and what the system said."""

    path: Path
    detail: str


def hidden(name: str) -> bool:
    """Whether a name is passed over silently: hidden files and the systems' thumbnail files."""
    return name.startswith(".") or name.lower() in IGNORED_NAMES


def files_below(folder: Path) -> Iterator[Listed | Unlistable]:
    """Every non-hidden file below `folder`, folder by folder, names in sorted order.

    Files are listed whatever their type (a FIFO, a symlink to a device): whoever reads them
    must check. A symlink to a folder is listed like a file, so that the reader refuses it
    with a reason rather than it vanishing.
    """
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = current.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(current) as entries:
                found = sorted(entries, key=lambda entry: entry.name)
        except (OSError, RuntimeError) as error:
            detail = getattr(error, "strerror", None) or str(error)
            yield Unlistable(current, detail)
            continue
        folders: list[Path] = []
        for entry in found:
            if hidden(entry.name):
                continue
            path = current / entry.name
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                folders.append(path)
            else:
                yield Listed(path)
        # Depth first, sub-folders in name order (the stack takes them last to first).
        stack.extend(reversed(folders))


def is_folder(path: Path) -> bool:
    """Whether `path` (a link followed) is a folder; False for what cannot be looked at."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
