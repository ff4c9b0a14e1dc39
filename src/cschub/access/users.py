"""Accounts: roles, argon2 password hashes, lockout after repeated failures, sessions and
purpose-scoped API tokens. Tokens and session ids are stored only as SHA-256 hashes."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from cschub.errors import CschubError
from cschub.store import Store

ROLES = ("analyst", "practitioner", "team_manager", "partner", "dpo", "admin")
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=8)
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Actor:
    """Who is asking, as the policy sees them."""

    username: str
    role: str
    user_id: int | None = None
    team: str | None = None
    professional_id: str | None = None
    organisation: str | None = None
    client: str | None = None  # where from: an IP address, "cli", ...
    token_purpose: str | None = None  # an API token is limited to one purpose


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise CschubError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")


def add_user(store: Store, username: str, role: str, password: str | None = None, *,
             display_name: str | None = None, team: str | None = None,
             professional_id: str | None = None, organisation: str | None = None,
             oidc_subject: str | None = None) -> int:
    """Create an account; returns its id."""
    _check_role(role)
    if password is not None and len(password) < 12:
        raise CschubError("a password needs at least 12 characters")
    if role == "partner" and not organisation:
        raise CschubError("a partner-agency user needs --organisation")
    with store.transaction() as conn:
        if conn.execute(sa.text("SELECT 1 FROM app_user WHERE username = :u"),
                        {"u": username}).first():
            raise CschubError(f"there is already a user {username!r}")
        if oidc_subject and conn.execute(sa.text(
                "SELECT 1 FROM app_user WHERE oidc_subject = :s"), {"s": oidc_subject}).first():
            raise CschubError("another user already signs in with that OIDC subject")
        user_id = conn.execute(sa.text(
            "SELECT coalesce(max(user_id), 0) + 1 FROM app_user")).scalar()
        conn.execute(sa.text(
            "INSERT INTO app_user (user_id, username, display_name, role, password_hash, "
            "oidc_subject, team, professional_id, organisation, disabled, failed_attempts, "
            "created_at) VALUES (:i, :u, :d, :r, :p, :o, :t, :pid, :org, FALSE, 0, :now)"
        ), {"i": user_id, "u": username, "d": display_name or username, "r": role,
            "p": _hasher.hash(password) if password else None, "o": oidc_subject, "t": team,
            "pid": professional_id, "org": organisation, "now": datetime.now()})
    return user_id


def _actor(row) -> Actor:
    return Actor(username=row.username, role=row.role, user_id=row.user_id, team=row.team,
                 professional_id=row.professional_id, organisation=row.organisation)


def get_user(store: Store, username: str) -> Actor | None:
    """The enabled account with this name, or None."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT * FROM app_user WHERE username = :u AND NOT disabled"), {"u": username}
        ).first()
    return _actor(row) if row else None


def list_users(store: Store) -> list[dict]:
    """Every account (no hashes)."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT username, display_name, role, team, professional_id, organisation, "
            "disabled, locked_until FROM app_user ORDER BY username")).mappings().all()
    return [dict(r) for r in rows]


def set_disabled(store: Store, username: str, disabled: bool = True) -> None:
    """Disable (or enable) an account; its sessions and tokens stop working."""
    _update(store, username, "disabled = :v", {"v": disabled})
    with store.transaction() as conn:
        conn.execute(sa.text(
            "DELETE FROM user_session WHERE user_id IN "
            "(SELECT user_id FROM app_user WHERE username = :u)"), {"u": username})


def set_role(store: Store, username: str, role: str) -> None:
    """Change an account's role."""
    _check_role(role)
    _update(store, username, "role = :v", {"v": role})


def _update(store: Store, username: str, assignment: str, params: dict) -> None:
    with store.transaction() as conn:
        done = conn.execute(sa.text(f"UPDATE app_user SET {assignment} WHERE username = :u"),
                            {**params, "u": username}).rowcount
    if not done:
        raise CschubError(f"no user {username!r}")


def authenticate(store: Store, username: str, password: str) -> Actor | None:
    """The account if the password is right; counts failures and locks the account for 15
    minutes after 5 in a row. The same None for an unknown user, a wrong password, a
    disabled or a locked account, so nothing about accounts leaks."""
    now = datetime.now()
    with store.transaction() as conn:
        row = conn.execute(sa.text("SELECT * FROM app_user WHERE username = :u"),
                           {"u": username}).first()
        if row is None or row.disabled or not row.password_hash:
            _hasher.hash(password)  # same work either way
            return None
        if row.locked_until and row.locked_until > now:
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            failures = row.failed_attempts + 1
            locked = now + LOCKOUT if failures >= MAX_FAILURES else None
            conn.execute(sa.text(
                "UPDATE app_user SET failed_attempts = :f, locked_until = :l WHERE user_id = :i"
            ), {"f": 0 if locked else failures, "l": locked, "i": row.user_id})
            return None
        conn.execute(sa.text(
            "UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE user_id = :i"
        ), {"i": row.user_id})
    return _actor(row)


def new_session(store: Store, actor: Actor) -> tuple[str, str]:
    """A new session for a signed-in user: (session id for the cookie, CSRF token). A fresh id
    at every sign-in, so a session id planted before sign-in is worthless."""
    session, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = datetime.now()
    with store.transaction() as conn:
        conn.execute(sa.text(
            "INSERT INTO user_session (session_hash, user_id, csrf_token, created_at, "
            "expires_at) VALUES (:h, :u, :c, :n, :e)"
        ), {"h": _digest(session), "u": actor.user_id, "c": csrf, "n": now,
            "e": now + SESSION_LIFETIME})
    return session, csrf


def session_actor(store: Store, session: str | None) -> tuple[Actor, str] | None:
    """(the account, its CSRF token) for a live session id, or None."""
    if not session:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT u.*, s.csrf_token FROM user_session s JOIN app_user u "
            "ON u.user_id = s.user_id WHERE s.session_hash = :h AND s.expires_at > :n "
            "AND NOT u.disabled"
        ), {"h": _digest(session), "n": datetime.now()}).first()
    return (_actor(row), row.csrf_token) if row else None


def end_session(store: Store, session: str | None) -> None:
    """Sign out: the session id stops working."""
    if session:
        with store.transaction() as conn:
            conn.execute(sa.text("DELETE FROM user_session WHERE session_hash = :h"),
                         {"h": _digest(session)})


def new_token(store: Store, username: str, purpose: str, days: int = 90) -> str:
    """An API token for a user, valid for one purpose; shown once, stored as a hash."""
    actor = get_user(store, username)
    if actor is None:
        raise CschubError(f"no enabled user {username!r}")
    token = "csh_" + secrets.token_urlsafe(32)
    now = datetime.now()
    with store.transaction() as conn:
        conn.execute(sa.text(
            "INSERT INTO api_token (token_hash, user_id, purpose, created_at, expires_at, "
            "revoked) VALUES (:h, :u, :p, :n, :e, FALSE)"
        ), {"h": _digest(token), "u": actor.user_id, "p": purpose, "n": now,
            "e": now + timedelta(days=days)})
    return token


def token_actor(store: Store, token: str | None) -> Actor | None:
    """The account behind a live API token, limited to the token's purpose."""
    if not token:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT u.*, t.purpose AS token_purpose FROM api_token t JOIN app_user u "
            "ON u.user_id = t.user_id WHERE t.token_hash = :h AND NOT t.revoked "
            "AND (t.expires_at IS NULL OR t.expires_at > :n) AND NOT u.disabled"
        ), {"h": _digest(token), "n": datetime.now()}).first()
    if row is None:
        return None
    actor = _actor(row)
    return Actor(**{**actor.__dict__, "token_purpose": row.token_purpose})
