"""Validation reports: the JSON shape, Excel and HTML an analyst can act on, nothing hidden."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from cschub.cli.validate import FORMATS, write_report
from cschub.rules import report_xlsx
from cschub.rules.record import record_run
from cschub.rules.validate import validate_files, validate_stored
from cschub.sources.loader import load

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


def test_csv_lists_every_issue_in_order_and_never_a_formula(return_folder, tmp_path):
    out = tmp_path / "r.csv"
    run = _run(return_folder, "csv", out)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["code", "message", "child", "table", "line", "fields"]
    issues = [r for r in rows[1:] if r[3]]
    assert len(issues) == len(run.issues)
    assert ["103", "'=cmd", "Header", "3", "ETHNIC"] in [[r[0], *r[2:]] for r in issues]
    assert not any(cell.startswith("=") for row in rows for cell in row)
    assert any(r[1].startswith("not_applicable: ") for r in rows[1:] if not r[3])


def test_excel_children_sheet_has_one_row_per_child(return_folder, tmp_path):
    out = tmp_path / "r.xlsx"
    run = _run(return_folder, "xlsx", out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["Summary", "Children", "Issues"]
    rows = {r[0]: r for r in book["Children"].iter_rows(min_row=2, values_only=True)}
    assert {"'=cmd", "A3"} <= set(rows)
    cmd = rows["'=cmd"]
    assert cmd[1] == sum(1 for i in run.issues if i.child == "=cmd")
    assert {"101", "103"} <= set(cmd[2].split(", ")) and cmd[3] == "Header: 3"
    assert rows["A3"][3] == "Header: 4" and "103" in rows["A3"][2].split(", ")


def test_excel_of_a_very_large_run_says_what_it_leaves_out(return_folder, tmp_path, monkeypatch):
    monkeypatch.setattr(report_xlsx, "ISSUE_ROWS", 1)
    monkeypatch.setattr(report_xlsx, "TABLE_ROWS", 1)
    out = tmp_path / "r.xlsx"
    _run(return_folder, "xlsx", out)
    book = openpyxl.load_workbook(out)
    assert "Issues" not in book.sheetnames
    note = book["Summary"].cell(row=2, column=1).value
    assert "the JSON and CSV list every one" in note
    assert "Header rows: the first 1 of 3 flagged rows" in note
    lines = [r[0] for r in book["Header rows"].iter_rows(min_row=2, values_only=True)]
    assert lines == [2]  # every row is flagged; the first by line is kept


def test_every_report_and_the_record_of_a_stored_return(store, return_folder, tmp_path):
    load(store, [return_folder], year="2025-26", command="test", derive=False)
    run = validate_stored(store, "ssda903", "2025-26", None)
    for fmt in FORMATS:
        write_report(fmt, run, store, tmp_path / f"r.{fmt}")
    rows = openpyxl.load_workbook(tmp_path / "r.xlsx")["Header rows"]
    book_rows = [[c.value for c in r] for r in rows.iter_rows(min_row=2)]
    assert [r[0] for r in book_rows] == [2, 3, 4] and book_rows[1][1] == "'=cmd"
    assert "'=cmd,Header,3,ETHNIC" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    run_id = record_run(store, run)
    with store.engine.connect() as conn:
        stored = conn.execute(sa.text(
            "SELECT child, line FROM validation_issue WHERE run_id = :r AND code = '103' "
            "ORDER BY line"), {"r": run_id}).all()
        total = conn.execute(sa.text(
            "SELECT count(*) FROM validation_issue WHERE run_id = :r"), {"r": run_id}).scalar()
    assert [tuple(r) for r in stored] == [("=cmd", 3), ("A3", 4)]
    assert total == len(run.issues)
