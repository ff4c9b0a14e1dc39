"""Rates computed from the written files match published England figures (2024-25) within 15%."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date

import pytest
from lxml import etree

from cschub.synth.calibration import load_calibration

from .conftest import CALIBRATION_POPULATION

LAST, PREVIOUS = "2025-26", "2024-25"
START, END = date(2025, 4, 1), date(2026, 3, 31)
TOLERANCE = 0.15


def _target(name: str) -> float:
    return load_calibration()["targets"][name]["value"]


def _d(text: str) -> date:
    d, m, y = text.split("/")
    return date(int(y), int(m), int(d))


@pytest.fixture(scope="module")
def rates(clean_la) -> dict[str, float]:
    return measure_rates(clean_la, CALIBRATION_POPULATION)


def measure_rates(clean_la, population: int) -> dict[str, float]:
    """The calibration targets' measures, from the written 903 and CIN files of the last year."""

    def _per_10k(n: int) -> float:
        return n / population * 10_000

    with clean_la.path("ssda903", LAST, "episodes.csv").open(newline="") as f:
        episodes = list(csv.DictReader(f))
    in_care = [r for r in episodes if not r["DEC"]]
    starters = {r["CHILD"] for r in episodes if r["RNE"] == "S" and START <= _d(r["DECOM"]) <= END}
    place = [r["PLACE"] for r in in_care]
    out = {
        "cla_at_31_march_per_10k": _per_10k(len({r["CHILD"] for r in in_care})),
        "cla_starts_per_10k": _per_10k(len(starters)),
        "foster_percent": 100 * sum(p.startswith("U") for p in place) / len(place),
        "secure_and_childrens_homes_percent": 100
        * sum(p in ("K1", "K2") for p in place)
        / len(place),
        "placed_with_parents_percent": 100 * sum(p == "P1" for p in place) / len(place),
        "independent_and_supported_percent": 100
        * sum(p in ("H5", "P2", "K3") for p in place)
        / len(place),
    }
    referrals: dict[str, list[date]] = defaultdict(list)
    for label in (PREVIOUS, LAST):
        tree = etree.parse(str(clean_la.path("cin", label, "cin_census.xml")))
        for child in tree.iterfind("Children/Child"):
            cid = child.findtext("ChildIdentifiers/LAchildID")
            for d in child.iterfind("CINdetails"):
                referrals[cid].append(date.fromisoformat(d.findtext("CINreferralDate")))
    last = etree.parse(str(clean_la.path("cin", LAST, "cin_census.xml")))
    details = list(last.iterfind(".//CINdetails"))
    in_year = [
        d for d in details if START <= date.fromisoformat(d.findtext("CINreferralDate")) <= END
    ]
    rereferrals = 0
    for dates in referrals.values():
        dates = sorted(set(dates))
        rereferrals += sum(
            1
            for a, b in zip(dates, dates[1:], strict=False)
            if START <= b <= END and (b - a).days <= 365
        )
    plans = list(last.iterfind(".//ChildProtectionPlans"))
    started = [p for p in plans if START <= date.fromisoformat(p.findtext("CPPstartDate")) <= END]
    out |= {
        "cin_at_31_march_per_10k": _per_10k(
            sum(
                1
                for d in details
                if d.find("CINclosureDate") is None and d.findtext("ReferralNFA") == "false"
            )
        ),
        "referrals_per_10k": _per_10k(len(in_year)),
        "rereferral_percent": 100 * rereferrals / len(in_year),
        "cpp_at_31_march_per_10k": _per_10k(sum(1 for p in plans if p.find("CPPendDate") is None)),
        "cpp_subsequent_percent": 100
        * sum(int(p.findtext("NumberOfPreviousCPP")) > 0 for p in started)
        / len(started),
    }
    return out


@pytest.mark.parametrize(
    "name",
    [
        "cla_at_31_march_per_10k",
        "cla_starts_per_10k",
        "cin_at_31_march_per_10k",
        "referrals_per_10k",
        "rereferral_percent",
        "cpp_at_31_march_per_10k",
        "cpp_subsequent_percent",
        "foster_percent",
        "secure_and_childrens_homes_percent",
    ],
)
def test_rate_within_15_percent_of_published(rates, name):
    target = _target(name)
    assert abs(rates[name] - target) <= TOLERANCE * target, (
        f"{name}: {rates[name]:.1f} vs published {target}"
    )


@pytest.mark.parametrize(
    "name", ["placed_with_parents_percent", "independent_and_supported_percent"]
)
def test_small_placement_shares_within_3_points(rates, name):
    """Small shares (and assumed targets): an absolute tolerance, as 15% of 6% is within noise."""
    assert abs(rates[name] - _target(name)) <= 3, f"{name}: {rates[name]:.1f} vs {_target(name)}"


def test_print_calibration(rates, capsys):
    with capsys.disabled():
        print()
        for name, value in rates.items():
            print(f"  {name:40s} {value:7.1f}   published {_target(name)}")
