"""Nothing from the data reaches a spreadsheet as a formula."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from cschub.excelsafe import safe_cell, write_table

DANGEROUS = ["=1+1", "+44 20 7946 0000", "-3", "@SUM(A1)", '=HYPERLINK("http://x")']


def test_formula_like_text_is_escaped_and_other_values_pass() -> None:
    assert [safe_cell(v) for v in DANGEROUS] == ["'" + v for v in DANGEROUS]
    assert safe_cell("WBRI") == "WBRI" and safe_cell(-3) == -3 and safe_cell(None) is None


def test_workbooks_and_csv_hold_text_not_formulas(tmp_path: Path) -> None:
    rows = [(v, 1) for v in DANGEROUS]
    write_table(tmp_path / "t.xlsx", "t", ["value", "n"], rows)
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    cells = [sheet.cell(row=i, column=1) for i in range(2, len(DANGEROUS) + 2)]
    assert all(c.data_type == "s" for c in cells)
    assert [c.value for c in cells] == ["'" + v for v in DANGEROUS]
    write_table(tmp_path / "t.csv", "t", ["value", "n"], rows)
    with (tmp_path / "t.csv").open(encoding="utf-8-sig") as fh:
        values = [r[0] for r in list(csv.reader(fh))[1:]]
    assert all(not v.startswith(("=", "+", "-", "@")) for v in values)
