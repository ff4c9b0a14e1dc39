"""Every SSDA903 column and CIN census element has a home in the standard dataset."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml


def words(text: str) -> list[str]:
    """Whitespace-separated names (keeps long lists readable)."""
    return text.split()


SSDA903 = {
    "Header": "CHILD SEX DOB ETHNIC UPN MOTHER MC_DOB UASC",
    "Episodes": "CHILD DECOM RNE LS CIN PLACE PLACE_PROVIDER DEC REC REASON_PLACE_CHANGE HOME_POST "
    "PL_POST URN PL_LA PL_LOCATION PL_DISTANCE CONTINUOUSLY_LOOKED_AFTER",
    "Reviews": "CHILD DOB REVIEW REVIEW_CODE",
    "UASC": "CHILD SEX DOB DUC",
    "OC2": "CHILD DOB SDQ_SCORE SDQ_REASON CONVICTED HEALTH_CHECK IMMUNISATIONS TEETH_CHECK "
    "HEALTH_ASSESSMENT SUBSTANCE_MISUSE INTERVENTION_RECEIVED INTERVENTION_OFFERED",
    "OC3": "CHILD DOB IN_TOUCH ACTIV ACCOM",
    "AD1": "CHILD DOB DATE_INT DATE_MATCH FOSTER_CARE NB_ADOPTR SEX_ADOPTR LS_ADOPTR",
    "PlacedAdoption": "CHILD DOB DATE_PLACED DATE_PLACED_CEASED REASON_PLACED_CEASED",
    "PrevPerm": "CHILD DOB PREV_PERM LA_PERM DATE_PERM",
    "Missing": "CHILD DOB MISSING MIS_START MIS_END",
    "SWEpisodes": "CHILD DOB SW_ID SW_DECOM SW_DEC SW_REASON",
    "DoLo": "CHILD DOB DOLO_START DOLO_END",
}
CIN = words("""
Collection Year ReferenceDate SourceLevel LEA SoftwareCode Release SerialNo DateTime
LAchildID UPN FormerUPN UPNunknown PersonBirthDate ExpectedPersonBirthDate GenderCurrent Sex
PersonDeathDate Ethnicity Disability CINreferralDate ReferralSource PrimaryNeedCode CINclosureDate
ReasonForClosure DateOfInitialCPC ReferralNFA AssessmentActualStartDate
AssessmentInternalReviewDate AssessmentAuthorisationDate AssessmentFactors CINPlanStartDate
CINPlanEndDate S47ActualStartDate InitialCPCtarget ICPCnotRequired CPPstartDate CPPendDate
InitialCategoryOfAbuse LatestCategoryOfAbuse NumberOfPreviousCPP CPPreviewDate PPStartDate
LBPSentDate FGDMMeetingOffer FGDMMeetingFac InitialPPMeetingDate ReviewMeetingsCount
StepDecisionDate PPOutcome CourtAppDate LetterInitCPDate""")


@pytest.fixture(scope="module")
def mappings() -> list[dict]:
    text = resources.files("cschub.model").joinpath("spec", "return_mappings.yaml").read_text()
    return yaml.safe_load(text)


def test_every_ssda903_column_is_mapped(mappings):
    mapped = {
        (m["return_table"], m["return_field"]) for m in mappings if m["collection"] == "SSDA903"
    }
    wanted = {(t, c) for t, cols in SSDA903.items() for c in cols.split()}
    assert wanted - mapped == set()


def test_every_cin_element_is_mapped(mappings):
    mapped = {m["return_field"] for m in mappings if m["collection"] == "CIN"}
    assert set(CIN) - mapped == set()


def test_mappings_point_at_real_fields(mappings, spec):
    for m in mappings:
        if m["ssd_table"] is None:
            assert "metadata" in m["note"], m
            continue
        assert m["ssd_field"] in spec[m["ssd_table"]].field_names, m


def test_lists_match_the_validators_note(reference):
    note = (reference.parent / "background" / "validators.md").read_text()
    section = note.split("### 2.2")[1].split("Previous-year files")[0]
    rows = re.findall(r"^\| (\w+) \| (.+?) \|$", section, re.M)
    assert len(rows) > 10
    for table, cols in rows:
        if table == "Table":
            continue
        cols = re.sub(r"\(from [^)]*\)|\(deprivation[^)]*\)", "", cols)
        listed = set(re.findall(r"\b[A-Z][A-Z_]+[A-Z]\b", cols)) - {"IN", "OUT"}
        assert listed <= set(SSDA903[table].split()), table
    cin_section = note.split("### 3.2")[1].split("Flattened tables")[0]
    tree = cin_section.split("```")[1]
    elements = set(re.findall(r"\b[A-Za-z][A-Za-z0-9]+\b", tree))
    containers = {
        "Message",
        "Header",
        "CollectionDetails",
        "Source",
        "Children",
        "Child",
        "ChildIdentifiers",
        "ChildCharacteristics",
        "Disabilities",
        "CINdetails",
        "Assessments",
        "FactorsIdentifiedAtAssessment",
        "CINPlanDates",
        "Section47",
        "ChildProtectionPlans",
        "Reviews",
        "PreProceedingsandFGDM",
        "repeating",
        "main",
        "branch",
        "only",
        "not",
        "in",
        "PyPI",
    }
    assert elements - containers - set(CIN) == set()
