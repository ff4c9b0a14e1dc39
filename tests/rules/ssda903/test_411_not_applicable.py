"""411 reads fields the DfE derives after submission: always not_applicable, with the reason."""

from __future__ import annotations

from tests.rules.harness import flagged

from cschub.store import Store


def test_411_is_not_applicable_and_says_why(tmp_path):
    store = Store(f"duckdb:///{tmp_path / 'rules.duckdb'}")
    episodes = "CHILD,DECOM,PLACE_PROVIDER,PL_POST\nA1,01/05/2025,PR1,AB1 2CD\n"
    postcodes = "pcd,laua,oseast1m,osnrth1m\nAB1 2CD,S12000033,394000,806000\n"
    try:  # even with the postcode directory: PL_LA from it would agree with itself
        status, rows, detail = flagged(
            store, "ssda903", "411", "2025-26", {"Episodes": episodes},
            reference={"postcodes": postcodes},
        )
    finally:
        store.close()
    assert (status, rows) == ("not_applicable", {})
    assert detail == "needs PL_LA and PL_LOCATION as the DfE derives them after submission"
