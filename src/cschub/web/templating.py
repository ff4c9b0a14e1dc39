"""Jinja2 with the GOV.UK Frontend macros (govuk-frontend-jinja) and cschub's templates."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    select_autoescape,
)

from cschub.web import assets

env = Environment(
    loader=ChoiceLoader([
        FileSystemLoader(Path(__file__).parent / "templates"),
        PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja", "templates")}),
    ]),
    autoescape=select_autoescape(["html"]),
)


def number(value: Any, decimals: int = 1) -> str:
    """A figure for display: thousands separators, fixed decimals, '–' for none."""
    if value is None:
        return "–"
    if isinstance(value, int | float):
        return f"{value:,.{decimals}f}"
    return str(value)


def when(value: Any) -> str:
    """A time for display, to the minute: '25 Nov 2026 01:19'; '–' for none."""
    if value is None:
        return "–"
    if isinstance(value, datetime):
        return value.strftime("%d %b %Y %H:%M")
    return str(value)


env.filters["number"] = number
env.filters["when"] = when


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page: the template with the signed-in user and the navigation."""
    state = request.state
    html = env.get_template(template).render(
        request=request, actor=getattr(state, "actor", None),
        demo=getattr(state, "demo", False), csrf=getattr(state, "csrf", ""),
        assets_ok=assets.available(), path=request.url.path, **context,
    )
    return HTMLResponse(html, status_code=status_code)
