"""Published DfE figures shipped with cschub (``published/``), loaded into the store.

LAs, regions and statistical neighbours (2025 model), the ONS 0-17 mid-year estimates, and every
indicator's published England, region and LA figures. Published symbols (c, z, x, k, :, u, low)
are kept as the symbol with no value: missing with a reason, never zero. Loading is skipped when
the store already holds this version of the files.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from functools import cache

import pyarrow as pa
import sqlalchemy as sa

from cschub.indicators.catalogue import PUBLISHED, Indicator, Published, load
from cschub.store import Store

ENGLAND = "E92000001"
LEVELS = {"National": "england", "Regional": "region", "Local authority": "la"}
SYMBOLS = {
    "c": "suppressed to protect confidentiality",
    "z": "not applicable",
    "x": "not available",
    "k": "rounds to zero but is not zero",
    ":": "not available for this year",
    "u": "low reliability",
    "low": "fewer than 0.5",
}


def _rows(name: str) -> Iterator[dict[str, str]]:
    with (PUBLISHED / name).open(encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def _number(text: str | None) -> float | None:
    try:
        return float((text or "").replace(",", ""))
    except ValueError:
        return None


def _symbol(text: str | None) -> str | None:
    text = (text or "").strip().lower()
    return text if text in SYMBOLS else None


def _area(row: dict[str, str]) -> tuple[str, str, str] | None:
    level = LEVELS.get(row.get("geographic_level", ""))
    if level == "england":
        return level, row.get("country_code") or ENGLAND, "England"
    if level == "region":
        return level, row["region_code"], row["region_name"]
    if level == "la" and row.get("new_la_code"):
        return level, row["new_la_code"], row["la_name"]
    return None


@cache
def populations() -> dict[tuple[int, str], float]:
    """ONS mid-year estimates of children aged 0-17: (calendar year, area code) → population."""
    out = {}
    for row in _rows("ons_mid-year_population_estimates_2012_to_2024.csv"):
        area = _area(row)
        value = _number(row.get("population_estimate"))
        if area and value is not None:
            out[(int(row["time_period"]), area[1])] = value
    return out


def population_for(time_period: int, area_code: str) -> tuple[float | None, int | None]:
    """The population DfE pairs with a figure at 31 March ``time_period``: the mid-year estimate
    for the year before, or the latest earlier one when that is not yet published."""
    pops = populations()
    for year in range(time_period - 1, time_period - 4, -1):
        if (year, area_code) in pops:
            return pops[(year, area_code)], year
    return None, None


def published_rows(indicator: Indicator) -> Iterator[tuple]:
    """(time_period, level, area code, area name, value, numerator, denominator, symbol).
    A figure published for LAs sharing a service (CSWW: "E09000021 / E09000027") is each one's."""
    spec = indicator.published
    if spec is None:
        return
    for row in _rows(spec.file):
        if any(row.get(k) != v for k, v in spec.filters.items()):
            continue
        area = _area(row)
        if area is None:
            continue
        for code in area[1].split(" / "):
            yield _published_row(indicator, spec, row, (area[0], code.strip(), area[2]))


def _published_row(indicator: Indicator, spec: Published, row: dict[str, str],
                   area: tuple[str, str, str]) -> tuple:
    period = int(row["time_period"][:4])
    raw = row.get(spec.value or spec.numerator or "")
    numerator = _number(row.get(spec.numerator)) if spec.numerator else None
    if spec.denominator == "population":
        denominator = population_for(period, area[1])[0]
    else:
        denominator = _number(row.get(spec.denominator)) if spec.denominator else None
    if spec.value:
        value = _number(raw)
    elif numerator is not None and denominator:
        value = numerator / denominator * indicator.scale
    else:
        value = None
    return (period, area[0], area[1], area[2], value, numerator, denominator, _symbol(raw))


def _digest() -> str:
    h = hashlib.sha256()
    # the files, the catalogue and this reader: a change to any of them reloads the store's copy
    for path in sorted(PUBLISHED.iterdir()) + [PUBLISHED.parent / "catalogue.yaml",
                                                PUBLISHED.parent / "reference.py"]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _las() -> list[tuple]:
    return [
        (r["la_code_new"], r["la_code"], r["local_authority_ons_name"], r["rgn22cd"],
         r["rgn22nm"])
        for r in _rows("Provider_data_lookup.csv")
        if r["la_code_new"]
    ]


def _neighbours(old_to_new: dict[str, str]) -> list[tuple]:
    out = []
    for r in _rows("sn_model_2025_wide.csv"):
        la = old_to_new.get(r["old_la_code"])
        for rank in range(1, 11):
            neighbour = old_to_new.get(r[f"SN_{rank}"])
            if la and neighbour:
                out.append((la, rank, neighbour, r[f"SN_{rank}P"].strip()))
    return out


def _published() -> list[tuple]:
    rows: dict[tuple, tuple] = {}
    for indicator in load():
        for row in published_rows(indicator):
            rows[(indicator.id, row[0], row[2])] = (indicator.id, *row)
    return list(rows.values())


COLUMNS = {
    "ref_la": ["la_code", "old_la_code", "la_name", "region_code", "region_name"],
    "ref_neighbour": ["la_code", "rank", "neighbour_code", "closeness"],
    "ref_population": ["time_period", "area_code", "population"],
    "ref_published": ["indicator_id", "time_period", "geographic_level", "area_code",
                      "area_name", "value", "numerator", "denominator", "symbol"],
}


def ensure_loaded(store: Store) -> bool:
    """Load the published reference data unless this version is already there (True if loaded)."""
    digest = _digest()
    with store.engine.connect() as conn:
        current = conn.execute(
            sa.text("SELECT digest FROM ref_version WHERE name = 'published'")
        ).scalar()
    if current == digest:
        return False
    las = _las()
    data = {
        "ref_la": las,
        "ref_neighbour": _neighbours({old: new for new, old, *_ in las}),
        "ref_population": [(y, a, p) for (y, a), p in populations().items()],
        "ref_published": _published(),
    }
    with store.transaction() as conn:
        for table, rows in data.items():
            conn.execute(sa.text(f"DELETE FROM {table}"))
            columns = COLUMNS[table]
            arrays = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
            store.insert_arrow(conn, table, pa.table(arrays))
        conn.execute(sa.text("DELETE FROM ref_version WHERE name = 'published'"))
        conn.execute(
            sa.text("INSERT INTO ref_version (name, digest) VALUES ('published', :d)"),
            {"d": digest},
        )
    return True
