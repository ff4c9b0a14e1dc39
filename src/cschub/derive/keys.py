"""The standard dataset's keys, checked by the load itself where the store does not declare them.

In the embedded DuckDB store the standard tables carry no PRIMARY KEY or FOREIGN KEY
constraints: DuckDB keeps an ART index per constraint, maintained row by row and written out at
commit, which tripled the time of a national-size load. The keys are still enforced: the
rebuild sets aside duplicates and orphans before inserting (``derive/quality.py``), and then
``check_keys`` proves, in the same transaction, that every key of the LA's rows is unique (key
columns are NOT NULL in every store) and every foreign key finds its parent. A violation
raises, so the load rolls back, like a deferred constraint would. PostgreSQL declares the
constraints and enforces them itself.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.errors import CschubError
from cschub.model.specfile import LA_CODE
from cschub.model.tables import ForeignKey, Table


class KeyViolation(CschubError):
    """Rows of the standard dataset break a primary or foreign key (the load is rolled back)."""


def check_keys(conn: Connection, tables: list[Table], la: str) -> None:
    """Raise KeyViolation if the LA's rows of ``tables`` repeat a primary key or hold a foreign
    key with no parent row (one query for all the tables)."""
    checks = [(table, what, sql) for table in tables for what, sql in _checks(table)]
    if not checks:
        return
    counts = ", ".join(f"({sql}) AS c{i}" for i, (_, _, sql) in enumerate(checks))
    row = conn.execute(sa.text(f"SELECT {counts}"), {"la": la}).fetchall()[0]
    broken = [(table, f"{what}: {n:,} rows")
              for (table, what, _), n in zip(checks, row, strict=True) if n]
    if broken:
        first = broken[0][0]
        raise KeyViolation(f"{first.name} ({la}): " + "; ".join(
            problem for table, problem in broken if table is first))


def _checks(table: Table) -> list[tuple[str, str]]:
    """(description, count query) for each key rule of ``table``."""
    name = f'"{table.name}"'
    mine = f"{LA_CODE} = :la"
    out: list[tuple[str, str]] = []
    keys = [k for k in table.primary_key if k != LA_CODE]
    if keys:
        out.append(("primary key repeated", (
            f"SELECT count(*) FROM (SELECT 1 FROM {name} WHERE {mine} "
            f"GROUP BY {', '.join(keys)} HAVING count(*) > 1) d")))
    out += [(f"no parent in {fk.ref_table}", _orphans(table, fk)) for fk in table.foreign_keys]
    return out


def _orphans(table: Table, fk: ForeignKey) -> str:
    """Count rows whose (non-null) foreign key has no parent row (of the same LA, when the key
    includes la_code)."""
    pairs = list(zip(fk.columns, fk.ref_columns, strict=True))
    present = " AND ".join(f"c.{c} IS NOT NULL" for c, _ in pairs if c != LA_CODE) or "TRUE"
    match = " AND ".join(f"p.{r} = c.{c}" for c, r in pairs)
    return (f'SELECT count(*) FROM "{table.name}" c WHERE c.{LA_CODE} = :la AND {present} '
            f'AND NOT EXISTS (SELECT 1 FROM "{fk.ref_table}" p WHERE {match})')
