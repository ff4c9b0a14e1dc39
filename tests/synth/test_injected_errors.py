"""Every injected mistake is where the manifest says, and names DfE rules that exist."""

from __future__ import annotations

import csv
from collections import Counter

from lxml import etree

from .conftest import REFERENCE, needs_reference


def _rule_codes(path) -> set[str]:
    with path.open(newline="", encoding="utf-8") as f:
        return {r["code"] for r in csv.DictReader(f)}


def test_injections_are_recorded(faulty_la):
    injected = faulty_la.manifest["injected"]
    assert len(injected) > 100
    kinds = Counter(i["kind"] for i in injected)
    assert {"bad_code", "date_order", "missing_field", "invalid_date"} <= set(kinds)
    assert {i["collection"] for i in injected} == {"ssda903", "cin"}


def test_each_903_injection_is_at_its_line_and_field(faulty_la):
    lines: dict[str, list[list[str]]] = {}
    for i in faulty_la.manifest["injected"]:
        if i["collection"] != "ssda903":
            continue
        if i["file"] not in lines:
            with (faulty_la.root / i["file"]).open(newline="", encoding="utf-8") as f:
                lines[i["file"]] = list(csv.reader(f))
        rows = lines[i["file"]]
        row = rows[i["line"] - 1]
        assert row[rows[0].index(i["field"])] == i["written"], i
        assert row[0] == i["child"], i
        assert i["written"] != i["original"], i


def test_each_cin_injection_is_in_its_childs_record(faulty_la):
    trees = {}
    for i in faulty_la.manifest["injected"]:
        if i["collection"] != "cin":
            continue
        if i["file"] not in trees:
            doc = etree.parse(str(faulty_la.root / i["file"]))
            trees[i["file"]] = {
                c.findtext("ChildIdentifiers/LAchildID"): c for c in doc.iterfind("Children/Child")
            }
        child = trees[i["file"]][i["child"]]
        values = [(el.text or "") for el in child.iter(i["field"])]
        assert i["written"] in values, i
        assert i["line"] is None


def test_injections_name_rules_of_the_current_year(faulty_la):
    needs_reference()
    lac = _rule_codes(REFERENCE / "ssda903" / "rules" / "lac2025_26_rules.csv")
    cin = _rule_codes(REFERENCE / "cin" / "rules" / "cin2025_26_rules.csv")
    for i in faulty_la.manifest["injected"]:
        assert i["rules"] and set(i["rules"]) <= (lac if i["collection"] == "ssda903" else cin), i


def test_clean_output_has_no_injections(clean_la):
    assert clean_la.manifest["injected"] == []
    assert clean_la.manifest["error_rate"] == 0.0
