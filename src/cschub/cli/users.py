"""``cschub users``: manage accounts from the command line."""

from __future__ import annotations

import os

import typer

from cschub.access import users as accounts
from cschub.cli.output import console
from cschub.store import Store

app = typer.Typer(help="Manage accounts: add, list, disable, enable, role, token.",
                  no_args_is_help=True)
DB = typer.Option(None, "--db", help="Database URL (default ./cschub.duckdb).",
                  envvar="CSCHUB_DATABASE_URL", show_envvar=True)


@app.command("add")
def add(
    username: str,
    role: str = typer.Option(..., "--role", help=", ".join(accounts.ROLES)),
    name: str | None = typer.Option(None, "--name", help="Display name."),
    team: str | None = typer.Option(None, "--team", help="Team (team managers)."),
    professional_id: str | None = typer.Option(
        None, "--professional-id", help="Worker id in involvement records (practitioners)."),
    organisation: str | None = typer.Option(None, "--organisation",
                                            help="Partner agency (partner users)."),
    oidc_subject: str | None = typer.Option(None, "--oidc-subject",
                                            help="Identity provider subject, for OIDC sign-in."),
    no_password: bool = typer.Option(False, "--no-password",
                                     help="Sign in through the identity provider only."),
    db: str | None = DB,
) -> None:
    """Add an account; the password comes from CSCHUB_NEW_PASSWORD or a prompt.

    Example: cschub users add asha --role practitioner --professional-id SW0006
    """
    password = None
    if not no_password:
        password = os.environ.get("CSCHUB_NEW_PASSWORD") or typer.prompt(
            "Password (12 characters or more)", hide_input=True, confirmation_prompt=True)
    store = Store(db)
    try:
        accounts.add_user(store, username, role, password, display_name=name, team=team,
                          professional_id=professional_id, organisation=organisation,
                          oidc_subject=oidc_subject)
    finally:
        store.close()
    console.print(f"added {username} ({role})", highlight=False)


@app.command("list")
def list_(db: str | None = DB) -> None:
    """List accounts.

    Example: cschub users list
    """
    store = Store(db)
    try:
        rows = accounts.list_users(store)
    finally:
        store.close()
    for r in rows:
        state = "disabled" if r["disabled"] else "enabled"
        extra = r["team"] or r["professional_id"] or r["organisation"] or ""
        console.print(f"{r['username']:<20} {r['role']:<13} {state:<9} {extra}",
                      highlight=False)


@app.command("disable")
def disable(username: str, db: str | None = DB) -> None:
    """Disable an account (its sessions end at once).

    Example: cschub users disable asha
    """
    _with(db, lambda s: accounts.set_disabled(s, username, True))
    console.print(f"disabled {username}", highlight=False)


@app.command("enable")
def enable(username: str, db: str | None = DB) -> None:
    """Enable a disabled account.

    Example: cschub users enable asha
    """
    _with(db, lambda s: accounts.set_disabled(s, username, False))
    console.print(f"enabled {username}", highlight=False)


@app.command("role")
def role(username: str, new_role: str, db: str | None = DB) -> None:
    """Change an account's role.

    Example: cschub users role asha team_manager
    """
    _with(db, lambda s: accounts.set_role(s, username, new_role))
    console.print(f"{username} is now {new_role}", highlight=False)


@app.command("token")
def token(username: str, purpose: str = typer.Option(..., "--purpose"),
          days: int = typer.Option(90, "--days"), db: str | None = DB) -> None:
    """Issue an API token limited to one purpose (shown once).

    Example: cschub users token health-api --purpose safeguarding
    """
    value = _with(db, lambda s: accounts.new_token(s, username, purpose, days))
    console.print(value, highlight=False)


def _with(db: str | None, action):
    store = Store(db)
    try:
        return action(store)
    finally:
        store.close()
