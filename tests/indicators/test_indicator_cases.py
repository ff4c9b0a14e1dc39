"""Every computable indicator on hand-made data, with the answer worked out by hand
(cases.yaml), on DuckDB and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cschub.indicators import compute
from cschub.indicators.catalogue import get, load
from cschub.model.codesets import load_code_sets
from tests.indicators.helpers import LA, put

CASES = yaml.safe_load((Path(__file__).parent / "cases.yaml").read_text(encoding="utf-8"))
CASES = CASES["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["indicator"] for c in CASES])
def test_indicator_case(store, case) -> None:
    indicator = get(case["indicator"])
    assert indicator is not None and indicator.computable
    put(store, case["tables"], [f"{indicator.source} 2024-25"])
    [value] = compute.compute_indicator(store, indicator, LA, [2025])
    assert value.numerator == pytest.approx(case.get("numerator", value.numerator)), case["why"]
    if "denominator" in case:
        assert value.denominator == pytest.approx(case["denominator"]), case["why"]
    assert value.value == pytest.approx(case["value"], abs=1e-5), case["why"]


def test_every_computable_indicator_has_a_hand_worked_case() -> None:
    tested = {c["indicator"] for c in CASES}
    # The 17 assessment-factor rates share one query; two of them are tested above and the
    # rest differ only in the factor code, checked here against the DfE code list.
    factors = {i.id for i in load() if i.query == "assessment_factor"}
    untested = {i.id for i in load() if i.computable} - tested - factors
    assert not untested, f"no hand-worked case: {sorted(untested)}"


def test_factor_codes_are_cin_assessment_factor_codes() -> None:
    codes = {r.code for r in load_code_sets() if r.code_set == "AssessmentFactors"}
    # 18A and 19A (physical and sexual abuse, perpetrator unknown) were retired before
    # 2021-22; the DfE still publishes their columns (as 0).
    codes |= {"18A", "19A"}
    for indicator in load():
        if indicator.query == "assessment_factor":
            assert indicator.params["factor"] in codes, indicator.id


def test_a_year_without_the_source_return_is_missing_not_zero(store) -> None:
    put(store, {"ssd_cin_episodes": "cine_referral_id,cine_person_id,cine_referral_date\n"
                "R1,A,2024-05-01"}, ["cin 2023-24"])
    [value] = compute.compute_indicator(store, get("cin_at_31_march_per_10k"), LA, [2025])
    assert value.value is None
    assert value.note == "no CIN census return loaded for 2024-25"
