"""A validation run's issues as one Arrow table, built set-wise.

Each rule's flagged rows are fetched as Arrow; once every rule has run, the rows are joined in
one query (an in-process DuckDB) to the fields each issue names and to the child, line and XML
path of the flagged row, so no Python runs per issue. Columns: ``code``, ``table``, ``row_no``,
``child``, ``line``, ``xml_path`` and ``fields`` (the field names joined by ``;``); rows in
the order the rules ran, then by table and row.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.sources.returnspec import ReturnTable

CHILD_FIELDS = ("CHILD", "LAchildID")
FLAGGED = pa.schema([("code", pa.string()), ("tbl", pa.string()), ("row_no", pa.int64()),
                     ("given", pa.string()), ("rule_no", pa.int32())])
PLACES = pa.schema([("tbl", pa.string()), ("row_no", pa.int64()), ("child", pa.string()),
                    ("line", pa.int64()), ("xml_path", pa.string())])
ISSUES = pa.schema([("code", pa.string()), ("table", pa.string()), ("row_no", pa.int64()),
                    ("child", pa.string()), ("line", pa.int64()), ("xml_path", pa.string()),
                    ("fields", pa.string())])


@dataclass(slots=True)
class Issue:
    """One row a rule flags."""

    code: str
    table: str | None
    row_no: int | None
    fields: tuple[str, ...]
    child: str | None = None
    line: int | None = None
    xml_path: str | None = None


def fetch_rows(conn: Connection, sql: str) -> pa.Table:
    """Run a query and return its rows as Arrow (natively on DuckDB)."""
    if conn.dialect.name == "duckdb":
        return conn.connection.driver_connection.sql(sql).to_arrow_table()
    result = conn.execute(sa.text(sql))
    names, rows = list(result.keys()), result.cursor.fetchall()
    result.close()
    return pa.table({n: pa.array([r[k] for r in rows]) for k, n in enumerate(names)})


def flagged(code: str, rule_no: int, rows: pa.Table) -> pa.Table:
    """A rule's rows (``tbl``, ``row_no`` and optionally ``fields``) with its code and its
    place in the run."""
    n = rows.num_rows
    given = rows.column(2).cast(pa.string()) if rows.num_columns > 2 else pa.nulls(n, pa.string())
    return pa.table([pa.array([code] * n, pa.string()), rows.column(0).cast(pa.string()),
                     rows.column(1).cast(pa.int64()), given,
                     pa.array([rule_no] * n, pa.int32())], schema=FLAGGED)


def issue_table(
    conn: Connection,
    parts: list[pa.Table],
    rule_fields: dict[str, tuple[str, ...]],
    tables: dict[str, ReturnTable],
    submission_id: int,
) -> pa.Table:
    """Every issue, with its fields, child, line and XML path."""
    rows = pa.concat_tables([FLAGGED.empty_table(), *parts])
    names = _field_names(rows, rule_fields, tables)
    places = _places(conn, rows, tables, submission_id)
    db = duckdb.connect()
    try:
        db.register("rows", rows)
        db.register("names", names)
        db.register("places", places)
        return db.sql(
            "SELECT r.code, r.tbl AS \"table\", r.row_no, p.child, p.line, p.xml_path, n.fields "
            "FROM rows r "
            "LEFT JOIN places p ON p.tbl = r.tbl AND p.row_no = r.row_no "
            "LEFT JOIN names n ON n.code = r.code AND n.tbl IS NOT DISTINCT FROM r.tbl "
            "AND n.given IS NOT DISTINCT FROM NULLIF(r.given, '') "
            "ORDER BY r.rule_no, r.tbl NULLS FIRST, r.row_no"
        ).to_arrow_table().cast(ISSUES)
    finally:
        db.close()


def _field_names(
    rows: pa.Table, rule_fields: dict[str, tuple[str, ...]], tables: dict[str, ReturnTable]
) -> pa.Table:
    """The fields of each distinct (rule, table, fields given by the SQL)."""
    keys = rows.group_by(["code", "tbl", "given"]).aggregate([]).to_pylist()
    out: dict[tuple, str] = {}
    for k in keys:
        given = k["given"] or None
        if given:
            fields = [f for f in given.split(";") if f]
        elif k["tbl"] in tables:
            known = set(tables[k["tbl"]].field_names)
            fields = [f for f in rule_fields[k["code"]] if f in known]
        else:
            fields = list(rule_fields[k["code"]])
        out[(k["code"], k["tbl"], given)] = ";".join(fields)
    return pa.table({"code": [k[0] for k in out], "tbl": [k[1] for k in out],
                     "given": [k[2] for k in out], "fields": list(out.values())},
                    schema=pa.schema([("code", pa.string()), ("tbl", pa.string()),
                                      ("given", pa.string()), ("fields", pa.string())]))


def _places(
    conn: Connection, rows: pa.Table, tables: dict[str, ReturnTable], submission_id: int
) -> pa.Table:
    """Child, line and XML path of every row of each table with issues."""
    wanted = {t for t in rows.column("tbl").unique().to_pylist() if t in tables}
    parts = [PLACES.empty_table()]
    for name in sorted(wanted):
        table = tables[name]
        child = next((f.column for f in table.fields if f.name in CHILD_FIELDS), None)
        child_sql = f"{child}_raw" if child else "CAST(NULL AS VARCHAR)"
        sql = (f"SELECT '{name}' AS tbl, row_no, {child_sql} AS child, line, xml_path "
               f'FROM "{table.store_table}" WHERE submission_id = {int(submission_id)}')
        parts.append(fetch_rows(conn, sql).cast(PLACES))
    return pa.concat_tables(parts)


def children_per_rule(issues: pa.Table) -> dict[str, int]:
    """How many children each rule flags (issues of the whole return count as one)."""
    every = pc.CountOptions(mode="all")  # the whole return (no child) counts as one
    counts = issues.group_by("code").aggregate([("child", "count_distinct", every)])
    return dict(zip(counts.column("code").to_pylist(),
                    counts.column("child_count_distinct").to_pylist(), strict=True))


def as_issues(issues: pa.Table) -> list[Issue]:
    """The table as :class:`Issue` objects (for the reports that walk issues one by one)."""
    cols = [issues.column(c).to_pylist() for c in
            ("code", "table", "row_no", "fields", "child", "line", "xml_path")]
    split: dict[str, tuple[str, ...]] = {}
    for k, text in enumerate(cols[3]):
        fields = split.get(text)
        if fields is None:
            fields = split[text] = tuple(f for f in (text or "").split(";") if f)
        cols[3][k] = fields
    return [Issue(*values) for values in zip(*cols, strict=True)]
