"""Disclosure control: hand-worked tables, and Hypothesis tables attacked with linear
programming: no suppressed count can be recovered from what is published."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from cschub.indicators.disclosure import (
    TOTAL,
    CountTable,
    percentage,
    published_counts,
    round_to,
    suppress,
)


def _table(grid: list[list[int]], with_total_row: bool = False) -> CountTable:
    rows = [f"LA{i}" for i in range(len(grid))]
    cats = [f"K{j}" for j in range(len(grid[0]))]
    counts = {(r, c): grid[i][j] for i, r in enumerate(rows) for j, c in enumerate(cats)}
    for r in rows:
        counts[(r, TOTAL)] = sum(counts[(r, c)] for c in cats)
    totals, parent = set(), {}
    if with_total_row:
        totals, parent = {"ALL"}, {r: "ALL" for r in rows}
        for c in [*cats, TOTAL]:
            counts[("ALL", c)] = sum(counts[(r, c)] for r in rows)
        rows = [*rows, "ALL"]
    return CountTable(rows, cats, counts, totals, parent)


def test_a_small_count_forces_one_more_in_its_row() -> None:
    # LA0: 3, 20, 40 (total 63). 3 is suppressed; alone in its row it could be worked out
    # as 63 - 20 - 40, so the smallest other count in the row, 20, is suppressed too.
    table = _table([[3, 20, 40]])
    assert suppress(table) == {("LA0", "K0"), ("LA0", "K1")}
    shown = published_counts(table)
    assert shown[("LA0", "K0")] == shown[("LA0", "K1")] == "c"
    assert shown[("LA0", TOTAL)] == "63"


def test_suppression_spreads_across_rows_and_columns() -> None:
    # by hand: LA0 = [3, 20, 40], LA1 = [30, 25, 50], total row ALL = [33, 45, 90].
    # Row LA0: 3 (primary) + 20. Column K0: only 3 hidden among LA0, LA1, ALL -> the
    # smallest other, 30 (LA1); column K1: 20 alone -> 25 (LA1). Row LA1 now has two. Done.
    table = _table([[3, 20, 40], [30, 25, 50]], with_total_row=True)
    assert suppress(table) == {("LA0", "K0"), ("LA0", "K1"), ("LA1", "K0"), ("LA1", "K1")}


def test_totals_are_rounded_to_ten_and_zero_is_not_suppressed() -> None:
    table = _table([[0, 17, 44], [12, 9, 61]], with_total_row=True)
    shown = published_counts(table)
    assert shown[("LA0", "K0")] == "0"
    assert shown[("ALL", "K1")] == "30"  # 26 rounded
    assert shown[("ALL", TOTAL)] == "140"  # 143 rounded
    assert round_to(15) == 20 and round_to(14) == 10


@pytest.mark.parametrize("num,den,value,dp,expected", [
    ("c", "40", 7.5, 0, "c"), ("12", "c", 40.0, 0, "c"), ("0", "0", None, 0, "z"),
    ("1000", "900000", 0.11, 0, "k"), ("12", "40", 30.0, 0, "30"), ("7", "9", None, 1, "x"),
])
def test_percentage_symbols(num, den, value, dp, expected) -> None:
    assert percentage(num, den, value, dp) == expected


def _attack(table: CountTable) -> dict[tuple[str, str], tuple[float, float]]:
    """For every suppressed cell, the smallest and largest value consistent with everything
    published (exact counts, totals rounded to the nearest 10, non-negative counts)."""
    shown = published_counts(table)
    hidden = sorted(cell for cell, text in shown.items() if text == "c")
    index = {cell: i for i, cell in enumerate(hidden)}
    a_eq, b_eq, a_ub, b_ub = [], [], [], []
    for line in table.lines():
        coef, known, rounded = np.zeros(len(hidden)), 0.0, 0
        # a line: the members sum to its last cell (a row's Total, a column's total row)
        *members, whole = line
        for cell, sign in [*((m, 1.0) for m in members), (whole, -1.0)]:
            if cell in index:
                coef[index[cell]] += sign
            else:
                known += sign * float(shown[cell])
                rounded += cell[0] in table.total_rows
        if not coef.any():
            continue
        if rounded:  # each rounded figure hides up to 5 either way
            a_ub += [coef, -coef]
            b_ub += [-known + 5 * rounded, known + 5 * rounded]
        else:
            a_eq.append(coef)
            b_eq.append(-known)
    out = {}
    for cell, i in index.items():
        c = np.zeros(len(hidden))
        c[i] = 1
        kw = dict(A_eq=np.array(a_eq) if a_eq else None, b_eq=b_eq or None,
                  A_ub=np.array(a_ub) if a_ub else None, b_ub=b_ub or None,
                  bounds=[(0, None)] * len(hidden), method="highs")
        low, high = linprog(c, **kw), linprog(-c, **kw)
        out[cell] = (low.fun, -high.fun if high.status == 0 else float("inf"))
    return out


counts = st.one_of(st.integers(0, 8), st.integers(0, 60))
grids = st.integers(1, 5).flatmap(lambda n: st.integers(2, 4).flatmap(
    lambda k: st.lists(st.lists(counts, min_size=k, max_size=k), min_size=n, max_size=n)))


@settings(max_examples=150, deadline=None)
@given(grid=grids, total_row=st.booleans())
def test_no_suppressed_count_can_be_recovered(grid, total_row) -> None:
    table = _table(grid, with_total_row=total_row)
    for cell, (low, high) in _attack(table).items():
        assert high - low > 0.5, f"{cell} is pinned to {low} by what is published"


@settings(max_examples=150, deadline=None)
@given(grid=grids, total_row=st.booleans())
def test_every_count_of_1_to_5_is_suppressed_and_totals_are_multiples_of_ten(grid,
                                                                            total_row) -> None:
    table = _table(grid, with_total_row=total_row)
    shown = published_counts(table)
    for cell, n in table.counts.items():
        if 1 <= n <= 5:
            assert shown[cell] == "c"
        if cell[0] in table.total_rows and shown[cell] != "c":
            assert int(shown[cell]) % 10 == 0
        if n == 0:
            assert shown[cell] == "0"
