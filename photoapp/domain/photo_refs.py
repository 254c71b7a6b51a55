"""Photo references in a report's text ("如照片 3", "（照片 3、4）", "照片3-5") and their check.

Pure rules, no files: `find_references` reads one paragraph; `check_references` compares what
the paragraphs cite with the appendix as it is now (and, when photoapp remembers which photo had
which number at the last insert, with where each photo has moved since); `renumbered` writes a
paragraph with the new numbers. Caption lines themselves (照片 3：…) are not references.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

MAX_RANGE = 500  # 照片 1-100000 is a typo, not a hundred thousand references
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_LIST = r"(?:、|，|,|及|和|與|以及|或)"
_RANGE = r"(?:-|–|—|－|~|～|〜|至|到)"
_NOT_A_COUNT = r"(?!\d|\s*[張幅份組])"  # 照片 120 張 counts photos, it cites none
_REFERENCE = re.compile(
    rf"(?:照片|相片)\s*(\d+){_NOT_A_COUNT}"
    rf"((?:\s*(?:{_LIST}|{_RANGE})\s*(?:(?:照片|相片)\s*)?\d+{_NOT_A_COUNT})*)"
)
_PART = re.compile(rf"\s*({_LIST}|{_RANGE})\s*(?:(?:照片|相片)\s*)?(\d+){_NOT_A_COUNT}")
_RANGE_WORD = re.compile(_RANGE)


@dataclass(frozen=True)
class NumberAt:
    """One number of a reference: its value and where its digits are in the paragraph."""

    value: int
    start: int
    end: int


@dataclass(frozen=True)
class Reference:
    """A photo reference in a paragraph: its text span, its numbers as written, and which
    consecutive pairs are ranges (照片 3-5: 3, 4 and 5)."""

    start: int
    end: int
    text: str
    numbers: tuple[NumberAt, ...]
    ranges: tuple[bool, ...]  # ranges[i]: numbers[i] to numbers[i + 1] is a range

    def cited(self) -> list[int]:
        """Every photo number the reference cites, ranges expanded, in order, once each."""
        out: list[int] = []
        for index, number in enumerate(self.numbers):
            if index > 0 and self.ranges[index - 1]:
                low = self.numbers[index - 1].value
                high = number.value
                if low < high and high - low <= MAX_RANGE:
                    out.extend(range(low + 1, high + 1))
                    continue
            out.append(number.value)
        return list(dict.fromkeys(out))


def find_references(text: str) -> list[Reference]:
    """The photo references of one paragraph (a caption line 照片 N：… has none)."""
    plain = text.translate(_FULL_WIDTH_DIGITS)  # same length: offsets stay the text's
    if re.match(r"^\s*(?:照片|相片)\s*\d+\s*[：:]", plain):
        return []
    references: list[Reference] = []
    for match in _REFERENCE.finditer(plain):
        numbers = [NumberAt(int(match.group(1)), match.start(1), match.end(1))]
        ranges: list[bool] = []
        offset = match.start(2)
        for part in _PART.finditer(match.group(2)):
            ranges.append(bool(_RANGE_WORD.fullmatch(part.group(1))))
            numbers.append(
                NumberAt(int(part.group(2)), offset + part.start(2), offset + part.end(2))
            )
        references.append(
            Reference(
                match.start(),
                match.end(),
                text[match.start() : match.end()],
                tuple(numbers),
                tuple(ranges),
            )
        )
    return references


class FindingKind(Enum):
    """What is wrong with a cited number."""

    MISSING = "missing"  # no photo of the appendix has that number
    MOVED = "moved"  # the photo it meant at the last insert has another number now
    REMOVED = "removed"  # the photo it meant at the last insert is no longer in the appendix


@dataclass(frozen=True)
class ReferenceFinding:
    """One cited number to look at: in which paragraph (0-based index among those checked),
    the reference as written, the number, and for MOVED the photo's number now."""

    kind: FindingKind
    paragraph: int
    reference: str
    number: int
    now: int | None = None


def moves(before: Mapping[int, int], now: Mapping[int, int]) -> dict[int, int | None]:
    """Old number → new number (None: the photo left the appendix) for every photo whose
    number changed since the insert; `before` and `now` map photo id → number."""
    changed: dict[int, int | None] = {}
    for photo_id, old in before.items():
        new = now.get(photo_id)
        if new != old:
            changed[old] = new
    return changed


def check_references(
    paragraphs: Sequence[str],
    numbers_now: Mapping[int, int],
    numbers_then: Mapping[int, int] | None = None,
) -> list[ReferenceFinding]:
    """Every cited number that needs the writer's eye, in reading order.

    `numbers_now` maps photo id → caption number in the appendix as it is; `numbers_then` the
    same at the last insert into the report (None or empty: never inserted, only numbers
    that no photo has are found).
    """
    current = set(numbers_now.values())
    moved = moves(numbers_then, numbers_now) if numbers_then else {}
    findings: list[ReferenceFinding] = []
    for index, text in enumerate(paragraphs):
        for reference in find_references(text):
            for number in reference.cited():
                if number in moved:
                    new = moved[number]
                    kind = FindingKind.REMOVED if new is None else FindingKind.MOVED
                    findings.append(ReferenceFinding(kind, index, reference.text, number, new))
                elif number not in current:
                    findings.append(
                        ReferenceFinding(FindingKind.MISSING, index, reference.text, number)
                    )
    return findings


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` with `new`."""

    start: int
    end: int
    new: str


def renumbering(text: str, moved: Mapping[int, int | None]) -> list[Edit]:
    """The edits that write a paragraph's references with the photos' new numbers, right to
    left (apply them in the order given). A range whose photos are no longer consecutive is
    written as a list (照片 3-5 → 照片 3、6、7); photos that left the appendix keep their
    old number (the check names them)."""

    def new(number: int) -> int:
        return moved.get(number) or number

    edits: list[Edit] = []
    for reference in find_references(text):
        numbers = reference.numbers
        index = 0
        while index < len(numbers):
            number = numbers[index]
            is_range = index + 1 < len(numbers) and reference.ranges[index]
            low, high = number.value, numbers[index + 1].value if is_range else 0
            if is_range and low < high and high - low <= MAX_RANGE:
                last = numbers[index + 1]
                mapped = [new(value) for value in range(low, high + 1)]
                if mapped != list(range(mapped[0], mapped[0] + len(mapped))):
                    listed = "、".join(str(value) for value in mapped)
                    edits.append(Edit(number.start, last.end, listed))
                elif mapped[0] != low:
                    edits.append(Edit(last.start, last.end, str(mapped[-1])))
                    edits.append(Edit(number.start, number.end, str(mapped[0])))
                index += 2
                continue
            if new(number.value) != number.value:
                edits.append(Edit(number.start, number.end, str(new(number.value))))
            index += 1
    edits.sort(key=lambda edit: edit.start, reverse=True)
    return edits


def renumbered(text: str, moved: Mapping[int, int | None]) -> str:
    """`text` with `renumbering`'s edits applied."""
    for edit in renumbering(text, moved):
        text = text[: edit.start] + edit.new + text[edit.end :]
    return text


def spread(lengths: Sequence[int], edit: Edit) -> list[tuple[int, int, int, str]]:
    """Where an edit of a text joined from pieces (runs, text nodes) of `lengths` falls:
    (piece, start, end, new text) for each piece it touches, the new text in the first."""
    out: list[tuple[int, int, int, str]] = []
    position = 0
    for index, length in enumerate(lengths):
        start, end = position, position + length
        position = end
        if edit.start == edit.end:  # an insertion goes into the piece it starts in
            if start <= edit.start <= end:
                return [(index, edit.start - start, edit.start - start, edit.new)]
            continue
        if end <= edit.start or start >= edit.end:
            continue
        local = (max(edit.start - start, 0), min(edit.end - start, length))
        out.append((index, *local, "" if out else edit.new))
    return out
