"""kill -9 at random moments: the project always opens whole, with every acknowledged edit.

A child process edits the project through the storage API (import a photo, add a large
roster, tag, caption, reorder the appendix) and logs `DO` before and `ACK` after each commit;
it is killed with SIGKILL after a random delay, 50 times. After each kill the project is
opened as the application opens it (a hot journal rolled back), PRAGMA integrity_check must
say ok, and the project must hold exactly the acknowledged edits, plus at most the one edit
that was in flight (committed or not, but whole: a roster is all there or not at all).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from photoapp.domain.model import Trip
from photoapp.storage.database import journal_path
from photoapp.storage.project import Project
from tests.photos import Exif, write_photo
from tests.storage.crash_child import ROSTER_SIZE

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50


@dataclass(frozen=True)
class State:
    """What the test knows the project holds (file names and person names, not ids)."""

    photos: frozenset[str] = frozenset()
    batches: frozenset[str] = frozenset()
    tags: frozenset[tuple[str, str]] = frozenset()
    captions: tuple[tuple[str, str], ...] = ()
    order: tuple[str, ...] = ()
    _: Any = field(default=None, compare=False)

    def after(self, op: dict[str, Any]) -> State:
        kind = op["op"]
        if kind == "import":
            return replace(self, photos=self.photos | {op["file"]})
        if kind == "roster":
            return replace(self, batches=self.batches | {op["batch"]})
        if kind == "tag":
            return replace(self, tags=self.tags | {(op["file"], op["person"])})
        if kind == "caption":
            captions = dict(self.captions) | {op["file"]: op["text"]}
            return replace(self, captions=tuple(sorted(captions.items())))
        return replace(self, order=tuple(op["files"]))


def read_state(project: Project) -> State:
    photos = {p.id: Path(p.path).name for p in project.photos()}
    people = {p.id: p.name for p in project.people()}
    batches = Counter(name.rsplit("-", 1)[0] for name in people.values())
    assert set(batches.values()) <= {ROSTER_SIZE}, "a roster was added in part"
    rows = project.connection.execute("SELECT photo_id, person_id FROM photo_person")
    return State(
        photos=frozenset(photos.values()),
        batches=frozenset(batches),
        tags=frozenset((photos[photo], people[person]) for photo, person in rows),
        captions=tuple(sorted((photos[p.id], p.caption) for p in project.photos() if p.caption)),
        order=tuple(photos[pid] for pid in project.appendix()),
    )


def read_log(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The acknowledged edits, and the one in flight when the child was killed (or None)."""
    done: list[dict[str, Any]] = []
    pending: dict[str, Any] | None = None
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("DO "):
                pending = json.loads(line[3:])
            elif line == "ACK":
                assert pending is not None
                done.append(pending)
                pending = None
    return done, pending


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the editing children are forked")
def test_kill_9_at_random_moments_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "trip.photoapp"
    Project.create(path, Trip("大田", start=date(2017, 9, 10), end=date(2017, 9, 13))).close()
    photos = tmp_path / "photos"
    for index in range(24):
        taken = f"2017:09:1{index % 4} 10:{index:02}:00"
        write_photo(photos / f"{index:02}.jpg", Exif(taken=taken), size=(64, 48), seed=index)
    zygote = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", str(path), str(photos),
         str(tmp_path / "cache")],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert zygote.stdin is not None and zygote.stdout is not None
    rng = random.Random(20261202)
    known = State()
    pid = 0
    acknowledged = in_flight = hot_journals = committed_unacknowledged = 0
    started = time.monotonic()
    try:
        for run in range(KILLS):
            log = tmp_path / f"run{run}.log"
            zygote.stdin.write(f"{run} {log}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            time.sleep(rng.uniform(0.01, 0.4))
            os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while not _gone(pid):
                assert time.monotonic() < deadline, "the killed child did not go away"
                time.sleep(0.002)
            journal = journal_path(path)
            hot_journals += journal.exists() and journal.stat().st_size > 0
            done, pending = read_log(log)
            for op in done:
                known = known.after(op)
            acknowledged += len(done)
            project = Project.open(path, backup=False)
            try:
                assert project.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                actual = read_state(project)
            finally:
                project.close()
            if pending is not None:
                in_flight += 1
                if actual != known and actual == known.after(pending):
                    committed_unacknowledged += 1
                    known = actual
            assert actual == known, f"run {run}: {done=} {pending=}"
    finally:
        if pid and not _gone(pid):
            os.kill(pid, signal.SIGKILL)  # a failed check must not leave a child editing
        zygote.kill()
        zygote.wait(timeout=10)
    elapsed = time.monotonic() - started
    print(
        f"\n{KILLS} kills in {elapsed:.1f} s: {acknowledged} acknowledged edits all kept,"
        f" {in_flight} killed mid-edit ({committed_unacknowledged} of those committed),"
        f" {hot_journals} hot journals rolled back; final project: {len(known.photos)} photos,"
        f" {len(known.batches) * ROSTER_SIZE} people"
    )
    assert acknowledged >= 15 and in_flight >= 10  # real work done, and kills in the middle
