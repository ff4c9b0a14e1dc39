"""Code sets per collection year (``spec/codes/*.csv``) and the table that holds them."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from cschub.model.tables import Field, Table

_YEAR = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class CodeRow:
    """One code of one code set, valid from one collection year to another (inclusive)."""

    code_set: str
    code: str
    description: str
    collection: str
    valid_from: str
    valid_to: str | None

    def valid_in(self, year: str) -> bool:
        """True when the code is valid in collection ``year`` (e.g. "2024-25")."""
        start = year_start(year)
        if start < year_start(self.valid_from):
            return False
        return self.valid_to is None or start <= year_start(self.valid_to)


def year_start(year: str) -> int:
    """The first calendar year of a collection year: "2024-25" -> 2024."""
    m = _YEAR.match(year)
    if not m or (int(m[1]) + 1) % 100 != int(m[2]):
        raise ValueError(f"collection year must look like 2024-25, found {year!r}")
    return int(m[1])


@cache
def _load() -> tuple[CodeRow, ...]:
    folder = resources.files("cschub.model").joinpath("spec", "codes")
    rows: list[CodeRow] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".csv"):
            continue
        for r in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
            rows.append(
                CodeRow(
                    r["code_set"],
                    r["code"],
                    r["description"],
                    r["collection"],
                    r["valid_from"],
                    r["valid_to"] or None,
                )
            )
    return tuple(rows)


def load_code_sets() -> list[CodeRow]:
    """Every code of every code set, as shipped in the package."""
    return list(_load())


def code_set_names() -> set[str]:
    """The names of all code sets."""
    return {r.code_set for r in _load()}


def codes_valid_in(code_set: str, year: str) -> set[str]:
    """The codes of ``code_set`` valid in collection ``year`` (e.g. "2026-27")."""
    if code_set not in code_set_names():
        raise KeyError(f"no code set called {code_set!r}")
    return {r.code for r in _load() if r.code_set == code_set and r.valid_in(year)}


def code_set_table() -> Table:
    """The reference table ``ref_code_set`` that holds the code sets in a store."""

    def text(name: str, length: int | None, nullable: bool = False, key: bool = False) -> Field:
        return Field(
            name=name,
            type="string",
            length=length,
            nullable=nullable,
            primary_key=key,
            origin="extension",
            description=_DESCRIPTIONS[name],
        )

    return Table(
        name="ref_code_set",
        fields=(
            text("code_set", 64, key=True),
            text("code", 16, key=True),
            text("description", None, nullable=True),
            text("collection", 16, key=True),
            text("valid_from", 7, key=True),
            text("valid_to", 7, nullable=True),
        ),
        primary_key=("code_set", "code", "collection", "valid_from"),
        description="Code sets per collection year (SSDA903, CIN census, SSD flags).",
        origin="extension",
    )


_DESCRIPTIONS = {
    "code_set": "Name of the code set (the return's field or type name, e.g. PLACE)",
    "code": "The code as written in the return",
    "description": "What the code means",
    "collection": "The collection the code list comes from (SSDA903, CIN, SSD)",
    "valid_from": "First collection year the code is valid (e.g. 2024-25)",
    "valid_to": "Last collection year the code is valid; empty = still valid",
}
