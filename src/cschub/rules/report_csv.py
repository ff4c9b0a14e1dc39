"""The validation issues as CSV, safe to open in Excel."""

from __future__ import annotations

import csv
from pathlib import Path

from cschub.excelsafe import safe_cell
from cschub.rules.engine import ValidationRun


def write_csv(run: ValidationRun, path: Path) -> None:
    """One row per issue: rule, message, child, table, line, fields; then rules that did not run."""
    messages = {r.rule.code: r.rule.message for r in run.results}
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["code", "message", "child", "table", "line", "fields"])
        for i in run.issues:
            out.writerow(
                [
                    safe_cell(v)
                    for v in (
                        i.code,
                        messages.get(i.code, ""),
                        i.child,
                        i.table,
                        i.line,
                        ";".join(i.fields),
                    )
                ]
            )
        for r in run.results:
            if r.status in ("errored", "not_applicable"):
                out.writerow(
                    [safe_cell(r.rule.code), safe_cell(f"{r.status}: {r.detail}"), "", "", "", ""]
                )
