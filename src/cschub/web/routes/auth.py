"""Sign in and out: local accounts (argon2, lockout) and, when configured, OpenID Connect."""

from __future__ import annotations

import os
import secrets

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from cschub.access import audit
from cschub.access.users import authenticate, end_session, new_session
from cschub.web.security import (
    SESSION_COOKIE,
    SIGN_IN_CSRF_COOKIE,
    require_csrf,
    safe_next,
    set_session_cookie,
)
from cschub.web.templating import render

router = APIRouter(include_in_schema=False)


def _form(request: Request, next_: str, error: str | None = None, status: int = 200) -> Response:
    token = secrets.token_urlsafe(32)
    response = render(request, "sign_in.html", status, next=safe_next(next_), error=error,
                      signin_csrf=token, oidc=bool(os.environ.get("CSCHUB_OIDC_ISSUER")))
    response.set_cookie(SIGN_IN_CSRF_COOKIE, token, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/sign-in")
    return response


@router.get("/sign-in")
def sign_in_page(request: Request, next: str = "/") -> Response:  # noqa: A002 - the query name
    """The sign-in form."""
    return _form(request, next)


@router.post("/sign-in", dependencies=[Depends(require_csrf)])
def sign_in(request: Request, username: str = Form(""), password: str = Form(""),
            next: str = Form("/")) -> Response:  # noqa: A002
    """Check the password; a new session id at every sign-in."""
    store = request.app.state.store
    actor = authenticate(store, username, password)
    with store.transaction() as conn:
        audit.append(conn, audit.Entry(
            username=username[:100] or "-", role=actor.role if actor else "-",
            action="sign_in", record_type="session", record_id=None,
            outcome="allowed" if actor else "refused",
            client=request.client.host if request.client else None))
    if actor is None:
        return _form(request, next, "The user name or password is not right, or the account "
                     "is locked for 15 minutes after 5 failed attempts.", 400)
    session, _ = new_session(store, actor)
    response = RedirectResponse(safe_next(next), status_code=303)
    set_session_cookie(request, response, session)
    response.delete_cookie(SIGN_IN_CSRF_COOKIE, path="/sign-in")
    return response


@router.post("/sign-out", dependencies=[Depends(require_csrf)])
def sign_out(request: Request) -> Response:
    """End the session."""
    end_session(request.app.state.store, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/sign-in", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
