"""A child's record, only through access/ (checked and audited). The child's identifier is sent
in the body of a POST, never in a URL."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from cschub.access.read import AccessRefused, read_child
from cschub.access.records import ALL_FIELDS
from cschub.web.security import require_csrf
from cschub.web.templating import render

router = APIRouter()
PURPOSES = ("direct_care", "safeguarding", "subject_access", "audit")


@router.get("/children", include_in_schema=False)
def child_form(request: Request) -> Response:
    """The form to open a child's record."""
    return render(request, "child_form.html", purposes=PURPOSES)


@router.post("/children", include_in_schema=False, dependencies=[Depends(require_csrf)])
def child_page(request: Request, child: str = Form(""), purpose: str = Form(""),
               reason: str = Form("")) -> Response:
    """Open a child's record: allowed, refused, or (with a reason) break-glass."""
    child = child.strip()[:100]
    if not child or purpose not in PURPOSES:
        return render(request, "child_form.html", 400, purposes=PURPOSES,
                      error="Enter the child's identifier and choose a purpose.")
    try:
        record = read_child(request.app.state.store, request.state.actor, child,
                            purpose=purpose, reason=reason.strip() or None)
    except AccessRefused as exc:
        return render(request, "child_form.html", 403, purposes=PURPOSES, error=str(exc),
                      refused=True)
    return render(request, "child.html", record=record)


class RecordRequest(BaseModel):
    """A request for a child's record through the API."""

    child: str = Field(min_length=1, max_length=100)
    purpose: str = Field(min_length=1, max_length=100)
    fields: list[str] | None = Field(default=None, max_length=len(ALL_FIELDS))
    reason: str | None = Field(default=None, max_length=1000)


@router.post("/api/children/record", summary="A child's record (checked and audited)")
def child_record(request: Request, body: RecordRequest) -> dict:
    """The record, limited to what the caller may see; 403 with the reason when refused."""
    try:
        record = read_child(request.app.state.store, request.state.actor, body.child,
                            purpose=body.purpose, fields=body.fields, reason=body.reason)
    except AccessRefused as exc:
        raise HTTPException(403, str(exc)) from None
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"child": record.child, "outcome": record.outcome, "basis": record.basis,
            "record": record.sections}
