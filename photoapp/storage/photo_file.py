"""Opening one file that claims to be a photo without trusting it.

A "photo" found in a folder can be a FIFO (opening it blocks forever), a symlink to /dev/zero
(reading it never ends), a symlink loop, a 50 GB video or a name that is not valid text. Every
reader of photo files goes through `open_photo_file`: it refuses all but regular files, checks
the size before reading a byte, never blocks on opening, and reads against a `Deadline`.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import BinaryIO

# The largest file read as a photo. Camera and phone files are 2-60 MB; an uncompressed
# 150-megapixel 16-bit TIFF is 900 MB. Anything larger is not a photo for a report.
MAX_FILE_SIZE = 1 << 30
# How long reading one file may take before it is given up (a hung network drive, a crafted
# file that sends a parser into a loop). A 150-megapixel PNG decodes in a few seconds.
TIME_LIMIT = 60.0
_CHUNK = 1 << 20


class FileProblem(Enum):
    """Why a file was not read at all."""

    UNREADABLE = "unreadable"  # missing, no permission, I/O error, a symlink loop
    NOT_REGULAR = "not-regular"  # a folder, device, FIFO or socket
    TOO_BIG = "too-big"  # over MAX_FILE_SIZE
    BAD_NAME = "bad-name"  # a name that is not valid text (cannot be stored or shown)
    TIMED_OUT = "timed-out"  # took longer than its time limit
    CHANGED = "changed"  # the file changed while it was being read


class FileRefusedError(Exception):
    """A file that is not read; `problem` says why, `detail` what the system said."""

    def __init__(self, problem: FileProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


class Deadline:
    """A time limit for one file's work, paused while the work waits its turn (memory).

    `check()` raises FileRefusedError(TIMED_OUT) once the limit has passed; another thread can ask
    `overdue(grace)` to notice work that is stuck where it cannot check.
    """

    def __init__(self, seconds: float = TIME_LIMIT) -> None:
        self.seconds = seconds
        self._start = time.monotonic()
        self._paused_total = 0.0
        self._paused_since: float | None = None
        self._lock = threading.Lock()

    def elapsed(self) -> float:
        """Seconds of work so far, waiting not counted."""
        with self._lock:
            now = self._paused_since if self._paused_since is not None else time.monotonic()
            return now - self._start - self._paused_total

    def check(self) -> None:
        """Raise FileRefusedError(TIMED_OUT) if the time is up."""
        if self.elapsed() > self.seconds:
            raise FileRefusedError(FileProblem.TIMED_OUT, f"over {self.seconds:g} s")

    def overdue(self, grace: float = 0.0) -> bool:
        """Whether the work has run past its limit by more than `grace` seconds."""
        return self.elapsed() > self.seconds + grace

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Waiting inside this block does not count against the limit."""
        with self._lock:
            self._paused_since = time.monotonic()
        try:
            yield
        finally:
            with self._lock:
                assert self._paused_since is not None
                self._paused_total += time.monotonic() - self._paused_since
                self._paused_since = None


def check_name(path: Path) -> None:
    """Refuse a path that is not valid text: it could be neither stored nor shown.

    On POSIX a name is bytes; Python keeps bytes that are not UTF-8 as lone surrogates,
    which SQLite, JSON and the terminal all refuse.
    """
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError as error:
        raise FileRefusedError(FileProblem.BAD_NAME, printable(path)) from error


def printable(path: Path | str) -> str:
    """A path as one line of valid text, whatever its bytes: for messages and reports.

    Bytes that are not UTF-8 become U+FFFD and control characters (a newline in a file name)
    their escapes, so one file is always one line.
    """
    text = os.fsencode(path).decode("utf-8", "replace")
    return "".join(
        repr(char)[1:-1] if unicodedata.category(char) in ("Cc", "Cs") else char for char in text
    )


def open_photo_file(path: Path, max_size: int = MAX_FILE_SIZE) -> BinaryIO:
    """The file opened for reading, if it is a regular file no larger than `max_size`.

    Opening never blocks (O_NONBLOCK: a FIFO would wait for a writer forever) and the type is
    checked on the open descriptor, so a file swapped after a check cannot slip through.
    """
    check_name(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise FileRefusedError(FileProblem.UNREADABLE, error.strerror or str(error)) from error
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefusedError(FileProblem.NOT_REGULAR, _kind(info.st_mode))
        if info.st_size > max_size:
            raise FileRefusedError(FileProblem.TOO_BIG, f"{info.st_size} bytes")
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(descriptor, True)  # a regular file: read it the ordinary way
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "folder"),
        (stat.S_ISFIFO, "pipe"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
    ):
        if test(mode):
            return name
    return "special file"


def stamp(stream: BinaryIO) -> tuple[int, int]:
    """Size and modification time (ns) of an open file: what says it has not changed."""
    info = os.fstat(stream.fileno())
    return info.st_size, info.st_mtime_ns


def hash_stream(stream: BinaryIO, deadline: Deadline | None = None) -> str:
    """SHA-256 of the whole file, read a megabyte at a time from its start."""
    stream.seek(0)
    digest = hashlib.sha256()
    # One buffer filled again and again: a fresh megabyte per read would be new memory the
    # system must map in each time, which costs a fifth of the hashing itself.
    buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    while filled := stream.readinto(view):  # type: ignore[attr-defined]
        digest.update(view[:filled])  # hashlib lets go of the GIL for a buffer this large
        if deadline is not None:
            deadline.check()
    return digest.hexdigest()


class HashingReader:
    """An open file read through by a parser, hashed on the way: each byte read once.

    A decoder reads the whole file anyway; hashing the blocks it reads, as it reads them,
    spares a second pass over the file (its copying into memory), and hashes each block while
    it is still in the processor's cache. Only the longest stretch read from the start, in
    order, is hashed as it goes by; parsers that jump about (EXIF readers), reread or stop
    early leave the rest to `hexdigest`, which reads what was not seen. Any reading method
    not defined here is not offered, so that nothing can read past the hash.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._digest = hashlib.sha256()
        self._hashed = 0  # bytes [0, _hashed) are in the digest

    def _seen(self, start: int, data: bytes | memoryview) -> None:
        end = start + len(data)
        if start <= self._hashed < end:
            self._digest.update(memoryview(data)[self._hashed - start :])
            self._hashed = end

    def read(self, size: int | None = -1) -> bytes:
        start = self._stream.tell()
        data = self._stream.read(-1 if size is None else size)
        self._seen(start, data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        start = self._stream.tell()
        filled = self._stream.readinto(buffer)  # type: ignore[attr-defined]
        self._seen(start, memoryview(buffer)[:filled])
        return int(filled)

    def readline(self, size: int | None = -1) -> bytes:
        start = self._stream.tell()
        data = self._stream.readline(-1 if size is None else size)
        self._seen(start, data)
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._stream.seek(offset, whence)

    def tell(self) -> int:
        return self._stream.tell()

    def fileno(self) -> int:
        return self._stream.fileno()

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    @property
    def closed(self) -> bool:
        return self._stream.closed

    def close(self) -> None:
        """Nothing: the file belongs to whoever opened it (Pillow closes an image's file)."""

    def hexdigest(self, deadline: Deadline | None = None) -> str:
        """SHA-256 of the whole file: what the parsers read, then the rest, read now."""
        self._stream.seek(self._hashed)
        buffer = bytearray(_CHUNK)
        view = memoryview(buffer)
        while filled := self._stream.readinto(view):  # type: ignore[attr-defined]
            self._digest.update(view[:filled])
            self._hashed += filled
            if deadline is not None:
                deadline.check()
        return self._digest.hexdigest()


def file_hash(path: Path, deadline: Deadline | None = None) -> str:
    """SHA-256 of a photo file's content; FileRefusedError if it is not one to read."""
    with open_photo_file(path) as stream:
        try:
            return hash_stream(stream, deadline)
        except OSError as error:
            raise FileRefusedError(FileProblem.UNREADABLE, error.strerror or str(error)) from error
