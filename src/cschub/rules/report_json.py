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
    """Write the run as JSON: one rule or issue per line, so a national return's hundreds of
    thousands of issues are written by the C encoder (an indented dump is pure Python)."""
    doc = as_document(run)

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    with path.open("w", encoding="utf-8") as fh:
        fh.write("{\n")
        for key in ("collection", "year", "la"):
            fh.write(f" {dumps(key)}: {dumps(doc[key])},\n")
        for key, end in (("rules", ",\n"), ("issues", "\n")):
            fh.write(f" {dumps(key)}: [")
            fh.write(",".join("\n  " + dumps(item) for item in doc[key]))
            fh.write("\n ]" + end)
        fh.write("}\n")
