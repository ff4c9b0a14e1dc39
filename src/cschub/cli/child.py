"""``cschub child show``: read one child's record through the access policy, audited."""

from __future__ import annotations

import json
import os

import typer

from cschub.access.read import read_child
from cschub.access.users import Actor, authenticate
from cschub.cli.output import fail
from cschub.store import Store

app = typer.Typer(help="Read a child's record (checked and audited).", no_args_is_help=True)


@app.command("show")
def show(
    child: str,
    user: str = typer.Option(..., "--as", help="Your cschub account."),
    purpose: str = typer.Option(..., "--purpose", help="Why you are reading it, e.g. "
                                "direct_care, safeguarding, subject_access."),
    fields: list[str] = typer.Option(None, "--field", help="Only these fields (repeatable), "
                                     "e.g. person.* or cla.start_date."),
    reason: str | None = typer.Option(None, "--reason", help="Break-glass: why you need a "
                                      "record you have no relationship with."),
    db: str | None = typer.Option(None, "--db", help="Database URL (default ./cschub.duckdb).",
                                  envvar="CSCHUB_DATABASE_URL", show_envvar=True),
) -> None:
    """Print a child's record as JSON. The password comes from CSCHUB_PASSWORD or a prompt.

    Example: cschub child show 3180000435 --as asha --purpose direct_care
    """
    password = os.environ.get("CSCHUB_PASSWORD") or typer.prompt("Password", hide_input=True)
    store = Store(db)
    try:
        actor = authenticate(store, user, password)
        if actor is None:
            fail("sign-in failed (wrong name or password, or the account is locked)")
        actor = Actor(**{**actor.__dict__, "client": "cli"})
        record = read_child(store, actor, child, purpose=purpose, fields=fields or None,
                            reason=reason)
    finally:
        store.close()
    print(json.dumps({"child": record.child, "basis": record.basis,
                      "outcome": record.outcome, "record": record.sections},
                     indent=1, default=str))
