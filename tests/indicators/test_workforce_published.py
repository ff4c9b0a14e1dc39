"""A CSWW census shaped like the published data gives the published workforce figures: Camden
(E09000007) at 30 September 2025, FTEs from csww_indicators_2017_to_2025.csv (in post 185.2,
leavers 36.1, agency 19.3, vacancies 22, cases 981 held by 87.3 FTE). This checks the DfE's
bases (turnover over in-post FTE, agency and vacancies over the total including them), rather
than arithmetic; the published values are rounded to one decimal."""

from __future__ import annotations

import pytest

from cschub.indicators import compute, reference
from cschub.indicators.catalogue import get
from tests.indicators import helpers

CAMDEN = "E09000007"
CENSUS = "2025-09-30"


def _published(indicator_id: str) -> float:
    for row in reference.published_rows(get(indicator_id)):
        if row[0] == 2025 and row[2] == CAMDEN:
            return row[4]
    raise AssertionError(f"no published 2025 figure for {indicator_id}")


def _workers(prefix: str, fte: float, agency: str, end: str = "") -> list[str]:
    """Whole-time workers, and one part-time one for the remainder, adding up to ``fte``."""
    whole, part = divmod(round(fte * 10), 10)
    ftes = [1.0] * whole + ([part / 10] if part else [])
    return [f"{prefix}{i},{CENSUS},{agency},{f},,,{end}" for i, f in enumerate(ftes)]


def _census() -> dict[str, str]:
    rows = _workers("P", 185.2, "0") + _workers("L", 36.1, "0", "2025-03-01")
    rows += _workers("A", 19.3, "1")
    # 88 case holders (87 whole-time on 30 September, one at 0.3), 981 cases in all; their FTE
    # field is 0 so that the in-post FTE stays the published one
    holders = [f"H{i},{CENSUS},0,0.0,1.0,11," for i in range(87)] + [f"H87,{CENSUS},0,0.0,0.3,24,"]
    header = ("wfwk_worker_id,wfwk_census_date,wfwk_agency_worker,wfwk_fte,wfwk_fte_30,"
              "wfwk_cases_30,wfwk_role_end_date")
    return {
        "ssd_workforce_census": f"wfce_census_date,wfce_vacancies_fte\n{CENSUS},22",
        "ssd_workforce_worker": "\n".join([header, *rows, *holders]),
    }


@pytest.mark.parametrize("indicator_id", ["sw_turnover_rate", "sw_agency_rate",
                                          "sw_vacancy_rate", "sw_caseload"])
def test_a_census_like_the_published_data_gives_the_published_figure(store, monkeypatch,
                                                                       indicator_id):
    monkeypatch.setattr(helpers, "LA", CAMDEN)
    helpers.put(store, _census(), ["csww 2024-25"])
    [value] = compute.compute_indicator(store, get(indicator_id), CAMDEN, [2025])
    assert value.value == pytest.approx(_published(indicator_id), abs=0.05)


def test_a_figure_published_for_a_shared_service_is_each_las():
    rows = [r for r in reference.published_rows(get("sw_turnover_rate")) if r[0] == 2025
            and r[1] == "la" and r[2] in ("E09000021", "E09000027")]
    # Kingston upon Thames and Richmond upon Thames: 38.5 leavers / 137.4 in post = 28.0%
    assert sorted(r[2] for r in rows) == ["E09000021", "E09000027"]
    assert {(r[3], r[4], r[5], r[6]) for r in rows} == {
        ("Kingston upon Thames / Richmond upon Thames", 28.0, 38.5, 137.4)}
