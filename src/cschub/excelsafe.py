"""Keep spreadsheet programs from reading data as formulas."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

import xlsxwriter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A value safe to put in a CSV or workbook cell: text starting like a formula is prefixed
    with an apostrophe, which Excel shows as plain text. Numbers and None pass through."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_table(
    path: Path, title: str, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """Write rows to ``.csv`` or ``.xlsx``; no cell can become a formula."""
    if path.suffix.lower() == ".xlsx":
        book = xlsxwriter.Workbook(
            str(path),
            {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        sheet = book.add_worksheet(title[:31])
        bold = book.add_format({"bold": True})
        sheet.write_row(0, 0, list(columns), bold)
        for i, row in enumerate(rows, start=1):
            sheet.write_row(i, 0, [_plain(safe_cell(v)) for v in row])
        sheet.freeze_panes(1, 0)
        book.close()
        return
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(columns)
        for row in rows:
            out.writerow([safe_cell(v) for v in row])


def _plain(value: object) -> object:
    if value is None or isinstance(value, int | float | str):
        return value
    return str(value)
