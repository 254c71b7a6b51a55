"""Where the photo appendix is in a report: its heading, and the run of blocks it owns.

Pure rules over the report's top-level blocks as (text, heading level): no files, no format.
The DOCX and ODT readers turn their bodies into `Block`s; this module says which block is the
appendix heading (附錄：照片, 附錄 照片, 附錄一：照片, 附錄：活動照片…), how far its appendix
runs (to the next heading of the same or a higher level, another appendix, or the end), and
what to do when there are none or several.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# 附錄, an optional ordinal (一, 二, 1, A…), a separator (colon of either width, spaces, 、 or
# nothing), an optional qualifier of a few characters (活動, 出訪…) and 照片 or 相片, and nothing
# else: a table of contents line ("附錄 照片..... 8") is not a heading.
_APPENDIX = re.compile(
    r"^附\s*錄\s*[一二三四五六七八九十0-9A-Za-z]{0,3}\s*[：:、．.\-—\s]*"
    r"[\u4e00-\u9fff]{0,4}?[照相]片\s*$"
)
_ANOTHER_APPENDIX = re.compile(r"^附\s*錄")


@dataclass(frozen=True)
class Block:
    """One top-level block of the report: its text and, for a heading, its outline level
    (1 is the highest); `level` is None for body text, tables and everything else."""

    text: str
    level: int | None = None


@dataclass(frozen=True)
class AppendixSpan:
    """The appendix found: the heading block's index, and the blocks after it that it owns
    (`start` + 1 up to `end`, exclusive), which an inserted appendix replaces."""

    heading: int
    end: int
    text: str
    level: int | None

    @property
    def body(self) -> range:
        """The indices of the blocks replaced (everything after the heading it owns)."""
        return range(self.heading + 1, self.end)


class AppendixNotFoundError(LookupError):
    """`--after TEXT` names no paragraph of the report."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class AmbiguousAppendixError(LookupError):
    """More than one appendix heading: the caller must say which (`after`)."""

    def __init__(self, candidates: Sequence[str]) -> None:
        super().__init__(" / ".join(candidates))
        self.candidates = tuple(candidates)


def normalized(text: str) -> str:
    """`text` compared as a reader sees it: NFKC (full-width letters and colons folded), and
    runs of white space (full-width ones too) as one space, trimmed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def is_appendix_heading(text: str) -> bool:
    """Whether a paragraph's text is a photo appendix's heading (附錄：照片 and its variants)."""
    folded = unicodedata.normalize("NFKC", text).strip()
    return bool(_APPENDIX.match(folded)) and len(folded) <= 20


def span_end(blocks: Sequence[Block], heading: int) -> int:
    """The index just past the last block the heading at `heading` owns.

    A heading owns what follows up to the next heading of the same or a higher level (any
    heading, for a plain paragraph acting as one), or the next 附錄… paragraph, or the end.
    """
    level = blocks[heading].level
    for index in range(heading + 1, len(blocks)):
        block = blocks[index]
        if block.level is not None and (level is None or block.level <= level):
            return index
        if _ANOTHER_APPENDIX.match(normalized(block.text)) and (
            level is None or block.level is None or block.level <= level
        ):
            return index
    return len(blocks)


def find_appendix(blocks: Sequence[Block], after: str | None = None) -> AppendixSpan | None:
    """The photo appendix of a report, or None (the appendix then goes at the end).

    With `after`, the block whose text is `after` (compared by `normalized`) is the place: an
    appendix heading is replaced as found; any other heading or paragraph gets the appendix
    inserted after the part it owns (a span with `heading` -1 there: nothing replaced).
    Raises AmbiguousAppendixError for two or more appendix headings without `after`, and
    AppendixNotFoundError when `after` names no block.
    """
    if after is not None:
        wanted = normalized(after)
        for index, block in enumerate(blocks):
            if normalized(block.text) == wanted:
                if is_appendix_heading(block.text):
                    return AppendixSpan(index, span_end(blocks, index), block.text, block.level)
                end = span_end(blocks, index)
                return AppendixSpan(-1, end, "", None)
        raise AppendixNotFoundError(after)
    candidates = [index for index, block in enumerate(blocks) if is_appendix_heading(block.text)]
    if not candidates:
        return None
    if len(candidates) > 1:
        raise AmbiguousAppendixError([blocks[index].text.strip() for index in candidates])
    index = candidates[0]
    return AppendixSpan(index, span_end(blocks, index), blocks[index].text, blocks[index].level)
