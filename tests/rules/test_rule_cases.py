"""Every rule on hand-made data: each case states which rows the rule must flag.

Cases live in ``tests/rules/<collection>/<code>.yaml``::

    rule: "103"
    cases:
      - name: an unknown ethnicity code is flagged
        year: 2025-26
        tables:
          Header: |
            CHILD,SEX,DOB,ETHNIC
            A1,M,01/01/2015,XXXX
            A2,M,01/01/2015,WBRI
        previous: {}          # optional: the previous year's tables
        reference: {}         # optional: postcodes / providers tables (CSV text)
        flagged: {Header: [1]}  # data rows (1 = first row under the header); {} = passes

A rule that never runs by design states it instead of ``flagged``::

        status: not_applicable
        detail: needs PL_LA and PL_LOCATION as the DfE derives them after submission
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from cschub.rules.catalogue import COLLECTIONS, rule_versions
from tests.rules.harness import flagged

HERE = Path(__file__).parent


def _cases() -> list:
    params = []
    for collection in COLLECTIONS:
        for path in sorted((HERE / collection).glob("*.yaml")):
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            for i, case in enumerate(doc["cases"]):
                ident = f"{collection}-{doc['rule']}-{i}-{case['year']}"
                params.append(pytest.param(collection, str(doc["rule"]), case, id=ident))
    return params


CASES = _cases()


@pytest.fixture(
    scope="module", params=["duckdb", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def rule_store(request, tmp_path_factory):
    from cschub.store import Store

    if request.param == "duckdb":
        store = Store(f"duckdb:///{tmp_path_factory.mktemp('rules') / 'rules.duckdb'}")
    else:
        # a database of its own, copied from the template: rule runs leave rows behind, and
        # the template must stay empty for every other test of the session
        from tests.conftest import _pg_copy

        copies = _pg_copy(request.getfixturevalue("pg_template"))
        store = Store(next(copies))
        request.addfinalizer(lambda: next(copies, None))
    yield store
    store.close()


@pytest.mark.parametrize(("collection", "code", "case"), CASES)
def test_rule_case(rule_store, collection: str, code: str, case: dict) -> None:
    status, rows, detail = flagged(
        rule_store,
        collection,
        code,
        case["year"],
        case["tables"],
        case.get("previous"),
        case.get("reference"),
    )
    assert status != "errored", detail
    if "status" in case:
        assert (status, rows, detail) == (case["status"], {}, case["detail"]), case["name"]
        return
    expected = {t: sorted(v) for t, v in (case.get("flagged") or {}).items() if v}
    assert rows == expected, case["name"]
    assert status == ("failed" if expected else "passed"), case["name"]


def _covered() -> set[tuple[str, str, str]]:
    """(collection, code, from_year) of rule versions with a failing and a passing case, or
    with a case saying the rule never runs (``status: not_applicable``)."""
    seen: dict[tuple[str, str, str], set[bool]] = {}
    for param in CASES:
        collection, code, case = param.values
        for rule in rule_versions(collection):
            if rule.code == code and rule.applies_to(case["year"]):
                key = (collection, code, rule.from_year)
                seen.setdefault(key, set()).add(
                    case.get("status") or bool(case.get("flagged")))
    return {k for k, v in seen.items() if v == {True, False} or v == {"not_applicable"}}


def test_every_rule_version_has_sql_and_cases_or_is_listed_as_pending() -> None:
    """A rule is done when its SQL and a failing and a passing case exist; pending.txt lists
    the rest, so the list of what is missing is always exact."""
    covered = _covered()
    gaps = set()
    for collection in COLLECTIONS:
        for rule in rule_versions(collection):
            key = (collection, rule.code, rule.from_year)
            if rule.sql is None or key not in covered:
                gaps.add(f"{collection} {rule.code} {rule.from_year}")
    pending = {
        ln.strip()
        for f in sorted((HERE / "pending").glob("*.txt"))
        for ln in f.read_text().splitlines()
        if ln.strip() and not ln.startswith("#")
    }
    assert not (gaps - pending), f"not done and not listed as pending: {sorted(gaps - pending)}"
    assert not (pending - gaps), (
        f"done now, remove from tests/rules/pending/: {sorted(pending - gaps)}"
    )
