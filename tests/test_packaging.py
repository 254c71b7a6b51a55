"""Installed from a wheel (not a checkout), photoapp finds its demo trip and translations.

Builds the wheel, installs it with no dependencies into a fresh virtual environment that
borrows this one's libraries (PySide6 is not downloaded again), and runs the installed
`photoapp` from a folder outside the checkout. About 15 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh venv with photoapp installed from its wheel."""
    folder = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "-w", str(folder / "dist"), str(ROOT)],
        check=True,
        timeout=180,
        cwd=folder,
    )
    (wheel,) = (folder / "dist").glob("photoapp-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "photoapp/_resources/demo/trip.json" in names
    assert "photoapp/_resources/translations/photoapp_zh_TW.qm" in names
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (site,) = (venv / "lib").glob("python3*/site-packages")
    # This venv's libraries as a plain path entry: its .pth files (the editable photoapp of
    # the checkout) are not processed, so `photoapp` can only come from the wheel.
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [*pip, "--python", str(venv / "bin" / "python"), "install", "--no-deps", str(wheel)],
        check=True,
        timeout=120,
        cwd=folder,
    )
    return venv / "bin"


def _run(bin_folder: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PATH"] = f"{bin_folder}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        [str(bin_folder / args[0]), *args[1:]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_installed_copy_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    where = _run(
        installed,
        "python",
        "-c",
        "import photoapp, photoapp.resource_files as r; print(photoapp.__file__); "
        "print(r.resources())",
        cwd=tmp_path,
    )
    module, resources = where.stdout.split()
    assert Path(module).is_relative_to(installed.parent), where
    assert Path(resources) == Path(module).parent / "_resources"


def test_the_demo_opens_from_an_installed_wheel(installed: Path, tmp_path: Path) -> None:
    shot = tmp_path / "demo.png"
    result = _run(installed, "photoapp", "--demo", "--screenshot", str(shot), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 20_000
    assert "propagateSizeHints" not in result.stderr  # the offscreen platform's notes stay quiet


def test_the_installed_cli_speaks_chinese(installed: Path, tmp_path: Path) -> None:
    result = _run(installed, "photoapp", "--lang", "zh_TW", "info", "沒有.photoapp", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "photoapp: 找不到 沒有.photoapp。"


def test_the_demo_leaves_no_folder_behind(tmp_path: Path) -> None:
    script = (
        "from photoapp.samples.demo import build_demo, fresh_demo_folder\n"
        "folder = fresh_demo_folder()\n"
        "build_demo(folder).close()\n"
        "print(folder)\n"
    )
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    folder = Path(result.stdout.strip())
    assert folder.parent == tmp_path and folder.name.startswith("photoapp-demo-")
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []
