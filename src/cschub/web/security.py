"""Who is asking, and the guards around every request: sessions (HttpOnly, SameSite, Secure
over TLS), CSRF tokens on every form, bearer tokens for API clients, safe redirects, and
headers that keep pages from being framed or sniffed.

With no accounts in the store, cschub runs as a single-user demo signed in as a local analyst
(said on every page); once an account exists, everything but sign-in needs one.
"""

from __future__ import annotations

import secrets
from urllib.parse import quote

import sqlalchemy as sa
from fastapi import Form, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from cschub.access.users import Actor, session_actor, token_actor
from cschub.store import Store

SESSION_COOKIE = "cschub_session"
SIGN_IN_CSRF_COOKIE = "cschub_signin_csrf"
OPEN_PATHS = ("/sign-in", "/accessibility", "/static/", "/assets/", "/health", "/openapi.json",
              "/docs")
DEMO_ACTOR = Actor(username="local analyst", role="analyst", client="demo")


def has_accounts(store: Store) -> bool:
    """True once any account exists (then the demo sign-in is off). Once true it stays true,
    so it is asked of the database only until the first account appears."""
    if getattr(store, "_has_accounts", False):
        return True
    with store.engine.connect() as conn:
        found = conn.execute(sa.text("SELECT 1 FROM app_user LIMIT 1")).first() is not None
    store._has_accounts = found
    return found


def safe_next(target: str | None) -> str:
    """Only a path on this site: never another site (no open redirects). Browsers drop tabs
    and newlines from a URL, so "/<tab>/evil.example" would be "//evil.example": refused."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target \
            or not target.isprintable() or " " in target:
        return "/"
    return target


def set_session_cookie(request: Request, response: Response, session: str) -> None:
    """The session cookie: HttpOnly, SameSite=Lax, Secure when served over TLS."""
    response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/")


def identify(request: Request, store: Store) -> None:
    """Put the actor (or None), the CSRF token and the demo flag on request.state."""
    request.state.actor, request.state.csrf, request.state.demo = None, "", False
    auth = request.headers.get("authorization", "")
    client = request.client.host if request.client else None
    if auth.lower().startswith("bearer "):
        actor = token_actor(store, auth[7:].strip())
        if actor:
            request.state.actor = Actor(**{**actor.__dict__, "client": client})
        return
    found = session_actor(store, request.cookies.get(SESSION_COOKIE))
    if found:
        actor, csrf = found
        request.state.actor = Actor(**{**actor.__dict__, "client": client})
        request.state.csrf = csrf
        return
    if not has_accounts(store):
        request.state.actor, request.state.demo = DEMO_ACTOR, True
        request.state.csrf = _demo_csrf(request)


def _demo_csrf(request: Request) -> str:
    return request.app.state.demo_csrf


def refuse_anonymous(request: Request) -> Response | None:
    """A response sending an anonymous request to sign in (pages) or 401 (data), or None."""
    path = request.url.path
    if request.state.actor is not None:
        return None
    if any(path == p or path.startswith(p) for p in OPEN_PATHS):
        return None
    if path.endswith((".json", ".csv")) or path.startswith("/api/"):
        return JSONResponse({"error": "sign in first"}, status_code=401)
    return RedirectResponse(f"/sign-in?next={quote(path)}", status_code=303)


async def require_csrf(request: Request, csrf_token: str = Form("")) -> None:
    """For every form POST: the form carries the session's CSRF token (the sign-in form, the
    token in its own cookie); otherwise 403 and nothing is done."""
    if request.url.path == "/sign-in":
        expected = request.cookies.get(SIGN_IN_CSRF_COOKIE, "")
    else:
        expected = getattr(request.state, "csrf", "")
    if not (expected and secrets.compare_digest(csrf_token, expected)):
        raise HTTPException(403, "This form has expired or did not come from cschub. Go back, "
                            "reload the page and try again.")


HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def _template_script_hash() -> str:
    """The CSP hash of the one inline script in GOV.UK's page template (it marks the page as
    having JavaScript), so no other inline script can run."""
    import base64
    import hashlib
    import re
    from importlib import resources

    text = resources.files("govuk_frontend_jinja").joinpath("templates/template.html")
    script = re.search(r"<script[^>]*>(.*?)</script>", text.read_text(encoding="utf-8"))
    digest = hashlib.sha256(script.group(1).encode()).digest() if script else b""
    return "'sha256-" + base64.b64encode(digest).decode() + "'"


TEMPLATE_SCRIPT = _template_script_hash()


def add_headers(response: Response, path: str = "") -> None:
    """Security headers on every response; scripts only from this site, plus GOV.UK's one
    known inline script (the API docs page, Swagger UI, needs its own inline script)."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    inline = "'unsafe-inline'" if path == "/docs" else TEMPLATE_SCRIPT
    styles = "'self' 'unsafe-inline'" if path == "/docs" else "'self'"
    response.headers.setdefault(
        "Content-Security-Policy",
        f"default-src 'self'; script-src 'self' {inline}; style-src {styles}; "
        "img-src 'self' data:; font-src 'self'; frame-ancestors 'none'; form-action 'self'",
    )
