"""The validation result as JSON (the shape documented in docs/validation.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
    """Write the run as JSON: one rule or issue per line. Issues are formatted directly, with
    the JSON of repeated values (codes, tables, field lists) worked out once, so a national
    return's hundreds of thousands of issues take a few seconds."""
    doc = as_document(_without_issues(run))
    with path.open("w", encoding="utf-8") as fh:
        fh.write("{\n")
        for key in ("collection", "year", "la"):
            fh.write(f" {_dumps(key)}: {_dumps(doc[key])},\n")
        fh.write(' "rules": [')
        fh.write(",".join("\n  " + _dumps(item) for item in doc["rules"]))
        fh.write('\n ],\n "issues": [')
        fh.write(",".join(_issue_lines(run)))
        fh.write("\n ]\n}\n")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _without_issues(run: ValidationRun) -> ValidationRun:
    return ValidationRun(run.collection, run.year, run.la_code, run.results, [],
                         run.submission_id)


def _issue_lines(run: ValidationRun):
    known: dict[Any, str] = {}

    def once(value: Any) -> str:
        text = known.get(value)
        if text is None:
            text = known[value] = _dumps(list(value) if isinstance(value, tuple) else value)
        return text

    for i in run.issues:
        child = "null" if i.child is None else _dumps(i.child)
        line = "null" if i.line is None else str(int(i.line))
        yield (f'\n  {{"code": {once(i.code)}, "child": {child}, "table": {once(i.table)}, '
               f'"line": {line}, "fields": {once(i.fields)}}}')
