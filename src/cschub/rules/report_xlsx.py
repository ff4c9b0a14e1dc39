"""The validation report as an Excel workbook an analyst can work through.

Sheets: Summary (every rule: status, children, issues, severity, why it did not run), Children
(everything wrong with each child, one row per issue), one sheet per child when few children
are flagged, and each offending table with its flagged rows as written, failing cells
highlighted and the rule codes in a cell comment. No value is ever written as a formula.
"""

from __future__ import annotations

import re
from pathlib import Path

import xlsxwriter

from cschub.excelsafe import safe_cell
from cschub.rules.engine import ValidationRun
from cschub.rules.report_rows import FlaggedTable, flagged_tables
from cschub.store import Store

PER_CHILD_SHEETS = 100  # above this many children, the Children sheet alone lists them
MAX_COMMENTS = 20_000  # beyond this, the Rules column of each row still names the rules


def write_xlsx(run: ValidationRun, store: Store, path: Path) -> None:
    """Write the workbook."""
    book = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
         "constant_memory": True},  # rows are written in order, so memory stays flat
    )
    fmt = {
        "bold": book.add_format({"bold": True, "bg_color": "#DDDDDD"}),
        "bad": book.add_format({"bg_color": "#F4B6B6", "font_color": "#6E0000"}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
    }
    messages = {r.rule.code: r.rule.message for r in run.results}
    _summary(book, run, fmt)
    _children(book, run, messages, fmt)
    comments = 0
    for table in flagged_tables(run, store):
        comments = _table(book, table, fmt, comments)
    book.close()


def _summary(book, run: ValidationRun, fmt: dict) -> None:
    sheet = book.add_worksheet("Summary")
    sheet.write_row(0, 0, [f"{run.collection} {run.year} {run.la_code or ''}"], fmt["bold"])
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


def _children(book, run: ValidationRun, messages: dict, fmt: dict) -> None:
    head = ["Child", "Table", "Line", "Rule", "Message", "Fields"]
    issues = sorted(run.issues, key=lambda i: (i.child or "", i.table or "", i.line or 0))
    sheet = book.add_worksheet("Children")
    sheet.write_row(0, 0, head, fmt["bold"])
    for n, i in enumerate(issues, start=1):
        sheet.write_row(
            n,
            0,
            [
                safe_cell(v)
                for v in (
                    i.child or "(whole return)",
                    i.table,
                    i.line,
                    i.code,
                    messages.get(i.code, ""),
                    ", ".join(i.fields),
                )
            ],
        )
    sheet.autofilter(0, 0, len(issues), len(head) - 1)
    sheet.freeze_panes(1, 0)
    sheet.set_column(4, 4, 70)
    children = sorted({i.child for i in issues if i.child})
    if len(children) > PER_CHILD_SHEETS:
        return
    used: set[str] = {"summary", "children"}
    for child in children:
        title = _sheet_name(f"Child {child}", used)
        page = book.add_worksheet(title)
        page.write_row(0, 0, head, fmt["bold"])
        rows = [i for i in issues if i.child == child]
        for n, i in enumerate(rows, start=1):
            page.write_row(
                n,
                0,
                [
                    safe_cell(v)
                    for v in (
                        child,
                        i.table,
                        i.line,
                        i.code,
                        messages.get(i.code, ""),
                        ", ".join(i.fields),
                    )
                ],
            )
        page.set_column(4, 4, 70)


def _table(book, table: FlaggedTable, fmt: dict, comments: int) -> int:
    sheet = book.add_worksheet(_sheet_name(f"{table.name} rows", set()))
    sheet.write_row(0, 0, ["Line", *table.fields, "Rules"], fmt["bold"])
    for n, row_no in enumerate(sorted(table.rows), start=1):
        row = table.rows[row_no]
        sheet.write(n, 0, row["line"])
        for c, (field, value) in enumerate(zip(table.fields, row["values"], strict=True), 1):
            codes = table.cells.get((row_no, field))
            sheet.write_string(n, c, str(safe_cell(value) or ""), fmt["bad"] if codes else None)
            if codes and comments < MAX_COMMENTS:
                sheet.write_comment(n, c, "Rules: " + ", ".join(codes))
                comments += 1
        sheet.write_string(n, len(table.fields) + 1, ", ".join(table.row_rules.get(row_no, [])))
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, len(table.rows), len(table.fields) + 1)
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
