"""IdListModel.sync signals rows in runs: one insertion or removal signal per run of rows, and
the rows always end up as asked (checked on random lists)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from photoapp.ui.models.id_list import IdListModel


def _runs(rows: list[int]) -> int:
    """How many runs of consecutive numbers `rows` (sorted) holds."""
    return sum(1 for i, row in enumerate(rows) if i == 0 or rows[i - 1] != row - 1)


@settings(max_examples=200, database=None, deadline=None)
@given(
    old=st.lists(st.integers(0, 40), unique=True, max_size=25),
    new=st.lists(st.integers(0, 40), unique=True, max_size=25),
)
def test_sync_makes_the_rows_in_one_signal_a_run(
    qapp: object, old: list[int], new: list[int]
) -> None:
    model = IdListModel()
    model.sync(old)
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.sync(new)
    assert model.ids() == new
    gone = sorted(old.index(i) for i in old if i not in new)
    assert len(removed) == _runs(gone)
    added = sorted(new.index(i) for i in new if i not in old)
    assert len(inserted) == _runs(added)
    assert sum(last - first + 1 for first, last in inserted) == len(added)


def test_three_hundred_new_rows_are_one_insertion(qapp: object) -> None:
    model = IdListModel()
    model.sync([1, 2])
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.sync([1, 2, *range(-1, -301, -1)])
    assert inserted == [(2, 301)]
