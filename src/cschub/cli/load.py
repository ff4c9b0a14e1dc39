"""``cschub load PATH...``: load returns and extracts into the store."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from cschub.cli.output import console, progress_bar
from cschub.sources.loader import LoadReport, load
from cschub.store import Store


def load_command(
    paths: list[Path] = typer.Argument(..., help="Files or folders to load.", show_default=False),
    la: str | None = typer.Option(None, "--la", help="LA code, if not in the file or folder."),
    year: str | None = typer.Option(None, "--year", help="Collection year, e.g. 2025-26."),
    db: str | None = typer.Option(
        None,
        "--db",
        help="Database URL (default ./cschub.duckdb).",
        envvar="CSCHUB_DATABASE_URL",
        show_envvar=True,
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Load SSDA903 tables or XML, CIN census XML, Annex A workbooks and SSD extracts.

    Example: cschub load demo/E09000027 --db cschub.duckdb
    """
    store = Store(db)
    try:
        with progress_bar("loading") as update:
            report = load(
                store,
                paths,
                la=la,
                year=year,
                command="cschub load " + " ".join(str(p) for p in paths),
                progress=update,
            )
    finally:
        store.close()
    if as_json:
        console.print_json(json.dumps(report.as_dict(), default=str))
    else:
        print_report(report)


def print_report(report: LoadReport) -> None:
    """Show what was loaded, replaced, left unchanged and could not be carried over."""
    table = Table(title=f"Load {report.load_id}", show_lines=False)
    for col in ("file", "return", "LA", "year", "rows", "values not parsed", "status"):
        table.add_column(col, justify="right" if col in ("rows", "values not parsed") else "left")
    for f in report.files:
        what = f"{f.collection} {', '.join(f.tables) if len(f.tables) < 4 else 'all tables'}"
        status = f.status + (" (replaced an older file)" if f.replaced else "")
        table.add_row(
            f.path.name, what, f.la_code, f.year, f"{f.rows:,}", f"{f.unparsed:,}", status
        )
    console.print(table)
    for f in report.files:
        for old in f.replaced:
            console.print(f"[yellow]replaced[/] {old} with {f.path}", highlight=False)
        for note in f.notes:
            console.print(f"[yellow]note[/] {f.path.name}: {note}", highlight=False)
        if f.unparsed_by_field:
            fields = ", ".join(f"{k} {v:,}" for k, v in sorted(f.unparsed_by_field.items()))
            console.print(
                f"values that did not parse in {f.path.name}: {fields} (kept as written "
                "for validation)",
                highlight=False,
            )
    for path, reason in report.skipped:
        console.print(f"[dim]skipped {path}: {reason}[/]", highlight=False)
    if report.derived:
        rows = ", ".join(f"{t} {n:,}" for t, n in report.derived.items() if n)
        console.print(f"standard dataset: {rows}", highlight=False)
    if report.quality:
        q = ", ".join(f"{k} {v:,}" for k, v in report.quality.items())
        console.print(
            f"not carried over to the standard dataset (see the load_quality table): {q}",
            highlight=False,
        )
    if not any(f.status == "loaded" for f in report.files):
        console.print("nothing changed: every file was already loaded")
