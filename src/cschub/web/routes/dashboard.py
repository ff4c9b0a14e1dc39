"""The national framework dashboard: the overview by outcome, an indicator's page, and all
LAs compared. Aggregates only (no person-level data)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Query, Request

from cschub.errors import CschubError
from cschub.indicators import benchmarks
from cschub.indicators.catalogue import Indicator, get, load
from cschub.indicators.compute import year_label
from cschub.web import cache
from cschub.web.charts import Bar, Series, line_chart, ranked_chart
from cschub.web.twins import Page, page_routes

router = APIRouter()
SHORT_NAME = 22  # longer LA names are "This LA" in a chart's direct labels


def _store(request: Request):
    return request.app.state.store


def _direction(indicator: Indicator, now: float | None, before: float | None) -> str:
    if now is None or before is None or abs(now - before) < 1e-9:
        return "no change" if now is not None and before is not None else "–"
    if indicator.polarity == "context":
        return "up" if now > before else "down"
    better = now < before if indicator.polarity == "low" else now > before
    return ("up" if now > before else "down") + (", better" if better else ", worse")


def _latest(comparison) -> tuple:
    rows = [r for r in comparison.rows if r.own.value is not None or r.published.value is not None]
    if not rows:
        return None, None
    now = rows[-1]
    value = now.own.value if now.own.value is not None else now.published.value
    before = next((r for r in reversed(rows[:-1])), None)
    prior = None
    if before:
        prior = before.own.value if now.own.value is not None else before.published.value
    return now, (value, prior)


@page_routes(router, "/overview", "overview", "Every indicator's latest value by outcome",
             cacheable=True)
def overview(request: Request) -> Page:
    """Each indicator's latest value, its direction and its comparators, by outcome."""
    la = request.app.state.la
    outcomes: dict[str, list[dict]] = {}
    rows = []
    for ind in load():
        item = {"id": ind.id, "title": ind.title, "theme": ind.theme, "unit": ind.unit,
                "decimals": ind.decimals, "computable": ind.computable, "needs": ind.needs}
        if ind.computable or ind.published:
            c = cache.comparison(request, ind.id)
            now, values = _latest(c)
            if now is not None:
                item.update(year=now.year, value=values[0],
                            source="own data" if now.own.value is not None else "published",
                            direction=_direction(ind, *values))
            # comparators from the latest year the DfE has published
            bench = next((r for r in reversed(c.rows) if r.england.value is not None), None)
            if bench is not None:
                item.update(compared_year=bench.year, england=bench.england.value,
                            region=bench.region.value,
                            neighbours=bench.neighbours_average.value, rank=bench.rank,
                            of=bench.of)
        outcomes.setdefault(ind.outcome or "Other", []).append(item)
        rows.append([ind.id, ind.title, item.get("year"), item.get("value"), ind.unit,
                     item.get("direction"), item.get("compared_year"), item.get("england"),
                     item.get("region"), item.get("neighbours"), item.get("rank"),
                     item.get("of")])
    return Page("overview.html", {"outcomes": outcomes, "la_name": request.app.state.la_name},
                {"la": la, "outcomes": outcomes},
                ["id", "title", "year", "value", "unit", "direction", "compared_year",
                 "england", "region", "neighbours_average", "rank", "of"], rows, "overview")


@page_routes(router, "/indicators/{indicator_id}", "indicator", "One indicator over time",
             cacheable=True)
def indicator(request: Request, indicator_id: str) -> Page:
    """An indicator's time series for the LA against England, region and neighbours."""
    ind = get(indicator_id)
    if ind is None:
        raise HTTPException(404)
    la = request.app.state.la
    try:
        c = cache.comparison(request, ind.id)
    except CschubError:
        raise HTTPException(404) from None
    rows = [r for r in c.rows if any(f.value is not None for f in (
        r.own, r.published, r.england, r.region, r.neighbours_average))]
    labels = [r.year for r in rows]
    name = c.la_name if len(c.la_name) <= SHORT_NAME else "This LA"  # labels fit the chart
    series = [
        Series(f"{name} (own data)", [r.own.value for r in rows]),
        Series(f"{name} (published)", [r.published.value for r in rows]),
        Series("England", [r.england.value for r in rows]),
        Series(c.region_name or "Region", [r.region.value for r in rows]),
        Series("Neighbours' average", [r.neighbours_average.value for r in rows]),
    ]
    chart = line_chart(
        f"chart-{ind.id}", f"{ind.title}: {c.la_name} compared with England, "
        f"{c.region_name} and statistical neighbours",
        f"Line chart of {ind.title} from {labels[0] if labels else '-'} to "
        f"{labels[-1] if labels else '-'}. The table below the chart gives every figure.",
        labels, [s for s in series if any(v is not None for v in s.values)], ind.unit,
    ) if rows else ""
    table = [[r.year, r.own.value, r.own.reason, r.published.value, r.published.reason,
              r.england.value, r.region.value, r.neighbours_average.value, r.rank, r.of]
             for r in rows]
    data = {"indicator": ind.__dict__ | {"published": ind.published.__dict__
                                         if ind.published else None},
            "la": la, "la_name": c.la_name, "region": c.region_name,
            "neighbours": [{"code": n, "name": m} for n, m in c.neighbours],
            "rows": [dict(zip(COLUMNS, t, strict=True)) for t in table]}
    return Page("indicator.html", {"ind": ind, "c": c, "rows": rows, "chart": chart},
                data, COLUMNS, table, ind.id)


COLUMNS = ["year", "own", "own_note", "published", "published_note", "england", "region",
           "neighbours_average", "rank", "of"]


@page_routes(router, "/compare/{indicator_id}", "compare", "Every LA's published figure",
             cacheable=True)
def compare(request: Request, indicator_id: str, year: int | None = Query(None),
            region: str | None = Query(None), sort: str = Query("name")) -> Page:
    """All LAs' published figures for an indicator and year, filtered by region, sorted."""
    ind = get(indicator_id)
    if ind is None or sort not in ("name", "value", "region"):
        raise HTTPException(404)
    store = _store(request)
    series = cache.comparison(request, ind.id).rows
    periods = sorted({r.time_period for r in series
                      if r.published.value is not None or r.england.value is not None})
    year = year if year in periods else (periods[-1] if periods else None)
    rows = benchmarks.all_las(store, ind.id, year) if year else []
    regions = sorted({r[2] for r in rows if r[2]})
    if region:
        rows = [r for r in rows if r[2] == region]
    key = {"name": lambda r: r[1], "region": lambda r: (r[2] or "", r[1]),
           "value": lambda r: (r[3] is None, -(r[3] or 0))}[sort]
    rows = sorted(rows, key=key)
    table = [[code, name, reg, value, reason] for code, name, reg, value, reason in rows]
    england = next((r.england.value for r in series if r.time_period == year), None)
    chart = _ranked(ind, rows, year, request.app.state.la, england)
    return Page("compare.html", {"ind": ind, "rows": rows, "year": year, "chart": chart,
                                 "years": [(p, year_label(p)) for p in periods],
                                 "regions": regions, "region": region, "sort": sort,
                                 "la": request.app.state.la,
                                 "la_name": request.app.state.la_name,
                                 "own_shown": any(r[0] == request.app.state.la
                                                  and r[3] is not None for r in rows)},
                {"indicator": ind.id, "year": year, "region": region,
                 "las": [dict(zip(["code", "name", "region", "value", "reason"], t,
                                  strict=True)) for t in table]},
                ["code", "name", "region", "value", "reason"], table, f"{ind.id}-{year}")


def _ranked(ind: Indicator, rows: list[tuple], year: int | None, la: str,
            england: float | None) -> str:
    """Every shown LA's figure as a ranked bar chart, the app's LA marked and labelled."""
    bars = sorted((Bar(name, value, code == la) for code, name, _, value, _ in rows
                   if value is not None), key=lambda b: -b.value)
    if not bars:
        return ""
    own = next((f"{b.name} is {n} of {len(bars)} from the highest."
                for n, b in enumerate(bars, 1) if b.own), "")
    return ranked_chart(
        f"chart-{ind.id}-all", f"{ind.title}, year ending 31 March {year}: "
        f"{len(bars)} local authorities from highest to lowest",
        f"Bar chart, one bar per local authority, highest first: from {bars[0].name} "
        f"({bars[0].value:,.{ind.decimals}f}) to {bars[-1].name} "
        f"({bars[-1].value:,.{ind.decimals}f}). {own} The table below gives every figure.",
        bars, ("England", england) if england is not None else None, ind.decimals)
