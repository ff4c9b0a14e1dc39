"""Every fake CIN census the DfE and the open validator ship loads, with as many rows per table as
the file has elements (counted here independently with lxml)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from lxml import etree

from cschub.sources.loader import load
from tests.conftest import REFERENCE

SAMPLES = sorted((REFERENCE / "cin" / "samples").glob("*.xml"))
# store table → the elements each of whose occurrences is one row
ELEMENTS = {
    "child_identifiers": "Child",
    "disabilities": "Disability",
    "cin_details": "CINdetails",
    "assessments": "Assessments",
    "assessment_factors": "AssessmentFactors",
    "cin_plan_dates": "CINPlanDates",
    "section47": "Section47",
    "child_protection_plans": "ChildProtectionPlans",
    "cpp_reviews": "CPPreviewDate",
    "pre_proceedings": "PreProceedingsandFGDM",
}


def test_there_are_samples():
    assert len(SAMPLES) >= 9


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_a_fake_cin_sample_loads_every_element(duck, sample):
    report = load(duck, [sample], la="E09000027", derive=False)
    assert report.files[0].collection == "cin" and report.files[0].year
    root = etree.parse(str(sample)).getroot()
    with duck.engine.connect() as conn:
        for table, element in ELEMENTS.items():
            stored = conn.execute(sa.text(f"SELECT count(*) FROM ret_cin_{table}")).scalar()
            assert stored == len(root.findall(f".//{element}")), table
        assert conn.execute(sa.text("SELECT count(*) FROM ret_cin_header")).scalar() == 1
