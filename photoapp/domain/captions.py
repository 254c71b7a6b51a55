"""Captions whose people are tokens, not copied text.

A caption is stored as text in which `{{person:ID}}` stands for a person; it renders as that
person's display form, so renaming someone updates every caption that names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from photoapp.domain.model import Person

_TOKEN = re.compile(r"\{\{person:(\d+)\}\}")
MISSING_PERSON = "?"


def person_token(person_id: int) -> str:
    """The token that stands for a person inside a stored caption."""
    return f"{{{{person:{person_id}}}}}"


def render(text: str, people: Mapping[int, Person]) -> str:
    """The caption as readers see it, with each token replaced by the person's caption name."""

    def name(match: re.Match[str]) -> str:
        person = people.get(int(match.group(1)))
        return person.caption_name if person else MISSING_PERSON

    return _TOKEN.sub(name, text)


def named_people(text: str) -> list[int]:
    """Ids of the people a caption names through tokens, in order of first mention."""
    return list(dict.fromkeys(int(m.group(1)) for m in _TOKEN.finditer(text)))


def tokenize(text: str, people: Iterable[Person]) -> str:
    """Turn every person's caption name written in `text` into their token.

    What the user typed as plain words becomes a link to the person, so that a later rename
    reaches this caption too. Longer names win over names they contain ("大田市長權善宅" over
    "權善宅"); tokens already present are left alone.
    """
    names = {p.caption_name: p.id for p in people if p.caption_name.strip()}
    if not names:
        return text
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    pieces = _TOKEN.split(text)
    # split() with one group alternates text and captured ids: text, id, text, id, …, text
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if index % 2:
            out.append(person_token(int(piece)))
        else:
            out.append(pattern.sub(lambda m: person_token(names[m.group(0)]), piece))
    return "".join(out)
