"""Loading Ofsted Annex A workbooks: every list stored exactly as written, with its row number."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from openpyxl import Workbook

from cschub.errors import InputRefused
from cschub.sources.annex_a.lists import annex_lists, list_for_sheet
from cschub.sources.detect import detect
from cschub.sources.loader import load
from tests.sources.annex_a.workbook import build, headers

LA, YEAR = "E09000027", "2025-26"


def rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def test_all_eleven_lists_load_as_written(store, tmp_path):
    path = build(tmp_path / "annex_a.xlsx")
    report = load(store, [path], la=LA, year=YEAR)
    (outcome,) = report.files
    assert outcome.collection == "annex_a" and outcome.year == YEAR and outcome.la_code == LA
    assert outcome.tables == tuple(f"List{n}" for n in range(1, 12))
    assert outcome.rows == 22
    got = rows(store, "SELECT line, child_id_raw, date_of_birth_raw, date_of_birth, age_raw, age, "
                      "contact_date_raw, contact_date FROM ret_annex_a_list_1 ORDER BY line")
    assert [g[:2] for g in got] == [(2, "C1-1"), (4, "C2-1")]  # row 3 is blank
    assert got[0][2] == "2015-02-01" and got[0][3] == dt.date(2015, 2, 1)  # a real Excel date
    assert got[1][2] == "01/04/2025" and got[1][3] == dt.date(2025, 4, 1)  # a date as text
    assert got[0][4] == "3" and got[0][5] == 3
    for item in annex_lists():
        n = rows(store, f"SELECT count(*) FROM {item.table.store_table}")[0][0]
        assert n == 2, item.table.name


def test_formula_looking_text_is_stored_exactly(duck, tmp_path):
    path = build(tmp_path / "annex_a.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb["List 3"]
    texts = ["=1+1", "+447700900123", "-3", "@SUM(A1)"]
    for col, text in zip((9, 10, 11, 2), texts, strict=True):
        cell = ws.cell(row=2, column=col)
        cell.value = text
        cell.data_type = "s"  # text, not a formula
    wb.save(path)
    load(duck, [path], la=LA, year=YEAR, derive=False)
    got = rows(duck, "SELECT referrals_last_12_months_raw, allocated_team_raw, "
                     "allocated_worker_raw, gender_raw FROM ret_annex_a_list_3 WHERE line = 2")
    assert got == [tuple(texts)]


def test_sheet_name_variants_and_title_rows(duck, tmp_path):
    path = build(tmp_path / "annex.xlsx", sheet_name="List_{n} - Annex A", title_rows=2)
    report = load(duck, [path], la=LA, year=YEAR, derive=False)
    assert report.files[0].rows == 22
    got = rows(duck, "SELECT line FROM ret_annex_a_list_9 ORDER BY line")
    assert got == [(4,), (5,)]


def test_headers_match_ignoring_case_spaces_and_punctuation():
    item = annex_lists()[0]
    assert item.headers["ageofchildyears"] == "age"
    assert list_for_sheet("LIST 10 Adoption").table.name == "List10"
    assert list_for_sheet("List 1 - Contacts").table.name == "List1"
    assert list_for_sheet("Summary") is None


def test_a_list_missing_a_column_is_refused_with_sheet_row_and_column(duck, tmp_path):
    path = build(tmp_path / "annex_a.xlsx", drop=(8, "Date Started to be Looked After"),
                 title_rows=1)
    with pytest.raises(InputRefused) as err:
        load(duck, [path], la=LA, year=YEAR, derive=False)
    e = err.value
    assert "List 8" in e.problem and e.line == 2
    assert e.field == "Date Started to be Looked After"
    assert "Date Started to be Looked After" in (e.expected or "")
    assert "Date Started to be Looked After" not in (e.found or "")


def test_a_workbook_without_list_sheets_is_not_annex_a(tmp_path):
    wb = Workbook()
    wb.active.append(["Name", "Value"])
    path = tmp_path / "other.xlsx"
    wb.save(path)
    assert detect(path) is None


def test_a_text_file_named_xlsx_is_refused(tmp_path):
    path = tmp_path / "annex_a.xlsx"
    path.write_text("Child Unique ID,Gender\nC1,M\n")
    with pytest.raises(InputRefused, match="not a valid xlsx"):
        detect(path)


def test_headers_helper_matches_the_template():
    assert headers(1) == ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                          "Age of Child (Years)", "Date of Contact", "Contact Source"]
