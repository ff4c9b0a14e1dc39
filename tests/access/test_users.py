"""Accounts: argon2 hashes, lockout, sessions, purpose-scoped tokens, the command line."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from cschub.access import users
from cschub.cli.main import app
from cschub.errors import CschubError

PASSWORD = "correct horse battery"


def test_passwords_are_argon2_hashes_and_short_ones_are_refused(duck) -> None:
    users.add_user(duck, "pat", "practitioner", PASSWORD, professional_id="SW1")
    stored = duck.scalar("SELECT password_hash FROM app_user WHERE username = 'pat'")
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    import pytest

    from cschub.errors import CschubError
    with pytest.raises(CschubError, match="12 characters"):
        users.add_user(duck, "bob", "analyst", "short")


def test_five_wrong_passwords_lock_the_account(duck) -> None:
    users.add_user(duck, "pat", "practitioner", PASSWORD)
    assert users.authenticate(duck, "pat", PASSWORD).username == "pat"
    for _ in range(users.MAX_FAILURES):
        assert users.authenticate(duck, "pat", "wrong password!") is None
    assert users.authenticate(duck, "pat", PASSWORD) is None  # locked, even with the password
    assert users.authenticate(duck, "nobody", PASSWORD) is None


def test_sessions_are_new_at_each_sign_in_and_end_on_sign_out(duck) -> None:
    users.add_user(duck, "pat", "practitioner", PASSWORD)
    actor = users.authenticate(duck, "pat", PASSWORD)
    first, _ = users.new_session(duck, actor)
    second, csrf = users.new_session(duck, actor)
    assert first != second
    assert users.session_actor(duck, second) == (actor, csrf)
    # only a hash of the session id is stored
    stored = [r[0] for r in duck.engine.connect().execute(
        sa.text("SELECT session_hash FROM user_session"))]
    assert second not in stored
    users.end_session(duck, second)
    assert users.session_actor(duck, second) is None
    users.set_disabled(duck, "pat")
    assert users.session_actor(duck, first) is None


def test_tokens_carry_their_purpose(duck) -> None:
    users.add_user(duck, "nhs", "partner", organisation="nhs-trust")
    token = users.new_token(duck, "nhs", "safeguarding")
    actor = users.token_actor(duck, token)
    assert (actor.username, actor.token_purpose) == ("nhs", "safeguarding")
    assert users.token_actor(duck, token + "x") is None


def test_users_commands(tmp_path, monkeypatch) -> None:
    db = f"duckdb:///{tmp_path / 'u.duckdb'}"
    monkeypatch.setenv("CSCHUB_NEW_PASSWORD", PASSWORD)
    runner = CliRunner()
    out = runner.invoke(app, ["users", "add", "asha", "--role", "practitioner",
                              "--professional-id", "SW6", "--db", db])
    assert out.exit_code == 0, out.output
    assert runner.invoke(app, ["users", "role", "asha", "team_manager", "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["users", "list", "--db", db]).output
    assert "asha" in listed and "team_manager" in listed
    assert runner.invoke(app, ["users", "disable", "asha", "--db", db]).exit_code == 0
    assert "disabled" in runner.invoke(app, ["users", "list", "--db", db]).output


def test_one_oidc_subject_signs_in_one_account_only(duck) -> None:
    users.add_user(duck, "ann", "practitioner", oidc_subject="sub-1")
    with pytest.raises(CschubError, match="already signs in with that OIDC subject"):
        users.add_user(duck, "bob", "practitioner", oidc_subject="sub-1")
    users.add_user(duck, "cat", "practitioner", oidc_subject="sub-2")
    assert duck.scalar("SELECT count(*) FROM app_user") == 2
