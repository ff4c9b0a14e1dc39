"""OpenID Connect sign-in (Authlib), for LAs with an identity provider. Configured from the
environment: CSCHUB_OIDC_ISSUER (the provider's base URL), CSCHUB_OIDC_CLIENT_ID,
CSCHUB_OIDC_CLIENT_SECRET and CSCHUB_SECRET_KEY (signs the short-lived login state). A user
signs in only if an account was provisioned with their subject (cschub users add
--oidc-subject)."""

from __future__ import annotations

import os

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from cschub.access.users import get_user, new_session
from cschub.web.security import set_session_cookie

router = APIRouter(include_in_schema=False)
_oauth = None


def configured() -> bool:
    """True when the environment names an identity provider."""
    return all(os.environ.get(k) for k in ("CSCHUB_OIDC_ISSUER", "CSCHUB_OIDC_CLIENT_ID",
                                           "CSCHUB_OIDC_CLIENT_SECRET", "CSCHUB_SECRET_KEY"))


def _client():
    global _oauth
    if _oauth is None:
        from authlib.integrations.starlette_client import OAuth

        _oauth = OAuth()
        issuer = os.environ["CSCHUB_OIDC_ISSUER"].rstrip("/")
        _oauth.register("idp", client_id=os.environ["CSCHUB_OIDC_CLIENT_ID"],
                        client_secret=os.environ["CSCHUB_OIDC_CLIENT_SECRET"],
                        server_metadata_url=f"{issuer}/.well-known/openid-configuration",
                        client_kwargs={"scope": "openid"})
    return _oauth.idp


@router.get("/sign-in/oidc")
async def start(request: Request) -> Response:
    """Send the user to the identity provider."""
    return await _client().authorize_redirect(request, str(request.url_for("oidc_callback")))


@router.get("/sign-in/oidc/callback", name="oidc_callback")
async def callback(request: Request) -> Response:
    """Back from the provider: sign in the account with that subject, if there is one."""
    token = await _client().authorize_access_token(request)
    subject = (token.get("userinfo") or {}).get("sub")
    store = request.app.state.store
    with store.engine.connect() as conn:
        username = conn.execute(sa.text(
            "SELECT username FROM app_user WHERE oidc_subject = :s AND NOT disabled"),
            {"s": subject}).scalar() if subject else None
    actor = get_user(store, username) if username else None
    if actor is None:
        return RedirectResponse("/sign-in?next=/", status_code=303)
    session, _ = new_session(store, actor)
    response = RedirectResponse("/", status_code=303)
    set_session_cookie(request, response, session)
    return response
