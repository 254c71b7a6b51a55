"""Where a command may write, and writing there safely: the one guard every writer uses.

`check_target` refuses, before anything is written:
- the open project file itself (same path once resolved, or the same file by inode, a hard
  link or a symlink to it) and its rollback journal;
- any file the project refers to (its photos);
- an existing file that is not of the format about to be written, unless the user confirmed
  it (`force`; the CLI's `--force`, a dialog's "Replace"): a captions export must not replace a
  report that happens to be called `report.csv`, an export must not replace a spreadsheet.

`write_atomically` writes beside the target under a hidden temporary name and renames it into
place, so a failure leaves the old file whole; the file gets the user's usual permissions (a new
file: 0666 less the umask; a replaced file keeps its mode). Temporaries left by a write that was
killed are removed by the next write to the same target (`remove_stale_temporaries`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import time
import zipfile
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from photoapp.storage.database import JOURNAL_SUFFIX


class OutputFormat(Enum):
    """What is about to be written, so an existing file can be recognised as one of its kind."""

    CSV = "csv"
    PDF = "pdf"
    DOCX = "docx"
    ODT = "odt"
    PROJECT = "photoapp"

    @classmethod
    def for_path(cls, path: Path) -> OutputFormat | None:
        """The format a file name asks for by its suffix, if it is one of ours."""
        suffix = path.suffix.lower().lstrip(".")
        return next((fmt for fmt in cls if fmt.value == suffix), None)


class TargetProblem(Enum):
    """Why a file may not be written."""

    PROJECT_FILE = "project-file"  # the project itself or its journal: never
    PROJECT_PHOTO = "project-photo"  # a photo of the project: never
    OTHER_FORMAT = "other-format"  # an existing file of another kind: only when confirmed
    IS_FOLDER = "is-folder"
    NO_FOLDER = "no-folder"


class UnsafeTargetError(Exception):
    """Writing to `path` was refused; nothing was written. `confirmable` problems may be
    overridden by the user (then call again with force=True)."""

    def __init__(self, path: Path, problem: TargetProblem) -> None:
        super().__init__(f"{path}: {problem.value}")
        self.path = path
        self.problem = problem

    @property
    def confirmable(self) -> bool:
        """Whether the user may choose to write anyway."""
        return self.problem is TargetProblem.OTHER_FORMAT


def project_references(connection: sqlite3.Connection, folder: Path) -> list[Path]:
    """The files an open project refers to (its photos), as absolute paths."""
    return [folder / row[0] for row in connection.execute("SELECT path FROM photo")]


def check_target(
    target: Path,
    output: OutputFormat,
    *,
    project_path: Path | None = None,
    references: Iterable[Path] = (),
    force: bool = False,
) -> None:
    """Raise UnsafeTargetError if `target` must not be written (see the module's docstring)."""
    resolved = target.resolve()
    if resolved.is_dir():
        raise UnsafeTargetError(target, TargetProblem.IS_FOLDER)
    if not resolved.parent.is_dir():
        raise UnsafeTargetError(target, TargetProblem.NO_FOLDER)
    identity = _identity(resolved)
    if project_path is not None:
        project = project_path.resolve()
        protected = (project, project.with_name(project.name + JOURNAL_SUFFIX))
        same_file = identity is not None and identity in {_identity(p) for p in protected}
        if resolved in protected or same_file:
            raise UnsafeTargetError(target, TargetProblem.PROJECT_FILE)
    for reference in references:
        absolute = reference.resolve()
        if absolute == resolved or (identity is not None and _identity(absolute) == identity):
            raise UnsafeTargetError(target, TargetProblem.PROJECT_PHOTO)
    if identity is not None and not force and not is_of_format(resolved, output):
        raise UnsafeTargetError(target, TargetProblem.OTHER_FORMAT)


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of an existing file, None when there is none."""
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def is_of_format(path: Path, output: OutputFormat) -> bool:
    """Whether an existing file is of the kind `output` (an empty file is of any kind)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return True
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if output is OutputFormat.PDF:
        return head.startswith(b"%PDF-")
    if output is OutputFormat.CSV:
        return path.suffix.lower() == ".csv" and _looks_like_text(head)
    if output in (OutputFormat.DOCX, OutputFormat.ODT):
        return _zip_document_kind(path) is output
    return False  # a project is never replaced: a new copy is always a new file


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 (Excel's "Unicode Text") has NUL bytes but is text
    return b"\x00" not in head


def _zip_document_kind(path: Path) -> OutputFormat | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return OutputFormat.DOCX
            if "mimetype" in names:
                kind = archive.read("mimetype")[:100]
                if kind.strip() == b"application/vnd.oasis.opendocument.text":
                    return OutputFormat.ODT
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    return None


# ---- writing ----------------------------------------------------------------------------

_STALE_AFTER = 24 * 3600.0  # where a writer's liveness cannot be asked (not POSIX)


def temporary_for(target: Path) -> Path:
    """A fresh hidden name beside `target` that names this process: `.NAME.PID-TOKEN.part.SUF`
    (keeping the suffix for writers that look at it)."""
    token = secrets.token_hex(4)
    return target.with_name(f".{target.stem}.{os.getpid()}-{token}.part{target.suffix}")


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Remove temporaries of `target` whose writer is gone (killed, crashed); returns them.

    A temporary of a writer still running (another window exporting to the same file) is left.
    """
    removed: list[Path] = []
    prefix, suffix = f".{target.stem}.", f".part{target.suffix}"
    try:
        candidates = [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    for candidate in candidates:
        middle = candidate.name[len(prefix) : len(candidate.name) - len(suffix)]
        if not candidate.name.endswith(suffix) or "-" not in middle:
            continue
        pid_text = middle.split("-", 1)[0]
        if not pid_text.isascii() or not pid_text.isdigit() or _writer_alive(int(pid_text)):
            continue
        if os.name != "posix" and not _old(candidate):
            continue
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
        with contextlib.suppress(OSError):  # SQLite's journal of a killed copy of a project
            candidate.with_name(candidate.name + JOURNAL_SUFFIX).unlink(missing_ok=True)
    return removed


def _writer_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own earlier write that failed without cleaning up
    if os.name != "posix":
        return True  # os.kill would end the process on Windows: rely on age instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def _old(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime > _STALE_AFTER
    except OSError:
        return False


def new_file_mode(target: Path) -> int:
    """The permissions a written file should have: those of the file it replaces, else the
    default for a new file (0666 less the umask, applied by the system on creation)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666


def write_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` all or nothing; the old file stays whole on any failure.

    Raises OSError naming `target` (never the temporary) on failure.
    """
    remove_stale_temporaries(target)
    existed = target.exists()
    mode = new_file_mode(target)
    temporary = temporary_for(target)
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(handle, view)
                view = view[written:]
            os.fsync(handle)
        finally:
            os.close(handle)
        if existed:
            os.chmod(temporary, mode)  # exactly the replaced file's mode, umask aside
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(target)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
