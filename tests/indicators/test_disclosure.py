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
    Rules,
    count_cell,
    number_cell,
    percentage,
    published_counts,
    ratio_cell,
    recoverable,
    round_to,
    shares,
    suppress,
)


def _table(grid: list[list[int]], total_row: bool = False) -> CountTable:
    """LA0, LA1... with categories K0, K1... and their Totals; ``total_row`` adds REG, the
    sum of the LAs."""
    rows = [f"LA{i}" for i in range(len(grid))]
    cats = [f"K{j}" for j in range(len(grid[0]))]
    counts = {(r, c): grid[i][j] for i, r in enumerate(rows) for j, c in enumerate(cats)}
    for r in rows:
        counts[(r, TOTAL)] = sum(counts[(r, c)] for c in cats)
    totals, parent = set(), {}
    if total_row:
        totals, parent = {"REG"}, dict.fromkeys(rows, "REG")
        for c in [*cats, TOTAL]:
            counts[("REG", c)] = sum(counts[(r, c)] for r in rows)
        rows = [*rows, "REG"]
    return CountTable(rows, cats, counts, totals, parent)


def test_a_small_count_forces_one_more_in_its_row() -> None:
    # LA0: 3, 20, 40 (Total 63). 3 alone would be 63 - 20 - 40, so the smallest other
    # count in the row, 20, is suppressed too; the Total stays.
    table = _table([[3, 20, 40]])
    assert suppress(table) == {("LA0", "K0"), ("LA0", "K1")}
    assert published_counts(table)[("LA0", TOTAL)] == "63"


def test_a_three_by_three_table_with_one_small_count() -> None:
    # By hand:          K0   K1   K2  Total
    #           LA0      3   20   40     63
    #           LA1     30   25   50    105
    #           LA2     12   18   60     90
    #           REG     45   63  150    258   (published rounded: 50, 60, 150, 260)
    # 3 is primary. Row LA0 then has one c: its smallest other member, 20, goes too.
    # Column K0 (LA0, LA1, LA2 add up to REG) has one c: its smallest member, 12 (LA2).
    # Column K1 likewise: 18 (LA2). Row LA2 now has two; every line has 0 or 2.
    # The four c's form a rectangle: +1 -1 / -1 +1 keeps every sum, so none is pinned.
    table = _table([[3, 20, 40], [30, 25, 50], [12, 18, 60]], total_row=True)
    hidden = suppress(table)
    assert hidden == {("LA0", "K0"), ("LA0", "K1"), ("LA2", "K0"), ("LA2", "K1")}
    shown = published_counts(table)
    assert [shown[("REG", c)] for c in ["K0", "K1", "K2", TOTAL]] == ["50", "60", "150", "260"]
    assert shown[("LA1", "K0")] == "30" and shown[("LA2", TOTAL)] == "90"


def test_the_audit_pins_what_the_line_rule_leaves_open() -> None:
    # LA0: 1, 1, 10 (Total 12). Both 1s are c, two in the row, so the DfE rule is met;
    # but c + c = 12 - 10 = 2 and a c is never 0, so each is 1. The audit suppresses the
    # 10 as well: then c + c + c = 12 leaves each anywhere from 1 to 10.
    table = _table([[1, 1, 10]])
    assert recoverable(table, {("LA0", "K0"), ("LA0", "K1")}) == [("LA0", "K0"), ("LA0", "K1")]
    assert suppress(table) == {("LA0", "K0"), ("LA0", "K1"), ("LA0", "K2")}


def test_the_audit_finds_a_cell_bridging_two_blocks() -> None:
    # Exact totals (no rounding). Primary c's:  K0  K1  K2  K3
    #                                      LA0   3   4   2  50
    #                                      LA1   5   3  40  45
    #                                      LA2  30  35   4   2
    #                                      LA3  33  31   5   3
    # Every line has 0 or at least 2 c's, yet rows LA0 + LA1 minus columns K0 + K1 leave
    # only (LA0, K2): 9 + 8 - 8 - 7 = 2. The audit adds the smallest count in one of its
    # lines, 40 (LA1, K2), which closes a cycle through it.
    table = _table([[3, 4, 2, 50], [5, 3, 40, 45], [30, 35, 4, 2], [33, 31, 5, 3]],
                   total_row=True)
    primary = {cell for cell, n in table.counts.items() if 1 <= n <= 5}
    assert recoverable(table, primary) == [("LA0", "K2")]
    assert suppress(table, Rules(total_base=1)) == primary | {("LA1", "K2")}


def test_totals_are_rounded_to_ten_and_zero_is_not_suppressed() -> None:
    table = _table([[0, 17, 44], [12, 9, 61]], total_row=True)
    shown = published_counts(table)
    assert shown[("LA0", "K0")] == "0"
    assert shown[("REG", "K1")] == "30"  # 26
    assert shown[("REG", TOTAL)] == "140"  # 143
    assert (round_to(15), round_to(14), round_to(25), round_to(0)) == (20, 10, 30, 0)
    # LA counts are exact (DfE practice); a publication that rounds them says so
    assert published_counts(table, Rules(area_base=5))[("LA0", "K1")] == "15"


def test_a_table_that_does_not_add_up_is_refused() -> None:
    table = _table([[7, 8]])
    table.counts[("LA0", TOTAL)] = 16
    with pytest.raises(ValueError, match="do not add up"):
        suppress(table)


def test_overlapping_categories_have_no_row_sums() -> None:
    # "With 3 or more placements" is a part of "Total children", not one of a partition:
    # the DfE shows it as c beside its Total with nothing else hidden.
    table = CountTable(["LA0"], ["Three or more"], {("LA0", "Three or more"): 4,
                                                    ("LA0", TOTAL): 20}, additive=False)
    assert suppress(table) == {("LA0", "Three or more")}


@pytest.mark.parametrize("shown,numbers,dp,expected", [
    (("c", "40"), (3, 40), 0, "c"), (("12", "c"), (12, 4), 0, "c"),
    (("0", "0"), (0, 0), 0, "z"), (("250", "84000"), (250, 84000), 0, "k"),
    (("12", "40"), (12, 40), 0, "30"), (("1", "8"), (1, 8), 1, "12.5"),
    (("7", "x"), (7, None), 1, "x"), (("7", ":"), (7, None), 0, ":"),
    (("z", "z"), (None, None), 0, "z"), (("0", "20"), (0, 20), 1, "0.0"),
])
def test_ratio_symbols(shown, numbers, dp, expected) -> None:
    assert ratio_cell(*shown, *numbers, decimals=dp) == expected


def test_numbers_round_half_up_and_k_marks_a_non_zero_shown_as_zero() -> None:
    assert [number_cell(v, d) for v, d in [(2.5, 0), (0.125, 2), (0.4, 0), (0, 0),
                                           (66.95, 1)]] == ["3", "0.13", "k", "0", "67.0"]
    assert percentage("1000", "900000", 0.11) == "k"
    assert percentage("c", "40", 7.5) == "c" and percentage("0", "0", None) == "z"
    assert [count_cell(n) for n in (None, 0, 3, 6)] == ["x", "0", "c", "6"]


# --- Hypothesis: random nested tables, published, then attacked --------------------------

counts = st.one_of(st.integers(0, 8), st.integers(0, 60), st.integers(0, 200), st.just(0))


@st.composite
def tables(draw) -> CountTable:
    """LAs in regions in England, 0 to 3 categories (0: a Total column only), with or without
    regional and England rows."""
    k = draw(st.integers(0, 3))
    cats = [f"K{j}" for j in range(k)]
    sizes = draw(st.lists(st.integers(1, 4), min_size=1, max_size=3))
    levels = draw(st.sampled_from(["la", "region", "england", "both"]))
    rows, parent, counts_ = [], {}, {}
    for r, size in enumerate(sizes):
        for i in range(size):
            la = f"LA{r}{i}"
            rows.append(la)
            for c in cats:
                counts_[(la, c)] = draw(counts)
            counts_[(la, TOTAL)] = (sum(counts_[(la, c)] for c in cats) if cats
                                    else draw(counts))
            if levels in ("region", "both"):
                parent[la] = f"R{r}"
            elif levels == "england":
                parent[la] = "ENG"
    totals = set(parent.values())
    if levels == "both":
        parent |= {f"R{r}": "ENG" for r in range(len(sizes))}
        totals.add("ENG")
    for whole in sorted(totals, key=lambda t: t == "ENG"):  # regions before England
        for c in [*cats, TOTAL]:
            counts_[(whole, c)] = sum(n for (a, cc), n in counts_.items()
                                      if cc == c and parent.get(a) == whole)
    return CountTable(rows + sorted(totals, key=lambda t: t == "ENG"), cats, counts_,
                      totals, parent)


def _attack(table: CountTable, unrounded: bool, hidden: set | None = None) -> dict:
    """For every ``c``, the least and greatest value consistent with what is published: exact
    LA counts; rounded counts within their rounding range (or, when ``unrounded``, known
    before rounding, the most an attacker could know); percentages of the row Total to 0 dp;
    every line adding up; a ``c`` at least 1 (0 is always shown)."""
    shown = published_counts(table, hidden=hidden)
    pct = shares(table, shown)
    unknown = sorted(cell for cell, text in shown.items()
                     if text == "c" or (cell[0] in table.total_rows and not unrounded))
    index = {cell: i for i, cell in enumerate(unknown)}
    bounds = []
    for cell in unknown:
        text = shown[cell]
        if text == "c":
            bounds.append((1, None))
        else:  # a rounded count: R - 5 .. R + 4, and 1..5 would have been c
            r = int(text)
            bounds.append((0, 0) if r == 0 else (max(r - 5, 6), r + 4))
    a_eq, b_eq, a_ub, b_ub = [], [], [], []
    for *members, whole in table.lines():
        row, rhs = np.zeros(len(unknown)), 0.0
        for cell, sign in [*((m, 1.0) for m in members), (whole, -1.0)]:
            if cell in index:
                row[index[cell]] += sign
            else:
                rhs -= sign * table.counts[cell]
        if row.any():
            a_eq.append(row)
            b_eq.append(rhs)
    for (area, cat), text in pct.items():
        num, den = (area, cat), (area, TOTAL)
        if text in ("c", "z") or (num not in index and den not in index):
            continue
        low, high = (0.0, 0.5) if text == "k" else (float(text) - 0.5, float(text) + 0.5)
        for bound, sign in ((low, -1.0), (high, 1.0)):  # low <= 100 num / den <= high
            row, rhs = np.zeros(len(unknown)), 0.0
            for cell, coef in ((num, 100.0 * sign), (den, -bound * sign)):
                if cell in index:
                    row[index[cell]] += coef
                else:
                    rhs -= coef * table.counts[cell]
            a_ub.append(row)
            b_ub.append(rhs + 1e-9)
    kw = dict(A_eq=np.array(a_eq) if a_eq else None, b_eq=b_eq or None,
              A_ub=np.array(a_ub) if a_ub else None, b_ub=b_ub or None,
              bounds=bounds, method="highs")
    out = {}
    for cell, i in index.items():
        if shown[cell] != "c":
            continue
        objective = np.eye(1, len(unknown), i)[0]
        low, high = linprog(objective, **kw), linprog(-objective, **kw)
        assert low.status == 0, "the attack's model must admit the true table"
        out[cell] = (low.fun, -high.fun if high.status == 0 else float("inf"))
    return out


def test_the_attack_recovers_what_weaker_suppression_leaves() -> None:
    # primary suppression alone: 3 = 63 - 20 - 40
    assert _attack(_table([[3, 20, 40]]), False, {("LA0", "K0")}) == {("LA0", "K0"): (3, 3)}
    # the line rule alone: the two 1s of 1, 1, 10 (Total 12)
    pinned = _attack(_table([[1, 1, 10]]), False, {("LA0", "K0"), ("LA0", "K1")})
    assert set(pinned.values()) == {(1, 1)}


@settings(max_examples=60, deadline=None)
@given(table=tables(), unrounded=st.booleans())
def test_no_suppressed_count_can_be_recovered(table, unrounded) -> None:
    for cell, (low, high) in _attack(table, unrounded).items():
        assert low - 1e-6 <= table.counts[cell] <= high + 1e-6
        assert high - low >= 1 - 1e-6, f"{cell} is pinned to {low}..{high}"


@settings(max_examples=100, deadline=None)
@given(table=tables())
def test_published_cells_follow_the_rules(table) -> None:
    shown = published_counts(table)
    pct = shares(table, shown)
    for cell, n in table.counts.items():
        if 1 <= n <= 5:
            assert shown[cell] == "c"
        if n == 0:
            assert shown[cell] == "0"
        if shown[cell] != "c":
            if cell[0] in table.total_rows:
                assert int(shown[cell]) % 10 == 0 and abs(int(shown[cell]) - n) <= 5
            else:
                assert int(shown[cell]) == n
        if shown[cell] == "c" or shown[(cell[0], TOTAL)] == "c":
            assert pct[cell] == "c"
