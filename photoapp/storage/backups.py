"""Rolling backups of each project, made when it is opened, and restoring them as new files.

On opening (after the integrity check) the project is copied with SQLite's backup API into the
user data folder (platformdirs; $PHOTOAPP_BACKUP_DIR overrides it), one folder per project file,
keeping the last `KEEP` copies. A copy is made only when the file changed since the newest
backup, so reopening an unchanged project does not push older states out. Photo paths in a
backup are absolute, so a restored copy finds the photos wherever it is saved.

Restoring writes a *new* project file: the current one is never replaced, so nothing is lost
by choosing the wrong backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_path

from photoapp.storage import copies
from photoapp.storage.database import SUFFIX
from photoapp.storage.errors import CorruptProjectError

BACKUP_ENV = "PHOTOAPP_BACKUP_DIR"
KEEP = 5
_NAME = re.compile(r"(\d{8}T\d{6}\d{6})Z-([0-9a-f]{16})" + re.escape(SUFFIX))


@dataclass(frozen=True)
class Backup:
    """One backup of a project: 1 is the newest."""

    number: int
    path: Path
    made: datetime  # when it was made (UTC)
    size: int
    digest: str  # the start of the SHA-256 of the project file it copies


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, for choosing one (read from the backup itself)."""

    title: str
    photos: int
    captions: int
    people: int


def backups_root() -> Path:
    """Where all backups go: $PHOTOAPP_BACKUP_DIR, else the platform's user data folder."""
    override = os.environ.get(BACKUP_ENV)
    return Path(override) if override else user_data_path("photoapp") / "backups"


def folder_for(project_path: Path) -> Path:
    """The folder of one project's backups: its name and a digest of its full path."""
    resolved = project_path.resolve()
    key = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]
    stem = re.sub(r"[^\w.-]+", "_", resolved.stem)[:40] or "project"
    return backups_root() / f"{stem}-{key}"


def list_backups(project_path: Path) -> list[Backup]:
    """The backups of the project at `project_path`, newest first (numbered from 1).

    Works whatever state the project is in: missing, damaged or refused.
    """
    folder = folder_for(project_path)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found: list[tuple[datetime, Path, str, int]] = []
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if not match:
            continue
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        made = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        found.append((made, entry, match.group(2), size))
    found.sort(key=lambda item: item[0], reverse=True)
    return [
        Backup(number, path, made, size, digest)
        for number, (made, path, digest, size) in enumerate(found, start=1)
    ]


def file_digest(path: Path) -> str:
    """The start of the SHA-256 of a file, which names the state a backup copies."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def make_backup(
    connection: sqlite3.Connection, project_path: Path, *, keep: int = KEEP
) -> Backup | None:
    """Back up the open project (call with no transaction open); None when the newest backup
    already holds this state. Older backups beyond `keep` are removed.

    Raises OSError or sqlite3.Error (through `copies.write_copy`: a typed ProjectWriteError)
    when the backup folder cannot be written; the project itself is never touched.
    """
    project_path = project_path.resolve()
    digest = file_digest(project_path)
    existing = list_backups(project_path)
    if existing and existing[0].digest == digest:
        return None
    folder = folder_for(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    _write_origin(folder, project_path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{stamp}Z-{digest}{SUFFIX}"
    copies.write_copy(connection, project_path.parent, target, relative=False)
    for old in list_backups(project_path)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return next(b for b in list_backups(project_path) if b.path == target)


def _write_origin(folder: Path, project_path: Path) -> None:
    # For someone looking in the folder by hand: whose backups these are.
    origin = folder / "project.txt"
    text = str(project_path) + "\n"
    with contextlib.suppress(OSError):
        if not origin.exists() or origin.read_text(encoding="utf-8") != text:
            origin.write_text(text, encoding="utf-8")


def summary(backup: Backup) -> BackupSummary:
    """The trip title and counts a backup holds; raises CorruptProjectError if unreadable."""
    try:
        connection = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            title = connection.execute("SELECT title FROM trip WHERE id = 1").fetchone()
            photos, captions = connection.execute(
                "SELECT count(*), count(NULLIF(caption, '')) FROM photo"
            ).fetchone()
            people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise CorruptProjectError(backup.path, str(error)) from error
    return BackupSummary(str(title[0]) if title else "", int(photos), int(captions), int(people))


def restore_backup(backup: Backup, destination: Path) -> Path:
    """Write `backup` as a new project file `destination` (never an existing file).

    Photo paths are made relative to the destination's folder where the photos are below it.
    Raises ProjectExistsError, CorruptProjectError (an unreadable backup) or a
    ProjectWriteError subclass naming `destination`.
    """
    try:
        source = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise CorruptProjectError(backup.path, str(error)) from error
    try:
        try:
            ok = source.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        except sqlite3.DatabaseError as error:
            raise CorruptProjectError(backup.path, str(error)) from error
        if not ok:
            raise CorruptProjectError(backup.path, "quick_check")
        copies.write_copy(source, backup.path.parent, destination)
    finally:
        source.close()
    return destination.resolve()
