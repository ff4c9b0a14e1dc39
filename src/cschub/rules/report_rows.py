"""The flagged rows of a validation run, as written, for the Excel report.

Worked out set-wise: which rules hit which cells comes from the run's issue table in one
DuckDB query per return table, and the flagged rows' values are read back with one query,
made safe for a spreadsheet (no formulas) column by column in Arrow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import sqlalchemy as sa

from cschub.excelsafe import FORMULA_STARTS
from cschub.rules.engine import ValidationRun
from cschub.rules.issue_table import fetch_rows
from cschub.sources.returnspec import ReturnTable, return_tables
from cschub.store import Store

# Text starting like a formula (excelsafe.FORMULA_STARTS), as an RE2 pattern for Arrow/DuckDB.
FORMULA_PATTERN = "^[" + "".join(
    {"\t": r"\t", "\r": r"\r"}.get(c, re.escape(c)) for c in FORMULA_STARTS) + "]"


@dataclass
class FlaggedRow:
    """One flagged row: its line, its values as written, the rules hitting each field and
    every rule that flagged the row."""

    line: int | None
    values: list[str | None]
    cells: dict[str, str] = field(default_factory=dict)  # field -> "103, 117"
    rules: str = ""


@dataclass
class FlaggedTable:
    """One return table's flagged rows, in row order."""

    name: str
    fields: list[str]
    rows: list[FlaggedRow] = field(default_factory=list)
    total: int = 0  # flagged rows in all; ``rows`` holds the first ``limit`` of them


def flagged_tables(
    run: ValidationRun, store: Store, limit: int | None = None
) -> list[FlaggedTable]:
    """Every table with issues, with (at most ``limit`` of) its flagged rows, in line order,
    read back from the returns layer."""
    specs = return_tables(run.collection)
    issues = run.issue_table
    issues = issues.append_column("seq", pa.array(range(issues.num_rows), pa.int64()))
    db = duckdb.connect()
    try:
        db.register("issues", issues)
        db.execute(KEPT, [limit])
        kept = _grouped(db.sql("SELECT * FROM kept ORDER BY \"table\", row_no").fetchall())
        cells = _grouped(db.sql(CELLS).fetchall())
    finally:
        db.close()
    out = []
    with store.engine.connect() as conn:
        for name in [t for t in specs if t in kept]:
            out.append(_table(conn, specs[name], run.submission_id, kept[name], cells.get(name)))
    return out


# Flagged rows (the first ``limit`` of each table by row), with the rules flagging each row
# (in the order they ran) and the table's number of flagged rows.
KEPT = """
CREATE TEMP TABLE kept AS
SELECT "table", row_no, string_agg(code, ', ' ORDER BY first) AS rules,
       count(*) OVER (PARTITION BY "table") AS total
FROM (SELECT "table", row_no, code, min(seq) AS first FROM issues
      WHERE "table" IS NOT NULL AND row_no IS NOT NULL GROUP BY ALL)
GROUP BY "table", row_no
QUALIFY $1 IS NULL OR row_number() OVER (PARTITION BY "table" ORDER BY row_no) <= $1
"""
# The rules hitting each cell of the kept rows.
CELLS = """
SELECT "table", row_no, field, string_agg(code, ', ' ORDER BY first)
FROM (SELECT i."table", i.row_no, i.field, i.code, min(i.seq) AS first
      FROM (SELECT "table", row_no, code, seq, unnest(string_split(fields, ';')) AS field
            FROM issues WHERE fields <> '') i
      SEMI JOIN kept k ON k."table" = i."table" AND k.row_no = i.row_no
      GROUP BY ALL)
GROUP BY ALL
"""


def _grouped(rows: list[tuple]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(row[1:])
    return out


def _table(
    conn, spec: ReturnTable, submission_id: int | None, kept: list[tuple],
    cells: list[tuple] | None
) -> FlaggedTable:
    values = _values(conn, spec, submission_id, [r[0] for r in kept])
    table = FlaggedTable(spec.name, list(spec.field_names), total=kept[0][2])
    by_row = {}
    for row_no, codes, _ in kept:
        found = values.get(row_no)
        if found is None:
            continue
        row = FlaggedRow(found[0], found[1], rules=codes)
        by_row[row_no] = row
        table.rows.append(row)
    for row_no, name, codes in cells or ():
        if row_no in by_row:
            by_row[row_no].cells[name] = codes
    return table


def _values(
    conn, spec: ReturnTable, submission_id: int | None, row_nos: list[int]
) -> dict[int, tuple[int | None, list]]:
    """row_no → (line, values as written, safe for a spreadsheet) for the rows asked for."""
    raws = ", ".join(f.raw_column for f in spec.fields)
    sql = (f'SELECT row_no, line, {raws} FROM "{spec.store_table}" '
           f"WHERE submission_id = {int(submission_id or 0)}")
    if conn.dialect.name == "duckdb":
        driver = conn.connection.driver_connection
        driver.register("_cschub_rows", pa.table({"row_no": pa.array(row_nos, pa.int64())}))
        try:
            data = fetch_rows(conn, f"{sql} AND row_no IN (SELECT row_no FROM _cschub_rows)")
        finally:
            driver.unregister("_cschub_rows")
    else:
        result = conn.execute(sa.text(f"{sql} AND row_no = ANY(:r)"), {"r": row_nos})
        names, rows = list(result.keys()), result.fetchall()
        data = pa.table({n: pa.array([r[k] for r in rows]) for k, n in enumerate(names)})
    columns = [_safe(data.column(k)).to_pylist() for k in range(2, data.num_columns)]
    rows_of = zip(*columns, strict=True)
    return {
        row_no: (line, list(values))
        for row_no, line, values in zip(data.column(0).to_pylist(),
                                        data.column(1).to_pylist(), rows_of, strict=True)
    }


def _safe(column: pa.ChunkedArray) -> pa.ChunkedArray:
    """Text that starts like a formula gets a leading apostrophe (as excelsafe.safe_cell)."""
    column = column.cast(pa.string())
    formula = pc.fill_null(pc.match_substring_regex(column, FORMULA_PATTERN), False)
    return pc.if_else(formula, pc.binary_join_element_wise("'", column, ""), column)
