"""Refresh the Qt Linguist files: collect new source strings into the .ts, compile the .qm.

    python tools/update_translations.py          # after changing user-visible strings
    python tools/update_translations.py --check  # exit 1 if the .ts or .qm is out of date

Translate the new `<message>` entries of resources/translations/photoapp_zh_TW.ts (Qt Linguist,
or by hand: remove `type="unfinished"`), then run it again to compile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "photoapp_zh_TW.ts"
QM = TS.with_suffix(".qm")


def sources() -> list[str]:
    """The files whose strings are translated: the text layer, the Qt layer, the command line."""
    files = [
        *sorted((ROOT / "photoapp" / "texts").rglob("*.py")),
        *sorted((ROOT / "photoapp" / "ui").rglob("*.py")),
        *sorted((ROOT / "photoapp" / "cli").rglob("*.py")),
    ]
    return [str(path.relative_to(ROOT)) for path in files]


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def update(ts: Path, qm: Path) -> None:
    """Run lupdate into `ts` and lrelease into `qm`."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            str(ts),
            "-target-language",
            "zh_TW",
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.check:
        update(TS, QM)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        ts, qm = Path(folder) / TS.name, Path(folder) / QM.name
        shutil.copy(TS, ts)
        update(ts, qm)
        stale = ts.read_bytes() != TS.read_bytes() or qm.read_bytes() != QM.read_bytes()
    if stale:
        print("translations are out of date: run python tools/update_translations.py")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
