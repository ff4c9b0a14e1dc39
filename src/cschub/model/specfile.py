"""Read the standard dataset spec (``spec/tables/*.yaml``) and check it is consistent."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from cschub.errors import CschubError
from cschub.model.tables import FIELD_TYPES, Field, ForeignKey, Reference, Spec, Table
from cschub.yamlfile import load_yaml

LA_CODE = "la_code"
_ITEM_REF = re.compile(r"^[A-Z0-9]{4}\d{3,4}[A-Z]$")


class SpecError(CschubError):
    """The spec contradicts itself (a dangling key, a duplicate name...)."""


def spec_files() -> list[Any]:
    """The table YAML files shipped in the package, in the reading order of ``spec/index.txt``."""
    spec_dir = resources.files("cschub.model").joinpath("spec")
    names = [
        line.strip()
        for line in spec_dir.joinpath("index.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    tables_dir = spec_dir.joinpath("tables")
    files = {p.name: p for p in tables_dir.iterdir() if p.name.endswith(".yaml")}
    unlisted = sorted(set(files) - {f"{n}.yaml" for n in names})
    if unlisted:
        raise SpecError(f"spec/tables has files missing from spec/index.txt: {', '.join(unlisted)}")
    missing = [n for n in names if f"{n}.yaml" not in files]
    if missing:
        raise SpecError(f"spec/index.txt lists tables with no file: {', '.join(missing)}")
    return [files[f"{n}.yaml"] for n in names]


@cache
def load_spec() -> Spec:
    """The standard dataset spec (parsed once, then cached); validated before it is returned."""
    raw = [load_yaml(p.read_text(encoding="utf-8")) for p in spec_files()]
    spec = build_spec(raw)
    validate_spec(spec)
    return spec


def build_spec(raw_tables: Iterable[dict[str, Any]]) -> Spec:
    """Turn parsed table documents into a Spec, deriving composite foreign keys."""
    docs = list(raw_tables)
    pks = {d["name"]: tuple(d.get("primary_key") or ()) for d in docs}
    tables = {}
    for d in docs:
        fields = tuple(_field(f) for f in d["fields"])
        tables[d["name"]] = Table(
            name=d["name"],
            fields=fields,
            primary_key=pks[d["name"]],
            foreign_keys=tuple(_foreign_keys(fields, pks)),
            description=d.get("description", ""),
            origin=d.get("origin", "ssd"),
        )
    return Spec(tables)


def _field(f: dict[str, Any]) -> Field:
    ref = f.get("references")
    precision = f.get("precision")
    return Field(
        name=f["name"],
        type=f["type"],
        length=f.get("length"),
        nullable=bool(f.get("nullable", True)),
        primary_key=bool(f.get("primary_key", False)),
        references=Reference(ref["table"], ref["field"]) if ref else None,
        code_set=f.get("code_set"),
        item_ref=f.get("item_ref"),
        description=f.get("description", "") or "",
        origin=f.get("origin", "ssd"),
        returns=tuple(f.get("returns") or ()),
        precision=tuple(precision) if precision else None,
    )


def _foreign_keys(fields: tuple[Field, ...], pks: dict[str, tuple[str, ...]]) -> list[ForeignKey]:
    """One FK per referencing field; composite with la_code where both sides are per-LA."""
    names = {f.name for f in fields}
    out = []
    for f in fields:
        if f.references is None:
            continue
        parent_pk = pks.get(f.references.table, ())
        if LA_CODE in names and parent_pk[:1] == (LA_CODE,):
            out.append(
                ForeignKey((LA_CODE, f.name), f.references.table, (LA_CODE, f.references.field))
            )
        else:
            out.append(ForeignKey((f.name,), f.references.table, (f.references.field,)))
    return out


def validate_spec(spec: Spec) -> None:
    """Raise SpecError listing every inconsistency found in ``spec``."""
    problems: list[str] = []
    for table in spec:
        problems += _table_problems(table, spec)
    problems += _item_ref_problems(spec)
    if problems:
        raise SpecError("standard dataset spec is inconsistent:\n  " + "\n  ".join(problems))


def _table_problems(table: Table, spec: Spec) -> list[str]:
    out = []
    seen: set[str] = set()
    for f in table.fields:
        if f.name in seen:
            out.append(f"{table.name}.{f.name}: duplicate field name")
        seen.add(f.name)
        if f.type not in FIELD_TYPES:
            out.append(f"{table.name}.{f.name}: unknown type {f.type!r}")
        if f.primary_key and f.nullable:
            out.append(f"{table.name}.{f.name}: primary key field is nullable")
    if not table.primary_key:
        out.append(f"{table.name}: no primary key")
    for col in table.primary_key:
        if col not in seen:
            out.append(f"{table.name}: primary key column {col} is not a field")
    for fk in table.foreign_keys:
        out += _fk_problems(table, fk, spec)
    return out


def _fk_problems(table: Table, fk: ForeignKey, spec: Spec) -> list[str]:
    where = f"{table.name}({', '.join(fk.columns)})"
    parent = spec.tables.get(fk.ref_table)
    if parent is None:
        return [f"{where}: references missing table {fk.ref_table}"]
    missing = [c for c in fk.ref_columns if c not in parent.field_names]
    if missing:
        return [f"{where}: references missing field(s) {fk.ref_table}.{', '.join(missing)}"]
    if set(fk.ref_columns) != set(parent.primary_key):
        return [
            f"{where}: references {fk.ref_table}({', '.join(fk.ref_columns)}), "
            f"which is not its unique key ({', '.join(parent.primary_key)})"
        ]
    return []


def _item_ref_problems(spec: Spec) -> list[str]:
    """An item_ref names one item: reused only by a shared column of the same name (la_code)."""
    owner: dict[str, str] = {}
    out = []
    for table in spec:
        for f in table.fields:
            if not f.item_ref:
                out.append(f"{table.name}.{f.name}: no item_ref")
                continue
            if not _ITEM_REF.match(f.item_ref):
                out.append(f"{table.name}.{f.name}: malformed item_ref {f.item_ref}")
            prev = owner.setdefault(f.item_ref, f.name)
            if prev != f.name:
                out.append(f"{table.name}.{f.name}: item_ref {f.item_ref} already used by {prev}")
    return out
