"""Compute every indicator for an LA from its standard dataset, one query per indicator.

Each query (``sql/<query>.sql``) returns ``time_period, numerator[, denominator]`` for all the
years asked at once; per-10,000 rates take their denominator from the ONS estimate. A year counts
only when the LA has the indicator's source return loaded for it (or an SSD extract): otherwise
the value is missing with a note, never zero. Values are stored in ``indicator_value``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

import pyarrow as pa
import sqlalchemy as sa

from cschub.errors import CschubError
from cschub.indicators.catalogue import HERE, Indicator, load
from cschub.indicators.reference import ensure_loaded, population_for
from cschub.store import Store

LA_CODE = re.compile(r"^[EW]\d{8}$")
YEAR = re.compile(r"^(\d{4})-(\d{2})$")
COLLECTION_NAMES = {"ssda903": "SSDA903", "cin": "CIN census", "csww": "CSWW census"}


@dataclass(frozen=True)
class Value:
    """One indicator's value for an LA and year (time_period = the year of the 31 March)."""

    indicator: str
    la: str
    time_period: int
    value: float | None
    numerator: float | None
    denominator: float | None
    note: str | None = None

    @property
    def year(self) -> str:
        """The collection year, e.g. '2025-26' for time period 2026."""
        return year_label(self.time_period)


def year_label(time_period: int) -> str:
    """'2025-26' for the year ending 31 March 2026."""
    return f"{time_period - 1}-{time_period % 100:02d}"


def time_period_of(year: str) -> int:
    """2026 for '2025-26' (also accepts '2026')."""
    if year.isdigit() and len(year) == 4:
        return int(year)
    match = YEAR.match(year)
    if not match or (int(match[1]) + 1) % 100 != int(match[2]):
        raise CschubError(f"year {year!r}: expected a collection year like 2025-26")
    return int(match[1]) + 1


@cache
def _sql(name: str) -> str:
    return (HERE / "sql" / f"{name}.sql").read_text(encoding="utf-8")


def _strip_comments(sql: str) -> str:
    return "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))


def query_for(
    indicator: Indicator, la: str, periods: list[int], latest: int | None = None
) -> str:
    """The full SQL of an indicator for an LA and years (the prelude's CTEs, then the query).
    ``latest`` is the latest year the LA has returns for: an SSD extract's current-state rows
    (a care leaver with no contact date) count in that year."""
    if not LA_CODE.match(la):
        raise CschubError(f"LA code {la!r}: expected an ONS code like E09000027")
    years = ", ".join(
        f"({p}, DATE '{date(p - 1, 4, 1)}', DATE '{date(p, 3, 31)}')" for p in periods
    )
    names = {**indicator.params, "la": la, "years": years, "latest": latest or max(periods)}
    prelude = _strip_comments(_sql("prelude")).format(**names)
    body = _strip_comments(_sql(indicator.query or "")).format(**names).strip()
    if body[:4].upper() == "WITH":
        return f"WITH {prelude},\n{body[4:]}"
    return f"WITH {prelude}\n{body}"


def covered_years(store: Store, la: str) -> dict[str, set[int]]:
    """The years each source collection has a loaded return for, for this LA."""
    covered: dict[str, set[int]] = {}
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT collection, year FROM return_submission WHERE la_code = :la"),
            {"la": la},
        ).fetchall()
    for collection, year in rows:
        try:
            covered.setdefault(collection, set()).add(time_period_of(year))
        except CschubError:
            continue
    return covered


def _source_years(indicator: Indicator, covered: dict[str, set[int]]) -> set[int]:
    years = set(covered.get(indicator.source, set()))
    if covered.get("ssd"):
        years |= set().union(*covered.values())
    return years


def compute_indicator(
    store: Store, indicator: Indicator, la: str, periods: list[int],
    covered: dict[str, set[int]] | None = None,
) -> list[Value]:
    """One indicator for an LA over several years."""
    if not indicator.computable:
        return [Value(indicator.id, la, p, None, None, None, f"needs {indicator.needs}")
                for p in periods]
    covered = covered if covered is not None else covered_years(store, la)
    have = _source_years(indicator, covered)
    rows: dict[int, tuple] = {}
    asked = [p for p in periods if p in have]
    if asked:
        with store.engine.connect() as conn:
            sql = query_for(indicator, la, asked, max(set().union(*covered.values())))
            result = conn.execute(sa.text(sql))
            rows = {int(r[0]): tuple(r[1:]) for r in result}
    return [_value(indicator, la, p, rows.get(p), p in have) for p in periods]


def _value(indicator: Indicator, la: str, period: int, row: tuple | None, have: bool) -> Value:
    if not have:
        name = COLLECTION_NAMES.get(indicator.source, indicator.source)
        return Value(indicator.id, la, period, None, None, None,
                     f"no {name} return loaded for {year_label(period)}")
    numerator = float(row[0]) if row and row[0] is not None else 0.0
    denominator = float(row[1]) if row and len(row) > 1 and row[1] is not None else None
    note = None
    if indicator.unit == "per 10,000":
        denominator, pop_year = population_for(period, la)
        if pop_year is not None and pop_year != period - 1:
            note = f"population: ONS mid-{pop_year} estimate (mid-{period - 1} not yet in cschub)"
    if not denominator:
        reason = "no population estimate" if indicator.unit == "per 10,000" else "denominator 0"
        return Value(indicator.id, la, period, None, numerator, denominator, reason)
    value = numerator / denominator * indicator.scale
    return Value(indicator.id, la, period, value, numerator, denominator, note)


def compute_all(store: Store, la: str, year: str | None = None) -> list[Value]:
    """Every indicator for an LA: for one year, or every year it has returns for."""
    covered = covered_years(store, la)
    if year is not None:
        periods = [time_period_of(year)]
    else:
        periods = sorted(set().union(*covered.values())) if covered else []
    return [v for ind in load() for v in compute_indicator(store, ind, la, periods, covered)]


def refresh(store: Store, la: str) -> list[Value]:
    """Compute every indicator for every year the LA has returns for and store the values."""
    ensure_loaded(store)
    values = compute_all(store, la)
    now = datetime.now()
    columns = ["la_code", "indicator_id", "time_period", "value", "numerator", "denominator",
               "note", "computed_at"]
    rows = [(v.la, v.indicator, v.time_period, v.value, v.numerator, v.denominator, v.note, now)
            for v in values]
    with store.transaction() as conn:
        conn.execute(sa.text("DELETE FROM indicator_value WHERE la_code = :la"), {"la": la})
        data = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
        store.insert_arrow(conn, "indicator_value", data)
    return values
