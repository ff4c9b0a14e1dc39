"""Tables in the Explore Education Statistics layout, with their meta files, published under
the DfE's disclosure rules."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cschub.indicators.ees import (
    GEOGRAPHY,
    META,
    Column,
    FilterSpec,
    IndicatorSpec,
    publish_table,
    write,
)

PLACEMENT = FilterSpec("placement_type", "Placement type", total="Total")
COUNT = IndicatorSpec("children_count", "Number of children")
PERCENT = IndicatorSpec("children_percent", "Percentage of children", "ratio",
                        numerator="children_count", unit="%")
RATE = IndicatorSpec("rate_per_10000", "Rate per 10,000 children", "ratio",
                     numerator="children_count", denominator="population", scale=10_000, dp=1)
AGE = IndicatorSpec("average_age", "Average age", "value", numerator="children_count", dp=1)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _la(code: str, region: str = "E12000007", **values: object) -> dict[str, object]:
    return {"time_period": 2025, "new_la_code": code, "old_la_code": code[-3:],
            "la_name": f"LA {code}", "region_code": region, "region_name": "London",
            **values}


def test_write_orders_columns_and_describes_them_in_the_meta_file(tmp_path: Path) -> None:
    data, meta = write(tmp_path / "t.csv",
                       [{"time_period": "2025", "la_name": "=HYPERLINK(\"x\")",
                         "breakdown": "+ more", "n": "-3", "pct": "c"}],
                       [Column("breakdown", "Breakdown", hint="Kind of placement")],
                       [Column("n", "Number", decimals=0, grouping="Counts"),
                        Column("pct", "Percentage", "%", 1)])
    assert meta.name == "t.meta.csv"
    assert not data.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _read(data)
    assert list(rows[0]) == [*GEOGRAPHY, "breakdown", "n", "pct"]
    assert rows[0]["la_name"] == "'=HYPERLINK(\"x\")" and rows[0]["breakdown"] == "'+ more"
    assert rows[0]["n"] == "-3" and rows[0]["pct"] == "c" and rows[0]["region_code"] == ""
    described = _read(meta)
    assert list(described[0]) == META
    assert [(r["col_name"], r["col_type"], r["indicator_unit"], r["indicator_dp"])
            for r in described] == [("breakdown", "Filter", "", ""), ("n", "Indicator", "", "0"),
                                    ("pct", "Indicator", "%", "1")]
    assert described[0]["filter_hint"] == "Kind of placement"
    assert described[1]["indicator_grouping"] == "Counts"


def _placements() -> list[dict[str, object]]:
    # By hand:       Foster  Homes  Other  Total  population
    #   E09000001        3     20     40     63     20,000
    #   E09000002       30     25     50    105     30,000
    #   London (sum)    33     45     90    168     -> 30, 50, 90, 170 rounded
    # 3 is c. Row E09000001 then has one c: its smallest other count, Homes 20, goes too.
    # Column Foster (the two LAs add up to London) has one c: E09000002's 30 goes; column
    # Homes likewise: E09000002's 25. Every line now has 0 or 2 c's.
    grid = {"E09000001": [3, 20, 40], "E09000002": [30, 25, 50]}
    population = {"E09000001": 20_000, "E09000002": 30_000}
    rows = []
    for code, counts in grid.items():
        for kind, n in zip(["Foster", "Homes", "Other", "Total"], [*counts, sum(counts)],
                           strict=True):
            rows.append(_la(code, placement_type=kind, children_count=n,
                            population=population[code], average_age=9.25))
    return rows


def test_publish_table_suppresses_rounds_and_derives_percentages(tmp_path: Path) -> None:
    publish_table(_placements(), tmp_path / "p.csv", filters=[PLACEMENT],
                  indicators=[COUNT, PERCENT, RATE, AGE], add_totals=True)
    rows = _read(tmp_path / "p.csv")
    assert [r["geographic_level"] for r in rows] == ["National"] * 4 + ["Regional"] * 4 + [
        "Local authority"] * 8
    cells = {(r["new_la_code"] or r["geographic_level"], r["placement_type"]):
             (r["children_count"], r["children_percent"], r["rate_per_10000"], r["average_age"])
             for r in rows}
    assert cells[("E09000001", "Foster")] == ("c", "c", "c", "c")
    assert cells[("E09000001", "Homes")] == ("c", "c", "c", "c")
    assert cells[("E09000001", "Other")] == ("40", "63", "20.0", "9.3")  # 40/63; 9.25 half up
    assert cells[("E09000001", "Total")] == ("63", "100", "31.5", "9.3")
    assert cells[("E09000002", "Foster")][0] == cells[("E09000002", "Homes")][0] == "c"
    assert cells[("E09000002", "Other")][0] == "50"
    # London: rounded counts, percentages and rates from the unrounded ones (33 / 168)
    assert cells[("Regional", "Foster")] == ("30", "20", "6.6", "x")
    assert cells[("Regional", "Total")] == ("170", "100", "33.6", "x")
    assert cells[("National", "Total")][0] == "170"
    regional = rows[4]
    assert (regional["region_code"], regional["new_la_code"], regional["la_name"]) == (
        "E12000007", "", "")
    meta = {r["col_name"]: r for r in _read(tmp_path / "p.meta.csv")}
    assert list(meta) == ["placement_type", "children_count", "children_percent",
                          "rate_per_10000", "average_age"]
    assert meta["rate_per_10000"]["indicator_dp"] == "1"
    assert meta["children_percent"]["indicator_unit"] == "%"


def test_missing_total_rows_are_added_and_latest_year_comes_first(tmp_path: Path) -> None:
    rows = [_la("E09000001", time_period=year, placement_type=kind, children_count=n)
            for year in (2024, 2025) for kind, n in [("Foster", 12), ("Homes", 0)]]
    publish_table(rows, tmp_path / "p.csv", filters=[PLACEMENT], indicators=[COUNT, PERCENT])
    out = [(r["time_period"], r["placement_type"], r["children_count"], r["children_percent"])
           for r in _read(tmp_path / "p.csv")]
    assert out == [("2025", "Foster", "12", "100"), ("2025", "Homes", "0", "0"),
                   ("2025", "Total", "12", "100"), ("2024", "Foster", "12", "100"),
                   ("2024", "Homes", "0", "0"), ("2024", "Total", "12", "100")]


def test_symbols_pass_through_and_z_adds_as_zero(tmp_path: Path) -> None:
    # E09000003 did not exist that year (z); E09000002 could not say how many were at home
    # (:), so neither can London.
    rows = [_la("E09000001", placement_type="Foster", children_count=700),
            _la("E09000001", placement_type="Homes", children_count=2),
            _la("E09000002", placement_type="Foster", children_count=120),
            _la("E09000002", placement_type="Homes", children_count=":"),
            _la("E09000003", placement_type="Foster", children_count="z"),
            _la("E09000003", placement_type="Homes", children_count="z")]
    publish_table(rows, tmp_path / "p.csv", filters=[PLACEMENT], indicators=[COUNT, PERCENT],
                  add_totals=True)
    cells = {(r["new_la_code"] or r["geographic_level"], r["placement_type"]):
             (r["children_count"], r["children_percent"]) for r in _read(tmp_path / "p.csv")}
    assert cells[("E09000003", "Foster")] == ("z", "z")
    assert cells[("E09000002", "Homes")] == (":", ":")
    assert cells[("E09000003", "Total")] == ("z", "z")
    assert cells[("Regional", "Foster")] == ("820", ":")  # 700 + 120 + z, of a total not known
    assert cells[("Regional", "Homes")] == cells[("Regional", "Total")] == (":", ":")
    assert cells[("E09000001", "Homes")] == ("c", "c")


def test_ready_made_regional_rows_must_add_up(tmp_path: Path) -> None:
    region = {"time_period": 2025, "geographic_level": "Regional", "region_code": "E12000007",
              "region_name": "London"}
    rows = [_la("E09000001", children_count=3), _la("E09000002", children_count=40),
            {**region, "children_count": 43}]
    publish_table(rows, tmp_path / "p.csv", filters=[], indicators=[COUNT])
    # 3 is c; alone in the London line it would be 43 - 40, so 40 goes too
    assert [r["children_count"] for r in _read(tmp_path / "p.csv")] == ["40", "c", "c"]
    rows[-1] = {**region, "children_count": 50}
    with pytest.raises(ValueError, match="do not add up"):
        publish_table(rows, tmp_path / "p.csv", filters=[], indicators=[COUNT])


def test_k_marks_a_percentage_that_rounds_to_zero(tmp_path: Path) -> None:
    rows = [_la("E09000001", placement_type="Foster", children_count=2000),
            _la("E09000001", placement_type="Homes", children_count=7)]
    publish_table(rows, tmp_path / "p.csv", filters=[PLACEMENT], indicators=[COUNT, PERCENT])
    homes = next(r for r in _read(tmp_path / "p.csv") if r["placement_type"] == "Homes")
    assert (homes["children_count"], homes["children_percent"]) == ("7", "k")


@pytest.mark.parametrize("kwargs,message", [
    ({"filters": [PLACEMENT, FilterSpec("age", "Age", total="All ages")]}, "at most one"),
    ({"indicators": [COUNT, IndicatorSpec("p", "P", "ratio", numerator="population")]},
     "numerator"),
])
def test_specs_that_cannot_be_published_are_refused(tmp_path, kwargs, message) -> None:
    args = {"filters": [PLACEMENT], "indicators": [COUNT], **kwargs}
    with pytest.raises(ValueError, match=message):
        publish_table(_placements(), tmp_path / "p.csv", **args)


def test_fractional_counts_and_repeated_rows_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="whole number"):
        publish_table([_la("E09000001", children_count=2.5)], tmp_path / "p.csv",
                      filters=[], indicators=[COUNT])
    with pytest.raises(ValueError, match="two rows"):
        publish_table([_la("E09000001", children_count=9)] * 2, tmp_path / "p.csv",
                      filters=[], indicators=[COUNT])


@settings(max_examples=40, deadline=None)
@given(grid=st.lists(st.tuples(st.sampled_from(["E12000001", "E12000002"]),
                               st.lists(st.one_of(st.integers(0, 8), st.integers(0, 90)),
                                        min_size=3, max_size=3)),
                     min_size=1, max_size=6))
def test_published_files_follow_the_rules(tmp_path_factory, grid) -> None:
    raw, rows = {}, []
    for i, (region, counts) in enumerate(grid):
        code = f"E0900{i:04d}"
        for kind, n in zip(["Foster", "Homes", "Other"], counts, strict=True):
            raw[(code, kind)] = n
            rows.append(_la(code, region, placement_type=kind, children_count=n))
    path = tmp_path_factory.mktemp("ees") / "p.csv"
    publish_table(rows, path, filters=[PLACEMENT], indicators=[COUNT, PERCENT],
                  add_totals=True)
    for r in _read(path):
        count, pct = r["children_count"], r["children_percent"]
        assert count and pct, "EES files have no blank indicator values"
        if count == "c":
            assert pct == "c"
        elif r["geographic_level"] == "Local authority":
            n = raw.get((r["new_la_code"], r["placement_type"]))
            assert int(count) == (n if n is not None else int(count))
            assert not 1 <= int(count) <= 5
        else:
            assert int(count) % 10 == 0
