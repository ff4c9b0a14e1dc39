"""A return shaped like the published data gives the published figure: Richmond upon Thames
(E09000027), year ending 31 March 2025, counts from the DfE's published files. This checks the
DfE conventions (population of the year before, V3/V4 left out, percentages of the right base)
rather than arithmetic."""

from __future__ import annotations

import pytest

from cschub.indicators import compute, reference
from cschub.indicators.catalogue import get
from tests.indicators.helpers import LA, put


def _published(indicator_id: str) -> tuple[float, float | None, float | None]:
    for row in reference.published_rows(get(indicator_id)):
        if row[0] == 2025 and row[2] == LA:
            return row[4], row[5], row[6]
    raise AssertionError(f"no published 2025 figure for {indicator_id}")


def _episodes(n: int, start: str, rne: str = "S") -> str:
    lines = ["clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,"
             "clae_cla_episode_start_reason"]
    lines += [f"E{i},C{i},{start},{rne}" for i in range(n)]
    return "\n".join(lines)


def _looked_after(n: int) -> dict[str, str]:
    return {"ssd_cla_episodes": _episodes(n, "2023-01-01")}


def _starters(n: int) -> dict[str, str]:
    return {"ssd_cla_episodes": _episodes(n, "2024-09-01")}


def _cin(n: int) -> dict[str, str]:
    rows = [f"R{i},C{i},2024-09-01" for i in range(n)]
    return {"ssd_cin_episodes": "cine_referral_id,cine_person_id,cine_referral_date\n"
            + "\n".join(rows)}


def _referrals(re: int, total: int) -> dict[str, str]:
    rows = []
    for i in range(total):
        rows.append(f"R{i},C{i},2024-09-01")
        if i < re:  # an earlier referral 6 months before: a re-referral
            rows.append(f"P{i},C{i},2024-03-01")
    return {"ssd_cin_episodes": "cine_referral_id,cine_person_id,cine_referral_date\n"
            + "\n".join(rows)}


def _plans(subsequent: int, total: int) -> dict[str, str]:
    rows = [f"P{i},C{i},2024-09-01,{1 if i < subsequent else 0}" for i in range(total)]
    return {"ssd_cp_plans": "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,"
            "cppl_cp_plan_number_previous\n" + "\n".join(rows)}


def _placements(three: int, total: int) -> dict[str, str]:
    rows = ["clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,"
            "clae_cla_episode_start_reason,clae_cla_episode_ceased_date"]
    for i in range(total):
        if i < three:
            rows += [f"A{i},C{i},2024-05-01,S,2024-07-01", f"B{i},C{i},2024-07-01,P,2024-09-01",
                     f"D{i},C{i},2024-09-01,P,"]
        else:
            rows.append(f"A{i},C{i},2024-05-01,S,")
    return {"ssd_cla_episodes": "\n".join(rows)}


# indicator, how to build it from the published numerator (and denominator), and, where the
# published file has no denominator, the denominator from another published figure
CASES = [
    ("cla_at_31_march_per_10k", lambda n, d: _looked_after(n)),
    ("cla_starts_per_10k", lambda n, d: _starters(n)),
    ("cin_at_31_march_per_10k", lambda n, d: _cin(n)),
    ("rereferral_percent", lambda n, d: _referrals(n, d)),
    ("cpp_subsequent_percent", lambda n, d: _plans(n, d)),
    ("three_placements_percent", lambda n, d: _placements(n, 121)),  # 121 CLA on 31 March
]


def _decimals(value: float) -> int:
    text = repr(value)
    return 0 if text.endswith(".0") else len(text.split(".")[1])


@pytest.mark.parametrize("indicator_id,build", CASES, ids=[c[0] for c in CASES])
def test_published_figure_is_reproduced(store, indicator_id, build) -> None:
    value, numerator, denominator = _published(indicator_id)
    indicator = get(indicator_id)
    put(store, build(int(numerator), int(denominator or 0)), [f"{indicator.source} 2024-25"])
    [mine] = compute.compute_indicator(store, indicator, LA, [2025])
    assert mine.numerator == numerator
    assert round(mine.value, _decimals(value)) == pytest.approx(value)
