"""The validation report as one self-contained, accessible HTML page (GOV.UK style).

Everything is readable without JavaScript; sorting the tables and filtering by text are added
by a few lines of script when it runs.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
from jinja2 import Environment, PackageLoader, select_autoescape

from cschub.rules.engine import ValidationRun
from cschub.rules.issue_table import as_issues
from cschub.store import Store

MAX_ISSUES = 5_000  # the page lists at most this many issues; the Excel and CSV have them all


def write_html(run: ValidationRun, store: Store | None, path: Path) -> None:
    """Write the page."""
    env = Environment(
        loader=PackageLoader("cschub.rules", "templates"), autoescape=select_autoescape(["html"])
    )
    order = {"failed": 0, "errored": 1, "not_applicable": 2, "passed": 3}
    results = sorted(run.results, key=lambda r: (order[r.status], -r.children, r.rule.code))
    messages = {r.rule.code: r.rule.message for r in run.results}
    total = run.issue_table.num_rows
    by_child: dict[str, list] = {}
    for issue in as_issues(_first_by_child(run.issue_table)):
        by_child.setdefault(issue.child or "(whole return)", []).append(issue)
    counts = {s: sum(1 for r in run.results if r.status == s) for s in order}
    html = env.get_template("report.html").render(
        run=run,
        results=results,
        counts=counts,
        by_child=by_child,
        messages=messages,
        shown=min(total, MAX_ISSUES),
        total=total,
        not_run=[r for r in results if r.status in ("errored", "not_applicable")],
    )
    path.write_text(html, encoding="utf-8")


def _first_by_child(issues: pa.Table) -> pa.Table:
    """The first ``MAX_ISSUES`` issues by child, table and line (the whole return first)."""
    db = duckdb.connect()
    try:
        db.register("issues", issues)
        return db.sql(
            'SELECT * FROM issues ORDER BY child NULLS FIRST, "table" NULLS FIRST, '
            f"line NULLS FIRST LIMIT {MAX_ISSUES}"
        ).to_arrow_table()
    finally:
        db.close()
