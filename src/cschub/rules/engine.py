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

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.rules.catalogue import Rule, rules_for
from cschub.rules.context import Submission, create_views, drop_views, present_tables
from cschub.sources.returnspec import ReturnTable, return_tables

CHILD_FIELDS = ("CHILD", "LAchildID")
INPUT_NAMES = {
    "previous": "the previous year's return (--previous)",
    "postcodes": "the ONS postcode directory (--postcodes)",
    "providers": "the Ofsted provider lists (--providers)",
}


@dataclass(slots=True)
class Issue:
    """One row a rule flags."""

    code: str
    table: str | None
    row_no: int | None
    fields: tuple[str, ...]
    child: str | None = None
    line: int | None = None
    xml_path: str | None = None


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
    """Everything one validation found."""

    collection: str
    year: str
    la_code: str | None
    results: list[RuleResult] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    submission_id: int | None = None

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
    try:
        for i, rule in enumerate(rules, start=1):
            if progress:
                progress(f"rule {rule.code}", i, len(rules))
            result, issues = _run_rule(conn, rule, tables, present, available)
            run.results.append(result)
            run.issues.extend(issues)
        _locate(conn, run.issues, tables, current)
    finally:
        conn.rollback()
        drop_views(conn, views)
        conn.commit()
    _count_children(run)
    return run


def _run_rule(
    conn: Connection,
    rule: Rule,
    tables: dict[str, ReturnTable],
    present: set[str],
    available: set[str],
) -> tuple[RuleResult, list[Issue]]:
    missing = [n for n in rule.needs if n not in available]
    if missing:
        needed = " and ".join(INPUT_NAMES.get(n, n) for n in missing)
        return RuleResult(rule, "not_applicable", detail=f"needs {needed}"), []
    own = [t for t in rule.tables if t in tables]
    if own and not any(t in present for t in own):
        return RuleResult(
            rule, "not_applicable", detail=f"the return has no {' or '.join(own)} table"
        ), []
    sql = rule.sql
    if sql is None:
        return RuleResult(rule, "errored", detail="this rule has not been implemented yet"), []
    try:
        result = conn.execute(sa.text(_as_query(sql)))
        rows = result.cursor.fetchall()  # plain tuples: a rule may flag 100,000 rows
        result.close()
        conn.commit()
    except Exception as exc:  # noqa: BLE001 - any failure of the rule is reported, never hidden
        conn.rollback()
        return RuleResult(rule, "errored", detail=_first_line(exc)), []
    issues = _issues(rule, rows, tables)
    status = "failed" if issues else "passed"
    return RuleResult(rule, status, count=len(issues)), issues


def _issues(rule: Rule, rows: list[tuple], tables: dict[str, ReturnTable]) -> list[Issue]:
    if not rows:
        return []
    code = rule.code
    fields_of: dict[tuple, tuple[str, ...]] = {}
    if len(rows[0]) < 3:  # no fields column: one set of fields per table
        for table in {row[0] for row in rows}:
            fields_of[table] = _fields(rule, table, None, tables)
        return [Issue(code, row[0], row[1], fields_of[row[0]]) for row in rows]
    out = []
    for table, row_no, given, *_ in rows:
        key = (table, given or None)
        fields = fields_of.get(key)
        if fields is None:
            fields = fields_of[key] = _fields(rule, table, given or None, tables)
        out.append(Issue(code, table, row_no, fields))
    return out


def _fields(
    rule: Rule, table: str | None, given: str | None, tables: dict[str, ReturnTable]
) -> tuple[str, ...]:
    if given:
        return tuple(f for f in given.split(";") if f)
    if table in tables:
        names = set(tables[table].field_names)
        return tuple(f for f in rule.fields if f in names)
    return rule.fields


def _as_query(sql: str) -> str:
    body = sql.strip().rstrip(";")
    return f"SELECT * FROM ({body}) AS rule_rows"


def _locate(
    conn: Connection, issues: list[Issue], tables: dict[str, ReturnTable], current: Submission
) -> None:
    """Fill in each issue's child, line and XML path from the returns layer."""
    wanted = {i.table for i in issues if i.table in tables and i.row_no is not None}
    where: dict[str, list[tuple]] = {}
    for name in wanted:
        table = tables[name]
        child = next((f.column for f in table.fields if f.name in CHILD_FIELDS), None)
        child_sql = f"{child}_raw" if child else "NULL"
        result = conn.execute(
            sa.text(
                f'SELECT row_no, {child_sql}, line, xml_path FROM "{table.store_table}" '
                f"WHERE submission_id = :s ORDER BY row_no"
            ),
            {"s": current.submission_id},
        )
        where[name] = result.cursor.fetchall()  # row_no runs 1, 2, ... within a submission
        result.close()
    for issue in issues:
        rows = where.get(issue.table or "")
        if rows is None or issue.row_no is None:
            continue
        row_no = int(issue.row_no)
        found = rows[row_no - 1] if 0 < row_no <= len(rows) else None
        if found is None or found[0] != row_no:
            found = next((r for r in rows if r[0] == row_no), None)
        if found:
            issue.child, issue.line, issue.xml_path = found[1], found[2], found[3]


def _count_children(run: ValidationRun) -> None:
    children: dict[str, set[str | None]] = {}
    for issue in run.issues:
        children.setdefault(issue.code, set()).add(issue.child)
    for result in run.results:
        result.children = len(children.get(result.rule.code, ()))


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)) or type(exc).__name__
    return text.strip().splitlines()[0][:500]
