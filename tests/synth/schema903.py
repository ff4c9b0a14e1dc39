"""The DfE SSDA903 code lists of a collection year, from the reference schema YAML and diffs."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

FILE_TABLE = {
    "header.csv": "header",
    "episodes.csv": "episodes",
    "reviews.csv": "reviews",
    "uasc.csv": "uasc",
    "oc2.csv": "oc2",
    "oc3.csv": "oc3",
    "ad1.csv": "ad1",
    "placed_for_adoption.csv": "placedadoption",
    "previous_permanence.csv": "prevperm",
    "missing.csv": "missing",
    "sw_episodes.csv": "socialworker",
}


def _key(name: str) -> str:
    return name.lower().replace("_", "")


@cache
def schema(reference: Path, end_year: int) -> dict[str, dict[str, Any]]:
    """table -> column -> spec for the collection year ending in end_year."""
    folder = reference / "ssda903" / "schema"
    if end_year >= 2024:
        base, diffs = "SSDA903_schema_2024.yml", [2025, 2026]
    else:
        base, diffs = "SSDA903_schema_2017.yml", [2019, 2022]
    raw = yaml.safe_load((folder / base).read_text())["column_map"]
    out = {_key(t): dict(cols) for t, cols in raw.items()}
    for year in diffs:
        if year > end_year:
            continue
        for key, change in yaml.safe_load(
            (folder / f"SSDA903_schema_{year}.diff.yml").read_text()
        ).items():
            parts = key.split(".")[1:]
            if change["type"] == "add" and len(parts) == 1:
                out[_key(parts[0])] = change["value"]
            elif change["type"] == "modify" and parts[-1] == "category":
                out[_key(parts[0])][parts[1]] = {
                    **out[_key(parts[0])][parts[1]],
                    "category": change["value"],
                }
    return out


def codes(spec: dict[str, Any]) -> set[str] | None:
    if "category" not in spec:
        return None
    return {str(c["code"]).strip() for c in spec["category"]}


def can_be_blank(spec: dict[str, Any]) -> bool:
    return spec.get("canbeblank") in (True, "yes")
