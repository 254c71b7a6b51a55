"""Real input for the real window: an Xvfb display, photoapp in a subprocess on it, xdotool.

The rest of the suite runs offscreen in-process; these tests start their own X server on a free
display number, run photoapp's main window in a subprocess with the xcb platform (driven over
stdin, see app_driver.py) and move the real pointer with xdotool. They are skipped only when
Xvfb or xdotool is not installed (tools/system-packages.txt has both; CI installs them).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (2200, 1000)
_TIMEOUT = 20.0  # seconds for any one answer from a helper process


def _free_display() -> int:
    for number in range(90, 190):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="session")
def xdisplay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """An Xvfb server of our own; the environment for processes that use it."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed (bash tools/install-system-packages.sh)")
    for _attempt in range(5):
        number = _free_display()
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten",
             "tcp", "-noreset"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and server.poll() is None:
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        if server.poll() is None:
            break
    else:
        pytest.fail("Xvfb did not start")
    home = tmp_path_factory.mktemp("xhome")
    env = {
        **os.environ,
        "DISPLAY": f":{number}",
        "QT_QPA_PLATFORM": "xcb",
        "PHOTOAPP_CACHE_DIR": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "HOME": str(home),
        "LANGUAGE": "en",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("SESSION_MANAGER", None)
    try:
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


class Helper:
    """A helper process speaking JSON lines (app_driver.py)."""

    def __init__(self, env: dict[str, str], module: str, *args: str) -> None:
        # photoapp's own messages (tracebacks included) go to a file, shown when a test fails
        self.log = tempfile.NamedTemporaryFile("w+", prefix="photoapp-", suffix=".log")  # noqa: SIM115 (closed in close())
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            bufsize=1,
        )
        self.wait_reply()  # {"ready": true}

    def wait_reply(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        deadline = time.monotonic() + _TIMEOUT
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"helper ended: {self.messages()}")
            if line.startswith("@@"):
                reply: dict[str, Any] = json.loads(line[2:])
                if "error" in reply:
                    raise AssertionError(f"{reply['error']}\n{self.messages()}")
                return reply
        raise AssertionError(f"helper did not answer: {self.messages()}")

    def messages(self) -> str:
        """The end of what the helper wrote to stderr."""
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-3000:]

    def ask(self, op: str, **fields: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **fields}) + "\n")
        self.process.stdin.flush()
        return self.wait_reply()

    def idle(self) -> None:
        """Wait until photoapp has finished what the last input started (an import too)."""
        self.ask("idle")

    def point(self, target: str, **fields: Any) -> tuple[int, int]:
        reply = self.ask("point", target=target, **fields)
        return reply["x"], reply["y"]

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(AssertionError):
                self.ask("quit")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        self.log.close()


@pytest.fixture(scope="module")
def app(xdisplay: dict[str, str]) -> Iterator[Helper]:
    """photoapp's main window at the top left of the screen (1400×950)."""
    helper = Helper(xdisplay, "tests.realinput.app_driver", "0", "0", "1400", "950")
    yield helper
    helper.close()
