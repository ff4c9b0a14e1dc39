"""Benchmarks from the published DfE figures shipped with cschub (Richmond upon Thames, 2025).
Expected figures are read by hand from published/cla_number_and_rate_per_10k_children.csv,
d5_cpps_at31march_by_duration_2013_to_2025.csv and sn_model_2025_wide.csv."""

from __future__ import annotations

import pytest

from cschub.errors import CschubError
from cschub.indicators import benchmarks, reference
from cschub.indicators.benchmarks import _rank
from tests.indicators.helpers import LA


@pytest.fixture
def loaded(store):
    reference.ensure_loaded(store)
    return store


def test_reference_data_loads_once(loaded) -> None:
    assert reference.ensure_loaded(loaded) is False
    assert len(benchmarks.las(loaded)) == 153


def test_cla_rate_beside_england_region_and_neighbours(loaded) -> None:
    c = benchmarks.comparison(loaded, "cla_at_31_march_per_10k", LA)
    assert (c.la_name, c.region_name) == ("Richmond upon Thames", "London")
    # 2025 model: Windsor and Maidenhead, Kingston, Surrey, Wokingham, Bromley, Trafford,
    # Buckinghamshire, Hertfordshire, Bath and NE Somerset, West Berkshire
    assert [name for _, name in c.neighbours][:3] == [
        "Windsor and Maidenhead", "Kingston upon Thames", "Surrey"]
    row = next(r for r in c.rows if r.time_period == 2025)
    assert row.published.value == 27
    assert row.england.value == 67
    assert row.region.value == 48
    # (40 + 30 + 35 + 34 + 47 + 62 + 40 + 36 + 60 + 53) / 10
    assert row.neighbours_average.value == pytest.approx(43.7)
    # 151 LAs have a figure (four are c or z); Richmond's 27 is the lowest; for a contextual
    # indicator rank 1 is the highest
    assert (row.rank, row.of) == (151, 151)
    assert row.own.value is None and row.own.reason == "not computed"


def test_published_symbols_are_missing_with_a_reason_never_zero(loaded) -> None:
    c = benchmarks.comparison(loaded, "cpp_2_years_percent", LA)
    row = next(r for r in c.rows if r.time_period == 2025)
    assert row.published.value is None
    assert row.published.reason == "suppressed to protect confidentiality"
    assert row.england.value == pytest.approx(2.3)


def test_all_las_lists_every_la_with_its_figure_or_reason(loaded) -> None:
    rows = benchmarks.all_las(loaded, "cla_at_31_march_per_10k", 2025)
    assert len(rows) == 153
    richmond = next(r for r in rows if r[0] == LA)
    assert richmond[3] == 27
    assert sum(1 for r in rows if r[3] is None) == 2  # c/z rows among today's 153 LAs


def test_unknown_indicator_or_la_is_an_error(loaded) -> None:
    with pytest.raises(CschubError):
        benchmarks.comparison(loaded, "no_such_indicator", LA)
    with pytest.raises(CschubError):
        benchmarks.comparison(loaded, "cla_at_31_march_per_10k", "E99999999")


def test_rank_follows_polarity() -> None:
    others = [10.0, 20.0, 30.0]
    assert _rank(15.0, others, "low") == (2, 3)  # lower is better: only 10 is better
    assert _rank(15.0, others, "high") == (3, 3)  # 20 and 30 are better
    assert _rank(None, others, "high") == (None, 3)
