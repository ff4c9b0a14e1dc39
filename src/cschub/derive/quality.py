"""What could not be carried over to the standard dataset, listed in ``load_quality``.

Problems: ``unparsed`` (a value that is not a valid date or number, kept as written in the
returns layer), ``too_long`` (longer than the standard column; carried over as null),
``missing_value`` (a key or required value is empty; row not carried over), ``duplicate_key``
(the same key twice in one return; the first row is kept), ``orphan`` (the parent record, e.g.
the child's Header row, is missing; row not carried over) and ``orphan_reference`` (an optional
link to a missing record; carried over without the link).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.model.specfile import LA_CODE
from cschub.model.tables import ForeignKey, Table
from cschub.sources.returnspec import ReturnTable, all_return_tables

CHILD_FIELDS = ("CHILD", "LAchildID", "pers_person_id", "child_unique_id", "child_id")

_QUALITY_COLUMNS = (
    "load_id, la_code, problem, target_table, source_table, file_id, line, "
    "xml_path, child, field, value, detail"
)


def _insert(conn: Connection, select: str, params: dict) -> int:
    result = conn.execute(
        sa.text(f"INSERT INTO load_quality ({_QUALITY_COLUMNS}) {select}"), params
    )
    return max(result.rowcount or 0, 0)


def record_unparsed(conn: Connection, la: str, load_id: int, collections: set[str]
                    ) -> dict[str, int]:
    """List every value of this load's files that did not parse as its kind."""
    total = 0
    for table in all_return_tables():
        if table.collection not in collections:
            continue
        checked = [f for f in table.fields if f.kind != "text"]
        if not checked:
            continue
        child = _child_column(table)
        view = "v_" + table.store_table[len("ret_") :]
        counts = ", ".join(
            f"count(*) FILTER (WHERE r.{f.column} IS NULL AND trim(r.{f.raw_column}) <> '')"
            for f in checked
        )
        row = conn.execute(
            sa.text(
                f"SELECT {counts} FROM {view} r JOIN return_file rf ON rf.file_id = r.file_id "
                f"WHERE rf.load_id = :load"
            ),
            {"load": load_id},
        ).fetchall()[0]
        for f, n in zip(checked, row, strict=True):
            if not n:
                continue
            total += _insert(
                conn,
                (
                    f"SELECT CAST(:load AS BIGINT), CAST(:la AS VARCHAR), 'unparsed', NULL, :src, "
                    f"r.file_id, r.line, r.xml_path, "
                    f"{child}, :field, substr(r.{f.raw_column}, 1, 1000), :detail "
                    f"FROM {view} r JOIN return_file rf ON rf.file_id = r.file_id "
                    f"WHERE rf.load_id = :load AND r.{f.column} IS NULL "
                    f"AND trim(r.{f.raw_column}) <> ''"
                ),
                {
                    "load": load_id,
                    "la": la,
                    "src": f"{table.collection} {table.name}",
                    "field": f.name,
                    "detail": f"not a valid {f.kind}",
                },
            )
    return {"unparsed": total} if total else {}


def _child_column(table: ReturnTable) -> str:
    for name in CHILD_FIELDS:
        for f in table.fields:
            if f.name == name:
                return f"substr(r.{f.column}, 1, 100)"
    return "NULL"


def set_aside(conn: Connection, table: Table, la: str, load_id: int) -> dict[str, int]:
    """Remove (or blank) candidate rows in ``_cand`` that cannot go into ``table``."""
    found: dict[str, int] = {}
    params = {"load": load_id, "la": la, "target": table.name}
    possible = _possible_problems(conn, table)

    def note(problem: str, where: str, field: str, value: str, detail: str) -> int:
        if (problem, field) not in possible:
            return 0
        n = _insert(
            conn,
            (
                f"SELECT CAST(:load AS BIGINT), CAST(:la AS VARCHAR), '{problem}', "
                f"CAST(:target AS VARCHAR), _source, _file_id, _line, _xml_path, "
                f"_child, '{field}', substr(CAST({value} AS VARCHAR), 1, 1000), '{detail}' "
                f"FROM _cand WHERE {where}"
            ),
            params,
        )
        if n:
            found[problem] = found.get(problem, 0) + n
        return n

    for f in table.fields:
        if f.type == "string" and f.length and f.name != LA_CODE:
            cond = f"length({f.name}) > {f.length}"
            if note("too_long", cond, f.name, f.name, f"longer than {f.length} characters"):
                conn.execute(sa.text(f"UPDATE _cand SET {f.name} = NULL WHERE {cond}"))
    for f in table.fields:
        if not f.nullable and f.name != LA_CODE:
            cond = f"{f.name} IS NULL"
            if note("missing_value", cond, f.name, "NULL", "a required value is empty"):
                conn.execute(sa.text(f"DELETE FROM _cand WHERE {cond}"))
    _duplicates(conn, table, note)
    for fk in table.foreign_keys:
        _orphans(conn, table, fk, note, la)
    return found


def _possible_problems(conn: Connection, table: Table) -> set[tuple[str, str]]:
    """Which (problem, field) checks find anything: one query instead of one per check."""
    checks: list[tuple[str, str, str]] = []
    for f in table.fields:
        if f.name == LA_CODE:
            continue
        if f.type == "string" and f.length:
            checks.append(("too_long", f.name, f"length({f.name}) > {f.length}"))
        if not f.nullable:
            checks.append(("missing_value", f.name, f"{f.name} IS NULL"))
    keys = [k for k in table.primary_key if k != LA_CODE]
    found = {("duplicate_key", keys[0])}
    for fk in table.foreign_keys:
        column = next(c for c in fk.columns if c != LA_CODE)
        found |= {("orphan", column), ("orphan_reference", column)}
    if not checks:
        return found
    counts = ", ".join(f"count(*) FILTER (WHERE {cond})" for _, _, cond in checks)
    row = conn.execute(sa.text(f"SELECT {counts} FROM _cand")).fetchall()[0]
    return found | {(p, f) for (p, f, _), n in zip(checks, row, strict=True) if n}


def _duplicates(conn: Connection, table: Table, note) -> None:
    keys = ", ".join(k for k in table.primary_key if k != LA_CODE)
    repeated = conn.execute(
        sa.text(
            f"SELECT count(*) FROM (SELECT 1 FROM _cand GROUP BY {keys}, _submission_id "
            f"HAVING count(*) > 1) d"
        )
    ).scalar()
    if not repeated:
        return
    conn.execute(sa.text("DROP TABLE IF EXISTS _dup"))
    conn.execute(
        sa.text(
            f"CREATE TEMP TABLE _dup AS SELECT _rid AS r FROM (SELECT _rid, ROW_NUMBER() OVER "
            f"(PARTITION BY {keys}, _submission_id ORDER BY _line, _xml_path) AS n FROM _cand) d "
            f"WHERE n > 1"
        )
    )
    cond = "_rid IN (SELECT r FROM _dup)"
    first_key = next(k for k in table.primary_key if k != LA_CODE)
    if note(
        "duplicate_key", cond, first_key, first_key, "the same key appears twice in one return"
    ):
        conn.execute(sa.text(f"DELETE FROM _cand WHERE {cond}"))
    conn.execute(sa.text("DROP TABLE _dup"))


def _orphans(conn: Connection, table: Table, fk: ForeignKey, note, la: str) -> None:
    pairs = [(c, r) for c, r in zip(fk.columns, fk.ref_columns, strict=True) if c != LA_CODE]
    present = " AND ".join(f"_cand.{c} IS NOT NULL" for c, _ in pairs)
    match = " AND ".join(f"p.{r} = _cand.{c}" for c, r in pairs)
    cond = (
        f'{present} AND NOT EXISTS (SELECT 1 FROM "{fk.ref_table}" p '
        f"WHERE p.{LA_CODE} = :la AND {match})"
    )
    column = pairs[0][0]
    optional = all(table.field(c).nullable for c, _ in pairs)
    if optional:
        if note("orphan_reference", cond, column, column, f"no such record in {fk.ref_table}"):
            sets = ", ".join(f"{c} = NULL" for c, _ in pairs)
            conn.execute(sa.text(f"UPDATE _cand SET {sets} WHERE {cond}"), {"la": la})
    elif note("orphan", cond, column, column, f"no such record in {fk.ref_table}"):
        conn.execute(sa.text(f"DELETE FROM _cand WHERE {cond}"), {"la": la})
