"""``cschub publish``: safe tables for publication, in the EES layout, disclosure-controlled.

Two tables per run, for every LA in the store and (when the store holds several LAs) their
regional and national totals:

- ``cla_placement_types``: children looked after on 31 March by kind of placement;
- ``indicators``: every computed indicator's numerator, denominator and value by LA and year.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from cschub.indicators import compute, disclosure, ees, reference
from cschub.indicators.catalogue import Indicator, load
from cschub.indicators.disclosure import TOTAL, CountTable
from cschub.store import Store

ENGLAND = ("E92000001", "England")
CATEGORIES = ["Foster placements", "Secure homes and children's homes",
              "Independent and semi-independent living", "Placed for adoption",
              "Placed with parents", "Other placements"]


def _las(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT DISTINCT s.la_code, l.old_la_code, l.la_name, l.region_code, l.region_name "
            "FROM return_submission s LEFT JOIN ref_la l ON l.la_code = s.la_code "
            "ORDER BY s.la_code")).mappings().all()
    return [dict(r) for r in rows]


def _geography(period: int, level: str, la: dict | None = None,
               region: tuple[str, str] | None = None) -> dict[str, str]:
    row = {"time_period": str(period), "time_identifier": "Reporting year",
           "geographic_level": level, "country_code": ENGLAND[0], "country_name": ENGLAND[1]}
    if region:
        row.update(region_code=region[0] or "", region_name=region[1] or "")
    if la:
        row.update(region_code=la["region_code"] or "", region_name=la["region_name"] or "",
                   old_la_code=la["old_la_code"] or "", new_la_code=la["la_code"],
                   la_name=la["la_name"] or la["la_code"])
    return row


def _placements(store: Store, las: list[dict], periods: list[int]) -> list[dict]:
    indicator = Indicator("placement_groups", None, "", "", "", "", "", "", "count", 0,
                          "context", "ssda903", True, query="placement_groups")
    counts: dict[int, dict[tuple[str, str], int]] = {p: {} for p in periods}
    for la in las:
        sql = compute.query_for(indicator, la["la_code"], periods)
        with store.engine.connect() as conn:
            for period, category, n in conn.execute(sa.text(sql)):
                counts[int(period)][(la["la_code"], category)] = int(n)
    out = []
    for period in periods:
        out += _placement_year(period, las, counts[period])
    return out


def _placement_year(period: int, las: list[dict], found: dict) -> list[dict]:
    codes = [la["la_code"] for la in las]
    cells = {(la, c): found.get((la, c), 0) for la in codes for c in CATEGORIES}
    for la in codes:
        cells[(la, TOTAL)] = sum(cells[(la, c)] for c in CATEGORIES)
    parent: dict[str, str] = {}
    totals: set[str] = set()
    if len(las) > 1:
        for la in las:
            region = f"region:{la['region_code']}"
            parent[la["la_code"]] = region
            totals.add(region)
        for region in totals:
            members = [r for r, p in parent.items() if p == region]
            for c in [*CATEGORIES, TOTAL]:
                cells[(region, c)] = sum(cells[(m, c)] for m in members)
        # national total: regions sum to it
        for region in list(totals):
            parent[region] = "national"
        totals.add("national")
        for c in [*CATEGORIES, TOTAL]:
            cells[("national", c)] = sum(cells[(la, c)] for la in codes)
    rows = codes + sorted(t for t in totals if t != "national") + (
        ["national"] if "national" in totals else [])
    table = CountTable(rows, CATEGORIES, cells, totals, parent)
    shown = disclosure.published_counts(table)
    by_code = {la["la_code"]: la for la in las}
    out = []
    for row in rows:
        if row == "national":
            geo = _geography(period, "National")
        elif row.startswith("region:"):
            la = next(la for la in las if f"region:{la['region_code']}" == row)
            geo = _geography(period, "Regional", region=(la["region_code"], la["region_name"]))
        else:
            geo = _geography(period, "Local authority", by_code[row])
        for c in [*CATEGORIES, TOTAL]:
            n, total = shown[(row, c)], shown[(row, TOTAL)]
            pct = None if cells[(row, TOTAL)] == 0 else cells[(row, c)] / cells[(row, TOTAL)] * 100
            out.append({**geo, "placement_type": c, "children_count": n,
                        "children_percent": disclosure.percentage(n, total, pct, 0)})
    return out


def _indicator_rows(store: Store, las: list[dict]) -> list[dict]:
    out = []
    for la in las:
        values = compute.compute_all(store, la["la_code"])
        catalogue = {i.id: i for i in load()}
        for v in values:
            ind = catalogue[v.indicator]
            if not ind.computable:
                continue
            geo = _geography(v.time_period, "Local authority", la)
            if v.value is None and v.numerator is None:
                out.append({**geo, "indicator": ind.id, "numerator": ":",
                            "denominator": ":", "value": ":"})
                continue
            numerator = _count(ind, v.numerator)
            denominator = "" if ind.unit == "per 10,000" else _count(ind, v.denominator)
            value = disclosure.percentage(numerator, denominator or "1", v.value, ind.decimals)
            out.append({**geo, "indicator": ind.id, "numerator": numerator,
                        "denominator": denominator or str(int(v.denominator or 0)),
                        "value": value})
    return out


def _count(ind: Indicator, n: float | None) -> str:
    if ind.unit in ("months", "score"):
        return "z"  # a sum of months or scores is not a count of children
    return disclosure.count_cell(n)


def publish(store: Store, out: Path) -> list[Path]:
    """Write the publication tables for every LA in the store; returns the files written."""
    reference.ensure_loaded(store)
    las = _las(store)
    periods = sorted(set().union(*(set().union(*compute.covered_years(store, la["la_code"])
                                               .values()) for la in las))) if las else []
    written = []
    written += ees.write(out / "cla_placement_types.csv", _placements(store, las, periods),
                         [ees.Column("placement_type", "Placement type")],
                         [ees.Column("children_count", "Number of children"),
                          ees.Column("children_percent", "Percentage of children", "%", 0)])
    written += ees.write(out / "indicators.csv", _indicator_rows(store, las),
                         [ees.Column("indicator", "National framework indicator")],
                         [ees.Column("numerator", "Numerator"),
                          ees.Column("denominator", "Denominator"),
                          ees.Column("value", "Value")])
    return written
