"""Clean output is valid: every code in the year's code list, no date contradictions."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import date

import pytest
from lxml import etree

from cschub.synth.identifiers import upn_check_letter

from .conftest import REFERENCE, needs_reference
from .schema903 import FILE_TABLE, can_be_blank, codes, schema

YEARS = ["2023-24", "2024-25", "2025-26"]


def _read(path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _d(text: str) -> date:
    d, m, y = text.split("/")
    return date(int(y), int(m), int(d))


def _end_year(label: str) -> int:
    return int(label[:4]) + 1


def _withdrawn_code_closed_on_day_one(spec_before, table, column, value, row, label) -> bool:
    """An episode ending on 1 April carries last year's code (e.g. H5 recoded to K3 that day)."""
    return (
        table == "episodes"
        and value in (codes(spec_before[table][column]) or set())
        and row["DEC"] == f"01/04/{label[:4]}"
    )


@pytest.mark.parametrize("label", YEARS)
def test_903_codes_are_in_the_years_code_lists(clean_la, label):
    needs_reference()
    spec = schema(REFERENCE, _end_year(label))
    spec_before = schema(REFERENCE, _end_year(label) - 1)
    problems = []
    for file, table in FILE_TABLE.items():
        path = clean_la.path("ssda903", label, file)
        if not path.exists():
            assert table == "socialworker" and _end_year(label) < 2024
            continue
        for line, row in enumerate(_read(path), start=2):
            for column, value in row.items():
                s = spec[table][column]
                allowed = codes(s)
                if value == "":
                    if not can_be_blank(s):
                        problems.append((file, line, column, "blank"))
                elif allowed is not None and value not in allowed:
                    if not _withdrawn_code_closed_on_day_one(
                        spec_before, table, column, value, row, label
                    ):
                        problems.append((file, line, column, value))
                elif "date" in s:
                    _d(value)
    assert problems == []


@pytest.mark.parametrize("label", YEARS)
def test_903_dates_agree(clean_la, label):
    y = _end_year(label)
    start, end = date(y - 1, 4, 1), date(y, 3, 31)
    header = {r["CHILD"]: r for r in _read(clean_la.path("ssda903", label, "header.csv"))}
    assert len(header) == len(_read(clean_la.path("ssda903", label, "header.csv")))
    episodes = defaultdict(list)
    for r in _read(clean_la.path("ssda903", label, "episodes.csv")):
        assert r["CHILD"] in header
        episodes[r["CHILD"]].append(r)
    for child, eps in episodes.items():
        dob = _d(header[child]["DOB"])
        previous_end = None
        for r in eps:
            decom = _d(r["DECOM"])
            assert dob <= decom <= end
            if r["DEC"]:
                assert decom < _d(r["DEC"]) <= end and r["REC"]
            else:
                assert r is eps[-1] and not r["REC"]
            if previous_end is not None:
                assert previous_end <= decom
                assert (r["RNE"] == "S") == (previous_end < decom)
            previous_end = _d(r["DEC"]) if r["DEC"] else None
        assert previous_end is None or previous_end >= start
    for r in _read(clean_la.path("ssda903", label, "reviews.csv")):
        assert start <= _d(r["REVIEW"]) <= end and _d(r["DOB"]) < _d(r["REVIEW"])
    for r in _read(clean_la.path("ssda903", label, "missing.csv")):
        assert start <= _d(r["MIS_START"]) <= end
        assert not r["MIS_END"] or _d(r["MIS_START"]) <= _d(r["MIS_END"]) <= end
    for r in header.values():
        upn = r["UPN"]
        assert upn == "UN1" or (
            len(upn) == 13 and upn[0] == upn_check_letter(upn[1:]) and upn[1:4] == "318"
        )


def _iso(el, tag):
    node = el.find(tag)
    return None if node is None else date.fromisoformat(node.text)


@pytest.mark.parametrize("label", YEARS)
def test_cin_dates_agree(clean_la, label):
    y = _end_year(label)
    start, end = date(y - 1, 4, 1), date(y, 3, 31)
    tree = etree.parse(str(clean_la.path("cin", label, "cin_census.xml")))
    assert tree.findtext("Header/CollectionDetails/Year") == str(y)
    ids = [c.findtext("ChildIdentifiers/LAchildID") for c in tree.iterfind("Children/Child")]
    assert len(ids) == len(set(ids)) > 0
    for d in tree.iterfind(".//CINdetails"):
        ref, closed = _iso(d, "CINreferralDate"), _iso(d, "CINclosureDate")
        assert (
            ref <= end
            and (closed is None or start <= closed <= end)
            and (closed is None or ref <= closed)
        )
        for a in d.iterfind("Assessments"):
            s, auth = _iso(a, "AssessmentActualStartDate"), _iso(a, "AssessmentAuthorisationDate")
            assert ref <= s and (auth is None or s <= auth <= end)
        for p in d.iterfind("CINPlanDates"):
            s, e = _iso(p, "CINPlanStartDate"), _iso(p, "CINPlanEndDate")
            assert ref <= s and (e is None or s <= e <= end)
        for q in d.iterfind("Section47"):
            s, icpc = _iso(q, "S47ActualStartDate"), _iso(q, "DateOfInitialCPC")
            assert ref <= s and (icpc is None or (s <= icpc <= end and icpc.weekday() < 5))
        for p in d.iterfind("ChildProtectionPlans"):
            s, e = _iso(p, "CPPstartDate"), _iso(p, "CPPendDate")
            assert ref <= s and (e is None or s < e <= end)
            reviews = [date.fromisoformat(r.text) for r in p.iterfind("Reviews/CPPreviewDate")]
            assert reviews == sorted(reviews) and all(s < r <= end for r in reviews)
        if closed is not None:  # nothing is left open, nor happens, after the case closes
            for tag in (
                "AssessmentAuthorisationDate",
                "CINPlanEndDate",
                "CPPendDate",
                "CPPreviewDate",
            ):
                assert all(date.fromisoformat(x.text) <= closed for x in d.iter(tag))
            assert all(
                a.find("AssessmentAuthorisationDate") is not None for a in d.iter("Assessments")
            )
            assert all(p.find("CPPendDate") is not None for p in d.iter("ChildProtectionPlans"))
        open_plans = [p for p in d.iterfind("ChildProtectionPlans") if p.find("CPPendDate") is None]
        open_cin = [p for p in d.iterfind("CINPlanDates") if p.find("CINPlanEndDate") is None]
        assert len(open_plans) <= 1 and not (open_plans and open_cin)
