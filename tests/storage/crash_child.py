"""The editing process of the crash test (test_crash.py), killed with SIGKILL at random moments.

Run as `python -m tests.storage.crash_child PROJECT PHOTOS CACHE`: a *zygote* that imports
everything once, then for each seed read on stdin forks a child and prints the child's pid.
Each child opens the project through the storage API and edits it in an endless loop (import a
photo, add a large roster, tag, caption, reorder the appendix), writing to its log, unbuffered,
`DO {json}` before each edit and `ACK` once the edit is committed, until it is killed.
Forking from a warm zygote makes a child start in milliseconds, so 50 kills take seconds.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
from pathlib import Path

from photoapp.domain.model import Person
from photoapp.storage.importer import import_paths
from photoapp.storage.project import Project
from photoapp.storage.thumbnails import ThumbnailCache

ROSTER_SIZE = 1000  # one `people --import` of a large roster: one big transaction
MAX_PEOPLE = 15 * ROSTER_SIZE  # keeps each run's reading of the project quick


def _log(handle: int, line: str) -> None:
    os.write(handle, (line + "\n").encode("utf-8"))  # one write: whole lines survive a kill


def edit_forever(project_path: Path, photos: Path, cache: Path, seed: int, log: Path) -> None:
    """Edit the project until killed, logging each edit before and after its commit."""
    rng = random.Random(seed)
    handle = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    project = Project.open(project_path, backup=False)
    # A small page cache, as on a machine short of memory: a big transaction spills pages into
    # the file before its commit, so a kill leaves a hot journal to roll back more often.
    project.connection.execute("PRAGMA cache_size = 20")
    pool = sorted(photos.iterdir())
    # The child is the only writer: it reads the project once and then keeps track itself.
    present = {Path(p.path).name: p.id for p in project.photos()}
    names = {p.id: p.name for p in project.people()}
    counter = 0
    while True:
        counter += 1
        people = sorted(names)
        choice = rng.choice(["import", "import", "roster", "tag", "caption", "caption", "order"])
        if choice == "import" or not present:
            waiting = [p for p in pool if p.name not in present]
            if not waiting:
                continue
            path = rng.choice(waiting)
            _log(handle, "DO " + json.dumps({"op": "import", "file": path.name}))
            import_paths(project, [path], ThumbnailCache(cache), workers=1)
            found = project.photo_id_for(path=path)
            assert found is not None
            present[path.name] = found
        elif (choice == "roster" and len(people) < MAX_PEOPLE) or not people:
            batch = f"R{seed}-{counter}"
            _log(handle, "DO " + json.dumps({"op": "roster", "batch": batch}))
            roster = [Person(0, f"{batch}-{i}", "職稱") for i in range(ROSTER_SIZE)]
            ids = project.add_people(roster)
            names.update(zip(ids, (person.name for person in roster), strict=True))
        elif choice == "tag":
            name = rng.choice(sorted(present))
            person = rng.choice(people)
            _log(handle, "DO " + json.dumps({"op": "tag", "file": name, "person": names[person]}))
            project.tag([present[name]], person)
        elif choice == "caption":
            name = rng.choice(sorted(present))
            text = f"說明 {seed}-{counter}"
            _log(handle, "DO " + json.dumps({"op": "caption", "file": name, "text": text}))
            project.set_caption(present[name], text)
        else:
            chosen = rng.sample(sorted(present), rng.randint(0, len(present)))
            _log(handle, "DO " + json.dumps({"op": "order", "files": chosen}))
            project.set_appendix([present[name] for name in chosen])
        _log(handle, "ACK")


def zygote(project_path: Path, photos: Path, cache: Path) -> None:
    """Fork one editing child per seed read on stdin; print its pid."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    for line in sys.stdin:
        seed, log = line.split(maxsplit=1)
        pid = os.fork()
        if pid == 0:
            try:
                edit_forever(project_path, photos, cache, int(seed), Path(log.strip()))
            finally:
                os._exit(1)
        print(pid, flush=True)


if __name__ == "__main__":
    zygote(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
