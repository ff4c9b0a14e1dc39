"""The data protection officer's views of the audit log: the break-glass queue, accesses by
user and by child, refused attempts, and whether the chain is intact. Only the DPO."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from cschub.access import audit
from cschub.web.security import require_csrf
from cschub.web.templating import render
from cschub.web.twins import Page, page_routes

router = APIRouter()
COLUMNS = ["seq", "logged_at", "username", "role", "action", "record_id", "purpose",
           "outcome", "reason"]


def _dpo(request: Request) -> None:
    actor = request.state.actor
    if actor is None or actor.role != "dpo":
        raise HTTPException(403, "only the data protection officer sees the audit log")


def _entries(request: Request, where: str, **params) -> list[dict]:
    with request.app.state.store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(
            f"SELECT a.{', a.'.join(COLUMNS)}, r.reviewed_by, r.outcome AS review "
            f"FROM audit_log a LEFT JOIN break_glass_review r ON r.seq = a.seq "
            f"WHERE {where} ORDER BY a.seq DESC LIMIT 500"), params).mappings()]


def _page(request: Request, title: str, entries: list[dict], **extra) -> Page:
    table = [[e[c] for c in COLUMNS] for e in entries]
    return Page("dpo.html", {"title": title, "entries": entries, **extra},
                {"title": title, "entries": entries}, COLUMNS, table, "audit")


@page_routes(router, "/dpo/break-glass", "dpo_break_glass", "Break-glass accesses to review")
def break_glass(request: Request) -> Page:
    """Break-glass accesses, unreviewed first."""
    _dpo(request)
    return _page(request, "Break-glass accesses", _entries(
        request, "a.outcome = 'break_glass'"), review=True)


@page_routes(router, "/dpo/refused", "dpo_refused", "Refused attempts")
def refused(request: Request) -> Page:
    """Every refused attempt to read a record or sign in."""
    _dpo(request)
    return _page(request, "Refused attempts", _entries(request, "a.outcome = 'refused'"))


@page_routes(router, "/dpo/users", "dpo_users", "Accesses by user")
def by_user(request: Request, user: str | None = Query(None, max_length=100)) -> Page:
    """Accesses by one user (or everyone's latest)."""
    _dpo(request)
    where, params = ("a.username = :u", {"u": user}) if user else ("1 = 1", {})
    return _page(request, f"Accesses by {user}" if user else "Latest accesses",
                 _entries(request, where, **params), user=user or "")


@router.post("/dpo/child", include_in_schema=False, dependencies=[Depends(require_csrf)])
def by_child(request: Request, child: str = Form("")) -> Response:
    """Who looked at one child's record (the identifier in the form body, not the URL)."""
    _dpo(request)
    entries = _entries(request, "a.record_type = 'child' AND a.record_id = :c",
                       c=child.strip()[:100])
    return render(request, "dpo.html", title="Who looked at this child's record",
                  entries=entries)


@router.post("/dpo/review", include_in_schema=False, dependencies=[Depends(require_csrf)])
def review(request: Request, seq: int = Form(...), outcome: str = Form(...),
           note: str = Form("")) -> Response:
    """Record the DPO's review of a break-glass access."""
    _dpo(request)
    if outcome not in ("justified", "not_justified"):
        raise HTTPException(400, "choose justified or not justified")
    with request.app.state.store.transaction() as conn:
        if conn.execute(sa.text("SELECT 1 FROM audit_log WHERE seq = :s AND outcome = "
                                "'break_glass'"), {"s": seq}).first() is None:
            raise HTTPException(404)
        conn.execute(sa.text("DELETE FROM break_glass_review WHERE seq = :s"), {"s": seq})
        conn.execute(sa.text(
            "INSERT INTO break_glass_review (seq, reviewed_by, reviewed_at, outcome, note) "
            "VALUES (:s, :u, :t, :o, :n)"), {"s": seq, "u": request.state.actor.username,
                                             "t": datetime.now(), "o": outcome, "n": note[:1000]})
    return RedirectResponse("/dpo/break-glass", status_code=303)


@page_routes(router, "/dpo/verify", "dpo_verify", "Whether the audit chain is intact")
def verify(request: Request) -> Page:
    """Walk the hash chain and the signed checkpoints now."""
    _dpo(request)
    v = audit.verify(request.app.state.store)
    data = {"ok": v.ok, "entries": v.entries, "checkpoints": v.checkpoints,
            "broken_at": v.broken_at, "problem": v.problem}
    return Page("verify.html", {"v": v}, data, list(data), [list(data.values())], "verify")
