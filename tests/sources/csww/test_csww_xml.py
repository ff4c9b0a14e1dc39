"""The CSWW census XML: every worker read, kept exactly as written, derived into the workforce
tables of the standard dataset (DuckDB and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from cschub.sources.cin.xml_reader import recognise as recognise_cin
from cschub.sources.csww.reader import census_year, recognise
from cschub.sources.loader import load

SMALL = Path(__file__).parent / "data" / "census_small.xml"
CIN = Path(__file__).parents[2] / "data" / "cin" / "census_small.xml"


def rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def test_the_header_gives_the_la_and_the_year(store):
    report = load(store, [SMALL], derive=False)
    f = report.files[0]
    assert (f.collection, f.la_code, f.year) == ("csww", "E09000027", "2024-25")
    assert rows(store, "SELECT collection, year, CAST(referencedate AS VARCHAR), lea, "
                       "softwarecode_raw, xml_path FROM ret_csww_header") == [
        ("CSWW", 2025, "2025-09-30", "318", "Hand made", "/Message/Header")]
    assert rows(store, "SELECT numberofvacancies_raw, numberofvacancies, noagencyheadcount "
                       "FROM ret_csww_la_level_vacancies") == [("3.50", 3.5, 2)]


def test_values_are_kept_exactly_as_written_beside_their_parsed_value(store):
    report = load(store, [SMALL], derive=False)
    got = rows(store, "SELECT worker_seq, sweno_raw, sweno, fte_raw, fte, "
                      "rolestartdate_raw, CAST(rolestartdate AS VARCHAR), cases30_raw, cases30, "
                      "xml_path FROM ret_csww_workers ORDER BY worker_seq")
    assert got[0] == (1, "SW1000000001", "SW1000000001", "1.000000", 1.0, "2019-01-07",
                      "2019-01-07", "17", 17, "/Message/CSWWWorker[1]")
    # a padded number is trimmed; an impossible date and a word for a count load unparsed
    assert got[1] == (2, " SW1000000002 ", "SW1000000002", "0.5", 0.5, "2025-31-01", None,
                      "nine", None, "/Message/CSWWWorker[2]")
    assert report.files[0].unparsed_by_field == {"RoleStartDate": 1, "Cases30": 1}
    assert report.files[0].notes == ["ignored element Colour (1 times)"]


def test_every_repeated_element_is_a_row_of_its_own(store):
    load(store, [SMALL], derive=False)
    assert rows(store, "SELECT worker_seq, item_seq, sweno, qualinst, xml_path "
                       "FROM ret_csww_qualifications ORDER BY worker_seq, item_seq") == [
        (1, 1, "SW1000000001", "University of Kent", "/Message/CSWWWorker[1]/QualInst[1]"),
        (1, 2, "SW1000000001", "Open University", "/Message/CSWWWorker[1]/QualInst[2]"),
        (2, 1, "SW1000000002", "Unknown", "/Message/CSWWWorker[2]/QualInst[1]"),
        (3, 1, "SW1000000003", "University of Sussex", "/Message/CSWWWorker[3]/QualInst[1]")]
    assert rows(store, "SELECT contractweeks_raw, contractweeks FROM ret_csww_contract_weeks") \
        == [("52.0", 52.0)]
    assert rows(store, "SELECT reasonabsence FROM ret_csww_absence_reasons") == [("SIC",)]


def test_the_standard_dataset_gets_the_census_its_workers_and_their_items(store):
    report = load(store, [SMALL])
    assert report.derived["ssd_workforce_worker"] == 3
    census = rows(store, "SELECT CAST(wfce_census_date AS VARCHAR), wfce_vacancies_fte, "
                         "wfce_agency_cover_fte, wfce_agency_cover_headcount "
                         "FROM ssd_workforce_census")
    assert [(c[0], float(c[1]), float(c[2]), c[3]) for c in census] == [
        ("2025-09-30", 3.5, 2.0, 2)]
    workers = rows(store, "SELECT wfwk_worker_id, wfwk_agency_worker, wfwk_ethnicity, "
                          "CAST(wfwk_role_end_date AS VARCHAR), wfwk_cases_30 "
                          "FROM ssd_workforce_worker ORDER BY wfwk_worker_id")
    assert workers == [("20250930/SW1000000001", "0", "BAFR", None, 17),
                       ("20250930/SW1000000002", "1", "WBRI", None, None),
                       ("20250930/SW1000000003", "0", "WIRI", "2025-03-14", None)]
    items = rows(store, "SELECT wfit_worker_id, wfit_item, wfit_position, wfit_value "
                        "FROM ssd_workforce_worker_items ORDER BY wfit_item_id")
    assert ("20250930/SW1000000001", "QualInst", 2, "Open University") in items
    assert ("20250930/SW1000000003", "ContractWeeks", 1, "52.0") in items
    assert len(items) == 8
    assert rows(store, "SELECT prof_professional_id, prof_agency_worker_flag, "
                       "prof_professional_caseload FROM ssd_professionals "
                       "ORDER BY prof_professional_id") == [
        ("SW1000000001", "N", 17), ("SW1000000002", "Y", None), ("SW1000000003", "N", None)]


def test_a_csww_census_is_not_a_cin_census_nor_the_other_way_round():
    assert recognise_cin(SMALL) is None
    assert recognise(CIN) is None
    assert recognise(SMALL).collection == "csww"


@pytest.mark.parametrize(("header", "year"), [
    ({"ReferenceDate": "2025-09-30", "Year": "2025"}, "2024-25"),
    ({"ReferenceDate": "2026-09-30"}, "2025-26"),
    ({"ReferenceDate": "2025-02-30", "Year": "2024"}, "2023-24"),
    ({"Year": "2022"}, "2021-22"),
    ({}, None),
])
def test_the_year_ends_in_the_census_dates_year_else_the_stated_year(header, year):
    assert census_year(header) == year
