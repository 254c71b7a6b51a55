"""Every speed and memory target of photoapp in one run: each benchmark with `--check`.

    .venv/bin/python benchmarks/run.py [--quick] [--only NAME ...]

Runs each benchmark of this folder as its own process (as a user runs it, one after the other so
they do not share the two cores), and prints one table: the benchmark, what it checks, its
exit status (PASS: every target met; FAIL: a target missed; MISSING: the benchmark is not in
this checkout), its wall time, and its own summary lines below. Exit 1 if any target is missed.
`--quick` gives each its smaller set (a quick look, not the figures README quotes).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name, file, targets, full arguments, quick arguments
BENCHMARKS: tuple[tuple[str, str, str, list[str], list[str]], ...] = (
    ("import", "import_speed.py",
     "import rate >= 0.9x the two-core draft-decode limit, CLI and window",
     ["--count", "120", "--repeat", "3"], ["--count", "40"]),
    ("drop", "drop_speed.py",
     "a drop of 300 photos: every tile <= 0.5 s, first embedded thumbnail <= 1 s",
     [], ["--count", "100"]),
    ("stall", "gui_stall.py",
     "importing 300 photos while a user scrolls, searches, types: no stall > 50 ms",
     ["--count", "300"], ["--count", "100"]),
    ("big", "big_project.py",
     "5,000-photo project: painted <= 1 s, scroll without stall > 50 ms, < 400 MB",
     ["--photos", "5000", "--runs", "3"], ["--photos", "5000", "--runs", "1"]),
    ("startup", "startup.py",
     "--help and info <= 0.25 s above python; 2,000-photo window painted <= 1.5 s",
     [], ["--rounds", "5", "--window-runs", "2"]),
    ("export", "export_speed.py",
     "export <= 1.2x preparation, documents < 5 % of originals, PDF <= 1.2x DOCX",
     ["--count", "100", "--repeat", "3"], ["--count", "20"]),
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sets, a quick look")
    names = [name for name, *_ in BENCHMARKS]
    parser.add_argument("--only", nargs="+", choices=names, help="run only these")
    args = parser.parse_args(argv)
    rows: list[tuple[str, str, str, float, list[str]]] = []
    for name, file, targets, full, quick in BENCHMARKS:
        if args.only and name not in args.only:
            continue
        script = HERE / file
        if not script.is_file():
            rows.append((name, targets, "MISSING", 0.0, []))
            continue
        command = [sys.executable, str(script), *(quick if args.quick else full), "--check"]
        print(f"== {name}: {' '.join(command[1:])}", flush=True)
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        print(done.stdout, end="", flush=True)
        if done.returncode not in (0, 1):
            print(done.stderr[-3000:], file=sys.stderr)
        verdict = {0: "PASS", 1: "FAIL"}.get(done.returncode, f"ERROR {done.returncode}")
        summary = [line for line in done.stdout.splitlines() if line.strip()][-6:]
        rows.append((name, targets, verdict, seconds, summary))
    print(f"\n{'benchmark':<9} {'result':<9} {'seconds':>8}  targets")
    for name, targets, verdict, seconds, _ in rows:
        print(f"{name:<9} {verdict:<9} {seconds:8.0f}  {targets}")
    failed = [row for row in rows if row[2] not in ("PASS", "MISSING")]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
