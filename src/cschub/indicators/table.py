"""Every indicator for an LA and year with the published figures beside it (the LA's own view:
unrounded and unsuppressed; ``cschub publish`` writes the safe one)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from cschub.errors import CschubError
from cschub.indicators import benchmarks, compute
from cschub.indicators.catalogue import load
from cschub.store import Store

COLUMNS = [
    "id", "sort_order", "title", "year", "value", "numerator", "denominator", "unit", "note",
    "published", "england", "region", "neighbours_average", "rank", "of",
]


def default_la(store: Store) -> str:
    """The store's only LA (an error naming them when there are several, or none)."""
    with store.engine.connect() as conn:
        las = [r[0] for r in conn.execute(sa.text(
            "SELECT DISTINCT la_code FROM return_submission ORDER BY la_code"
        ))]
    if len(las) == 1:
        return las[0]
    if not las:
        raise CschubError("the store holds no returns: load some first (cschub load)")
    raise CschubError(f"the store holds several LAs ({', '.join(las)}): choose one with --la")


def latest_year(store: Store, la: str) -> str:
    """The latest collection year the LA has a return for."""
    periods = set().union(*compute.covered_years(store, la).values() or [set()])
    if not periods:
        raise CschubError(f"no returns loaded for {la}")
    return compute.year_label(max(periods))


def rows(store: Store, la: str, year: str) -> list[dict[str, Any]]:
    """One dict per indicator (COLUMNS), computing the LA's values first."""
    compute.refresh(store, la)
    period = compute.time_period_of(year)
    values = {v.indicator: v for v in compute.compute_all(store, la, year)}
    out = []
    for indicator in load():
        v = values[indicator.id]
        row = next((r for r in benchmarks.comparison(store, indicator.id, la).rows
                    if r.time_period == period), None)
        out.append({
            "id": indicator.id, "sort_order": indicator.sort_order, "title": indicator.title,
            "year": year, "value": v.value, "numerator": v.numerator,
            "denominator": v.denominator, "unit": indicator.unit, "note": v.note,
            "published": row.published.value if row else None,
            "england": row.england.value if row else None,
            "region": row.region.value if row else None,
            "neighbours_average": row.neighbours_average.value if row else None,
            "rank": row.rank if row else None, "of": row.of if row else None,
        })
    return out
