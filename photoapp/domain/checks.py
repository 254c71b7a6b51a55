"""Checks of the appendix before it is handed in: what a careful colleague would point out."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from photoapp.domain import captions
from photoapp.domain.model import Person, Photo

_CHINESE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class CheckKind(Enum):
    """What a finding is about."""

    NO_CAPTION = "no-caption"
    TAGGED_NOT_NAMED = "tagged-not-named"
    NAMED_NOT_TAGGED = "named-not-tagged"
    DUPLICATE_CAPTION = "duplicate-caption"
    NO_CHINESE = "no-chinese"
    NUMBERING = "numbering"
    MISSING_FILE = "missing-file"
    CHANGED_FILE = "changed-file"  # the file is there, with other content than was imported
    # found by laying the appendix out with its export settings (photoapp.export.findings)
    CAPTION_TOO_LONG = "caption-too-long"  # more lines than its box holds at the chosen size
    LOW_RESOLUTION = "low-resolution"  # prints below 150 ppi (`value`: the ppi)
    NO_DAY = "no-day"  # on no itinerary day while the captions are numbered per day
    REPEATED_DAY = "repeated-day"  # its day's heading is printed a second time before it


@dataclass(frozen=True)
class Finding:
    """One thing to look at: its kind, the photo, and the person or number it concerns."""

    kind: CheckKind
    photo_id: int
    number: int | None = None  # the photo's appendix number
    person_id: int | None = None
    value: int | None = None  # a measure the finding reports (the ppi of LOW_RESOLUTION)


def check(
    photos: Iterable[Photo],
    people: Mapping[int, Person],
    order: Sequence[int],
    missing: Iterable[int] = (),
    changed: Iterable[int] = (),
) -> list[Finding]:
    """Findings for the photos in the appendix, in appendix order.

    Photos outside the appendix are not checked: they do not go into the report.
    """
    by_id = {photo.id: photo for photo in photos}
    gone = set(missing)
    edited = set(changed)
    findings: list[Finding] = []
    seen: set[int] = set()
    texts: dict[str, list[int]] = defaultdict(list)
    for index, photo_id in enumerate(order):
        number = index + 1
        photo = by_id.get(photo_id)
        if photo is None or photo_id in seen:
            findings.append(Finding(CheckKind.NUMBERING, photo_id, number))
            continue
        seen.add(photo_id)
        if photo_id in gone:
            findings.append(Finding(CheckKind.MISSING_FILE, photo_id, number))
        elif photo_id in edited:
            findings.append(Finding(CheckKind.CHANGED_FILE, photo_id, number))
        text = captions.render(photo.caption, people).strip()
        if not text:
            findings.append(Finding(CheckKind.NO_CAPTION, photo_id, number))
            continue
        texts[text].append(photo_id)
        if not _CHINESE.search(text):
            findings.append(Finding(CheckKind.NO_CHINESE, photo_id, number))
        named = set(captions.named_people(photo.caption))
        named |= {pid for pid, p in people.items() if p.caption_name and p.caption_name in text}
        for person_id in photo.people:
            if person_id not in named:
                findings.append(Finding(CheckKind.TAGGED_NOT_NAMED, photo_id, number, person_id))
        for person_id in captions.named_people(photo.caption):
            if person_id not in photo.people:
                findings.append(Finding(CheckKind.NAMED_NOT_TAGGED, photo_id, number, person_id))
    numbers = {photo_id: index + 1 for index, photo_id in enumerate(order)}
    for same in texts.values():
        if len(same) > 1:
            findings.extend(Finding(CheckKind.DUPLICATE_CAPTION, pid, numbers[pid]) for pid in same)
    return sorted(findings, key=lambda f: (f.number or 0, f.kind.value))
