"""``cschub status``: what the store holds."""

from __future__ import annotations

import typer
from rich.table import Table

from cschub.cli.output import console
from cschub.store import Store, describe_url
from cschub.storeinfo import quality_counts, standard_counts, submissions


def status_command(
    db: str | None = typer.Option(
        None,
        "--db",
        help="Database URL (default ./cschub.duckdb).",
        envvar="CSCHUB_DATABASE_URL",
        show_envvar=True,
    ),
) -> None:
    """Show the returns loaded, the standard dataset's size and what could not be carried over.

    Example: cschub status --db demo/cschub.duckdb
    """
    store = Store(db)
    try:
        subs = submissions(store)
        standard = standard_counts(store)
        quality = quality_counts(store)
    finally:
        store.close()
    console.print(f"store: {describe_url(store.url)}", highlight=False)
    table = Table(title="Returns loaded")
    for col in ("collection", "year", "LA", "files", "rows", "values not parsed", "last loaded"):
        table.add_column(col)
    for s in subs:
        table.add_row(
            s["collection"],
            s["year"],
            s["la_code"],
            str(s["files"]),
            f"{s['rows']:,}",
            f"{s['unparsed']:,}",
            f"{s['loaded_at']:%Y-%m-%d %H:%M}",
        )
    console.print(table)
    sd = Table(title="Standard dataset")
    sd.add_column("table")
    sd.add_column("rows", justify="right")
    for name, n in standard.items():
        sd.add_row(name, f"{n:,}")
    console.print(sd)
    if quality:
        q = Table(title="Not carried over (load_quality)")
        for col in ("problem", "table", "count"):
            q.add_column(col)
        for (problem, target), n in quality.items():
            q.add_row(problem, target or "(returns layer)", f"{n:,}")
        console.print(q)
