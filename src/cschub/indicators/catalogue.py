"""The indicator catalogue: the DfE registry's 68 headline indicators, defined once as data.

``catalogue.yaml`` holds what cschub adds to each registry row (definition, unit, polarity, the
query and its parameters, where the published figure is); titles, outcomes and themes come from
the registry itself (``published/summary_page_metadata.csv``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from cschub.yamlfile import load_yaml

HERE = Path(__file__).parent
PUBLISHED = HERE / "published"
REGISTRY = PUBLISHED / "summary_page_metadata.csv"


@dataclass(frozen=True)
class Published:
    """Where an indicator's published LA, region and England figures are."""

    file: str
    filters: dict[str, str] = field(default_factory=dict)
    value: str | None = None
    numerator: str | None = None
    denominator: str | None = None  # a column, or "population" (ONS 0-17 estimate)


@dataclass(frozen=True)
class Indicator:
    """One national framework indicator."""

    id: str
    sort_order: int | None
    title: str
    outcome: str
    theme: str
    definition: str
    numerator: str
    denominator: str
    unit: str
    decimals: int
    polarity: str
    source: str
    computable: bool
    needs: str | None = None
    query: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    published: Published | None = None
    unpublished: str | None = None

    @property
    def scale(self) -> float:
        """What numerator ÷ denominator is multiplied by to give the value."""
        return {"per 10,000": 10_000.0, "%": 100.0}.get(self.unit, 1.0)


def _fill(value: Any, names: dict[str, Any]) -> Any:
    if isinstance(value, str):
        return value.format(**names)
    if isinstance(value, dict):
        return {k: _fill(v, names) for k, v in value.items()}
    return value


def _registry() -> dict[int, dict[str, str]]:
    with REGISTRY.open(encoding="utf-8-sig", newline="") as f:
        return {int(row["sort_order"]): row for row in csv.DictReader(f)}


@cache
def load() -> tuple[Indicator, ...]:
    """Every indicator of the registry, in registry order."""
    doc = load_yaml((HERE / "catalogue.yaml").read_text(encoding="utf-8"))
    registry = _registry()
    out = []
    for entry in doc["indicators"]:
        entry = dict(entry)
        template = doc["templates"].get(entry.pop("template", ""), {})
        names = {k: v for k, v in entry.items() if isinstance(v, str | int)}
        merged = {**_fill(template, names), **entry}
        row = registry.get(merged.get("sort_order"), {})
        needs = merged.get("needs")
        published = merged.get("published")
        out.append(
            Indicator(
                id=merged["id"],
                sort_order=merged.get("sort_order"),
                title=" ".join(row.get("metric_display_text", merged["id"]).split()),
                outcome=row.get("accordion_text", ""),
                theme=row.get("heading_text", ""),
                definition=merged.get("definition", needs or ""),
                numerator=merged.get("numerator", ""),
                denominator=merged.get("denominator", ""),
                unit=merged["unit"],
                decimals=int(merged.get("decimals", 1)),
                polarity=merged["polarity"],
                source=merged["source"],
                computable=needs is None,
                needs=needs,
                query=merged.get("query"),
                params={k: str(v) for k, v in merged.get("params", {}).items()},
                published=Published(**published) if published else None,
                unpublished=merged.get("unpublished"),
            )
        )
    return tuple(out)


def get(indicator_id: str) -> Indicator | None:
    """The indicator with this id, or None."""
    return next((i for i in load() if i.id == indicator_id), None)
