"""Photo references in a report's text: found, checked against the appendix, renumbered."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photoapp.domain.photo_refs import (
    FindingKind,
    check_references,
    find_references,
    moves,
    renumbered,
)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("如照片 3 所示", [[3]]),
        ("（照片 3、4）", [[3, 4]]),
        ("照片3-5", [[3, 4, 5]]),
        ("照片 3～5 及 8", [[3, 4, 5, 8]]),
        ("照片 2 與照片 7", [[2, 7]]),
        ("見照片 1，另見照片 6", [[1], [6]]),
        ("見照片 1，6", [[1, 6]]),
        ("見照片 1。另見照片 6", [[1], [6]]),
        ("照片３", [[3]]),
        ("相片 4 至 6", [[4, 5, 6]]),
        ("共拍攝照片 120 張", []),
        ("照片 1：葉副市長合影", []),
        ("沒有照片", []),
        ("照片 5-3", [[5, 3]]),
    ],
)
def test_references_found(text: str, cited: list[list[int]]) -> None:
    assert [reference.cited() for reference in find_references(text)] == cited


def test_numbers_point_at_their_digits() -> None:
    text = "本團（照片 12、13）抵達"
    (reference,) = find_references(text)
    assert reference.text == "照片 12、13"
    assert [text[n.start : n.end] for n in reference.numbers] == ["12", "13"]


APPENDIX = {101: 1, 102: 2, 103: 3, 104: 4, 105: 5, 106: 6, 107: 7, 108: 8}
PARAGRAPHS = ["第二章 經過", "大會開幕（照片 3）。", "市長論壇如照片 9。", "照片 8"]


def test_numbers_no_photo_has() -> None:
    findings = check_references(PARAGRAPHS, APPENDIX)
    assert [(f.kind, f.paragraph, f.number) for f in findings] == [(FindingKind.MISSING, 2, 9)]


def test_after_a_reorder_moved_photos_are_named_with_their_new_number() -> None:
    # photo 103 (照片 3 at the insert) moved to the end: 4…8 move up one
    now = {101: 1, 102: 2, 104: 3, 105: 4, 106: 5, 107: 6, 108: 7, 103: 8}
    findings = check_references(PARAGRAPHS, now, APPENDIX)
    assert [(f.kind, f.paragraph, f.reference, f.number, f.now) for f in findings] == [
        (FindingKind.MOVED, 1, "照片 3", 3, 8),
        (FindingKind.MISSING, 2, "照片 9", 9, None),
        (FindingKind.MOVED, 3, "照片 8", 8, 7),
    ]


def test_a_photo_taken_out_is_named() -> None:
    now = {key: value for key, value in APPENDIX.items() if key != 108}
    findings = check_references(["照片 8"], now, APPENDIX)
    assert [(f.kind, f.number) for f in findings] == [(FindingKind.REMOVED, 8)]


def test_renumbered_writes_the_new_numbers() -> None:
    moved = {3: 8, 4: 3, 5: 4}
    assert renumbered("如照片 3 所示（照片 4、5）", moved) == "如照片 8 所示（照片 3、4）"
    assert renumbered("照片4-5", moved) == "照片3-4"
    assert renumbered("照片 3-5", moved) == "照片 8、3、4"
    assert renumbered("照片 1：標題", moved) == "照片 1：標題"


numbers = st.lists(st.integers(min_value=1, max_value=300), min_size=1, max_size=6)
separators = st.sampled_from(["、", "，", " 及 ", "和", "與照片 ", "、照片"])


@settings(max_examples=60, deadline=None)
@given(numbers, st.lists(separators, min_size=6, max_size=6), st.text(max_size=20))
def test_a_list_cites_exactly_its_numbers(values: list[int], joints: list[str], tail: str) -> None:
    text = "如照片 " + "".join(
        str(value) + (joints[index] if index < len(values) - 1 else "")
        for index, value in enumerate(values)
    )
    references = find_references(text + "。" + tail.replace("照片", "").replace("相片", ""))
    assert references[0].cited() == list(dict.fromkeys(values))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("照片相 0123456789０３、-～至及張：\n x"), max_size=40))
def test_any_text_parses_and_offsets_are_digits(text: str) -> None:
    for reference in find_references(text):
        assert text[reference.start : reference.end] == reference.text
        for number in reference.numbers:
            digits = text[number.start : number.end].translate(
                str.maketrans("０１２３４５６７８９", "0123456789")
            )
            assert digits.isdecimal() and int(digits) == number.value
    assert renumbered(text, {}) == text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=5, unique=True),
    st.permutations(list(range(1, 41))),
)
def test_renumbered_lists_cite_the_new_numbers(values: list[int], order: list[int]) -> None:
    then = {photo: photo for photo in range(1, 41)}
    now = {photo: index + 1 for index, photo in enumerate(order)}
    moved = moves(then, now)
    text = "見照片 " + "、".join(map(str, values)) + "。"
    (reference,) = find_references(renumbered(text, moved))
    assert reference.cited() == list(dict.fromkeys(now[v] for v in values))
    assert not [
        f
        for f in check_references([renumbered(text, moved)], now, now)
        if f.kind is not FindingKind.MISSING
    ]
