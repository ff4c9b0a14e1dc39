"""The CIN census XML: every module of every child read, kept exactly as written, linked by keys."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from cschub.errors import InputRefused
from cschub.sources.cin import buffers
from cschub.sources.cin.xml_reader import census_year, read_xml, recognise
from cschub.sources.loader import load
from tests.conftest import DATA

SMALL = DATA / "cin" / "census_small.xml"


def rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def test_the_header_gives_the_la_and_the_year(store):
    report = load(store, [SMALL], derive=False)
    f = report.files[0]
    assert (f.collection, f.la_code, f.year) == ("cin", "E09000027", "2025-26")
    assert rows(store, "SELECT collection, year, CAST(referencedate AS VARCHAR), lea, "
                       "softwarecode_raw, xml_path FROM ret_cin_header") == [
        ("CIN", 2026, "2026-03-31", "318", "Hand made", "/Message/Header")]


def test_values_are_kept_exactly_as_written_beside_their_parsed_value(store):
    report = load(store, [SMALL], derive=False)
    ids = rows(store, "SELECT child_seq, lachildid_raw, lachildid, upn_raw, upn, formerupn_raw, "
                      "personbirthdate_raw, personbirthdate, sex, ethnicity_raw, xml_path "
                      "FROM ret_cin_child_identifiers ORDER BY row_no")
    assert ids[0] == (1, " A1 ", "A1", "", None, None, "2024-02-30", None, "F", "ZZZZ",
                      "/Message/Children/Child[1]/ChildIdentifiers[1]")
    assert ids[1][:4] == (2, "B2", "B2", None)  # an absent element is NULL, an empty one ''
    assert ids[1][7] is not None
    # the impossible birth date and the non-number count did not parse, but loaded
    assert report.files[0].unparsed_by_field == {"PersonBirthDate": 1, "NumberOfPreviousCPP": 1}


def test_every_cp_review_date_of_every_plan_is_kept(store):
    load(store, [SMALL], derive=False)
    plans = rows(store, "SELECT cin_seq, cpp_seq, numberofpreviouscpp_raw, numberofpreviouscpp "
                        "FROM ret_cin_child_protection_plans ORDER BY row_no")
    assert plans == [(1, 1, "0", 0), (1, 2, "one", None)]
    reviews = rows(store, "SELECT cpp_seq, CAST(cppreviewdate AS VARCHAR), xml_path "
                          "FROM ret_cin_cpp_reviews ORDER BY row_no")
    assert [r[:2] for r in reviews] == [(1, "2025-09-30"), (1, "2026-01-15"), (1, "2026-03-20"),
                                        (2, "2026-03-30")]
    assert reviews[2][2] == ("/Message/Children/Child[1]/CINdetails[1]/ChildProtectionPlans[1]"
                             "/Reviews[1]/CPPreviewDate[3]")


def test_modules_are_linked_to_their_child_and_episode_by_keys(store):
    load(store, [SMALL], derive=False)
    assert rows(store, "SELECT child_seq, cin_seq, lachildid, referralnfa FROM "
                       "ret_cin_cin_details ORDER BY row_no") == [
        (1, 1, "A1", "false"), (1, 2, "A1", "true")]
    assert rows(store, "SELECT child_seq, cin_seq, assessment_seq, assessmentfactors FROM "
                       "ret_cin_assessment_factors ORDER BY row_no") == [
        (1, 1, 1, "1C"), (1, 1, 1, "4A"), (1, 1, 2, "XX")]
    assert rows(store, "SELECT assessment_seq, xml_path FROM ret_cin_assessments "
                       "ORDER BY row_no") == [
        (1, "/Message/Children/Child[1]/CINdetails[1]/Assessments[1]"),
        (2, "/Message/Children/Child[1]/CINdetails[1]/Assessments[2]")]
    assert rows(store, "SELECT disability FROM ret_cin_disabilities ORDER BY row_no") == [
        ("HAND",), ("HEAR",)]
    assert rows(store, "SELECT cin_seq, icpcnotrequired FROM ret_cin_section47") == [(1, "1")]
    assert rows(store, "SELECT cin_seq, CAST(cinplanstartdate AS VARCHAR), cinplanenddate_raw "
                       "FROM ret_cin_cin_plan_dates") == [(2, "2026-02-10", None)]
    assert rows(store, "SELECT cin_seq, reviewmeetingscount, ppoutcome FROM "
                       "ret_cin_pre_proceedings") == [(2, 3, "A")]


def test_unknown_elements_and_stray_text_are_noted_not_fatal(duck):
    report = load(duck, [SMALL], derive=False)
    assert "ignored element Shoe (2 times)" in report.files[0].notes
    assert not any("stray" in n or "UPN" in n for n in report.files[0].notes)


def test_the_standard_dataset_gets_every_review_and_factor(duck):
    load(duck, [SMALL])
    assert rows(duck, "SELECT count(*) FROM ssd_cp_reviews") == [(4,)]
    assert rows(duck, "SELECT count(*) FROM ssd_assessment_factors") == [(3,)]
    assert rows(duck, "SELECT cine_referral_nfa FROM ssd_cin_episodes ORDER BY "
                      "cine_referral_date") == [("N",), ("Y",)]


class Recorder:
    """A stager that keeps what it is given."""

    def __init__(self) -> None:
        self.batches: list[tuple[str, dict, list, dict]] = []

    def write(self, table, values, lines=None, xml_paths=None, keys=None) -> None:
        self.batches.append((table.name, values, list(xml_paths or []), keys or {}))

    def table(self, name: str) -> tuple[dict, list]:
        values: dict[str, list] = {}
        paths: list = []
        for table, batch, batch_paths, _ in self.batches:
            if table == name:
                for field, column in batch.items():
                    values.setdefault(field, []).extend(column)
                paths += batch_paths
        return values, paths


def test_small_batches_give_the_same_rows_as_one_batch(monkeypatch):
    whole, pieces = Recorder(), Recorder()
    read_xml(recognise(SMALL), whole)
    monkeypatch.setattr(buffers, "BATCH", 2)
    read_xml(recognise(SMALL), pieces)
    assert max(len(p) for _, _, p, _ in pieces.batches) == 2
    for name in ("ChildIdentifiers", "CPPreviews", "AssessmentFactors", "CINdetails"):
        assert pieces.table(name) == whole.table(name)


def test_a_message_of_another_collection_is_not_a_cin_census(duck):
    assert recognise(DATA / "cin" / "not_cin.xml") is None
    with pytest.raises(InputRefused, match="does not recognise"):
        load(duck, [DATA / "cin" / "not_cin.xml"], la="E09000027", year="2025-26")


@pytest.mark.parametrize(("header", "year"), [
    ({"ReferenceDate": "2025-03-31", "Year": "2025"}, "2024-25"),
    ({"ReferenceDate": "2025-03-31"}, "2024-25"),
    ({"ReferenceDate": "31/03/2025", "Year": "2025"}, "2024-25"),
    ({"ReferenceDate": "2025-02-30", "Year": "2026"}, "2025-26"),
    ({"Year": "2026"}, "2025-26"),
    ({"Year": "twenty"}, None),
    ({}, None),
])
def test_the_year_follows_the_reference_date_else_the_stated_year(header, year):
    assert census_year(header, []) == year


def test_an_unknown_lea_leaves_the_la_to_the_user(tmp_path: Path, duck):
    path = tmp_path / "cin.xml"
    path.write_text(SMALL.read_text("utf-8").replace("<LEA>318</LEA>", "<LEA>999</LEA>"),
                    encoding="utf-8")
    assert recognise(path).la_code is None
    with pytest.raises(InputRefused, match="which local authority"):
        load(duck, [path])
    assert load(duck, [path], la="E09000027", derive=False).files[0].la_code == "E09000027"
