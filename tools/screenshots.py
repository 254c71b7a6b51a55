"""Pictures of the main window with the demo trip on small screens, for docs/.

    python tools/screenshots.py   # docs/screenshot-1366x768.png and docs/screenshot-1024x600.png

Each runs `photoapp --demo --screenshot` on an offscreen screen of that size (Qt's offscreen
platform takes the screen from a JSON file), so the window is fitted as on a real laptop.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = ((1366, 768), (1024, 600))


def shoot(width: int, height: int, out: Path) -> None:
    """Save the demo window on a `width` x `height` screen as `out`."""
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        screen = {"name": "docs", "x": 0, "y": 0, "width": width, "height": height,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
        config.write_text(json.dumps({"screens": [screen]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", LANGUAGE="zh_TW")
        subprocess.run(
            [sys.executable, "-m", "photoapp", "--demo", "--screenshot", str(out)],
            cwd=ROOT, env=env, check=True,
        )  # fmt: skip


def main() -> int:
    for width, height in SIZES:
        shoot(width, height, ROOT / "docs" / f"screenshot-{width}x{height}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
