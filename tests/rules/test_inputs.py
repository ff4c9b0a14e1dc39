"""Reference inputs: a rule that needs them is not applicable without them and runs with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cschub.errors import InputRefused
from cschub.rules.validate import validate_files


def _return(tmp_path: Path) -> Path:
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "header.csv").write_text("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
                                       "A1,M,01/02/2015,WBRI,,,\n")
    (folder / "episodes.csv").write_text(
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
        "PL_POST,URN\nA1,01/05/2025,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,SC123456\n")
    return folder


def _needing(run, name: str) -> list:
    return [r for r in run.results if name in r.rule.needs]


def test_rules_needing_postcodes_wait_for_them_then_run(tmp_path: Path) -> None:
    folder = _return(tmp_path)
    without = validate_files([folder], "ssda903", "2025-26")
    needing = _needing(without, "postcodes")
    assert needing, "rules of 2025-26 that need the postcode directory"
    assert all(r.status == "not_applicable" and "postcode" in r.detail for r in needing)
    pcd = tmp_path / "postcodes.csv"
    pcd.write_text("pcd,laua,oseast1m,osnrth1m\nAB1 2CD,E09000027,500000,180000\n"
                   "AB3 4EF,E09000027,501000,181000\n")
    with_it = validate_files([folder], "ssda903", "2025-26", inputs={"postcodes": pcd})
    after = _needing(with_it, "postcodes")
    assert all("postcode" not in r.detail for r in after)
    assert any(r.status in ("passed", "failed") for r in after)


def test_a_postcode_file_without_the_columns_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "postcodes.csv"
    bad.write_text("postcode,district\nAB1 2CD,E09000027\n")
    with pytest.raises(InputRefused) as info:
        validate_files([_return(tmp_path)], "ssda903", "2025-26", inputs={"postcodes": bad})
    assert "oseast1m" in str(info.value)
