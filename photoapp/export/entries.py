"""The appendix as a list of entries: each photo with its number, day and rendered caption.

This is where the project's records become what the page shows: the appendix order, people
tokens rendered as display forms, the caption numbered by the settings' format. Every writer
and the caption list read the same entries, so they agree word for word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from photoapp.domain import captions, minguo
from photoapp.domain.model import Day, Photo
from photoapp.export.numbering import CaptionPart, caption_parts, joined, numbers_per_day
from photoapp.export.settings import ExportSettings
from photoapp.storage.project import Project

DAY_SEPARATOR = "\u3000"  # full-width space between a day's date and its label
# Line breaks and tabs become spaces (a caption is one paragraph in every format); other
# control characters, which XML cannot hold (text pasted from Word brings \x0b), are dropped.
_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
_UNWRITABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


NO_BREAK_SPACE = "\u00a0"


def keep_together(text: str, names: list[str]) -> str:
    """`text` with the spaces inside each of `names` ("Ye Lwin") made no-break spaces, so
    that no format breaks a line inside a person's name."""
    for name in sorted(names, key=len, reverse=True):
        if " " in name:
            text = text.replace(name, name.replace(" ", NO_BREAK_SPACE))
    return text


def document_text(text: str) -> str:
    """`text` as one line that every format can store: breaks as spaces, no control codes."""
    return _UNWRITABLE.sub("", _BREAKS.sub(" ", text)).strip()


@dataclass(frozen=True)
class AppendixEntry:
    """One photo of the appendix, ready to be laid out.

    `position` is its 0-based place in the appendix; `number` the `{n}` it is printed with;
    `day_index` the 1-based place of its day in the itinerary (None: on no day); `caption`
    the caption as readers see it and `parts` the numbered caption line in pieces.
    """

    photo: Photo
    path: Path
    position: int
    number: int
    day: Day | None
    day_index: int | None
    caption: str
    parts: tuple[CaptionPart, ...]

    @property
    def line(self) -> str:
        """The numbered caption as one line of text (`照片 3：…`)."""
        return joined(self.parts)

    @property
    def aspect(self) -> float:
        """Width over height as the photo is seen (4:3 when the project does not know)."""
        if self.photo.width > 0 and self.photo.height > 0:
            return self.photo.width / self.photo.height
        return 4 / 3


def day_heading(day: Day) -> str:
    """`106 年 9 月 11 日(星期一)　大田 APCS 全會`: a day's heading in the appendix."""
    head = minguo.heading(day.date)
    label = document_text(day.label)
    return f"{head}{DAY_SEPARATOR}{label}" if label else head


def collect(project: Project, settings: ExportSettings) -> list[AppendixEntry]:
    """The appendix's photos in print order, numbered and captioned per `settings`.

    Print order is the appendix order; grouped by day (and `sort_by_day`), the photos are
    sorted by day, the user's order kept within a day and photos on no day last.
    """
    order = project.appendix()
    photos = {photo.id: photo for photo in project.photos(order)}
    people = {person.id: person for person in project.people()}
    names = [document_text(person.caption_name) for person in people.values()]
    days = project.days()
    day_by_id = {day.id: day for day in days}
    index_by_id = {day.id: index + 1 for index, day in enumerate(days)}
    if settings.group_by_day and settings.sort_by_day:

        def day_place(photo_id: int) -> int:
            photo = photos.get(photo_id)
            day_id = photo.day_id if photo else None
            return index_by_id.get(day_id, len(days) + 1) if day_id is not None else len(days) + 1

        order = sorted(order, key=day_place)  # stable: the user's order within a day
    position = -1
    per_day = numbers_per_day(settings.caption_format)
    counters: defaultdict[int | None, int] = defaultdict(int)
    entries: list[AppendixEntry] = []
    for photo_id in order:
        photo = photos.get(photo_id)
        if photo is None:  # the order names a photo that is gone: nothing to show
            continue
        position += 1
        day = day_by_id.get(photo.day_id) if photo.day_id is not None else None
        day_index = index_by_id.get(day.id) if day else None
        # per-day numbers count within the day (photos on no day among themselves)
        key = (day.id if day else -1) if per_day else None
        counters[key] += 1
        text = keep_together(document_text(captions.render(photo.caption, people)), names)
        number = counters[key]
        entries.append(
            AppendixEntry(
                photo=photo,
                path=project.resolve(photo),
                position=position,
                number=number,
                day=day,
                day_index=day_index,
                caption=text,
                parts=caption_parts(settings.caption_format, number, day_index, text),
            )
        )
    return entries


def caption_lines(project: Project, settings: ExportSettings) -> list[str]:
    """The numbered captions, one a line in appendix order, to paste into the report's text."""
    return [entry.line for entry in collect(project, settings)]
