"""The standard dataset's tables as typed objects: Field, ForeignKey, Table, Spec.

These classes describe *any* table (the standard dataset, the code-set reference table, the
returns layer), so DDL and documentation can be generated for all of them the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

FieldType = Literal["string", "date", "datetime", "integer", "decimal", "boolean"]
FIELD_TYPES: tuple[str, ...] = ("string", "date", "datetime", "integer", "decimal", "boolean")
Origin = Literal["ssd", "extension"]


@dataclass(frozen=True)
class Reference:
    """The parent column a field points at (an enforced foreign key)."""

    table: str
    field: str


@dataclass(frozen=True)
class Field:
    """One column: its name, type and meaning."""

    name: str
    type: FieldType
    length: int | None = None
    nullable: bool = True
    primary_key: bool = False
    references: Reference | None = None
    code_set: str | None = None
    item_ref: str | None = None
    description: str = ""
    origin: Origin = "ssd"
    returns: tuple[str, ...] = ()
    precision: tuple[int, int] | None = None  # for decimals: (precision, scale)


@dataclass(frozen=True)
class ForeignKey:
    """Columns of a child table that must match a parent table's unique key."""

    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table: its fields in column order, primary key and foreign keys."""

    name: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    description: str = ""
    origin: Origin = "ssd"

    def field(self, name: str) -> Field:
        """The field called ``name`` (KeyError if there is none)."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def field_names(self) -> list[str]:
        """Column names in order."""
        return [f.name for f in self.fields]


@dataclass
class Spec:
    """The whole standard dataset: tables by name."""

    tables: dict[str, Table] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Table]:
        return iter(self.tables.values())

    def __len__(self) -> int:
        return len(self.tables)

    def __getitem__(self, name: str) -> Table:
        return self.tables[name]

    def ordered(self) -> list[Table]:
        """Tables with every parent before its children (stable: spec order otherwise)."""
        return order_tables(self.tables.values())


def order_tables(tables: Iterable[Table]) -> list[Table]:
    """Topological order of ``tables`` by foreign key; self-references are ignored."""
    pending = {t.name: t for t in tables}
    done: list[Table] = []
    placed: set[str] = set()
    while pending:
        ready = [
            t
            for t in pending.values()
            if all(
                fk.ref_table in placed or fk.ref_table == t.name or fk.ref_table not in pending
                for fk in t.foreign_keys
            )
        ]
        if not ready:
            raise ValueError(f"foreign keys form a cycle among: {', '.join(sorted(pending))}")
        for t in ready:
            done.append(t)
            placed.add(t.name)
            del pending[t.name]
    return done
