"""OpenID Connect sign-in (Authlib), for LAs with an identity provider. Configured from the
environment: CSCHUB_OIDC_ISSUER (the provider's issuer URL), CSCHUB_OIDC_CLIENT_ID,
CSCHUB_OIDC_CLIENT_SECRET and CSCHUB_SECRET_KEY (signs the short-lived login state cookie,
which is Secure: serve cschub over HTTPS).

The code flow with PKCE, state and nonce; the id_token must be signed by a key in the provider's
JWKS and name this issuer, this client as audience, and be in date. A user signs in only if an
enabled account was provisioned with their subject (``cschub users add --oidc-subject``); the
role is that account's, never a claim from the provider. Every attempt is audited; nothing
about the person goes into a URL or a log."""

from __future__ import annotations

import logging
import os
import re

import sqlalchemy as sa
from authlib.integrations.base_client import OAuthError
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from joserfc.errors import JoseError

from cschub.access import audit
from cschub.access.users import Actor, get_user, new_session
from cschub.web.security import safe_next, set_session_cookie
from cschub.web.templating import render

try:  # Authlib talks to the provider with httpx2 when it is installed, else with httpx
    from httpx2 import HTTPError
except ImportError:
    from httpx import HTTPError

router = APIRouter(include_in_schema=False)
log = logging.getLogger("cschub.web.oidc")
SETTINGS = ("CSCHUB_OIDC_ISSUER", "CSCHUB_OIDC_CLIENT_ID", "CSCHUB_OIDC_CLIENT_SECRET",
            "CSCHUB_SECRET_KEY")
NEXT = "cschub_next"
FAILED = ("Signing in through your organisation did not work, so you are not signed in. "
          "Start again from the sign-in page.")
NO_ACCOUNT = ("Your organisation's account is not linked to an enabled cschub account, so you "
              "are not signed in. Ask your cschub administrator to set one up.")
UNREACHABLE = "Your organisation's sign-in service cannot be reached now. Try again later."


def configured() -> bool:
    """True when the environment names an identity provider."""
    return all(os.environ.get(k) for k in SETTINGS)


def _client(request: Request):
    """This app's client for the provider, made from the environment on first use."""
    client = getattr(request.app.state, "oidc", None)
    if client is None:
        from authlib.integrations.starlette_client import OAuth

        issuer = os.environ["CSCHUB_OIDC_ISSUER"].rstrip("/")
        client = OAuth().register(
            "idp", client_id=os.environ["CSCHUB_OIDC_CLIENT_ID"],
            client_secret=os.environ["CSCHUB_OIDC_CLIENT_SECRET"],
            server_metadata_url=f"{issuer}/.well-known/openid-configuration",
            client_kwargs={"scope": "openid", "code_challenge_method": "S256"})
        request.app.state.oidc = client
    return client


async def _claims_options(client) -> dict:
    """The id_token must name the configured issuer and this client as its audience."""
    issuer = (await client.load_server_metadata()).get("issuer", "")
    if issuer.rstrip("/") != os.environ["CSCHUB_OIDC_ISSUER"].rstrip("/"):
        raise OAuthError(error="issuer_mismatch")  # discovery names another issuer
    return {"iss": {"essential": True, "value": issuer},
            "aud": {"essential": True, "value": client.client_id}}


@router.get("/sign-in/oidc")
async def start(request: Request, next: str = "/") -> Response:  # noqa: A002 - the query name
    """Send the user to the identity provider; ``next`` (a path on this site) is kept in the
    login state for afterwards."""
    request.session.clear()
    request.session[NEXT] = safe_next(next)
    try:
        return await _client(request).authorize_redirect(
            request, str(request.url_for("oidc_callback")))
    except HTTPError as exc:
        return _refuse(request, 502, UNREACHABLE, type(exc).__name__)


@router.get("/sign-in/oidc/callback", name="oidc_callback")
async def callback(request: Request) -> Response:
    """Back from the provider: check the response and sign in the account with that subject."""
    client = _client(request)
    target = safe_next(request.session.get(NEXT))
    try:
        token = await client.authorize_access_token(
            request, claims_options=await _claims_options(client))
    except (OAuthError, JoseError) as exc:
        return _refuse(request, 400, FAILED, _why(exc))
    except HTTPError as exc:
        return _refuse(request, 502, UNREACHABLE, type(exc).__name__)
    subject = (token.get("userinfo") or {}).get("sub")
    if not subject:
        return _refuse(request, 400, FAILED, "no id_token subject")
    actor = _account(request, str(subject))
    if actor is None:
        return _refuse(request, 403, NO_ACCOUNT, "no enabled account for the subject")
    _audit(request, actor, "allowed")
    session, _ = new_session(request.app.state.store, actor)
    request.session.clear()
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(request, response, session)
    return response


def _account(request: Request, subject: str) -> Actor | None:
    store = request.app.state.store
    with store.engine.connect() as conn:
        names = conn.execute(sa.text(
            "SELECT username FROM app_user WHERE oidc_subject = :s AND NOT disabled"),
            {"s": subject}).scalars().all()
    return get_user(store, names[0]) if len(names) == 1 else None  # never a guess between two


def _why(exc: Exception) -> str:
    """What went wrong, without any value from the response: the error's class, its code if
    it looks like one (a provider's ``error`` is text anyone can put in the callback URL) and
    the claim's name."""
    detail = getattr(exc, "error", "") or ""
    detail = detail if re.fullmatch(r"[a-z_]{1,40}", detail) else ""
    claim = getattr(exc, "claim", "") if isinstance(exc, JoseError) else ""
    return " ".join(p for p in (type(exc).__name__, detail, claim) if p)[:100]


def _refuse(request: Request, status: int, message: str, why: str) -> Response:
    """No session: the login state is dropped, the refusal audited and logged (no data)."""
    request.session.clear()
    log.warning("OpenID Connect sign-in refused: %s", why)
    _audit(request, None, "refused", why)
    return render(request, "error.html", status, code=status, message=message)


def _audit(request: Request, actor: Actor | None, outcome: str, why: str | None = None) -> None:
    with request.app.state.store.transaction() as conn:
        audit.append(conn, audit.Entry(
            username=actor.username if actor else "-", role=actor.role if actor else "-",
            user_id=actor.user_id if actor else None, action="sign_in", record_type="session",
            record_id=None, outcome=outcome, reason=f"OpenID Connect: {why}" if why else None,
            client=request.client.host if request.client else None))
