"""The validation issues as CSV, safe to open in Excel."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pyarrow as pa

from cschub.excelsafe import safe_cell
from cschub.rules.engine import ValidationRun
from cschub.rules.report_rows import FORMULA_PATTERN


def write_csv(run: ValidationRun, path: Path) -> None:
    """One row per issue: rule, message, child, table, line, fields; then rules that did not run."""
    messages = pa.table({"code": [r.rule.code for r in run.results],
                         "message": [r.rule.message for r in run.results]})
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["code", "message", "child", "table", "line", "fields"])
        out.writerows(_rows(run.issue_table, messages))
        for r in run.results:
            if r.status in ("errored", "not_applicable"):
                out.writerow(
                    [safe_cell(r.rule.code), safe_cell(f"{r.status}: {r.detail}"), "", "", "", ""]
                )


def _rows(issues: pa.Table, messages: pa.Table) -> list[tuple]:
    """The issues in the run's order, every text made safe for a spreadsheet in SQL."""
    db = duckdb.connect()
    try:
        db.register("issues", issues.append_column(
            "seq", pa.array(range(issues.num_rows), pa.int64())))
        db.register("messages", messages)
        safe = ", ".join(
            f"CASE WHEN regexp_matches({c}, '{FORMULA_PATTERN}') THEN '''' || {c} ELSE {c} END"
            for c in ("i.code", "m.message", "i.child", 'i."table"')
        )
        return db.sql(
            f"SELECT {safe}, i.line, i.fields FROM issues i "
            "LEFT JOIN messages m ON m.code = i.code ORDER BY i.seq"
        ).fetchall()
    finally:
        db.close()
