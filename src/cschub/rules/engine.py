"""Run a year's rules against one stored submission.

Every rule ends ``passed``, ``failed`` (with its issues), ``errored`` (with the error) or
``not_applicable`` (with the reason); a rule that errors is never counted as passed.

A rule's SQL selects the rows it flags: ``tbl`` (the return table, e.g. 'Episodes'; NULL for a
return-level issue) and ``row_no`` (the row's number in that table), optionally ``fields``
(``;``-separated, to name fewer fields than the rule's metadata).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa
from sqlalchemy.engine import Connection

from cschub.rules.catalogue import Rule, rules_for
from cschub.rules.context import Submission, create_views, drop_views, present_tables
from cschub.rules.issue_table import (
    ISSUES,
    Issue,
    as_issues,
    children_per_rule,
    fetch_rows,
    flagged,
    issue_table,
)
from cschub.sources.returnspec import ReturnTable, return_tables

__all__ = ["Issue", "RuleResult", "ValidationRun", "validate_submission"]
INPUT_NAMES = {
    "previous": "the previous year's return (--previous)",
    "postcodes": "the ONS postcode directory (--postcodes)",
    "providers": "the Ofsted provider lists (--providers)",
}


@dataclass
class RuleResult:
    """How one rule ended."""

    rule: Rule
    status: str  # passed | failed | errored | not_applicable
    count: int = 0
    children: int = 0
    detail: str = ""


@dataclass
class ValidationRun:
    """Everything one validation found; ``issue_table`` holds the issues as Arrow (see
    :mod:`cschub.rules.issue_table`) and ``issues`` gives them as objects when asked."""

    collection: str
    year: str
    la_code: str | None
    results: list[RuleResult] = field(default_factory=list)
    issue_table: pa.Table = field(default_factory=ISSUES.empty_table)
    submission_id: int | None = None
    _issues: list[Issue] | None = field(default=None, repr=False)

    @property
    def issues(self) -> list[Issue]:
        if self._issues is None:
            self._issues = as_issues(self.issue_table)
        return self._issues

    @property
    def errored(self) -> list[RuleResult]:
        return [r for r in self.results if r.status == "errored"]


Progress = Callable[[str, int, int], None]


def validate_submission(
    conn: Connection,
    current: Submission,
    previous: Submission | None = None,
    inputs: frozenset[str] = frozenset(),
    only: set[str] | None = None,
    progress: Progress | None = None,
) -> ValidationRun:
    """Run the rules of the submission's collection year and return every result and issue.

    ``conn`` must not be inside a transaction the caller needs: each rule runs on its own, so
    one that fails cannot spoil the others.
    """
    available = set(inputs) | ({"previous"} if previous else set())
    tables = return_tables(current.collection)
    present = present_tables(conn, current)
    run = ValidationRun(current.collection, current.year, current.la_code)
    rules = [r for r in rules_for(current.collection, current.year) if not only or r.code in only]
    views = create_views(conn, current, previous)
    conn.commit()
    parts: list[pa.Table] = []
    try:
        for i, rule in enumerate(rules, start=1):
            if progress:
                progress(f"rule {rule.code}", i, len(rules))
            result, rows = _run_rule(conn, rule, i, tables, present, available)
            run.results.append(result)
            if rows is not None and rows.num_rows:
                parts.append(rows)
        fields = {r.code: r.fields for r in rules}
        run.issue_table = issue_table(conn, parts, fields, tables, current.submission_id)
    finally:
        conn.rollback()
        drop_views(conn, views)
        conn.commit()
    children = children_per_rule(run.issue_table)
    for result in run.results:
        result.children = children.get(result.rule.code, 0)
    return run


def _run_rule(
    conn: Connection,
    rule: Rule,
    rule_no: int,
    tables: dict[str, ReturnTable],
    present: set[str],
    available: set[str],
) -> tuple[RuleResult, pa.Table | None]:
    missing = [n for n in rule.needs if n not in available]
    if missing:
        needed = " and ".join(INPUT_NAMES.get(n, n) for n in missing)
        return RuleResult(rule, "not_applicable", detail=f"needs {needed}"), None
    own = [t for t in rule.tables if t in tables]
    if own and not any(t in present for t in own):
        return RuleResult(
            rule, "not_applicable", detail=f"the return has no {' or '.join(own)} table"
        ), None
    sql = rule.sql
    if sql is None:
        return RuleResult(rule, "errored", detail="this rule has not been implemented yet"), None
    try:
        rows = flagged(rule.code, rule_no, fetch_rows(conn, _as_query(sql)))  # Arrow
        conn.commit()
    except Exception as exc:  # noqa: BLE001 - any failure of the rule is reported, never hidden
        conn.rollback()
        return RuleResult(rule, "errored", detail=_first_line(exc)), None
    status = "failed" if rows.num_rows else "passed"
    return RuleResult(rule, status, count=rows.num_rows), rows


def _as_query(sql: str) -> str:
    body = sql.strip().rstrip(";")
    return f"SELECT * FROM ({body}) AS rule_rows"


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)) or type(exc).__name__
    return text.strip().splitlines()[0][:500]
