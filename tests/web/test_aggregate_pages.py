"""The validation and loads pages show counts only: rule by rule and return by return, never a
child's identifier, whatever the store holds."""

from __future__ import annotations

import csv
import io
import re

import pytest
import sqlalchemy as sa

from cschub.web.routes.validation import _note


def _child_ids(app) -> set[str]:
    with app.state.store.engine.connect() as conn:
        ids = {r[0] for r in conn.execute(sa.text(
            "SELECT DISTINCT child FROM validation_issue WHERE child IS NOT NULL "
            "UNION SELECT pers_person_id FROM ssd_person"))}
    return {i for i in ids if i}


@pytest.mark.parametrize("page", ["/validation", "/loads"])
def test_no_child_identifier_on_any_twin(demo, demo_app, page) -> None:
    ids = _child_ids(demo_app)
    assert ids
    for suffix in ("", ".json", ".csv"):
        text = demo.get(page + suffix).text
        tokens = set(re.findall(r"[A-Za-z0-9]+", text))
        assert not tokens & ids, f"{page}{suffix} shows a child's identifier"


def test_validation_lists_rules_with_message_status_and_counts(demo) -> None:
    data = demo.get("/validation.json").json()
    assert data["run"] is not None and data["results"]
    first = data["results"][0]
    assert set(first) == {"code", "severity", "message", "status", "children", "issues", "note"}
    assert all(r["message"] for r in data["results"])
    assert sum(s["rules"] for s in data["summary"]) == len(data["results"])
    order = ["failed", "errored", "not_applicable", "passed"]
    assert [order.index(r["status"]) for r in data["results"]] == sorted(
        order.index(r["status"]) for r in data["results"])


def test_validation_status_filter_and_its_csv(demo) -> None:
    everything = demo.get("/validation.json").json()
    status = everything["results"][0]["status"]
    only = demo.get("/validation.json", params={"status": status}).json()["results"]
    assert only and {r["status"] for r in only} == {status}
    rows = list(csv.DictReader(io.StringIO(demo.get(f"/validation.csv?status={status}").text)))
    assert [r["code"] for r in rows] == [r["code"] for r in only]
    html = demo.get(f"/validation?status={status}").text
    assert f"{len(only)} rules" in html


def test_a_database_error_quoting_a_value_is_shown_without_it() -> None:
    note = _note("errored", "Conversion Error: Could not convert string '3180019846' to INT32")
    assert "3180019846" not in note and note.startswith("Conversion Error")
    assert _note("errored", 'invalid input syntax for type integer: "A12"') == (
        "invalid input syntax for type integer: '…'")
    assert _note("failed", "anything") == ""


def test_loads_counts_returns_files_and_rows(demo) -> None:
    data = demo.get("/loads.json").json()
    assert {r["collection"] for r in data["returns"]} >= {"ssda903", "cin"}
    assert all(r["rows"] > 0 and r["files"] > 0 for r in data["returns"])
    assert data["loads"] and data["loads"][0]["finished_at"]
    assert sum(b["rows"] for b in data["loads"]) >= sum(r["rows"] for r in data["returns"])
    rows = list(csv.DictReader(io.StringIO(demo.get("/loads.csv").text)))
    assert len(rows) == len(data["returns"])
