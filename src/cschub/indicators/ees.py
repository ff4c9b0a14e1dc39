"""Write tables in the Explore Education Statistics open data layout: the geography columns,
then filters, then indicators, with a ``.meta.csv`` describing each filter and indicator."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from cschub.excelsafe import safe_cell

GEOGRAPHY = ["time_period", "time_identifier", "geographic_level", "country_code",
             "country_name", "region_code", "region_name", "old_la_code", "new_la_code",
             "la_name"]
META = ["col_name", "col_type", "label", "indicator_grouping", "indicator_unit",
        "indicator_dp", "filter_hint", "filter_grouping_column"]


@dataclass(frozen=True)
class Column:
    """A filter or indicator column and how the meta file describes it."""

    name: str
    label: str
    unit: str = ""
    decimals: int | None = None


def write(path: Path, rows: list[dict[str, str]], filters: list[Column],
          indicators: list[Column]) -> tuple[Path, Path]:
    """Write ``path`` and ``path.meta.csv`` (UTF-8, no BOM); returns both paths."""
    columns = GEOGRAPHY + [f.name for f in filters] + [i.name for i in indicators]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, extrasaction="raise")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: safe_cell(row.get(k, "")) for k in columns})
    meta = path.with_suffix(".meta.csv")
    with meta.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(META)
        for c in filters:
            writer.writerow([c.name, "Filter", c.label, "", "", "", "", ""])
        for c in indicators:
            writer.writerow([c.name, "Indicator", c.label, "", c.unit,
                             "" if c.decimals is None else c.decimals, "", ""])
    return path, meta
