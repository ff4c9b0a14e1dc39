"""Write tables in the Explore Education Statistics (EES) open data layout: the geography
columns (``GEOGRAPHY``), then filters, then indicators, and beside the file a ``.meta.csv``
with one row per filter and indicator (``META``). UTF-8 without a BOM; every value is text,
numbers as digits and missing or hidden figures as symbols (``c``, ``z``, ``x``, ``k``,
``:``); text a spreadsheet would read as a formula gets a leading apostrophe.

:func:`publish_table` is what ``cschub publish`` calls. It takes unrounded rows, adds
regional and England rows summing the LA rows when asked, applies the DfE's disclosure
control (:mod:`cschub.indicators.disclosure`) and writes both files::

    publish_table(
        [{"time_period": 2025, "new_la_code": "E09000027", "old_la_code": "318",
          "la_name": "Richmond upon Thames", "region_code": "E12000007",
          "region_name": "London", "placement_type": "Foster placements",
          "children_count": 3}, ...],
        Path("out/cla_placements.csv"),
        filters=[FilterSpec("placement_type", "Placement type", total="Total")],
        indicators=[IndicatorSpec("children_count", "Number of children"),
                    IndicatorSpec("children_percent", "Percentage of children", "ratio",
                                  numerator="children_count", unit="%")],
        add_totals=True)

A row's geography defaults to an LA row ("Local authority", England, "Reporting year");
rows may also be "Regional" or "National" rows given ready-made. Rows sharing a time
period and the values of every filter but the one with a ``total`` form one table for
disclosure control: its areas (England over regions over LAs, matched by code) by that
filter's options. Each count indicator is controlled on its own (sums between indicator
columns, such as re-referrals within referrals, are not lines). Raw values are numbers,
``None`` (``x``) or a symbol.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cschub.excelsafe import safe_cell
from cschub.indicators import disclosure as dc
from cschub.indicators.disclosure import DFE, TOTAL, Cell, CountTable, Rules, Symbol

GEOGRAPHY = ["time_period", "time_identifier", "geographic_level", "country_code",
             "country_name", "region_code", "region_name", "old_la_code", "new_la_code",
             "la_name"]
META = ["col_name", "col_type", "label", "indicator_grouping", "indicator_unit",
        "indicator_dp", "filter_hint", "filter_grouping_column"]
LEVELS = ["National", "Regional", "Local authority"]
ENGLAND = {"country_code": "E92000001", "country_name": "England"}
Row = dict[str, object]


@dataclass(frozen=True)
class Column:
    """A filter or indicator column and how the meta file describes it."""

    name: str
    label: str
    unit: str = ""
    decimals: int | None = None
    grouping: str = ""  # indicator_grouping
    hint: str = ""  # filter_hint
    grouping_column: str = ""  # filter_grouping_column


@dataclass(frozen=True)
class FilterSpec:
    """A filter; ``total`` names its option that sums the others (the table's breakdown,
    at most one per table); ``additive`` is false when the options overlap."""

    name: str
    label: str
    total: str | None = None
    additive: bool = True
    hint: str = ""
    grouping_column: str = ""

    @property
    def column(self) -> Column:
        return Column(self.name, self.label, hint=self.hint,
                      grouping_column=self.grouping_column)


@dataclass(frozen=True)
class IndicatorSpec:
    """An indicator column. ``count``: children, suppressed and rounded. ``ratio``:
    ``numerator`` (a count indicator) over ``denominator`` (a count indicator, a public
    column such as a population, or None for the breakdown's total) times ``scale``.
    ``value``: a figure as given (an average, say), ``c`` when ``numerator`` is."""

    name: str
    label: str
    kind: Literal["count", "ratio", "value"] = "count"
    numerator: str | None = None
    denominator: str | None = None
    scale: float = 100
    unit: str = ""
    dp: int = 0
    grouping: str = ""

    @property
    def column(self) -> Column:
        return Column(self.name, self.label, self.unit, self.dp, self.grouping)


def write(path: Path, rows: Iterable[Mapping[str, object]], filters: list[Column],
          indicators: list[Column]) -> tuple[Path, Path]:
    """Write ``path`` and its ``.meta.csv`` (UTF-8, no BOM); returns both paths."""
    columns = GEOGRAPHY + [f.name for f in filters] + [i.name for i in indicators]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, extrasaction="raise")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _text(row.get(k)) for k in columns})
    meta = path.with_suffix(".meta.csv")
    with meta.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(META)
        for c in filters:
            writer.writerow(_text(v) for v in [c.name, "Filter", c.label, "", "", "", c.hint,
                                               c.grouping_column])
        for c in indicators:
            writer.writerow(_text(v) for v in [c.name, "Indicator", c.label, c.grouping,
                                               c.unit, c.decimals, "", ""])
    return path, meta


def _text(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    try:
        float(text)
        return text
    except ValueError:
        return str(safe_cell(text))


def publish_table(rows: Iterable[Mapping[str, object]], path: Path, *,
                  filters: list[FilterSpec], indicators: list[IndicatorSpec],
                  add_totals: bool = False, rules: Rules = DFE) -> tuple[Path, Path]:
    """Disclosure-control ``rows`` and write them with their meta file; returns both paths.
    ``add_totals`` adds regional and England rows summing the LA rows given (use it only
    when the rows hold every LA of each region)."""
    breakdowns = [f for f in filters if f.total]
    if len(breakdowns) > 1:
        raise ValueError("at most one filter may have a total")
    breakdown = breakdowns[0] if breakdowns else None
    counts = {i.name for i in indicators if i.kind == "count"}
    for i in indicators:
        if i.kind == "ratio" and i.numerator not in counts:
            raise ValueError(f"{i.name}: a ratio's numerator must be a count indicator")
    table = [_geography(row) for row in rows]
    public = {i.denominator for i in indicators if i.kind == "ratio" and i.denominator} - counts
    unknown = {i.name: "x" for i in indicators if i.kind == "value"}
    if breakdown:
        table += _missing_totals(table, filters, breakdown, counts,
                                 {**unknown, **dict.fromkeys(public, "x")})
    if add_totals:
        table += _area_totals(table, filters, counts | public, unknown)
    out = []
    for group in _groups(table, filters, breakdown):
        out += _disclose(group, filters, breakdown, indicators, rules)
    place = {a: i for i, a in enumerate(dict.fromkeys(_area(r) for r in table))}
    out.sort(key=lambda r: (LEVELS.index(str(r["geographic_level"])), place[_area(r)]))
    out.sort(key=lambda r: str(r["time_period"]), reverse=True)
    return write(path, out, [f.column for f in filters], [i.column for i in indicators])


def _geography(row: Mapping[str, object]) -> Row:
    out = {"time_identifier": "Reporting year", "geographic_level": "Local authority",
           **ENGLAND, **row}
    out["time_period"] = str(out["time_period"])
    return out


def _area(row: Row) -> str:
    level = row["geographic_level"]
    if level == "National":
        return f"N:{row['country_code']}"
    return f"R:{row['region_code']}" if level == "Regional" else f"L:{row['new_la_code']}"


def _key(row: Row, filters: list[FilterSpec], skip: str | None = None) -> tuple:
    return (row["time_period"], row["time_identifier"],
            *(row.get(f.name) for f in filters if f.name != skip))


def _add(values: Iterable[object]) -> object:
    """A sum of raw values: ``z`` counts as 0 (all ``z``: ``z``); ``x`` (or None) and ``:``
    make it unknown."""
    total: float = 0
    applicable = False
    for v in values:
        if v is None or v == "" or v in (Symbol.NOT_AVAILABLE, Symbol.NOT_COLLECTED):
            return Symbol.NOT_AVAILABLE.value if v in (None, "") else str(v)
        if v != Symbol.NOT_APPLICABLE:
            total += float(v)  # type: ignore[arg-type]
            applicable = True
    if not applicable:
        return Symbol.NOT_APPLICABLE.value
    return int(total) if total == int(total) else total


def _summed(members: list[Row], base: Row, sums: set[str]) -> Row:
    out = dict(base)
    out.update({name: _add(m.get(name) for m in members) for name in sums})
    return out


def _missing_totals(table: list[Row], filters: list[FilterSpec], breakdown: FilterSpec,
                    sums: set[str], unknown: dict[str, str]) -> list[Row]:
    """A Total row for each area and table that lacks one: its options' counts summed (other
    figures ``x``: give the Total rows to publish them)."""
    by: dict[tuple, list[Row]] = {}
    for row in table:
        by.setdefault((_area(row), _key(row, filters, breakdown.name)), []).append(row)
    out = []
    for members in by.values():
        if all(m.get(breakdown.name) != breakdown.total for m in members):
            if not breakdown.additive:
                raise ValueError(f"{_area(members[0])}: no {breakdown.total!r} row")
            base = {**members[0], **unknown, breakdown.name: breakdown.total}
            out.append(_summed(members, base, sums))
    return out


def _area_totals(table: list[Row], filters: list[FilterSpec], sums: set[str],
                 unknown: dict[str, str]) -> list[Row]:
    """Regional and England rows summing the LA rows (counts and public denominators)."""
    blank = dict.fromkeys(GEOGRAPHY[5:], "")
    groups: dict[tuple, list[Row]] = {}
    for row in table:
        if row["geographic_level"] == "Local authority":
            key = _key(row, filters)
            groups.setdefault(("National", "", key), []).append(row)
            if row.get("region_code"):
                groups.setdefault(("Regional", row["region_code"], key), []).append(row)
    out = []
    for (level, region, _), members in groups.items():
        geo = {**blank, "region_code": region,
               "region_name": members[0].get("region_name") or ""} if region else blank
        out.append(_summed(members, {**members[0], **geo, **unknown,
                                     "geographic_level": level}, sums))
    return out


def _groups(table: list[Row], filters: list[FilterSpec],
            breakdown: FilterSpec | None) -> list[list[Row]]:
    skip = breakdown.name if breakdown else None
    by: dict[tuple, list[Row]] = {}
    for row in table:
        by.setdefault(_key(row, filters, skip), []).append(row)
    return list(by.values())


def _raw(value: object) -> float | str:
    """A raw value as a number, or the symbol to publish in its place."""
    if value is None or value == "":
        return Symbol.NOT_AVAILABLE.value
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        if value in {s.value for s in Symbol}:
            return str(value)
        raise ValueError(f"{value!r} is neither a number nor a symbol") from None


def _parent(row: Row, present: set[str]) -> str | None:
    up = []
    if row["geographic_level"] == "Local authority":
        up.append(f"R:{row.get('region_code')}")
    if row["geographic_level"] != "National":
        up.append(f"N:{row['country_code']}")
    return next((p for p in up if p in present), None)


def _counts(cells: dict[Cell, Row], name: str) -> dict[Cell, int]:
    out = {}
    for cell, row in cells.items():
        n = _raw(row.get(name))
        if isinstance(n, float):
            if not n.is_integer():
                raise ValueError(f"{name} for {cell} is {n}: a count is a whole number")
            out[cell] = int(n)
    return out


def _disclose(group: list[Row], filters: list[FilterSpec], breakdown: FilterSpec | None,
              indicators: list[IndicatorSpec], rules: Rules) -> list[Row]:
    """One table's rows, every indicator as published text."""
    def category(row: Row) -> str:
        if breakdown is None or row.get(breakdown.name) == breakdown.total:
            return TOTAL
        return str(row.get(breakdown.name))

    cells = {(_area(r), category(r)): r for r in group}
    if len(cells) < len(group):
        raise ValueError(f"two rows for one area and option in {_key(group[0], filters)}")
    areas = list(dict.fromkeys(a for a, _ in cells))
    parent = {_area(r): p for r in group if (p := _parent(r, set(areas)))}
    categories = list(dict.fromkeys(c for _, c in cells if c != TOTAL))
    shown: dict[str, dict[Cell, str]] = {}
    for i in indicators:
        if i.kind == "count":
            table = CountTable(areas, categories, _counts(cells, i.name),
                               {a for a in areas if not a.startswith("L:")}, parent,
                               breakdown.additive if breakdown else True)
            published = dc.published_counts(table, rules)
            shown[i.name] = {cell: published.get(cell) or str(_raw(row.get(i.name)))
                             for cell, row in cells.items()}
    out = []
    for cell, row in cells.items():
        text = {name: by_cell[cell] for name, by_cell in shown.items()}
        for i in indicators:
            if i.kind == "ratio":
                text[i.name] = _ratio(i, cell, row, cells, shown)
            elif i.kind == "value":
                hidden = i.numerator and text.get(i.numerator) == Symbol.CONFIDENTIAL
                value = _raw(row.get(i.name))
                text[i.name] = (Symbol.CONFIDENTIAL.value if hidden else value
                                if isinstance(value, str) else dc.number_cell(value, i.dp))
        out.append({**{k: row.get(k) for k in GEOGRAPHY},
                    **{f.name: row.get(f.name) for f in filters}, **text})
    return out


def _ratio(spec: IndicatorSpec, cell: Cell, row: Row, cells: dict[Cell, Row],
           shown: dict[str, dict[Cell, str]]) -> str:
    assert spec.numerator
    numerator = _raw(row.get(spec.numerator))
    if spec.denominator is None:  # a share of the breakdown's total
        whole = (cell[0], TOTAL)
        denominator = _raw(cells[whole].get(spec.numerator)) if whole in cells else "x"
        denominator_shown = shown[spec.numerator].get(whole, Symbol.NOT_AVAILABLE.value)
    else:
        denominator = _raw(row.get(spec.denominator))
        denominator_shown = shown.get(spec.denominator, {}).get(cell, str(denominator))
    return dc.ratio_cell(shown[spec.numerator][cell], denominator_shown,
                         numerator if isinstance(numerator, float) else None,
                         denominator if isinstance(denominator, float) else None,
                         spec.scale, spec.dp)
