"""The DfE's SSDA903 XML export: written to the same return tables as the CSV files, with every
block counted independently here, and the social worker and DoLo blocks the reference reader
drops."""

from __future__ import annotations

import shutil

import pytest
import sqlalchemy as sa
from lxml import etree

from cschub.errors import InputRefused
from cschub.sources.loader import load
from cschub.sources.ssda903.xml_reader import recognise
from tests.conftest import DATA, REFERENCE

FAKE = REFERENCE / "ssda903" / "fake-903" / "fake_903.xml"
SW_DOLO = DATA / "ssda903" / "sw_dolo.xml"


def rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def _expected(root) -> dict[str, int]:
    children = root.findall("CHILD")
    text = lambda child, name: (child.findtext(f".//{name}") or "").strip()  # noqa: E731
    return {
        "header": len(children),
        "episodes": len(root.findall(".//EPISODE")),
        "reviews": len(root.findall(".//AREVIEW")),
        "missing": len(root.findall(".//AMISSING")),
        "oc2": len(root.findall(".//OC2")),
        "placed_adoption": len(root.findall(".//AD_PLACED")),
        "prev_perm": len(root.findall(".//PERMANENCE")),
        "uasc": sum(text(c, "UASC") == "1" or bool(text(c, "DUC")) for c in children),
        "oc3": sum(any(c.find(f".//{n}") is not None for n in ("IN_TOUCH", "ACTIV", "ACCOM"))
                   for c in children),
        "ad1": sum(c.find(".//DATE_INT") is not None for c in children),
        "sw_episodes": len(root.findall(".//SWEPISODE")) + len(root.findall(".//SW_EPISODE")),
        "dolo": len(root.findall(".//DOLO")),
    }


@pytest.fixture()
def fake_folder(tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    shutil.copy(FAKE, folder / "export.xml")
    return folder


def test_the_export_has_no_year_or_la_of_its_own():
    detected = recognise(FAKE)
    assert (detected.collection, detected.format, detected.year, detected.la_code) == (
        "ssda903", "xml", None, None)
    assert detected.whole_return


def test_the_fake_export_loads_every_table(store, fake_folder):
    report = load(store, [fake_folder], derive=False)
    assert (report.files[0].la_code, report.files[0].year) == ("E09000027", "2025-26")
    expected = _expected(etree.parse(str(FAKE)).getroot())
    assert expected["uasc"] and expected["oc3"] and expected["ad1"]
    for table, n in expected.items():
        assert rows(store, f"SELECT count(*) FROM ret_ssda903_{table}") == [(n,)], table
    assert report.files[0].notes == []


def test_values_are_kept_as_written_and_renamed_to_the_csv_columns(duck, fake_folder):
    load(duck, [fake_folder], derive=False)
    root = etree.parse(str(FAKE)).getroot()
    child = root.find("CHILD")
    first = child.find("EPISODE")
    got = rows(duck, "SELECT child, place_raw, decom_raw, xml_path FROM ret_ssda903_episodes "
                     "ORDER BY row_no LIMIT 1")[0]
    assert got == (child.findtext("HEADER/CHILDID"), first.findtext("PL"),
                   first.findtext("DECOM"), "/EXPSSDA903/CHILD[1]/EPISODE[1]")
    review = rows(duck, "SELECT child, dob_raw, review_raw, xml_path FROM ret_ssda903_reviews "
                        "ORDER BY row_no LIMIT 1")[0]
    assert review == (child.findtext("HEADER/CHILDID"), child.findtext("HEADER/DOB"),
                      child.findtext("HEADER/AREVIEW/REVIEW"),
                      "/EXPSSDA903/CHILD[1]/HEADER/AREVIEW[1]")
    # <REASON_PLACE_CHANGE /> is '' as written; the first child's OC2 has no SDQ_REASON: NULL
    assert rows(duck, "SELECT reason_place_change_raw FROM ret_ssda903_episodes "
                      "ORDER BY row_no LIMIT 2")[1] == ("",)
    assert rows(duck, "SELECT sdq_reason_raw FROM ret_ssda903_oc2 ORDER BY row_no LIMIT 1") == [
        (None,)]


def test_social_worker_and_dolo_blocks_are_read(duck):
    report = load(duck, [SW_DOLO], la="E09000027", year="2026-27", derive=False)
    assert rows(duck, "SELECT child, dob_raw, sw_id, sw_dec_raw, CAST(sw_dec AS VARCHAR), "
                      "sw_reason, xml_path FROM ret_ssda903_sw_episodes ORDER BY row_no") == [
        ("C1", "01/01/2012", "SW1", None, None, None, "/EXPSSDA903/CHILD[1]/SWEPISODE[1]"),
        ("C1", "01/01/2012", "SW2", " 30/06/2026 ", "2026-06-30", "MGRJOB",
         "/EXPSSDA903/CHILD[1]/SW_EPISODE[1]")]
    assert rows(duck, "SELECT child, dolo_start_raw, dolo_end_raw, dolo_end FROM "
                      "ret_ssda903_dolo") == [("C1", "02/05/2026", "", None)]
    assert rows(duck, "SELECT child, duc_raw FROM ret_ssda903_uasc") == [("C1", "01/01/2030")]
    assert rows(duck, "SELECT child, dob_raw, dob FROM ret_ssda903_header ORDER BY row_no")[1] == (
        "C2", "31/02/2015", None)
    notes = report.files[0].notes
    assert "ignored element FUTURE_BLOCK (1 times)" in notes
    assert "ignored element SW_EPISODE/SW_HAT (1 times)" in notes


def test_a_broken_export_is_refused_with_its_line(duck, tmp_path):
    path = tmp_path / "export.xml"
    text = SW_DOLO.read_text("utf-8")
    path.write_text(text.replace("</EPISODE>", "</EPISODES>", 1), encoding="utf-8")
    with pytest.raises(InputRefused) as info:
        load(duck, [path], la="E09000027", year="2026-27")
    assert "not well-formed" in str(info.value)
    assert info.value.line == text[: text.index("</EPISODE>")].count("\n") + 1
