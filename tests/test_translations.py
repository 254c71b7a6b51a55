"""The zh_TW translation is complete, compiled, and uses Taiwan's words."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

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


EN_TS = TS.with_name("photoapp_en.ts")  # English: the plural forms of counted messages


@pytest.mark.parametrize("ts", [TS, EN_TS], ids=["zh_TW", "en plural forms"])
def test_every_message_is_translated(ts: Path) -> None:
    messages = list(ET.parse(ts).getroot().iter("message"))
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


def test_english_counts_have_a_singular_and_a_plural() -> None:
    """Every English counted message reads right for 1 and for several ("1 photo", "2 photos"),
    never "photo(s)"."""
    for message in ET.parse(EN_TS).getroot().iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        source = message.findtext("source")
        assert len(forms) == 2, source
        assert all("(s)" not in form and "%n" in form for form in forms), source
