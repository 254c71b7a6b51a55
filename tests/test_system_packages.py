"""tools/install-system-packages.sh runs as root without sudo, and elevates itself with sudo.

`id`, `sudo` and `apt-get` are stand-ins that record how they were called.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "tools" / "install-system-packages.sh"

FAKE_ID = 'if [ "$1" = "-u" ]; then if [ -n "${FAKE_ROOT:-}" ]; then echo 0; else echo 1000; fi; fi'
FAKE_APT = 'echo "apt-get $*" >> "$LOG"'
FAKE_SUDO = 'echo "sudo $1" >> "$LOG"; shift; FAKE_ROOT=1 exec "$@"'


def _run(tmp_path: Path, *, root: bool, sudo: bool) -> tuple[int, list[str], str]:
    fake = tmp_path / "bin"
    fake.mkdir()
    stand_ins = {"id": FAKE_ID, "apt-get": FAKE_APT}
    if sudo:
        stand_ins["sudo"] = FAKE_SUDO
    for name, body in stand_ins.items():
        (fake / name).write_text(f"#!/usr/bin/env bash\n{body}\n", encoding="utf-8")
        (fake / name).chmod(0o755)
    log = tmp_path / "log"
    log.touch()
    env = {"PATH": f"{fake}:/usr/bin:/bin", "LOG": str(log), "HOME": str(tmp_path)}
    if root:
        env["FAKE_ROOT"] = "1"
    result = subprocess.run(
        ["bash", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    return result.returncode, log.read_text(encoding="utf-8").splitlines(), result.stderr


def test_root_installs_without_sudo(tmp_path: Path) -> None:
    code, calls, _ = _run(tmp_path, root=True, sudo=False)
    assert code == 0
    assert calls[0] == "apt-get update -qq"
    assert calls[1].startswith("apt-get install -y -qq --no-install-recommends ")
    assert " fonts-arphic-ukai " in calls[1] + " "
    assert " desktop-file-utils" in calls[1]


def test_a_user_is_elevated_with_sudo(tmp_path: Path) -> None:
    code, calls, _ = _run(tmp_path, root=False, sudo=True)
    assert code == 0
    assert calls[0] == "sudo --"
    assert calls[1] == "apt-get update -qq"
    assert calls[2].startswith("apt-get install ")


@pytest.mark.skipif(
    shutil.which("sudo", path="/usr/bin:/bin") is not None, reason="this machine has sudo"
)
def test_a_user_without_sudo_is_told_to_be_root(tmp_path: Path) -> None:
    code, calls, stderr = _run(tmp_path, root=False, sudo=False)
    assert code == 1
    assert calls == []
    assert "root" in stderr and stderr.count("\n") == 1
