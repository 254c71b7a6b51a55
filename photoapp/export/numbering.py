"""Caption numbering formats: `照片 {n}：{caption}` split into text, number and caption parts.

A format may use three fields: `{n}` (the photo's number, required), `{day}` (the index 1..N of
the photo's itinerary day) and `{caption}` (the caption as readers see it). When the format
uses `{day}`, `{n}` restarts at 1 on every day (`照片 2-1`, `照片 2-2`, …); otherwise it counts
through the whole appendix. Writers turn the number part into a real field (an ODF
`text:sequence`, a Word `SEQ`), so the parts are kept apart rather than formatted into one string.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from string import Formatter

from photoapp.export.errors import SettingsError

FIELDS = frozenset({"n", "day", "caption"})
SEQUENCE_NAME = "照片"  # the ODF sequence / Word SEQ identifier, so an index of figures finds it
# What is left dangling at the end of a line when the caption is empty: "照片 3：" → "照片 3".
_DANGLING = " \u3000:：、，,;；-－—–"


class PartKind(Enum):
    """What a piece of a numbered caption is."""

    TEXT = "text"  # literal text of the format, the day index, or the caption
    NUMBER = "number"  # the photo's number: a field in documents


@dataclass(frozen=True)
class CaptionPart:
    """One piece of a numbered caption line."""

    kind: PartKind
    text: str


def check_format(caption_format: str) -> None:
    """Raise SettingsError unless `caption_format` is a format photoapp can write."""
    try:
        pieces = list(Formatter().parse(caption_format))
    except ValueError as error:
        raise SettingsError("caption_format", str(error)) from error
    names = [name for _, name, _, _ in pieces if name is not None]
    unknown = [name for name in names if name not in FIELDS]
    if unknown:
        raise SettingsError("caption_format", f"unknown field {{{unknown[0]}}}")
    if any(spec or conversion for _, name, spec, conversion in pieces if name is not None):
        raise SettingsError("caption_format", "fields take no format spec or conversion")
    if names.count("n") != 1:
        raise SettingsError("caption_format", "needs {n} exactly once")


def numbers_per_day(caption_format: str) -> bool:
    """Whether `{n}` restarts on each day (the format shows the day's index)."""
    return any(name == "day" for _, name, _, _ in Formatter().parse(caption_format))


def caption_parts(
    caption_format: str, number: int, day_index: int | None, caption: str
) -> tuple[CaptionPart, ...]:
    """The numbered caption as parts, adjacent text merged.

    An empty caption drops the separator the format put before it ("照片 3：" → "照片 3"), and a
    photo on no day shows 0 as its day index.
    """
    parts: list[CaptionPart] = []

    def text(value: str) -> None:
        if not value:
            return
        if parts and parts[-1].kind is PartKind.TEXT:
            parts[-1] = CaptionPart(PartKind.TEXT, parts[-1].text + value)
        else:
            parts.append(CaptionPart(PartKind.TEXT, value))

    for literal, name, _, _ in Formatter().parse(caption_format):
        text(literal)
        if name == "n":
            parts.append(CaptionPart(PartKind.NUMBER, str(number)))
        elif name == "day":
            text(str(day_index or 0))
        elif name == "caption":
            text(caption)
    if not caption.strip() and parts and parts[-1].kind is PartKind.TEXT:
        trimmed = parts[-1].text.rstrip(_DANGLING)
        parts[-1] = CaptionPart(PartKind.TEXT, trimmed)
        if not trimmed:
            parts.pop()
    return tuple(parts)


def joined(parts: tuple[CaptionPart, ...]) -> str:
    """The caption line as plain text."""
    return "".join(part.text for part in parts)
