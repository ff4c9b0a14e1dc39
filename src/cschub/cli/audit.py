"""``cschub audit``: prove the audit log intact, and see who looked at a child's record."""

from __future__ import annotations

import typer

from cschub.access import audit as log
from cschub.cli.output import console, fail
from cschub.store import Store

app = typer.Typer(help="The audit log: verify, who-viewed, checkpoint, keygen.",
                  no_args_is_help=True)
DB = typer.Option(None, "--db", help="Database URL (default ./cschub.duckdb).",
                  envvar="CSCHUB_DATABASE_URL", show_envvar=True)


@app.command("verify")
def verify(db: str | None = DB) -> None:
    """Chain committed entries, then check the hash chain and the signed checkpoints; exit 1
    naming the first broken entry. Entries behind a number not yet committed are counted.

    Example: cschub audit verify
    """
    store = Store(db)
    try:
        verdict = log.verify(store)
    finally:
        store.close()
    if not verdict.ok:
        fail(f"audit log broken at entry {verdict.broken_at}: {verdict.problem}")
    console.print(f"audit log intact: {verdict.entries:,} entries ({verdict.gaps} gap(s): "
                  f"numbers never committed), {verdict.checkpoints} signed checkpoint(s); "
                  f"{verdict.unchained:,} entries not yet chained", highlight=False)


@app.command("who-viewed")
def who_viewed(child: str, db: str | None = DB) -> None:
    """List who looked at (or was refused) a child's record, newest first.

    Example: cschub audit who-viewed 3180000435
    """
    store = Store(db)
    try:
        rows = log.who_viewed(store, child)
    finally:
        store.close()
    if not rows:
        console.print("nobody has looked at this record", highlight=False)
    for r in rows:
        console.print(f"{r['logged_at']:%Y-%m-%d %H:%M:%S}  {r['username']} ({r['role']})  "
                      f"{r['outcome']}  purpose: {r['purpose'] or '-'}"
                      + (f"  reason: {r['reason']}" if r["reason"] else ""), highlight=False)


@app.command("checkpoint")
def checkpoint(db: str | None = DB) -> None:
    """Sign the chain's head now with CSCHUB_AUDIT_SIGNING_KEY.

    Example: cschub audit checkpoint
    """
    store = Store(db)
    try:
        seq = log.checkpoint(store)
    finally:
        store.close()
    console.print(f"signed checkpoint at entry {seq}", highlight=False)


@app.command("keygen")
def keygen() -> None:
    """Print a new signing key for CSCHUB_AUDIT_SIGNING_KEY (keep it secret).

    Example: export CSCHUB_AUDIT_SIGNING_KEY=$(cschub audit keygen)
    """
    print(log.new_signing_key())
