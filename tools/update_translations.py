"""Refresh the Qt Linguist files: collect new source strings into the .ts, compile the .qm.

    python tools/update_translations.py          # after changing user-visible strings
    python tools/update_translations.py --check  # exit 1 if the .ts or .qm is out of date

Translate the new `<message>` entries of resources/translations/photoapp_zh_TW.ts (Qt Linguist,
or by hand: remove `type="unfinished"`), then run it again to compile.

English is the source language, but a count needs its plural forms ("1 photo", "2 photos" from
"%n photo(s)"): photoapp_en.ts holds only the messages with a count (lupdate -pluralonly); give
each its English singular and plural form too.
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
EN_TS = TS.with_name("photoapp_en.ts")  # English plural forms only
EN_QM = EN_TS.with_suffix(".qm")
# (source, compiled, language, lupdate options)
FILES = ((TS, QM, "zh_TW", ()), (EN_TS, EN_QM, "en", ("-pluralonly",)))


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


def update(ts: Path, qm: Path, language: str = "zh_TW", options: tuple[str, ...] = ()) -> None:
    """Run lupdate into `ts` and lrelease into `qm`."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            *options,
            "-ts",
            str(ts),
            "-target-language",
            language,
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
        for ts, qm, language, options in FILES:
            update(ts, qm, language, options)
        return 0
    stale = False
    with tempfile.TemporaryDirectory() as folder:
        for source, compiled, language, options in FILES:
            ts, qm = Path(folder) / source.name, Path(folder) / compiled.name
            if source.exists():
                shutil.copy(source, ts)
            update(ts, qm, language, options)
            stale |= not source.exists() or ts.read_bytes() != source.read_bytes()
            stale |= not compiled.exists() or qm.read_bytes() != compiled.read_bytes()
    if stale:
        print("translations are out of date: run python tools/update_translations.py")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
