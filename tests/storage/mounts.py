"""Small real file systems for tests: a tmpfs of a given size (a full disk), remountable
read-only. Tests using them skip cleanly where mounting is not permitted (not root, a container
without CAP_SYS_ADMIN, not Linux)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*args: str) -> bool:
    try:
        return subprocess.run(args, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@contextmanager
def tmpfs(where: Path, size: str = "1m") -> Iterator[Path]:
    """A fresh tmpfs of `size` mounted at `where` for the block; skips the test if impossible."""
    if not sys.platform.startswith("linux"):
        pytest.skip("tmpfs mounts are a Linux test")
    where.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(where)):
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield where
    finally:
        _run("umount", "-l", str(where))


def remount(where: Path, *, read_only: bool) -> None:
    """Make a mounted tmpfs read-only or writable again."""
    option = "remount,ro" if read_only else "remount,rw"
    if not _run("mount", "-o", option, str(where)):
        pytest.skip("remounting is not permitted here")
