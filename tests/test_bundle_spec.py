"""The one-folder program's recipe: a spec that names nothing of one operating system, pinned
tools, and scripts that parse. Building it takes minutes, so the build and its smoke test are
tools/build-bundle.sh and tools/smoke-bundle.sh (figures in the README), not part of pytest."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "photoapp.spec"


def test_the_spec_is_python_and_names_nothing_linux_only() -> None:
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")
    code = "\n".join(line.split("#")[0] for line in text.splitlines())  # comments may explain
    for linux_only in ("/usr/", ".so", "linux", "xcb", "/lib/", "ukai"):
        assert linux_only not in code.lower(), linux_only
    assert 'resources" / "icons" / "photoapp.ico"' in code  # Windows shows it
    assert '"photoapp/_resources"' in code  # where photoapp.resource_files looks


def test_the_bundle_tools_are_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    bundle = project["optional-dependencies"]["bundle"]
    names = {re.split("==", pin)[0] for pin in bundle}
    assert names == {"pyinstaller", "pyinstaller-hooks-contrib"}
    assert all(re.fullmatch(r"[\w-]+==[\w.]+", pin) for pin in bundle)


@pytest.mark.parametrize("script", ["build-bundle.sh", "smoke-bundle.sh"])
def test_the_scripts_parse(script: str) -> None:
    path = ROOT / "tools" / script
    subprocess.run(["bash", "-n", str(path)], check=True)
    if shutil.which("shellcheck"):
        subprocess.run(["shellcheck", str(path)], check=True)
