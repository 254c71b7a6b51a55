"""Finding the photo appendix among a report's blocks."""

from __future__ import annotations

import pytest

from photoapp.domain.report_outline import (
    AmbiguousAppendixError,
    AppendixNotFoundError,
    Block,
    find_appendix,
    is_appendix_heading,
)


@pytest.mark.parametrize(
    "text",
    ["附錄：照片", "附錄 照片", "附錄一：照片", "附錄：活動照片", "附錄:照片", "附錄二、照片",
     "  附錄：照片  ", "附錄　照片", "附錄1：照片", "附錄 相片"],
)  # fmt: skip
def test_appendix_headings(text: str) -> None:
    assert is_appendix_heading(text)


@pytest.mark.parametrize(
    "text",
    ["附錄 照片..... 8", "附錄二：會議議程", "照片 1：葉副市長", "如附錄照片所示，葉副市長演講",
     "第四章 建議", ""],
)  # fmt: skip
def test_not_appendix_headings(text: str) -> None:
    assert not is_appendix_heading(text)


REPORT = [
    Block("第一章 目的", 1),
    Block("本次會議……"),
    Block("第四章 建議", 1),
    Block("一、持續參與國際會議", 2),
    Block("附錄：照片", 1),
    Block(""),
    Block("照片 1：葉副市長與 Ye Lwin 合影"),
    Block("照片 2：全會", None),
    Block("附錄二：會議議程", 1),
    Block("議程"),
]


def test_the_appendix_runs_to_the_next_heading_of_its_level() -> None:
    span = find_appendix(REPORT)
    assert span is not None
    assert (span.heading, span.end, span.level) == (4, 8, 1)
    assert list(span.body) == [5, 6, 7]


def test_lower_headings_stay_inside_and_the_end_ends_it() -> None:
    blocks = [*REPORT[:8], Block("第一天", 2), Block("照片 3：…")]
    span = find_appendix(blocks)
    assert span is not None and span.end == len(blocks)


def test_a_plain_paragraph_heading_ends_at_any_heading_or_another_appendix() -> None:
    blocks = [Block("建議"), Block("附錄：照片"), Block("照片 1：x"), Block("附錄二 議程")]
    span = find_appendix(blocks)
    assert span is not None and (span.heading, span.end) == (1, 3)
    blocks[3] = Block("後記", 3)
    span = find_appendix(blocks)
    assert span is not None and span.end == 3


def test_none_found() -> None:
    assert find_appendix(REPORT[:4]) is None


def test_two_candidates_need_after() -> None:
    blocks = [Block("附錄一：活動照片", 1), Block("x"), Block("附錄：照片", 1)]
    with pytest.raises(AmbiguousAppendixError) as caught:
        find_appendix(blocks)
    assert caught.value.candidates == ("附錄一：活動照片", "附錄：照片")
    span = find_appendix(blocks, after="附錄：照片")
    assert span is not None and span.heading == 2
    # full-width and half-width forms of the same text are the same text
    span = find_appendix(blocks, after="附錄一:活動照片")
    assert span is not None and span.heading == 0


def test_after_another_paragraph_inserts_after_what_it_owns() -> None:
    span = find_appendix(REPORT, after="第四章 建議")
    assert span is not None and span.heading == -1 and span.end == 4
    with pytest.raises(AppendixNotFoundError):
        find_appendix(REPORT, after="第九章")
