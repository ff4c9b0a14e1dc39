"""The synthetic CSWW census: valid against the DfE's 2022 schema, and its workforce measures
near England's published 2025 figures (csww_indicators_2017_to_2025.csv)."""

from __future__ import annotations

import pytest
from lxml import etree

from cschub.synth.dates import day
from cschub.synth.workforce_census import Census, simulate_workforce

from .conftest import CALIBRATION_POPULATION, REFERENCE, needs_reference


def test_every_years_census_is_valid_against_the_schema(clean_la):
    needs_reference()
    schema = etree.XMLSchema(etree.parse(
        str(REFERENCE / "workforce" / "social_work_workforce_2022.xsd")))
    for label in clean_la.manifest["years"]:
        doc = etree.parse(str(clean_la.path("csww", label, "csww_census.xml")))
        assert schema.validate(doc), (label, schema.error_log)
        census_date = f"{label[:2]}{label[5:]}-09-30"  # 2024-25: 30 September 2025
        assert doc.findtext("Header/CollectionDetails/ReferenceDate") == census_date


def _measures(census: Census) -> dict[str, float]:
    date = day(census.end_year, 9, 30)
    employed = [c for c in census.workers if not c.worker.agency]
    in_post = sum(c.worker.fte for c in employed if c.worker.end is None)
    leavers = sum(c.worker.fte for c in employed if c.worker.end is not None
                  and date - 365 < c.worker.end <= date)
    agency = sum(c.worker.fte for c in census.workers if c.worker.agency)
    holders = [c for c in census.workers if c.cases]
    return {
        "turnover": leavers / in_post * 100,
        "agency": agency / (agency + in_post) * 100,
        "vacancy": census.vacancies / (census.vacancies + in_post) * 100,
        "caseload": sum(c.cases for c in holders) / sum(c.worker.fte for c in holders),
    }


@pytest.mark.parametrize(("measure", "england", "within"), [
    ("turnover", 11.8, 3.0), ("agency", 13.0, 3.0), ("vacancy", 14.2, 3.0),
    ("caseload", 15.2, 1.0),
])
def test_the_workforce_measures_are_near_englands(measure, england, within):
    censuses = simulate_workforce(CALIBRATION_POPULATION, [2023, 2024, 2025, 2026], seed=7)
    values = [_measures(c)[measure] for c in censuses.values()]
    assert sum(values) / len(values) == pytest.approx(england, abs=within), values


def test_the_workforce_is_sized_from_the_child_population():
    [census] = simulate_workforce(100_000, [2025], seed=2).values()
    in_post = sum(c.worker.fte for c in census.workers
                  if not c.worker.agency and c.worker.end is None)
    assert in_post == pytest.approx(297, rel=0.05)  # 29.7 FTE per 10,000 children
