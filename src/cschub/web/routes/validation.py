"""Validation results from the store, rule by rule: code, severity, message, status and counts.
Aggregates only: the children a rule flags are in ``cschub validate``'s report, never here."""

from __future__ import annotations

import re

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Query, Request

from cschub.rules.catalogue import Rule, rules_for
from cschub.web.twins import Page, page_routes

router = APIRouter()

STATUSES = ("failed", "errored", "not_applicable", "passed")  # the order they are listed in
COLUMNS = ["code", "severity", "message", "status", "children", "issues", "note"]
# a database error can quote the value it choked on (which may be a child's identifier)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def rows(request: Request, sql: str, **params) -> list[dict]:
    """The rows of a query on the app's store, as dicts."""
    with request.app.state.store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(sql), params).mappings()]


def _note(status: str, detail: str | None) -> str:
    """Why a rule did not run, with any quoted value taken out; nothing for a rule that ran."""
    if status not in ("errored", "not_applicable") or not detail:
        return ""
    return _QUOTED.sub("'…'", detail)


def _catalogue(run: dict) -> dict[str, Rule]:
    try:
        return {r.code: r for r in rules_for(run["collection"], run["year"])}
    except ValueError:  # a collection this version of cschub no longer knows
        return {}


def _results(request: Request, run: dict, status: str | None) -> list[dict]:
    sql = "SELECT code, status, issues, children, detail FROM validation_result WHERE run_id = :r"
    found = rows(request, sql + (" AND status = :s" if status else ""), r=run["run_id"], s=status)
    rules = _catalogue(run)
    results = [{"code": r["code"],
                "severity": rules[r["code"]].level if r["code"] in rules else None,
                "message": rules[r["code"]].message if r["code"] in rules else None,
                "status": r["status"], "children": r["children"], "issues": r["issues"],
                "note": _note(r["status"], r["detail"])} for r in found]
    order = {s: n for n, s in enumerate(STATUSES)}
    return sorted(results, key=lambda r: (order.get(r["status"], 9), -r["issues"], r["code"]))


def _summary(request: Request, run_id: int) -> list[dict]:
    found = {r["status"]: r for r in rows(
        request, "SELECT status, count(*) AS rules, sum(issues) AS issues FROM validation_result "
        "WHERE run_id = :r GROUP BY status",
        r=run_id)}
    return [{"status": s, "rules": int(found[s]["rules"]), "issues": int(found[s]["issues"])}
            for s in STATUSES if s in found]


@page_routes(router, "/validation", "validation", "Validation runs and their results")
def validation(request: Request, run: int | None = Query(None),
               status: str | None = Query(None)) -> Page:
    """The recorded validation runs, and one run's rules (the latest unless ``run`` is given),
    filterable by status. Counts only: no child's identifier."""
    if status not in (None, "", *STATUSES):
        raise HTTPException(404)
    runs = rows(request, "SELECT run_id, collection, year, la_code, run_at, rules, issues "
                         "FROM validation_run ORDER BY run_id DESC")
    chosen = next((r for r in runs if run is None or r["run_id"] == run), None)
    if run is not None and chosen is None:
        raise HTTPException(404)
    results = _results(request, chosen, status or None) if chosen else []
    summary = _summary(request, chosen["run_id"]) if chosen else []
    table = [[r[c] for c in COLUMNS] for r in results]
    return Page("validation.html", {"runs": runs, "chosen": chosen, "results": results,
                                    "summary": summary, "status": status or "",
                                    "statuses": STATUSES},
                {"runs": runs, "run": chosen["run_id"] if chosen else None,
                 "summary": summary, "results": results},
                COLUMNS, table, f"validation-{chosen['run_id']}" if chosen else "validation")
