"""Plain pages: the home page, the accessibility statement, a health check."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from cschub.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/")
def home(request: Request) -> Response:
    """The dashboard overview is the home page."""
    return RedirectResponse("/overview", status_code=307)


@router.get("/accessibility")
def accessibility(request: Request) -> Response:
    """The accessibility statement."""
    return render(request, "accessibility.html")


@router.get("/health")
def health() -> dict:
    """For load balancers: the app is up."""
    return {"status": "ok"}
