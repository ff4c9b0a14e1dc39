"""``cschub indicators``: every national framework indicator for an LA and year."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from cschub.cli.output import console
from cschub.excelsafe import write_table
from cschub.indicators.table import COLUMNS, default_la, latest_year, rows
from cschub.store import Store


def indicators_command(
    la: str | None = typer.Option(None, "--la", help="LA ONS code (default: the store's LA)."),
    year: str | None = typer.Option(None, "--year", help="Collection year, e.g. 2025-26 "
                                    "(default: the latest loaded)."),
    fmt: str = typer.Option("json", "--format", help="json, csv or xlsx."),
    out: Path | None = typer.Option(None, "-o", "--out", help="File to write (default: "
                                    "standard output for json and csv)."),
    db: str | None = typer.Option(None, "--db", help="Database URL (default ./cschub.duckdb).",
                                  envvar="CSCHUB_DATABASE_URL", show_envvar=True),
) -> None:
    """Compute every indicator for an LA and year, with published England, region and
    neighbour figures beside each (unrounded, unsuppressed: the LA's own view).

    Example: cschub indicators --db demo/cschub.duckdb --year 2024-25 --format csv -o ind.csv
    """
    if fmt not in ("json", "csv", "xlsx"):
        raise typer.BadParameter("use json, csv or xlsx", param_hint="--format")
    if fmt == "xlsx" and out is None:
        raise typer.BadParameter("an Excel file needs -o FILE.xlsx", param_hint="--out")
    store = Store(db)
    try:
        la = la or default_la(store)
        year = year or latest_year(store, la)
        table = rows(store, la, year)
    finally:
        store.close()
    if fmt == "json":
        text = json.dumps({"la": la, "year": year, "indicators": table}, indent=1)
        _emit(text, out)
    else:
        target = out or Path("/dev/stdout")
        write_table(target, "indicators", COLUMNS, [[r[c] for c in COLUMNS] for r in table])
    if out is not None:
        done = sum(r["value"] is not None for r in table)
        console.print(f"{done} of {len(table)} indicators computed for {la} {year}; "
                      f"written to {out}", highlight=False)


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.write_text(text + "\n", encoding="utf-8")
