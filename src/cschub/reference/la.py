"""Local authority codes: the DfE's 3-digit LA numbers and the ONS codes."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class LocalAuthority:
    """An English upper-tier local authority."""

    old_code: str
    code: str
    name: str
    region_code: str
    region_name: str


@cache
def local_authorities() -> dict[str, LocalAuthority]:
    """Every LA by ONS code (E06…, E08…, E09…, E10…)."""
    text = resources.files("cschub.reference").joinpath("la_codes.csv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines())
    return {
        r["new_la_code"]: LocalAuthority(
            r["old_la_code"], r["new_la_code"], r["la_name"], r["region_code"], r["region_name"]
        )
        for r in rows
    }


def la_code_for(value: str) -> str | None:
    """The ONS code for an ONS code or a DfE 3-digit LA number, or None if unknown."""
    value = value.strip().upper()
    las = local_authorities()
    if value in las:
        return value
    for la in las.values():
        if la.old_code == value.lstrip("0") or la.old_code == value:
            return la.code
    return None
