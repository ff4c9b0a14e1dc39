"""The CIN census and the 903 XML export: every module read, kept as written, bombs refused."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from lxml import etree

from cschub.errors import InputRefused
from cschub.sources.loader import load
from tests.conftest import REFERENCE

CENSUS = """<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2026</Year>
      <ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>318</LEA><SoftwareCode>X</SoftwareCode>
      <Release>1</Release><SerialNo>1</SerialNo><DateTime>2026-05-01T10:00:00</DateTime></Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID> A1 </LAchildID><UPN/><UPNunknown>UN1</UPNunknown>
        <PersonBirthDate>2015-02-30</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity>
        <Disabilities><Disability>HAND</Disability><Disability>HEAR</Disability></Disabilities>
      </ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource>
        <PrimaryNeedCode>N1</PrimaryNeedCode>
        <Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>1C</AssessmentFactors>
            <AssessmentFactors>4A</AssessmentFactors></FactorsIdentifiedAtAssessment>
        </Assessments>
        <Assessments><AssessmentActualStartDate>2025-09-02</AssessmentActualStartDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>XX</AssessmentFactors>
          </FactorsIdentifiedAtAssessment></Assessments>
        <ChildProtectionPlans><CPPstartDate>2025-07-01</CPPstartDate>
          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
          <Reviews><CPPreviewDate>2025-09-30</CPPreviewDate><CPPreviewDate>2026-01-15</CPPreviewDate>
            <CPPreviewDate>2026-03-20</CPPreviewDate></Reviews>
        </ChildProtectionPlans>
        <ReferralNFA>false</ReferralNFA>
      </CINdetails>
      <CINdetails><CINreferralDate>2026-02-01</CINreferralDate><ReferralNFA>true</ReferralNFA>
      </CINdetails>
    </Child>
    <Child>
      <ChildIdentifiers><LAchildID>B2</LAchildID><PersonBirthDate>2012-01-01</PersonBirthDate>
      </ChildIdentifiers>
    </Child>
  </Children>
</Message>
"""


def rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def write(tmp_path: Path, text: str, name: str = "cin.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_module_is_read_and_kept_as_written(store, tmp_path):
    report = load(store, [write(tmp_path, CENSUS)])
    f = report.files[0]
    assert (f.collection, f.la_code, f.year) == ("cin", "E09000027", "2025-26")
    ids = rows(store, "SELECT lachildid_raw, lachildid, upn_raw, upn, personbirthdate_raw, "
                      "personbirthdate, sex, ethnicity FROM ret_cin_child_identifiers "
                      "ORDER BY row_no")
    assert ids[0] == (" A1 ", "A1", "", None, "2015-02-30", None, "F", "WBRI")
    assert ids[1][0] == "B2" and ids[1][2] is None  # absent element: NULL, not ''
    assert rows(store, "SELECT disability FROM ret_cin_disabilities ORDER BY row_no") == [
        ("HAND",), ("HEAR",)]
    assert rows(store, "SELECT child_seq, cin_seq, assessment_seq, assessmentfactors FROM "
                       "ret_cin_assessment_factors ORDER BY row_no") == [
        (1, 1, 1, "1C"), (1, 1, 1, "4A"), (1, 1, 2, "XX")]
    reviews = rows(store, "SELECT cpp_seq, CAST(cppreviewdate AS VARCHAR), xml_path FROM "
                          "ret_cin_cpp_reviews ORDER BY row_no")
    assert [r[1] for r in reviews] == ["2025-09-30", "2026-01-15", "2026-03-20"]
    assert reviews[2][2].endswith("ChildProtectionPlans[1]/Reviews[1]/CPPreviewDate[3]")
    assert rows(store, "SELECT count(*), max(cin_seq) FROM ret_cin_cin_details") == [(2, 2)]
    assert rows(store, "SELECT numberofpreviouscpp FROM ret_cin_child_protection_plans") == [(0,)]
    assert f.unparsed == 1  # the impossible birth date


def test_the_standard_dataset_gets_every_review_and_factor(duck, tmp_path):
    load(duck, [write(tmp_path, CENSUS)])
    assert rows(duck, "SELECT count(*) FROM ssd_cp_reviews") == [(3,)]
    assert rows(duck, "SELECT count(*) FROM ssd_assessment_factors") == [(3,)]
    assert rows(duck, "SELECT count(*) FROM ssd_cin_episodes") == [(2,)]
    assert rows(duck, "SELECT cine_referral_nfa FROM ssd_cin_episodes ORDER BY "
                      "cine_referral_date") == [("N",), ("Y",)]


@pytest.mark.parametrize("sample", sorted((REFERENCE / "cin" / "samples").glob("*.xml")),
                         ids=lambda p: p.name)
def test_the_fake_cin_samples_load(duck, sample, tmp_path):
    report = load(duck, [sample], la="E09000027")
    assert report.files[0].rows > 0
    root = etree.parse(str(sample)).getroot()
    children = len(root.findall(".//Child"))
    assert rows(duck, "SELECT count(*) FROM ret_cin_child_identifiers r JOIN return_file f "
                      "USING (file_id) WHERE f.current")[0][0] == children


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<Message><Header><CollectionDetails><Collection>CIN</Collection></CollectionDetails></Header>
<Children><Child><ChildIdentifiers><LAchildID>&lol4;</LAchildID></ChildIdentifiers></Child>
</Children></Message>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Message><Header><CollectionDetails><Collection>CIN</Collection></CollectionDetails></Header>
<Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child>
</Children></Message>"""


@pytest.mark.parametrize(("text", "problem", "line"), [
    (BOMB, "entities", 2),
    (EXTERNAL, "entities", 2),
    (CENSUS[: CENSUS.index("<Assessments>") + 40], "not well-formed", None),
    (CENSUS.replace("</UPNunknown>", "</UPN>", 1), "not well-formed", 11),
], ids=["entity-bomb", "external-entity", "truncated", "mismatched-tag"])
def test_broken_or_dangerous_xml_is_refused_without_expanding_anything(store, tmp_path, text,
                                                                      problem, line):
    start = time.perf_counter()
    with pytest.raises(InputRefused) as info:
        load(store, [write(tmp_path, text)], la="E09000027", year="2025-26")
    assert time.perf_counter() - start < 30
    assert problem in str(info.value) and "cin.xml" in str(info.value)
    if line:
        assert info.value.line == line
    assert "root:" not in str(info.value)
    assert rows(store, "SELECT count(*) FROM return_file") == [(0,)]


def test_a_file_that_is_not_xml_but_named_so_is_refused(duck, tmp_path):
    path = tmp_path / "census.xml"
    path.write_bytes(b"CHILD,SEX\nA,1\n")
    with pytest.raises(InputRefused) as info:
        load(duck, [path], la="E09000027", year="2025-26")
    assert "not a valid xml file" in str(info.value)


def test_the_903_xml_export_loads_every_table(store, tmp_path):
    fake = REFERENCE / "ssda903" / "fake-903" / "fake_903.xml"
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "export.xml").write_bytes(fake.read_bytes())
    load(store, [folder])
    root = etree.parse(str(fake)).getroot()
    expected = {"header": len(root.findall("CHILD")), "episodes": len(root.findall(".//EPISODE")),
                "reviews": len(root.findall(".//AREVIEW")),
                "missing": len(root.findall(".//AMISSING")), "oc2": len(root.findall(".//OC2")),
                "placed_adoption": len(root.findall(".//AD_PLACED")),
                "prev_perm": len(root.findall(".//PERMANENCE"))}
    for table, n in expected.items():
        assert rows(store, f"SELECT count(*) FROM ret_ssda903_{table}") == [(n,)], table
    first = root.find("CHILD/EPISODE")
    got = rows(store, "SELECT place_raw, decom_raw, xml_path FROM ret_ssda903_episodes "
                      "ORDER BY row_no LIMIT 1")[0]
    assert got[:2] == (first.findtext("PL"), first.findtext("DECOM"))
    assert got[2] == "/EXPSSDA903/CHILD[1]/EPISODE[1]"


def test_903_xml_social_worker_and_dolo_blocks_are_read(duck, tmp_path):
    text = """<EXPSSDA903><CHILD><HEADER><CHILDID>C1</CHILDID><DOB>01/01/2012</DOB>
    <SEX>M</SEX></HEADER>
    <EPISODE><DECOM>01/05/2026</DECOM><PL>U1</PL></EPISODE>
    <SWEPISODE><SW_ID>SW1</SW_ID><SW_DECOM>01/05/2026</SW_DECOM></SWEPISODE>
    <DOLO><DOLO_START>02/05/2026</DOLO_START><DOLO_END></DOLO_END></DOLO></CHILD></EXPSSDA903>"""
    path = write(tmp_path, text, "x.xml")
    load(duck, [path], la="E09000027", year="2026-27")
    assert rows(duck, "SELECT child, sw_id FROM ret_ssda903_sw_episodes") == [("C1", "SW1")]
    assert rows(duck, "SELECT child, dolo_start_raw, dolo_end_raw FROM ret_ssda903_dolo") == [
        ("C1", "02/05/2026", "")]
