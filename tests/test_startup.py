"""Fast start: `photoapp --help` and a headless command load none of the heavy libraries.

Each check runs the command in a fresh interpreter and looks at sys.modules afterwards, so a
module-level import added anywhere on the way (cli, texts, storage) is caught.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("PySide6", "odfdo", "docx", "numpy", "timezonefinder")

PROBE = """
import contextlib, io, json, sys
from photoapp.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as stop:
        code = stop.code
print(json.dumps({"code": code, "modules": sorted({m.split('.')[0] for m in sys.modules})}))
"""


def _loaded(*argv: str) -> tuple[object, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    data = json.loads(result.stdout.splitlines()[-1])
    return data["code"], set(data["modules"])


def test_help_loads_no_qt_nor_document_libraries() -> None:
    code, modules = _loaded("--help")
    assert code == 0
    assert modules.isdisjoint((*HEAVY, "PIL", "exifread")), modules & set(HEAVY)


@pytest.mark.parametrize("argv", [["info"], ["info", "--json"], ["check"], ["days", "--list"]])
def test_reading_a_project_loads_no_qt_nor_document_libraries(
    project_file: Path, argv: list[str]
) -> None:
    code, modules = _loaded(argv[0], str(project_file), *argv[1:])
    assert code == 0
    assert modules.isdisjoint(HEAVY), modules & set(HEAVY)


def test_a_subcommand_help_loads_no_qt(project_file: Path) -> None:
    code, modules = _loaded("export", "--help")
    assert code == 0
    assert "PySide6" not in modules


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    from photoapp.cli import main

    path = tmp_path / "trip.photoapp"
    assert main(["new", str(path), "--title", "T", "--start", "2017-09-10", "--end",
                 "2017-09-12", "--timezone", "Asia/Seoul"]) == 0  # fmt: skip
    return path


def test_version_is_printed_at_once() -> None:
    import photoapp

    result = subprocess.run(
        [sys.executable, "-m", "photoapp", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout == f"photoapp {photoapp.__version__}\n"
    code, modules = _loaded("--version")
    assert code == 0
    assert modules.isdisjoint(HEAVY)


WINDOW_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from photoapp.storage.project import Project
from photoapp.ui import app as gui
window = gui.MainWindow(Project.open(Path(sys.argv[1])))
window.show()
opened = sorted(sys.modules)
from photoapp.ui import main_window
steps = []
for name in main_window.CHECKS_STEPS:  # what the reminder count loads later, step by step
    before = set(sys.modules)
    __import__(name)
    steps.append(sorted(set(sys.modules) - before))
print(json.dumps({"opened": opened, "steps": steps}))
"""


def test_opening_the_window_loads_no_export_nor_dialogs(project_file: Path, tmp_path: Path) -> None:
    """The window on a project paints its photos without the export (its layout, image
    preparation and writers), the dialogs or the document libraries: they load when used."""
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_PROBE, str(project_file)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")},  # not the user's
    )
    found = json.loads(result.stdout.splitlines()[-1])
    modules = set(found["opened"])
    assert "photoapp.ui.main_window" in modules and "photoapp.ui.workspace" in modules
    assert not {m for m in modules if m.startswith("photoapp.export")}, modules
    dialogs = {m for m in modules if m.startswith("photoapp.ui.dialogs.")}
    assert dialogs <= {"photoapp.ui.dialogs.welcome"}, dialogs
    assert modules.isdisjoint(("odfdo", "docx", "lxml", "numpy", "timezonefinder"))
    # The reminder count loads the rest a step a turn of the event loop: every step names a
    # module (none stale), each loads a few, and the checks' own module comes last.
    assert all(found["steps"]) and max(len(step) for step in found["steps"]) <= 8
    assert "photoapp.ui.dialogs.checks" in found["steps"][-1]
