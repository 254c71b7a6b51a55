"""Appendix checks, caption templates and roster parsing."""

from __future__ import annotations

from datetime import date

from photoapp.domain import captions
from photoapp.domain.checks import CheckKind, check
from photoapp.domain.model import Day, Person, Photo
from photoapp.domain.roster import parse_roster
from photoapp.domain.templates import fill, is_valid, join_people

YE = Person(1, "葉宜津", "副市長", display="葉副市長")
KWON = Person(2, "權善宅", "市長", display="大田市長權善宅")
LWIN = Person(3, "Ye Lwin", "曼德勒市長")
PEOPLE = {p.id: p for p in (YE, KWON, LWIN)}
T = captions.person_token


def _photo(pid: int, caption: str = "", people: tuple[int, ...] = ()) -> Photo:
    return Photo(pid, f"{pid}.jpg", 1, str(pid), 4, 3, caption=caption, people=people)


def test_checks_find_what_a_colleague_would() -> None:
    photos = [
        _photo(1, f"{T(1)}與{T(2)}合影", (1, 2)),  # fine
        _photo(2, ""),  # no caption
        _photo(3, f"{T(1)}致詞", (1, 3)),  # Ye Lwin tagged, not named
        _photo(4, f"{T(2)}致詞", ()),  # named, not tagged
        _photo(5, "Group photo"),  # no Chinese
        _photo(6, "合影"),
        _photo(7, "合影"),  # duplicate of 6
        _photo(8, "不在附錄"),  # not in the appendix: not checked
    ]
    found = check(photos, PEOPLE, [1, 2, 3, 4, 5, 6, 7], missing=[5])
    assert [(f.number, f.kind, f.person_id) for f in found] == [
        (2, CheckKind.NO_CAPTION, None),
        (3, CheckKind.TAGGED_NOT_NAMED, 3),
        (4, CheckKind.NAMED_NOT_TAGGED, 2),
        (5, CheckKind.MISSING_FILE, None),
        (5, CheckKind.NO_CHINESE, None),
        (6, CheckKind.DUPLICATE_CAPTION, None),
        (7, CheckKind.DUPLICATE_CAPTION, None),
    ]


def test_a_name_typed_as_text_counts_as_named() -> None:
    photo = _photo(1, "葉副市長致詞", (1,))
    assert check([photo], PEOPLE, [1]) == []


def test_numbering_problems_are_found() -> None:
    found = check([_photo(1, "合影")], PEOPLE, [1, 1, 9])
    assert [(f.number, f.kind) for f in found] == [
        (2, CheckKind.NUMBERING),
        (3, CheckKind.NUMBERING),
    ]


def test_templates_fill_people_label_and_date() -> None:
    day = Day(1, date(2017, 9, 11), "大田 APCS 全會")
    photo = _photo(1, people=(1, 2, 3))
    assert fill("{people}合影", photo, day) == f"{T(1)}、{T(2)}與{T(3)}合影"
    assert captions.render(fill("{people}參訪{label}", _photo(2, people=(1,)), day), PEOPLE) == (
        "葉副市長參訪大田 APCS 全會"
    )
    assert fill("{date}", photo, day) == "106 年 9 月 11 日(星期一)"
    assert fill("{people}合影", _photo(3), None) == "合影"
    assert join_people([1, 2]) == f"{T(1)}與{T(2)}"
    assert is_valid("{people}合影") and not is_valid("{persons}合影")


def test_roster_with_a_chinese_header() -> None:
    text = (
        "\ufeff姓名,職稱,機關,圖說稱呼,原文姓名\n權善宅,市長,大田廣域市,大田市長權善宅,권선택\n\n"
    )
    [person] = parse_roster(text)
    assert person == Person(0, "權善宅", "市長", "大田廣域市", "大田市長權善宅", "권선택")


def test_roster_from_pasted_lines() -> None:
    text = "葉宜津\t副市長\t臺中市政府\nYe Lwin，曼德勒市長\n\n  \n"
    people = parse_roster(text)
    assert [(p.name, p.title, p.organisation) for p in people] == [
        ("葉宜津", "副市長", "臺中市政府"),
        ("Ye Lwin", "曼德勒市長", ""),
    ]
