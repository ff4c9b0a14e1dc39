"""``cschub publish``: disclosure-controlled tables in the Explore Education Statistics layout."""

from __future__ import annotations

from pathlib import Path

import typer

from cschub.cli.output import console
from cschub.indicators.publish import publish
from cschub.store import Store


def publish_command(
    out: Path = typer.Option(..., "-o", "--out", help="Folder to write the CSV files to."),
    db: str | None = typer.Option(None, "--db", help="Database URL (default ./cschub.duckdb).",
                                  envvar="CSCHUB_DATABASE_URL", show_envvar=True),
) -> None:
    """Write publication tables (with .meta.csv files) applying the DfE's disclosure rules:
    counts of 1 to 5 as c, secondary suppression, national and regional totals rounded to 10.

    Example: cschub publish --db demo/cschub.duckdb -o demo/publication
    """
    store = Store(db)
    try:
        files = publish(store, out)
    finally:
        store.close()
    for f in files:
        console.print(f"wrote {f}", highlight=False)
