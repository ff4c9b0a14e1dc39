"""Rebuild the standard dataset for some LAs from everything loaded for them.

For each standard table, parents first: gather candidate rows from every derivation query, then
set aside (into ``load_quality``) values too long for their column, rows without a key, rows
repeating a key within one return, and rows whose parent is missing; insert the rest. Where the
store does not declare the keys (DuckDB), they are then checked (``derive/keys.py``).
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.derive.keys import check_keys
from cschub.derive.quality import record_unparsed, set_aside
from cschub.derive.sources import PROVENANCE, derivations
from cschub.derive.views import create_views, drop_views
from cschub.model.ddl import column_type
from cschub.model.specfile import LA_CODE, load_spec
from cschub.model.standard import keys_declared
from cschub.model.tables import Table
from cschub.store import Store

_LA = re.compile(r"^[A-Z0-9]{1,12}$")


def rebuild(
    store: Store, conn: Connection, la_codes: list[str], load_id: int
) -> tuple[dict[str, int], dict[str, int]]:
    """Re-derive the standard dataset for ``la_codes``; return rows per table and problems."""
    spec = load_spec()
    tables = spec.ordered()
    derived: dict[str, int] = {}
    problems: dict[str, int] = {}
    for la in la_codes:
        if not _LA.match(la):
            raise ValueError(f"not an LA code: {la!r}")
        _clear(conn, tables, la)
        present = _collections_loaded(conn, la)
        views = create_views(conn, la, present)
        _add(problems, record_unparsed(conn, la, load_id, present))
        extract = _extract_tables(conn, la) if "ssd" in present else set()
        for table in tables:
            available = [(c, q) for c, q in derivations().get(table.name, []) if c in present]
            if table.name in extract:  # the case-management system's own table wins outright
                available = [(c, q) for c, q in available if c == "ssd"]
            queries = [q for _, q in available]
            if not queries:
                continue
            n, found = _derive_table(conn, table, queries, la, load_id)
            derived[table.name] = derived.get(table.name, 0) + n
            _add(problems, found)
        # (on failure the transaction is rolled back, and the temporary views with it)
        drop_views(conn, views)
        if not keys_declared(conn.dialect.name):
            check_keys(conn, [t for t in tables if derived.get(t.name)], la)
    return derived, problems


def _extract_tables(conn: Connection, la: str) -> set[str]:
    """Standard tables an SSD extract for the LA supplies (they replace what returns give)."""
    rows = conn.execute(sa.text(
        "SELECT f.return_tables FROM return_file f JOIN return_submission s "
        "ON s.submission_id = f.submission_id WHERE f.current AND s.collection = 'ssd' "
        "AND s.la_code = :la"), {"la": la})
    return {t for (value,) in rows for t in value.split(",") if t}


def _collections_loaded(conn: Connection, la: str) -> set[str]:
    """The collections with a return loaded for the LA."""
    rows = conn.execute(sa.text(
        "SELECT DISTINCT s.collection FROM return_submission s JOIN return_file f "
        "ON f.submission_id = s.submission_id AND f.current WHERE s.la_code = :la"), {"la": la})
    return {r[0] for r in rows}


def _clear(conn: Connection, tables: list[Table], la: str) -> None:
    """Remove the LA's standard dataset, children before parents."""
    for table in reversed(tables):
        conn.execute(sa.text(f'DELETE FROM "{table.name}" WHERE {LA_CODE} = :la'), {"la": la})


def _derive_table(
    conn: Connection, table: Table, queries: list[str], la: str, load_id: int
) -> tuple[int, dict[str, int]]:
    columns = [f.name for f in table.fields if f.name != LA_CODE]
    union = "\nUNION ALL\n".join(_aligned(conn, table, q) for q in queries)
    conn.execute(sa.text("DROP TABLE IF EXISTS _cand"))
    conn.execute(
        sa.text(
            f"CREATE TEMP TABLE _cand AS SELECT u.*, ROW_NUMBER() OVER () AS _rid FROM ({union}) u"
        )
    )
    if not conn.execute(sa.text("SELECT count(*) FROM _cand")).scalar():
        conn.execute(sa.text("DROP TABLE _cand"))
        return 0, {}
    problems = set_aside(conn, table, la, load_id)
    keys = [k for k in table.primary_key if k != LA_CODE]
    order = "_rank, _submission_id DESC, _line, _xml_path"
    cols = ", ".join(columns)
    total, distinct = conn.execute(
        sa.text(f"SELECT count(*), count(DISTINCT ({', '.join(keys)})) FROM _cand")
    ).fetchall()[0]
    if total == distinct:
        conn.execute(
            sa.text(
                f'INSERT INTO "{table.name}" ({LA_CODE}, {cols}) '
                f"SELECT CAST(:la AS VARCHAR), {cols} FROM _cand"
            ),
            {"la": la},
        )
        conn.execute(sa.text("DROP TABLE _cand"))
        return int(total), problems
    conn.execute(
        sa.text(
            f'INSERT INTO "{table.name}" ({LA_CODE}, {cols}) '
            f"SELECT CAST(:la AS VARCHAR), {cols} FROM (SELECT *, ROW_NUMBER() OVER "
            f"(PARTITION BY {', '.join(keys)} "
            f"ORDER BY {order}) AS _best FROM _cand) c WHERE _best = 1"
        ),
        {"la": la},
    )
    n = conn.execute(
        sa.text(f'SELECT count(*) FROM "{table.name}" WHERE {LA_CODE} = :la'), {"la": la}
    ).scalar()
    conn.execute(sa.text("DROP TABLE _cand"))
    return int(n or 0), problems


def _aligned(conn: Connection, table: Table, query: str) -> str:
    """The query with every column of ``table`` (null where it gives none) and provenance."""
    given = set(conn.execute(sa.text(f"SELECT * FROM ({query}) q LIMIT 0")).keys())
    unknown = given - {f.name for f in table.fields} - set(PROVENANCE)
    if unknown:
        raise ValueError(f"derivation of {table.name} selects unknown columns {sorted(unknown)}")
    dialect = conn.dialect.name
    parts = []
    for f in table.fields:
        if f.name == LA_CODE:
            continue
        typ = column_type(f, dialect)
        parts.append(
            f"CAST({f.name} AS {typ}) AS {f.name}"
            if f.name in given
            else f"CAST(NULL AS {typ}) AS {f.name}"
        )
    parts += [
        f"CAST({p if p in given else 'NULL'} AS {typ}) AS {p}" for p, typ in PROVENANCE.items()
    ]
    return f"SELECT {', '.join(parts)} FROM ({query}) q"


def _add(total: dict[str, int], more: dict[str, int]) -> None:
    for k, v in more.items():
        total[k] = total.get(k, 0) + v
