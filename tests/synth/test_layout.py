"""Files and columns are exactly where and what the loaders expect."""

from __future__ import annotations

import csv

import openpyxl
import yaml

from .conftest import REFERENCE, needs_reference

COLUMNS_903 = {
    "header.csv": "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB",
    "episodes.csv": "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
    "HOME_POST,PL_POST,URN",
    "reviews.csv": "CHILD,DOB,REVIEW,REVIEW_CODE",
    "uasc.csv": "CHILD,SEX,DOB,DUC",
    "oc2.csv": "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
    "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED",
    "oc3.csv": "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
    "ad1.csv": "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR",
    "placed_for_adoption.csv": "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
    "previous_permanence.csv": "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM",
    "missing.csv": "CHILD,DOB,MISSING,MIS_START,MIS_END",
    "sw_episodes.csv": "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON",
}


def _header(path) -> str:
    with path.open(newline="") as f:
        return ",".join(next(csv.reader(f)))


def test_903_files_and_columns_per_year(clean_la):
    for label in clean_la.manifest["years"]:
        folder = clean_la.path("ssda903", label)
        expected = dict(COLUMNS_903)
        if label < "2023-24":
            del expected["sw_episodes.csv"]
        assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
        for file, columns in expected.items():
            assert _header(folder / file) == columns, file


def test_dolo_from_2026_27(tmp_path):
    from cschub.synth import generate

    generate(tmp_path, 1000, (2025, 2027), "E09000027", seed=1)
    assert (
        _header(tmp_path / "E09000027/ssda903/2026-27/dolo.csv") == "CHILD,DOB,DOLO_START,DOLO_END"
    )
    assert not (tmp_path / "E09000027/ssda903/2025-26/dolo.csv").exists()


def test_ssd_columns_exist_in_the_ssd_model(clean_la):
    needs_reference()
    objects = REFERENCE / "ssd" / "ssd-data-model" / "data" / "objects"
    required = {
        "ssd_person",
        "ssd_disability",
        "ssd_cin_episodes",
        "ssd_cin_assessments",
        "ssd_assessment_factors",
        "ssd_cin_plans",
        "ssd_s47_enquiry",
        "ssd_initial_cp_conference",
        "ssd_cp_plans",
        "ssd_cp_reviews",
        "ssd_cla_episodes",
        "ssd_cla_placement",
        "ssd_cla_reviews",
        "ssd_missing",
        "ssd_legal_status",
        "ssd_professionals",
        "ssd_involvements",
        "ssd_care_leavers",
        "ssd_immigration_status",
    }
    written = {p.stem for p in clean_la.path("ssd").glob("ssd_*.csv")}
    assert required <= written
    for table in written:
        fields = {
            f["name"]
            for f in yaml.safe_load((objects / f"{table}.yml").read_text())["nodes"][0]["fields"]
        }
        columns = _header(clean_la.path("ssd", f"{table}.csv")).split(",")
        assert set(columns) <= fields, (table, set(columns) - fields)


def test_ssd_person_ids_are_the_return_ids(clean_la):
    with clean_la.path("ssd", "ssd_person.csv").open(newline="") as f:
        people = {r["pers_person_id"]: r for r in csv.DictReader(f)}
    with clean_la.path("ssda903", "2025-26", "header.csv").open(newline="") as f:
        header = [r["CHILD"] for r in csv.DictReader(f)]
    assert set(header) <= set(people)
    assert all(p["pers_forename"] and p["pers_surname"] for p in people.values())


def test_annex_a_sheets_and_headers(clean_la):
    needs_reference()
    spec = yaml.safe_load((REFERENCE / "annex-a" / "Annex_A_schema.yml").read_text())["column_map"]
    wb = openpyxl.load_workbook(clean_la.path("annex_a", "2025-26", "annex_a.xlsx"), read_only=True)
    assert wb.sheetnames == [f"List {i}" for i in range(1, 12)]
    for i in range(1, 12):
        headers = [c.value for c in next(wb[f"List {i}"].iter_rows(max_row=1))]
        assert headers == list(spec[f"list_{i}"]), i
    assert wb["List 1"].max_row > 100 and wb["List 8"].max_row > 100
