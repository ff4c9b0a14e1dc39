"""Validation reports: the JSON shape, Excel and HTML an analyst can act on, nothing hidden."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from cschub.cli.validate import write_report
from cschub.rules.validate import validate_files

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"


@pytest.fixture
def return_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "header.csv").write_text(
        HEADER + "A1,M,01/02/2015,WBRI,,,\n=cmd,X,31/02/2015,XXXX,,,\nA3,F,01/02/2016,ZZZZ,,,\n"
    )
    return folder


def _run(folder: Path, fmt: str, out: Path):
    return validate_files(
        [folder], "ssda903", "2025-26", report=lambda run, store: write_report(fmt, run, store, out)
    )


def test_json_has_exactly_the_documented_shape(return_folder, tmp_path):
    out = tmp_path / "r.json"
    _run(return_folder, "json", out)
    doc = json.loads(out.read_text())
    assert set(doc) == {"collection", "year", "la", "rules", "issues"}
    assert (doc["collection"], doc["year"], doc["la"]) == ("ssda903", "2025-26", "E09000027")
    assert all(set(r) == {"code", "message", "status", "count", "detail"} for r in doc["rules"])
    assert all(set(i) == {"code", "child", "table", "line", "fields"} for i in doc["issues"])
    ethnic = sorted((i["child"], i["line"]) for i in doc["issues"] if i["code"] == "103")
    assert ethnic == [("=cmd", 3), ("A3", 4)]
    sex = [i for i in doc["issues"] if i["code"] == "101"]
    assert sex == [
        {"code": "101", "child": "=cmd", "table": "Header", "line": 3, "fields": ["SEX"]}
    ]
    statuses = {r["code"]: r["status"] for r in doc["rules"]}
    assert statuses["101"] == "failed" and statuses["102"] == "failed"
    assert {r["status"] for r in doc["rules"]} <= {"passed", "failed", "errored", "not_applicable"}
    assert all(r["detail"] for r in doc["rules"] if r["status"] in ("errored", "not_applicable"))


def test_excel_report_summarises_highlights_and_never_holds_a_formula(return_folder, tmp_path):
    out = tmp_path / "r.xlsx"
    _run(return_folder, "xlsx", out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:2] == ["Summary", "Children"]
    summary = [[c.value for c in row] for row in book["Summary"].iter_rows(min_row=4)]
    row_103 = next(r for r in summary if r[0] == "103")
    assert row_103[2] == "failed" and row_103[3] == 2
    assert any(r[2] == "not applicable" and r[6] for r in summary)
    rows = book["Header rows"]
    at = next(r for r in range(2, rows.max_row + 1) if rows.cell(row=r, column=2).value == "'=cmd")
    bad = rows.cell(row=at, column=5)  # ETHNIC (columns: Line, CHILD, SEX, DOB, ETHNIC, ...)
    assert bad.value == "XXXX" and bad.fill.fgColor.rgb.endswith("F4B6B6")
    assert "103" in bad.comment.text
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(c.data_type != "f" for c in row)


def test_html_report_lists_rules_that_did_not_run_and_escapes_data(return_folder, tmp_path):
    out = tmp_path / "r.html"
    _run(return_folder, "html", out)
    html = out.read_text()
    assert "Rules that did not run" in html and '<html lang="en-GB">' in html
    assert "=cmd" in html and "<script>alert" not in html
    assert html.count('class="tag failed"') >= 3
