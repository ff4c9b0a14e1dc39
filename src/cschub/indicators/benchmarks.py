"""An LA's indicators beside the published figures: England, its region, its statistical
neighbours (DfE 2025 model) and their average, the time series and the LA's rank.

Reads ``indicator_value`` (the LA's own values, see compute.refresh) and the published reference
tables (reference.ensure_loaded). Published symbols are missing values with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from cschub.errors import CschubError
from cschub.indicators.catalogue import Indicator, get
from cschub.indicators.compute import year_label
from cschub.indicators.reference import ENGLAND, SYMBOLS
from cschub.store import Store


@dataclass(frozen=True)
class Figure:
    """A value, or why there is none."""

    value: float | None
    reason: str | None = None


@dataclass
class ComparisonRow:
    """One year of an indicator for an LA and its comparators."""

    time_period: int
    own: Figure
    published: Figure
    england: Figure
    region: Figure
    neighbours_average: Figure
    neighbours: dict[str, Figure] = field(default_factory=dict)
    rank: int | None = None
    of: int | None = None

    @property
    def year(self) -> str:
        """The collection year, e.g. '2024-25'."""
        return year_label(self.time_period)


@dataclass
class Comparison:
    """An indicator's time series for an LA against England, region and neighbours."""

    indicator: Indicator
    la: str
    la_name: str
    region: str | None
    region_name: str | None
    neighbours: list[tuple[str, str]]
    rows: list[ComparisonRow]


def las(store: Store) -> list[tuple[str, str, str | None]]:
    """Every LA: (ONS code, name, region name), by name."""
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(
            "SELECT la_code, la_name, region_name FROM ref_la ORDER BY la_name"
        ))]


def _la(conn: sa.Connection, la: str) -> tuple[str, str | None, str | None]:
    row = conn.execute(sa.text(
        "SELECT la_name, region_code, region_name FROM ref_la WHERE la_code = :la"
    ), {"la": la}).fetchone()
    if row is None:
        raise CschubError(f"unknown LA {la!r}: expected an English LA's ONS code")
    return row[0], row[1], row[2]


def _figure(value: float | None, symbol: str | None, missing: str) -> Figure:
    if value is not None:
        return Figure(value)
    return Figure(None, SYMBOLS.get(symbol or "", missing))


def _published(conn: sa.Connection, indicator_id: str) -> dict[tuple[int, str], Figure]:
    rows = conn.execute(sa.text(
        "SELECT time_period, area_code, value, symbol FROM ref_published "
        "WHERE indicator_id = :i"
    ), {"i": indicator_id})
    return {(r[0], r[1]): _figure(r[2], r[3], "not published") for r in rows}


def _rank(value: float | None, others: list[float], polarity: str) -> tuple[int | None, int]:
    if value is None or not others:
        return None, len(others)
    better = [v for v in others if (v < value if polarity == "low" else v > value)]
    return len(better) + 1, len(others)


def comparison(store: Store, indicator_id: str, la: str) -> Comparison:
    """The indicator for an LA over every year with a figure, beside its comparators."""
    indicator = get(indicator_id)
    if indicator is None:
        raise CschubError(f"unknown indicator {indicator_id!r}")
    with store.engine.connect() as conn:
        la_name, region, region_name = _la(conn, la)
        neighbours = [tuple(r) for r in conn.execute(sa.text(
            "SELECT n.neighbour_code, l.la_name FROM ref_neighbour n "
            "JOIN ref_la l ON l.la_code = n.neighbour_code WHERE n.la_code = :la ORDER BY n.rank"
        ), {"la": la})]
        published = _published(conn, indicator_id)
        own = {r[0]: (r[1], r[2]) for r in conn.execute(sa.text(
            "SELECT time_period, value, note FROM indicator_value "
            "WHERE la_code = :la AND indicator_id = :i"
        ), {"la": la, "i": indicator_id})}
        la_codes = {r[0] for r in conn.execute(sa.text("SELECT la_code FROM ref_la"))}
    periods = sorted({p for p, _ in published} | set(own))
    rows = []
    missing = Figure(None, "not published")
    for p in periods:
        own_value, note = own.get(p, (None, "not computed"))
        own_fig = Figure(own_value, None if own_value is not None else note)
        mine = published.get((p, la), missing)
        nb = {code: published.get((p, code), missing) for code, _ in neighbours}
        nb_values = [f.value for f in nb.values() if f.value is not None]
        nb_avg = (Figure(sum(nb_values) / len(nb_values)) if nb_values
                  else Figure(None, "no neighbour figures published"))
        others = [f.value for (q, code), f in published.items()
                  if q == p and code in la_codes and code != la and f.value is not None]
        rank, of = _rank(own_value if own_value is not None else mine.value, others,
                         indicator.polarity)
        rows.append(ComparisonRow(
            p, own_fig, mine, published.get((p, ENGLAND), missing),
            published.get((p, region or ""), missing), nb_avg, nb, rank,
            of + 1 if rank else None,
        ))
    return Comparison(indicator, la, la_name, region, region_name, neighbours, rows)


def all_las(store: Store, indicator_id: str, time_period: int) -> list[tuple]:
    """Every LA's published figure for a year: (code, name, region, value, reason)."""
    if get(indicator_id) is None:
        raise CschubError(f"unknown indicator {indicator_id!r}")
    with store.engine.connect() as conn:
        published = _published(conn, indicator_id)
        rows = conn.execute(sa.text(
            "SELECT la_code, la_name, region_name FROM ref_la ORDER BY la_name"
        )).fetchall()
    out = []
    for code, name, region in rows:
        fig = published.get((time_period, code), Figure(None, "not published"))
        out.append((code, name, region, fig.value, fig.reason))
    return out
