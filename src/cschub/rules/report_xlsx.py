"""The validation report as an Excel workbook an analyst can work through.

Sheets: Summary (every rule: status, children, issues, severity, why it did not run), Children
(one row per child: how many issues, which rules, which table lines), Issues (one row per
issue, when there are at most ``ISSUE_ROWS``), one sheet per child when few children are
flagged, and each offending table with its flagged rows as written, failing cells highlighted
and the rule codes in a cell comment. No value is ever written as a formula.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import xlsxwriter

from cschub.excelsafe import safe_cell
from cschub.rules.engine import Issue, ValidationRun
from cschub.rules.report_rows import FlaggedTable, flagged_tables
from cschub.store import Store

PER_CHILD_SHEETS = 100  # above this many children, the Children sheet alone lists them
ISSUE_ROWS = 100_000  # above this many issues, the Issues sheet is left out (see the JSON/CSV)
TABLE_ROWS = 10_000  # a table's sheet shows at most this many flagged rows (the first by line)
MAX_COMMENTS = 20_000  # beyond this, the Rules column of each row still names the rules
ISSUE_HEAD = ["Child", "Table", "Line", "Rule", "Message", "Fields"]


def write_xlsx(run: ValidationRun, store: Store, path: Path) -> None:
    """Write the workbook."""
    book = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )  # not constant_memory: shared strings make a big workbook faster to write and smaller
    fmt = {
        "bold": book.add_format({"bold": True, "bg_color": "#DDDDDD"}),
        "bad": book.add_format({"bg_color": "#F4B6B6", "font_color": "#6E0000"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
    }
    messages = {r.rule.code: r.rule.message for r in run.results}
    listed = run.issue_table.num_rows <= ISSUE_ROWS
    tables = flagged_tables(run, store, TABLE_ROWS)
    _summary(book, run, fmt, _notes(run, listed, tables))
    _children(book, run, fmt)
    if listed:
        _issues(book, run, messages, fmt)
    comments = 0
    for table in tables:
        comments = _table(book, table, fmt, comments)
    book.close()


def _notes(run: ValidationRun, listed: bool, tables: list[FlaggedTable]) -> list[str]:
    """What the workbook leaves out of a very large run (the JSON and CSV have it all)."""
    notes = [] if listed else [
        f"{run.issue_table.num_rows:,} issues: too many for a row each (the Issues sheet); "
        "the Children sheet and the table sheets show them, the JSON and CSV list every one."]
    notes += [f"{t.name} rows: the first {len(t.rows):,} of {t.total:,} flagged rows (by line)."
              for t in tables if t.total > len(t.rows)]
    return notes


def _summary(book, run: ValidationRun, fmt: dict, notes: list[str]) -> None:
    sheet = book.add_worksheet("Summary")
    sheet.write_row(0, 0, [f"{run.collection} {run.year} {run.la_code or ''}"], fmt["bold"])
    sheet.write_string(1, 0, " ".join(notes))
    head = ["Rule", "Message", "Status", "Children", "Issues", "Severity", "Why it did not run"]
    sheet.write_row(2, 0, head, fmt["bold"])
    order = {"failed": 0, "errored": 1, "not_applicable": 2, "passed": 3}
    results = sorted(run.results, key=lambda r: (order[r.status], -r.children))
    for i, r in enumerate(results, start=3):
        why = r.detail if r.status in ("errored", "not_applicable") else ""
        sheet.write_row(
            i,
            0,
            [
                safe_cell(v)
                for v in (
                    r.rule.code,
                    r.rule.message,
                    r.status.replace("_", " "),
                    r.children,
                    r.count,
                    r.rule.level,
                    why,
                )
            ],
        )
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 80, fmt["wrap"])
    sheet.set_column(2, 5, 12)
    sheet.set_column(6, 6, 50)
    sheet.autofilter(2, 0, 2 + len(results), len(head) - 1)
    sheet.freeze_panes(3, 0)


def _children(book, run: ValidationRun, fmt: dict) -> None:
    """One row per child: issues, rules and where (table: lines)."""
    sheet = book.add_worksheet("Children")
    head = ["Child", "Issues", "Rules", "Where (table: lines)"]
    sheet.write_row(0, 0, head, fmt["bold"])
    rows = _per_child(run)
    write = sheet.write_string
    for n, (child, count, rules, where) in enumerate(rows, start=1):
        write(n, 0, str(safe_cell(child or "(whole return)")))
        sheet.write_number(n, 1, count)
        write(n, 2, rules)
        write(n, 3, where)
    sheet.autofilter(0, 0, len(rows), len(head) - 1)
    sheet.freeze_panes(1, 0)
    sheet.set_column(0, 0, 16)
    sheet.set_column(2, 3, 60)


def _per_child(run: ValidationRun) -> list[tuple]:
    db = duckdb.connect()
    try:
        db.register("issues", run.issue_table)
        return db.sql(
            "WITH per AS (SELECT child, \"table\", count(*) AS n, list(DISTINCT code) AS codes, "
            "list_sort(list_distinct(list(line))) AS lines FROM issues GROUP BY child, \"table\") "
            "SELECT child, sum(n)::BIGINT, array_to_string(list_sort(list_distinct(flatten("
            "list(codes)))), ', '), string_agg(COALESCE(\"table\", 'whole return') || CASE WHEN "
            "len(lines) > 0 THEN ': ' || array_to_string(lines, ', ') ELSE '' END, '; ' "
            "ORDER BY \"table\" NULLS FIRST) FROM per GROUP BY child ORDER BY child NULLS FIRST"
        ).fetchall()
    finally:
        db.close()


def _issues(book, run: ValidationRun, messages: dict, fmt: dict) -> None:
    """One row per issue, and a sheet per child when few children are flagged."""
    issues = sorted(run.issues, key=lambda i: (i.child or "", i.table or "", i.line or 0))
    sheet = book.add_worksheet("Issues")
    _issue_rows(sheet, issues, messages, fmt)
    sheet.autofilter(0, 0, len(issues), len(ISSUE_HEAD) - 1)
    sheet.freeze_panes(1, 0)
    by_child: dict[str, list[Issue]] = {}
    for i in issues:
        if i.child:
            by_child.setdefault(i.child, []).append(i)
    if len(by_child) > PER_CHILD_SHEETS:
        return
    used: set[str] = {"summary", "children", "issues"}
    for child, rows in sorted(by_child.items()):
        _issue_rows(book.add_worksheet(_sheet_name(f"Child {child}", used)), rows, messages, fmt)


def _issue_rows(sheet, issues: list[Issue], messages: dict, fmt: dict) -> None:
    sheet.write_row(0, 0, ISSUE_HEAD, fmt["bold"])
    for n, i in enumerate(issues, start=1):
        sheet.write_row(n, 0, [safe_cell(i.child or "(whole return)"), i.table, i.line, i.code,
                               messages.get(i.code, ""), ", ".join(i.fields)])
    sheet.set_column(4, 4, 70)


def _table(book, table: FlaggedTable, fmt: dict, comments: int) -> int:
    """The flagged rows as written (already safe), failing cells highlighted."""
    sheet = book.add_worksheet(_sheet_name(f"{table.name} rows", set()))
    sheet.write_row(0, 0, ["Line", *table.fields, "Rules"], fmt["bold"])
    bad, write, last = fmt["bad"], sheet.write_string, len(table.fields) + 1
    for n, row in enumerate(table.rows, start=1):
        if row.line is not None:
            sheet.write_number(n, 0, row.line)
        for c, (name, value) in enumerate(zip(table.fields, row.values, strict=True), 1):
            codes = row.cells.get(name)
            if codes is None:
                if value:
                    write(n, c, value)
                continue
            if value:
                write(n, c, value, bad)
            else:
                sheet.write_blank(n, c, None, bad)
            if comments < MAX_COMMENTS:
                sheet.write_comment(n, c, "Rules: " + codes)
                comments += 1
        write(n, last, row.rules)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, len(table.rows), last)
    return comments


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "_", title)[:31]
    base, k = name, 2
    while name.lower() in used:
        suffix = f" ({k})"
        name = base[: 31 - len(suffix)] + suffix
        k += 1
    used.add(name.lower())
    return name
