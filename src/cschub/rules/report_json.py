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
    """Write the run as JSON."""
    with path.open("w", encoding="utf-8") as fh:
        json.dump(as_document(run), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
