"""The Annex A lists: which sheet holds each, and which header names each column."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from cschub.sources.annex_a.cells import header_key
from cschub.sources.returnspec import ReturnTable, return_tables
from cschub.yamlfile import load_yaml

COLLECTION = "annex_a"
_LIST_PREFIX = re.compile(r"^list(\d+)(?!\d)")


@dataclass(frozen=True)
class AnnexList:
    """One list of Annex A: its return table, sheet names, and header keys → field."""

    table: ReturnTable
    number: int
    sheet_keys: frozenset[str]
    headers: dict[str, str]  # header_key → field name
    optional: frozenset[str]

    @property
    def required(self) -> tuple[str, ...]:
        """Fields whose column must be present."""
        return tuple(f for f in self.table.field_names if f not in self.optional)

    def label(self, field: str) -> str:
        """The template's header for a field (its first alias)."""
        return next((h for h, f in self.table.aliases.items() if f == field), field)


@cache
def annex_lists() -> tuple[AnnexList, ...]:
    """Every list, from ``annex_a/tables.yaml``."""
    text = resources.files("cschub.sources").joinpath(COLLECTION, "tables.yaml").read_text("utf-8")
    specs = load_yaml(text)["tables"]
    out = []
    for name, table in return_tables(COLLECTION).items():
        spec = specs[name]
        headers = {header_key(h): f for h, f in table.aliases.items()}
        headers.update({header_key(f): f for f in table.field_names})
        names = [spec["sheet"], *spec.get("sheet_names", [])]
        out.append(AnnexList(table, int(name.removeprefix("List")),
                             frozenset(header_key(n) for n in names), headers,
                             frozenset(spec.get("optional", []))))
    return tuple(out)


def list_for_sheet(sheet_name: str) -> AnnexList | None:
    """The list a sheet holds, judged by its name, or None."""
    key = header_key(sheet_name)
    for item in annex_lists():
        if key in item.sheet_keys:
            return item
    m = _LIST_PREFIX.match(key)
    if m:
        return next((i for i in annex_lists() if i.number == int(m.group(1))), None)
    return None
