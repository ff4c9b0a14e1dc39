"""Validation against known answers: every mistake ``cschub synth --error-rate`` injects into a
2025-26 return (and lists in manifest.json with the rules that report it) is reported by at
least one of those rules, for that child."""

from __future__ import annotations

from pathlib import Path

import pytest

from cschub.rules.validate import validate_files
from cschub.synth.generate import generate

YEAR = "2025-26"


@pytest.fixture(scope="module")
def faulty(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("faulty")
    manifest = generate(out, children=40_000, years=(2024, 2026), seed=11, error_rate=0.05)
    return out / "E09000027", manifest


def _flagged(run) -> dict[str, set[str]]:
    """Children (as written, stripped) flagged by each rule code."""
    found: dict[str, set[str]] = {}
    for issue in run.issues:
        found.setdefault(issue.code, set()).add((issue.child or "").strip())
    return found


@pytest.mark.parametrize("collection", ["ssda903", "cin"])
def test_every_injected_mistake_is_reported(faulty, collection: str) -> None:
    la, manifest = faulty
    injected = [m for m in manifest["injected"]
                if m["collection"] == collection and m["year"] == YEAR]
    assert len(injected) >= 10  # enough to mean something
    if collection == "ssda903":
        run = validate_files([la / "ssda903" / YEAR], collection, YEAR, "E09000027",
                             previous=[la / "ssda903" / "2024-25"])
    else:
        run = validate_files([la / "cin" / YEAR / "cin_census.xml"], collection, YEAR,
                             "E09000027")
    assert not run.errored
    flagged = _flagged(run)
    missed = [(m["kind"], m["table"], m["field"], m["written"], m["rules"]) for m in injected
              if not any(m["child"] in flagged.get(code, ()) for code in m["rules"])]
    assert not missed, f"{len(missed)} of {len(injected)} injected mistakes not reported: {missed}"
