"""The validation result as JSON (the shape documented in docs/validation.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from cschub.rules.engine import ValidationRun


def as_document(run: ValidationRun) -> dict[str, Any]:
    """The run as a JSON-ready dict: rules (every one, with its status) and issues."""
    return {
        "collection": run.collection,
        "year": run.year,
        "la": run.la_code,
        "rules": [
            {
                "code": r.rule.code,
                "message": r.rule.message,
                "status": r.status,
                "count": r.count,
                "detail": r.detail,
            }
            for r in run.results
        ],
        "issues": [
            {
                "code": i.code,
                "child": i.child,
                "table": i.table,
                "line": i.line,
                "fields": list(i.fields),
            }
            for i in run.issues
        ],
    }


def write_json(run: ValidationRun, path: Path) -> None:
    """Write the run as JSON: one rule or issue per line. The issue lines are made by DuckDB's
    JSON encoder straight from the run's Arrow table, so hundreds of thousands of issues take
    well under a second."""
    doc = as_document(_without_issues(run))
    with path.open("w", encoding="utf-8") as fh:
        fh.write("{\n")
        for key in ("collection", "year", "la"):
            fh.write(f" {_dumps(key)}: {_dumps(doc[key])},\n")
        fh.write(' "rules": [')
        fh.write(",".join("\n  " + _dumps(item) for item in doc["rules"]))
        fh.write('\n ],\n "issues": [')
        lines = _issue_lines(run.issue_table)
        if lines:
            fh.write("\n  " + ",\n  ".join(lines))
        fh.write("\n ]\n}\n")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _without_issues(run: ValidationRun) -> ValidationRun:
    return ValidationRun(run.collection, run.year, run.la_code, run.results,
                         submission_id=run.submission_id)


def _issue_lines(issues: pa.Table) -> list[str]:
    """Each issue as one JSON object, in the run's order."""
    db = duckdb.connect()
    try:
        db.register("issues", issues)
        rows = db.sql(
            "SELECT to_json({'code': code, 'child': child, 'table': \"table\", 'line': line, "
            "'fields': CASE WHEN COALESCE(fields, '') = '' THEN []::VARCHAR[] "
            "ELSE string_split(fields, ';') END}) AS issue FROM issues"
        ).to_arrow_table()
    finally:
        db.close()
    return rows.column(0).to_pylist()
