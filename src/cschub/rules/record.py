"""Keep a validation run's results in the store, beside the return it checked."""

from __future__ import annotations

from datetime import UTC, datetime

import pyarrow as pa
import sqlalchemy as sa

from cschub.rules.engine import ValidationRun
from cschub.store import Store


def record_run(store: Store, run: ValidationRun) -> int:
    """Store the run, every rule's result and every issue; returns the run's id."""
    with store.transaction() as conn:
        run_id = int(conn.execute(sa.text(
            "SELECT COALESCE(MAX(run_id), 0) + 1 FROM validation_run")).scalar())
        conn.execute(sa.text(
            "INSERT INTO validation_run (run_id, submission_id, collection, year, la_code, "
            "run_at, rules, issues) VALUES (:r, :s, :c, :y, :l, :t, :n, :i)"),
            {"r": run_id, "s": run.submission_id, "c": run.collection, "y": run.year,
             "l": run.la_code, "t": datetime.now(UTC).replace(tzinfo=None),
             "n": len(run.results), "i": run.issue_table.num_rows})
        conn.execute(sa.text(
            "INSERT INTO validation_result (run_id, code, status, issues, children, detail) "
            "VALUES (:r, :c, :s, :i, :ch, :d)"),
            [{"r": run_id, "c": r.rule.code, "s": r.status, "i": r.count, "ch": r.children,
              "d": r.detail[:1000]} for r in run.results])
        issues = run.issue_table
        if issues.num_rows:
            store.insert_arrow(conn, "validation_issue", pa.table({
                "run_id": pa.repeat(pa.scalar(run_id, pa.int64()), issues.num_rows),
                "code": issues.column("code"),
                "return_table": issues.column("table"),
                "row_no": issues.column("row_no"),
                "child": issues.column("child"),
                "line": issues.column("line"),
                "xml_path": issues.column("xml_path"),
                "fields": issues.column("fields"),
            }))
    return run_id
