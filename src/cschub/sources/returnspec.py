"""The shape of each return table as submitted: its columns and the kind of value each holds.

Every return table is stored in the returns layer as ``ret_<collection>_<table>`` with, for each
field, the text exactly as written (``<field>_raw``) beside its parsed value (``<field>``), and
provenance columns (``submission_id``, ``file_id``, ``line``, ``xml_path``, ``row_no``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Literal

from cschub.yamlfile import load_yaml

Kind = Literal["text", "date", "integer", "decimal"]
KINDS: tuple[str, ...] = ("text", "date", "integer", "decimal")

PROVENANCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("submission_id", "integer"),
    ("file_id", "integer"),
    ("row_no", "integer"),
    ("line", "integer"),
    ("xml_path", "text"),
)


@dataclass(frozen=True)
class ReturnField:
    """One column of a return table as the DfE names it."""

    name: str
    kind: Kind

    @property
    def column(self) -> str:
        """Column holding the parsed value."""
        return self.name.lower()

    @property
    def raw_column(self) -> str:
        """Column holding the value exactly as written."""
        return self.name.lower() + "_raw"


@dataclass(frozen=True, eq=False)
class ReturnTable:
    """One table of a return (for example SSDA903 Episodes)."""

    collection: str
    name: str
    fields: tuple[ReturnField, ...]
    file_stem: str = ""
    keys: tuple[tuple[str, str], ...] = ()  # extra key columns (name, kind), e.g. XML nesting
    from_year: str | None = None
    to_year: str | None = None
    sheet: str | None = None
    aliases: dict[str, str] = field(default_factory=dict)
    slug_name: str | None = None

    @property
    def slug(self) -> str:
        """Short SQL name of the table (``episodes``, ``sw_episodes``), as rules see it."""
        return self.slug_name or snake(self.name)

    @property
    def store_table(self) -> str:
        """Name of the returns-layer table in the store."""
        return f"ret_{self.collection}_{self.slug}"

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        """The DfE names of the table's fields, in order."""
        return tuple(f.name for f in self.fields)

    def applies_to(self, year: str | None) -> bool:
        """Whether the table is part of the return in a collection year."""
        if year is None:
            return True
        if self.from_year and year < self.from_year:
            return False
        return not (self.to_year and year > self.to_year)


def snake(name: str) -> str:
    """``PlacedAdoption`` → ``placed_adoption``; ``OC2`` → ``oc2``; ``list_1`` unchanged."""
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", s).strip("_").lower()


@cache
def return_tables(collection: str) -> dict[str, ReturnTable]:
    """The tables of a collection, from ``sources/<collection>/tables.yaml``."""
    text = resources.files("cschub.sources").joinpath(collection, "tables.yaml").read_text("utf-8")
    doc = load_yaml(text)
    tables: dict[str, ReturnTable] = {}
    for name, spec in doc["tables"].items():
        fields = tuple(ReturnField(n, _kind(n, k)) for n, k in spec["fields"].items())
        keys = tuple((n, _kind(n, k)) for n, k in (spec.get("keys") or {}).items())
        tables[name] = ReturnTable(
            collection=doc["collection"],
            name=name,
            fields=fields,
            file_stem=spec.get("file", snake(name)),
            keys=keys,
            from_year=spec.get("from_year"),
            to_year=spec.get("to_year"),
            sheet=spec.get("sheet"),
            aliases=dict(spec.get("aliases") or {}),
            slug_name=spec.get("slug"),
        )
    return tables


def all_return_tables() -> list[ReturnTable]:
    """Every return table of every collection cschub reads."""
    out: list[ReturnTable] = []
    for collection in collections():
        out.extend(return_tables(collection).values())
    return out


@cache
def collections() -> tuple[str, ...]:
    """Collections with a ``tables.yaml`` under ``cschub/sources``."""
    root = resources.files("cschub.sources")
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("tables.yaml").is_file())
    )


def _kind(name: str, kind: str) -> Kind:
    if kind not in KINDS:
        raise ValueError(f"{name}: unknown kind {kind!r}")
    return kind  # type: ignore[return-value]
