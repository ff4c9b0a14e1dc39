"""Disclosure control for published tables, as the DfE applies it to children's social care
statistics.

A table is a grid of counts: rows are areas (LAs, then regional and national totals), columns
are categories plus a Total column. Rules:

- **Primary suppression**: a count of 1 to 5 is shown as ``c``. Zero is shown as 0 (it
  discloses nothing about a person).
- **Secondary suppression**: a suppressed cell could be worked out from its line (a row, with
  its Total, or a column, with its total row) if it were the only one suppressed there; so in
  any line with exactly one suppressed cell, the smallest non-zero count left in that line is
  suppressed too (a category before a total), repeated until no line has a lone suppressed
  cell.
- **Rounding**: national and regional totals are rounded to the nearest 10 (DfE practice for
  sub-national counts in these publications); LA counts are shown exactly unless suppressed.
- **Percentages and rates** are ``c`` when their numerator or denominator is suppressed; ``z``
  when they do not apply (a denominator of 0); ``k`` when above 0 but rounding to 0 at the
  decimal places shown; ``x`` when a figure is not available (not computed); ``:`` when the
  area has no data for that year.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LOW, HIGH = 1, 5
TOTAL = "Total"


@dataclass
class CountTable:
    """Counts by area (rows) and category (columns), with a Total column; ``totals`` are the
    rows that sum the LA rows (regional or national), rounded when published."""

    rows: list[str]
    categories: list[str]
    counts: dict[tuple[str, str], int]
    total_rows: set[str] = field(default_factory=set)
    parent: dict[str, str] = field(default_factory=dict)  # LA row -> its total row

    def lines(self) -> list[list[tuple[str, str]]]:
        """Every constraint: each row's categories and Total; each column's LA rows and the
        total row they sum to."""
        cols = [*self.categories, TOTAL]
        out = [[(r, c) for c in cols] for r in self.rows]
        for total in self.total_rows:
            members = [r for r in self.rows if self.parent.get(r) == total]
            if members:
                out += [[*((r, c) for r in members), (total, c)] for c in cols]
        return out


def suppress(table: CountTable) -> set[tuple[str, str]]:
    """The cells to show as ``c``: primary (1 to 5), then secondary until no line has a lone
    suppressed cell."""
    hidden = {cell for cell, n in table.counts.items() if LOW <= n <= HIGH}
    changed = True
    while changed:
        changed = False
        for line in table.lines():
            inside = [cell for cell in line if cell in hidden]
            if len(inside) != 1:
                continue
            candidates = [cell for cell in line if cell not in hidden
                          and table.counts.get(cell, 0) > 0]
            if not candidates:  # cannot happen: the line's total is at least the cell
                continue
            candidates.sort(key=lambda cell: (cell[1] == TOTAL, table.counts[cell], cell))
            hidden.add(candidates[0])
            changed = True
    return hidden


def round_to(n: int, base: int = 10) -> int:
    """Round half up to the nearest ``base``."""
    return int((n + base // 2) // base * base)


def published_counts(table: CountTable) -> dict[tuple[str, str], str]:
    """Every cell as published: the count, ``c``, or a rounded total."""
    hidden = suppress(table)
    out = {}
    for cell, n in table.counts.items():
        if cell in hidden:
            out[cell] = "c"
        elif cell[0] in table.total_rows:
            out[cell] = str(round_to(n))
        else:
            out[cell] = str(n)
    return out


def percentage(numerator: str, denominator: str, value: float | None,
               decimals: int = 0) -> str:
    """A percentage or rate cell beside its published numerator and denominator."""
    if numerator == "c" or denominator == "c":
        return "c"
    if value is None:
        return "z" if denominator in ("0", "z") else "x"
    shown = round(value, decimals)
    if shown == 0 and value > 0:
        return "k"
    return f"{shown:.{decimals}f}"


def count_cell(n: float | None) -> str:
    """A standalone count (no table around it): ``c`` for 1 to 5, ``x`` when not available."""
    if n is None:
        return "x"
    return "c" if LOW <= n <= HIGH else str(int(n))
