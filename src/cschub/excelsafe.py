"""Keep spreadsheet programs from reading data as formulas."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A value safe to put in a CSV or workbook cell: text starting like a formula is prefixed
    with an apostrophe, which Excel shows as plain text. Numbers and None pass through."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
