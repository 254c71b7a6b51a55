"""Appendix numbering and ordering, caption tokens, Minguo dates."""

from datetime import date

import pytest

from photoapp.domain import appendix, captions, minguo
from photoapp.domain.model import Person


def test_numbers_follow_order() -> None:
    assert appendix.numbers([7, 3, 9]) == {7: 1, 3: 2, 9: 3}


def test_insert_new_and_move_listed_photos_together() -> None:
    assert appendix.insert([1, 2, 3, 4], [9], 1) == [1, 9, 2, 3, 4]
    assert appendix.insert([1, 2, 3, 4], [4, 1], 2) == [2, 4, 1, 3]
    assert appendix.insert([1, 2], [5], 99) == [1, 2, 5]
    assert appendix.insert([1, 2], [5], -3) == [5, 1, 2]


def test_remove_closes_up() -> None:
    order = appendix.remove([1, 2, 3, 4], [2, 4])
    assert order == [1, 3]
    assert appendix.numbers(order) == {1: 1, 3: 2}


def test_caption_tokens_render_display_names() -> None:
    people = {
        1: Person(1, "葉宜津", title="副市長", display="葉副市長"),
        2: Person(2, "Ye Lwin", title="曼德勒市長"),
    }
    text = f"{captions.person_token(1)}與曼德勒市長 {captions.person_token(2)} 合影"
    assert captions.render(text, people) == "葉副市長與曼德勒市長 Ye Lwin 合影"
    assert captions.named_people(text + captions.person_token(1)) == [1, 2]
    assert captions.render(captions.person_token(3), people) == captions.MISSING_PERSON


def test_minguo_forms() -> None:
    day = date(2017, 9, 10)
    assert minguo.heading(day) == "106 年 9 月 10 日(星期日)"
    assert minguo.short(date(2017, 9, 11)) == "106/9/11 (一)"
    assert minguo.gregorian_year(minguo.minguo_year(day)) == 2017
    with pytest.raises(ValueError):
        minguo.minguo_year(date(1900, 1, 1))


def test_typed_names_become_tokens_and_render_back() -> None:
    people = [
        Person(1, "權善宅", display="大田市長權善宅"),
        Person(2, "權善", display="權善"),
        Person(3, "葉宜津", display="葉副市長"),
    ]
    text = f"葉副市長與大田市長權善宅及權善合影 {captions.person_token(3)}"
    stored = captions.tokenize(text, people)
    t1, t2, t3 = (captions.person_token(i) for i in (1, 2, 3))
    assert stored == f"{t3}與{t1}及{t2}合影 {t3}"
    assert captions.render(stored, {p.id: p for p in people}) == text.replace(t3, "葉副市長")
    assert captions.tokenize("沒有人名", people) == "沒有人名"
