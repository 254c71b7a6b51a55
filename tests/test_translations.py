"""The zh_TW translation is complete, compiled, and uses Taiwan's words."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "photoapp_zh_TW.ts"
# Mainland words that a Taiwanese user would read as foreign (see shared design notes).
NOT_TAIWAN = (
    "文件夾",
    "項目",
    "設置",
    "導入",
    "導出",
    "圖像",
    "撤銷",
    "默認",
    "信息",
    "打印",
    "文件丟失",
)


def test_every_message_is_translated() -> None:
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert messages
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (m.findtext("translation") or m.find("translation/numerusform") is not None)
    ]
    assert unfinished == []


def test_translation_uses_taiwan_usage() -> None:
    text = "".join(t.text or "" for t in ET.parse(TS).getroot().iter("translation"))
    assert [word for word in NOT_TAIWAN if word in text] == []


def test_sources_and_compiled_file_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
