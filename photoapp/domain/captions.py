"""Captions whose people are tokens, not copied text.

A caption is stored as text in which `{{person:ID}}` stands for a person; it renders as that
person's display form, so renaming someone updates every caption that names them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

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
