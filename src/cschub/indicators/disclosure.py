"""Disclosure control for published tables, as the DfE applies it to children's social care
statistics. Pure functions over a :class:`CountTable`; no database.

A table holds counts by area (rows) and category (columns, plus ``TOTAL``). Areas nest: each
LA row adds up to its region's row and each region to England's (``parent``); the categories
add up to ``TOTAL`` (unless ``additive`` is false: a table of overlapping subsets). Each of
these sums is a *line*: its members, then the cell they add up to, which counts as a cell of
the line.

Rules, with the evidence in the DfE's published files (../shared/reference/dfe-statistics):

- **Primary suppression**: a count of 1 to 5 is ``c``, at every level (regional ``c`` appears
  in la_cla_during_year_new_placements.csv). 0 is shown as 0 (CIN guidance: "0 indicates the
  original figure submitted was zero"), so an attacker knows every ``c`` is at least 1.
- **Secondary suppression**: (1) the DfE's line rule: a line with exactly one ``c`` gets
  another, its smallest non-zero count (a member before the line's sum), repeated across
  rows and columns until no line has a lone ``c`` (DfE LA lines in
  la_cla_during_year_new_placements.csv have 0 or at least 2 ``c``); (2) then an audit:
  for every ``c``, linear programming finds the least and greatest value consistent with
  every published count taken as exact (even rounded ones), every line adding up and every
  ``c`` at least 1; a ``c`` narrowed to fewer than two whole numbers (``[1, 1, 10]`` with
  Total 12 pins both 1s) gets a partner in one of its lines, and the rule runs again.
- **Rounding**: rows in ``total_rows`` (England and regions) are rounded half up to the
  nearest 10; LA rows are exact (``Rules.area_base`` = 1). Evidence: in
  la_cla_placement_stability.csv 912 of 4,518 LA counts are multiples of 5 and 459 of 10
  (the 1 in 5 and 1 in 10 of unrounded numbers) while all 330 regional and 30 national
  counts are multiples of 10; the same holds in the CIN, care leaver and school move files.
- **Percentages and rates** (:func:`ratio_cell`, :func:`shares`) come from unrounded counts,
  rounded half up, as the DfE's do. They can undo the rounding of a small total (a rate to
  1 dp over a small population pins the count), which is why the audit takes rounded counts
  as exact: protection never rests on rounding.

Symbols (:class:`Symbol`):

- ``c`` confidential: a count of 1 to 5, a secondary suppression, or a ratio or figure whose
  numerator or denominator is ``c``.
- ``z`` not applicable: a ratio with a denominator of 0 (the DfE shows Isles of Scilly's
  percentages of a 0 total as ``z``); a figure for an area that did not exist that year (the
  DfE shows Cumbria in 2025 as ``z``). Counts as 0 in sums.
- ``x`` not available: not supplied or not computable (``None``), e.g. DfE school moves for
  2020; a sum over an ``x`` is ``x``.
- ``k``: a ratio above 0 that rounds to 0 at the decimals shown (DfE national percentages of
  250 placement changes).
- ``:`` not collected: the item or breakdown did not exist for that year or area (CIN
  guidance: collection changes); a sum over a ``:`` is ``:``.

A cell left out of ``counts`` (``x``, ``z`` or ``:``) takes its lines out of the rules: a sum
with an unknown member says nothing exact about the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

import numpy as np

TOTAL = "Total"
Cell = tuple[str, str]  # (area, category or TOTAL)


class Symbol(StrEnum):
    """GSS symbols as the DfE writes them in Explore Education Statistics files."""

    CONFIDENTIAL = "c"
    NOT_APPLICABLE = "z"
    NOT_AVAILABLE = "x"
    ROUNDS_TO_ZERO = "k"
    NOT_COLLECTED = ":"


@dataclass(frozen=True)
class Rules:
    """Disclosure settings; the defaults are the DfE's for children's social care."""

    threshold: int = 5  # counts 1..threshold are c
    total_base: int = 10  # England and regional rows rounded to this
    area_base: int = 1  # LA rows (1 = exact)


DFE = Rules()


@dataclass
class CountTable:
    """Counts by area and category. ``total_rows`` are the areas that sum others (rounded when
    published); ``parent`` maps an area to the total row it adds up to."""

    rows: list[str]
    categories: list[str]
    counts: dict[Cell, int]
    total_rows: set[str] = field(default_factory=set)
    parent: dict[str, str] = field(default_factory=dict)
    additive: bool = True

    @property
    def columns(self) -> list[str]:
        return [*self.categories, TOTAL]

    def lines(self) -> list[list[Cell]]:
        """Every sum the table shows, members first and the sum last; sums with a cell that
        is not a count are left out."""
        out = []
        if self.additive and self.categories:
            out += [[(r, c) for c in self.columns] for r in self.rows]
        for whole in self.rows:
            members = [r for r in self.rows if self.parent.get(r) == whole]
            if members:
                out += [[*((r, c) for r in members), (whole, c)] for c in self.columns]
        return [line for line in out if all(cell in self.counts for cell in line)]

    def check(self) -> None:
        """Raise ValueError for a negative count or a line that does not add up."""
        for cell, n in self.counts.items():
            if n < 0 or int(n) != n:
                raise ValueError(f"{cell} is {n}: counts are whole numbers from 0")
        for *members, whole in self.lines():
            if sum(self.counts[m] for m in members) != self.counts[whole]:
                raise ValueError(f"{members} do not add up to {whole}")

    def base(self, cell: Cell, rules: Rules) -> int:
        return rules.total_base if cell[0] in self.total_rows else rules.area_base


def suppress(table: CountTable, rules: Rules = DFE) -> set[Cell]:
    """The cells to show as ``c``: primary, then secondary until no line has a lone ``c`` and
    no ``c`` can be worked out to within one."""
    table.check()
    order = {cell: i for i, cell in enumerate((r, c) for r in table.rows for c in table.columns)}
    by_cell: dict[Cell, list[list[Cell]]] = {}
    for line in table.lines():
        for cell in line:
            by_cell.setdefault(cell, []).append(line)
    hidden = {cell for cell, n in table.counts.items() if 1 <= n <= rules.threshold}
    while True:
        hidden = _complete_lines(table, hidden, order)
        pinned = recoverable(table, hidden)
        if not pinned:
            return hidden
        added: set[Cell] = set()
        for cell in pinned:  # one partner per line touched is enough for a round
            lines = by_cell.get(cell, [])
            if not any(a in line for line in lines for a in added):
                partner = _partner(table, hidden, lines, order) or _partner(
                    table, hidden, table.lines(), order)
                if partner:
                    added.add(partner)
                    hidden.add(partner)
        if not added:
            raise RuntimeError("no suppression pattern protects this table")


def _complete_lines(table: CountTable, hidden: set[Cell], order: dict[Cell, int]) -> set[Cell]:
    """The DfE rule: no line keeps a lone ``c``."""
    hidden, lines, changed = set(hidden), table.lines(), True
    while changed:
        changed = False
        for line in lines:
            if sum(cell in hidden for cell in line) == 1:
                partner = _partner(table, hidden, [line], order)
                if partner:
                    hidden.add(partner)
                    changed = True
    return hidden


def _partner(table: CountTable, hidden: set[Cell], lines: list[list[Cell]],
             order: dict[Cell, int]) -> Cell | None:
    """The smallest non-zero count shown in ``lines``, a member before a line's sum."""
    choices = [(cell == line[-1], table.counts[cell], order[cell], cell)
               for line in lines for cell in line
               if cell not in hidden and table.counts[cell] > 0]
    return min(choices)[3] if choices else None


def recoverable(table: CountTable, hidden: set[Cell]) -> list[Cell]:
    """Hidden cells an attacker could narrow to fewer than two whole numbers, knowing every
    shown count exactly, that every line adds up and that a ``c`` is at least 1."""
    lines = [line for line in table.lines() if any(cell in hidden for cell in line)]
    groups: dict[Cell, list[list[Cell]]] = {}
    root = {cell: cell for cell in hidden}

    def find(cell: Cell) -> Cell:
        while root[cell] != cell:
            root[cell] = root[root[cell]]
            cell = root[cell]
        return cell

    for line in lines:
        inside = [find(cell) for cell in line if cell in hidden]
        for other in inside[1:]:
            root[other] = inside[0]
    for line in lines:
        groups.setdefault(find(next(c for c in line if c in hidden)), []).append(line)
    pinned = []
    for lines_ in groups.values():
        cells = sorted({cell for line in lines_ for cell in line if cell in hidden})
        pinned += _pinned(table, cells, lines_)
    return sorted(pinned)


def _pinned(table: CountTable, cells: list[Cell], lines: list[list[Cell]]) -> list[Cell]:
    from scipy.optimize import linprog  # slow to import: only when auditing

    index = {cell: i for i, cell in enumerate(cells)}
    a, b = np.zeros((len(lines), len(cells))), np.zeros(len(lines))
    for row, (*members, whole) in enumerate(lines):
        for cell, sign in [*((m, 1) for m in members), (whole, -1)]:
            if cell in index:
                a[row, index[cell]] += sign
            else:
                b[row] -= sign * table.counts[cell]
    truth = np.array([table.counts[cell] for cell in cells], dtype=float)
    # an upper bound only shrinks what the attacker may consider: the audit stays sound
    bounds = [(1, 2 * t + 10) for t in truth]
    moved = np.zeros(len(cells), dtype=bool)

    def solve(objective: np.ndarray) -> None:
        result = linprog(objective, A_eq=a, b_eq=b, bounds=bounds, method="highs")
        if result.status != 0:
            raise RuntimeError(f"disclosure audit failed: {result.message}")
        moved[np.abs(result.x - truth) >= 1 - 1e-6] = True

    n = len(cells)
    for objective in [np.ones(n), -np.ones(n), *np.random.default_rng(0).choice([-1.0, 1.0],
                                                                                (2, n))]:
        solve(objective)
    for i in range(n):
        for sign in (1.0, -1.0):
            if not moved[i]:
                solve(np.eye(1, n, i)[0] * sign)
    return [cells[i] for i in np.flatnonzero(~moved)]


def round_to(n: int, base: int = 10) -> int:
    """Round half up to the nearest ``base``."""
    return int((n + base // 2) // base * base)


def published_counts(table: CountTable, rules: Rules = DFE,
                     hidden: set[Cell] | None = None) -> dict[Cell, str]:
    """Every count as published: ``c``, or the count rounded for its row."""
    hidden = suppress(table, rules) if hidden is None else hidden
    return {cell: Symbol.CONFIDENTIAL.value if cell in hidden
            else str(round_to(n, table.base(cell, rules)))
            for cell, n in table.counts.items()}


def shares(table: CountTable, published: dict[Cell, str], decimals: int = 0) -> dict[Cell, str]:
    """Each count as a percentage of its row's Total (from unrounded counts)."""
    out = {}
    for (area, category), n in table.counts.items():
        total = table.counts.get((area, TOTAL))
        out[(area, category)] = ratio_cell(published[(area, category)],
                                           published.get((area, TOTAL), Symbol.NOT_AVAILABLE),
                                           n, total, decimals=decimals)
    return out


def ratio_cell(numerator_shown: str, denominator_shown: str, numerator: float | None,
               denominator: float | None, scale: float = 100, decimals: int = 0) -> str:
    """A percentage (``scale`` 100) or rate (10,000) beside its published numerator and
    denominator: ``c``, ``z``, ``x``, ``:``, ``k`` or the value rounded half up."""
    shown = {numerator_shown, denominator_shown}
    for symbol in (Symbol.CONFIDENTIAL, Symbol.NOT_COLLECTED, Symbol.NOT_APPLICABLE):
        if symbol in shown:
            return symbol.value
    if numerator is None or denominator is None:
        return Symbol.NOT_AVAILABLE.value
    if denominator == 0:
        return Symbol.NOT_APPLICABLE.value
    return number_cell(numerator / denominator * scale, decimals)


def number_cell(value: float, decimals: int = 0) -> str:
    """A figure rounded half up to ``decimals``; ``k`` when above 0 but shown as 0."""
    step = Decimal(1).scaleb(-decimals)
    shown = Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP)
    if shown == 0 and value > 0:
        return Symbol.ROUNDS_TO_ZERO.value
    return str(shown + 0)  # + 0 turns -0 into 0


def percentage(numerator: str, denominator: str, value: float | None,
               decimals: int = 0) -> str:
    """A percentage or rate already computed, beside its published numerator and
    denominator (``x`` when not computed, ``z`` when the denominator is 0)."""
    if Symbol.CONFIDENTIAL in (numerator, denominator):
        return Symbol.CONFIDENTIAL.value
    if value is None:
        zero = denominator in ("0", Symbol.NOT_APPLICABLE)
        return (Symbol.NOT_APPLICABLE if zero else Symbol.NOT_AVAILABLE).value
    return number_cell(value, decimals)


def count_cell(n: float | None, rules: Rules = DFE) -> str:
    """A count standing alone (no table around it): ``c`` for 1 to 5, ``x`` when missing."""
    if n is None:
        return Symbol.NOT_AVAILABLE.value
    return Symbol.CONFIDENTIAL.value if 1 <= n <= rules.threshold else str(int(n))
