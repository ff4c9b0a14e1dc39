"""``cschub agreements``: load data sharing agreements."""

from __future__ import annotations

from pathlib import Path

import typer

from cschub.access.agreements import load_agreements
from cschub.cli.output import console
from cschub.store import Store

app = typer.Typer(help="Data sharing agreements.", no_args_is_help=True)


@app.command("load")
def load(
    paths: list[Path],
    db: str | None = typer.Option(None, "--db", help="Database URL (default ./cschub.duckdb).",
                                  envvar="CSCHUB_DATABASE_URL", show_envvar=True),
) -> None:
    """Load agreements from YAML files (all or none).

    Example: cschub agreements load agreements/health-visiting.yaml
    """
    store = Store(db)
    try:
        ids = load_agreements(store, paths)
    finally:
        store.close()
    console.print(f"loaded {len(ids)} agreement(s): {', '.join(ids)}", highlight=False)
