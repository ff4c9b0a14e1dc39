"""What is in the store: validation results (rule by rule, never children's identifiers) and
the loads, with what could not be carried over (counts only)."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Query, Request

from cschub.web.twins import Page, page_routes

router = APIRouter()


def _rows(request: Request, sql: str, **params) -> list[dict]:
    with request.app.state.store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(sql), params).mappings()]


@page_routes(router, "/validation", "validation", "Validation runs and their results")
def validation(request: Request, run: int | None = Query(None),
               status: str | None = Query(None)) -> Page:
    """The recorded validation runs, and one run's rules (the latest unless ``run`` is given),
    filterable by status."""
    if status not in (None, "", "passed", "failed", "errored", "not_applicable"):
        raise HTTPException(404)
    runs = _rows(request, "SELECT run_id, collection, year, la_code, run_at, rules, issues "
                          "FROM validation_run ORDER BY run_id DESC")
    chosen = run if run is not None else (runs[0]["run_id"] if runs else None)
    if run is not None and all(r["run_id"] != run for r in runs):
        raise HTTPException(404)
    results = []
    if chosen is not None:
        sql = ("SELECT code, status, issues, children, detail FROM validation_result "
               "WHERE run_id = :r")
        if status:
            sql += " AND status = :s"
        results = _rows(request, sql + " ORDER BY status, code", r=chosen, s=status)
    table = [[r["code"], r["status"], r["children"], r["issues"], r["detail"]] for r in results]
    return Page("validation.html", {"runs": runs, "chosen": chosen, "results": results,
                                    "status": status or ""},
                {"runs": runs, "run": chosen, "results": results},
                ["code", "status", "children", "issues", "detail"], table, "validation")


@page_routes(router, "/loads", "loads", "Returns loaded and what could not be carried over")
def loads(request: Request) -> Page:
    """Every loaded return, and the load-quality counts by problem (no values)."""
    submissions = _rows(request, (
        "SELECT s.collection, s.year, s.la_code, count(f.file_id) AS files, "
        "max(b.started_at) AS last_loaded FROM return_submission s "
        "LEFT JOIN return_file f ON f.submission_id = s.submission_id "
        "LEFT JOIN load_batch b ON b.load_id = s.last_load_id "
        "GROUP BY s.collection, s.year, s.la_code ORDER BY s.collection, s.year"))
    quality = _rows(request, "SELECT target_table, problem, count(*) AS n FROM load_quality "
                             "GROUP BY target_table, problem ORDER BY target_table, problem")
    table = [[s["collection"], s["year"], s["la_code"], s["files"], s["last_loaded"]]
             for s in submissions]
    return Page("loads.html", {"submissions": submissions, "quality": quality},
                {"returns": submissions, "quality": quality},
                ["collection", "year", "la_code", "files", "last_loaded"], table, "loads")
