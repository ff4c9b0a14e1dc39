"""Code sets per collection year."""

from __future__ import annotations

import pytest

from cschub.model import codes_valid_in, load_code_sets
from cschub.model.codesets import code_set_names, year_start


def words(text: str) -> list[str]:
    """Whitespace-separated names (keeps long lists readable)."""
    return text.split()


SSDA903_CODED = words("""
SEX ETHNIC RNE LS CIN PLACE PLACE_PROVIDER REC REASON_PLACE_CHANGE REVIEW_CODE
SDQ_REASON IN_TOUCH ACTIV ACCOM FOSTER_CARE SEX_ADOPTR LS_ADOPTR REASON_PLACED_CEASED PREV_PERM
MISSING SW_REASON MOTHER CONVICTED HEALTH_CHECK IMMUNISATIONS TEETH_CHECK HEALTH_ASSESSMENT
SUBSTANCE_MISUSE INTERVENTION_RECEIVED INTERVENTION_OFFERED""")
CIN_CODED = words("""
ReferralSource PrimaryNeedCode ReasonForClosure CategoryOfAbuse AssessmentFactors
Disability UPNunknown GenderCurrent Sex Ethnicity""")


def test_every_return_code_set_is_present():
    assert set(SSDA903_CODED) | set(CIN_CODED) <= code_set_names()


def test_placement_z11_arrives_in_2025_26():
    assert "Z11" in codes_valid_in("PLACE", "2026-27")
    assert "Z11" not in codes_valid_in("PLACE", "2024-25")
    assert "K3" in codes_valid_in("PLACE", "2024-25")
    assert "H5" in codes_valid_in("PLACE", "2023-24")
    assert "H5" not in codes_valid_in("PLACE", "2024-25")


def test_sex_codes_change_in_2024_25():
    assert codes_valid_in("SEX", "2024-25") == {"M", "F", "U"}
    assert codes_valid_in("SEX", "2023-24") == {"1", "2"}
    assert codes_valid_in("SEX", "2017-18") == {"1", "2"}


def test_social_worker_reasons_only_from_2023_24():
    assert codes_valid_in("SW_REASON", "2022-23") == set()
    assert "PCCHAN" in codes_valid_in("SW_REASON", "2023-24")
    assert len(codes_valid_in("SW_REASON", "2026-27")) == 10


def test_cin_codes_follow_the_xsds():
    assert "5D" not in codes_valid_in("ReferralSource", "2021-22")
    assert "5D" in codes_valid_in("ReferralSource", "2022-23")
    assert "RC9" in codes_valid_in("ReasonForClosure", "2026-27")
    assert {"N0", "N9"} <= codes_valid_in("PrimaryNeedCode", "2023-24")


def test_rows_are_well_formed():
    rows = load_code_sets()
    keys = [(r.code_set, r.code, r.collection, r.valid_from) for r in rows]
    assert len(keys) == len(set(keys))
    for r in rows:
        assert r.collection in {"SSDA903", "CIN", "SSD", "CSWW"}
        assert r.code == r.code.strip() and r.code
        start = year_start(r.valid_from)
        assert r.valid_to is None or year_start(r.valid_to) >= start


def test_bad_year_and_unknown_set_are_refused():
    with pytest.raises(ValueError, match="2024-25"):
        codes_valid_in("PLACE", "2024")
    with pytest.raises(KeyError):
        codes_valid_in("NOT_A_SET", "2024-25")


def test_every_coded_field_names_an_existing_code_set(spec):
    names = code_set_names()
    for table in spec:
        for f in table.fields:
            if f.code_set:
                assert f.code_set in names, f"{table.name}.{f.name}: {f.code_set}"
