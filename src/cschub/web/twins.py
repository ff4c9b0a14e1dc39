"""Every page and its ``.json`` and ``.csv`` twins from one view function (as Datasette does).

A view returns a :class:`Page`: the template and its context for HTML, the data for JSON, and
one table (columns and rows) for CSV.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from cschub.excelsafe import safe_cell
from cschub.web import cache
from cschub.web.templating import render


@dataclass
class Page:
    """What a view found, ready for any of the three formats."""

    template: str
    context: dict[str, Any]
    data: dict[str, Any]
    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    filename: str = "data"


def _default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def as_json(page: Page) -> Response:
    """The page's data as JSON."""
    return Response(json.dumps(page.data, default=_default, indent=1),
                    media_type="application/json")


def as_csv(page: Page) -> Response:
    """The page's table as CSV (no cell can become a formula)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(page.columns)
    for row in page.rows:
        writer.writerow([safe_cell(v) for v in row])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{page.filename}.csv"'})


def page_routes(router: APIRouter, path: str, name: str, summary: str,
                cacheable: bool = False) -> Callable:
    """Register ``path`` (HTML) and ``path.json``, ``path.csv`` for one view function.
    A ``cacheable`` page (aggregates that change only when the store does) is kept rendered
    per reader until the store changes."""

    def register(view: Callable[..., Page]) -> Callable[..., Page]:
        async def html(request: Request, **kwargs: Any) -> Response:
            key = await run_in_threadpool(cache.page_key, request) if cacheable else None
            body = cache.get_page(request, key)
            if body is None:
                page = await _call(view, request, kwargs)
                response = render(request, page.template, **page.context)
                cache.put_page(request, key, response.body)
                return response
            return HTMLResponse(body)

        async def json_(request: Request, **kwargs: Any) -> Response:
            return as_json(await _call(view, request, kwargs))

        async def csv_(request: Request, **kwargs: Any) -> Response:
            return as_csv(await _call(view, request, kwargs))

        # the twins first: "/x/{id}" would otherwise take "/x/a.csv" as the id "a.csv"
        for suffix, handler, kind in ((".json", json_, "JSON"), (".csv", csv_, "CSV"),
                                      ("", html, "page")):
            handler.__signature__ = _signature(view)  # FastAPI reads the view's parameters
            router.add_api_route(
                (path.rstrip("/") or "") + suffix if suffix else path, handler,
                methods=["GET"], name=f"{name}{suffix.replace('.', '_')}",
                summary=f"{summary} ({kind})", include_in_schema=bool(suffix),
                response_class=Response,
            )
        return view

    return register


def _signature(view: Callable) -> Any:
    import inspect

    return inspect.signature(view)


async def _call(view: Callable[..., Page], request: Request, kwargs: dict) -> Page:
    return await run_in_threadpool(view, request, **{k: v for k, v in kwargs.items()
                                                     if k != "request"})
