"""Caption templates applied to many photos at once: `{people}合影`, `{people}參訪{label}`.

`{people}` becomes the photo's tagged people as tokens joined the Chinese way (甲與乙,
甲、乙與丙), `{label}` the day's label and `{date}` the day as a Minguo heading; the result is a
stored caption, so later renames reach it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from photoapp.domain import captions, minguo
from photoapp.domain.model import Day, Photo

PRESETS = ("{people}合影", "{people}參訪{label}", "{people}出席{label}", "{label}")
_FIELD = re.compile(r"\{(people|label|date)\}")


def join_people(person_ids: Sequence[int]) -> str:
    """Tokens of people joined as Chinese writes a list: 甲, 甲與乙, 甲、乙與丙."""
    tokens = [captions.person_token(pid) for pid in person_ids]
    if len(tokens) <= 2:
        return "與".join(tokens)
    return "、".join(tokens[:-1]) + "與" + tokens[-1]


def is_valid(template: str) -> bool:
    """Whether every `{…}` in the template is a field we know."""
    return all(_FIELD.fullmatch(m.group(0)) for m in re.finditer(r"\{[^{}]*\}", template))


def fill(template: str, photo: Photo, day: Day | None) -> str:
    """The stored caption that `template` makes for `photo` (on `day`)."""
    values = {
        "people": join_people(photo.people),
        "label": day.label if day else "",
        "date": minguo.heading(day.date) if day else "",
    }
    return _FIELD.sub(lambda m: values[m.group(1)], template).strip()
