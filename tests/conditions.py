"""Real failure conditions for tests of writes: a full disk, an immutable file or folder, a
project locked by another connection. Each skips the test when the machine does not allow it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def tiny_disk(mount_point: Path, size: str = "1m") -> Iterator[Path]:
    """A small tmpfs mounted at `mount_point` (needs root and permission to mount)."""
    mount_point.mkdir(parents=True, exist_ok=True)
    command = ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)]
    try:
        done = subprocess.run(command, capture_output=True, check=False, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        done = None
    if done is None or done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root, or not permitted)")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, timeout=10)


def fill(folder: Path) -> Path:
    """Fill the disk holding `folder` to the last byte; returns the filler file to free it."""
    filler = folder / "filler.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (1 << 16, 4096, 512, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(descriptor)
    return filler


@contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """`path` made immutable (chattr +i): not writable even by root, like a read-only medium."""
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("chattr +i is not supported here")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


@contextmanager
def locked(path: Path, how: str = "EXCLUSIVE") -> Iterator[sqlite3.Connection]:
    """Another connection holding a lock on the database at `path`: EXCLUSIVE (no one else
    reads or writes) or IMMEDIATE (another program in the middle of writing: others read)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute(f"BEGIN {how}")
    try:
        yield other
    finally:
        other.execute("ROLLBACK")
        other.close()
