"""The loads: every return in the store with its files and rows, each load, and what could not
be carried over to the standard dataset (counts by table and problem, never the values)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from cschub.web.routes.validation import rows
from cschub.web.twins import Page, page_routes

router = APIRouter()

COLUMNS = ["collection", "year", "la_code", "files", "rows", "unparsed", "last_loaded"]

RETURNS = """
SELECT s.collection, s.year, s.la_code, count(f.file_id) AS files,
       COALESCE(sum(f.row_count), 0) AS rows, COALESCE(sum(f.unparsed_count), 0) AS unparsed,
       max(b.started_at) AS last_loaded
FROM return_submission s
LEFT JOIN return_file f ON f.submission_id = s.submission_id AND f.current
LEFT JOIN load_batch b ON b.load_id = s.last_load_id
GROUP BY s.collection, s.year, s.la_code ORDER BY s.collection, s.year, s.la_code
"""
LOADS = """
SELECT b.load_id, b.started_at, b.finished_at, count(f.file_id) AS files,
       COALESCE(sum(f.row_count), 0) AS rows
FROM load_batch b LEFT JOIN return_file f ON f.load_id = b.load_id
GROUP BY b.load_id, b.started_at, b.finished_at ORDER BY b.load_id DESC
"""
QUALITY = """
SELECT target_table, problem, count(*) AS n FROM load_quality
GROUP BY target_table, problem ORDER BY target_table, problem
"""


@page_routes(router, "/loads", "loads", "Returns loaded and what could not be carried over")
def loads(request: Request) -> Page:
    """Every return in the store, every load, and the load-quality counts by problem."""
    returns = [r | {"rows": int(r["rows"]), "unparsed": int(r["unparsed"])}
               for r in rows(request, RETURNS)]
    batches = [b | {"rows": int(b["rows"])} for b in rows(request, LOADS)]
    quality = rows(request, QUALITY)
    table = [[r[c] for c in COLUMNS] for r in returns]
    return Page("loads.html", {"returns": returns, "batches": batches, "quality": quality},
                {"returns": returns, "loads": batches, "quality": quality},
                COLUMNS, table, "loads")
