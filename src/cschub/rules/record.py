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
             "n": len(run.results), "i": len(run.issues)})
        conn.execute(sa.text(
            "INSERT INTO validation_result (run_id, code, status, issues, children, detail) "
            "VALUES (:r, :c, :s, :i, :ch, :d)"),
            [{"r": run_id, "c": r.rule.code, "s": r.status, "i": r.count, "ch": r.children,
              "d": r.detail[:1000]} for r in run.results])
        if run.issues:
            store.insert_arrow(conn, "validation_issue", pa.table({
                "run_id": pa.array([run_id] * len(run.issues), pa.int64()),
                "code": [i.code for i in run.issues],
                "return_table": [i.table for i in run.issues],
                "row_no": pa.array([i.row_no for i in run.issues], pa.int64()),
                "child": [i.child for i in run.issues],
                "line": pa.array([i.line for i in run.issues], pa.int64()),
                "xml_path": [i.xml_path for i in run.issues],
                "fields": [";".join(i.fields) for i in run.issues],
            }))
    return run_id
