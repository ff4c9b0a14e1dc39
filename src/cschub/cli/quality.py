"""``cschub quality``: list what could not be carried over to the standard dataset."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
import typer

from cschub.cli.output import console
from cschub.excelsafe import write_table
from cschub.store import Store

COLUMNS = [
    "load_id",
    "la_code",
    "problem",
    "target_table",
    "source_table",
    "line",
    "xml_path",
    "child",
    "field",
    "value",
    "detail",
]


def quality_command(
    out: Path = typer.Option(..., "-o", "--out", help="File to write (.csv or .xlsx)."),
    la: str | None = typer.Option(None, "--la", help="Only this LA."),
    db: str | None = typer.Option(
        None,
        "--db",
        help="Database URL (default ./cschub.duckdb).",
        envvar="CSCHUB_DATABASE_URL",
        show_envvar=True,
    ),
) -> None:
    """Write the load-quality list (values and rows not carried over) to CSV or Excel.

    Example: cschub quality --db demo/cschub.duckdb -o quality.xlsx
    """
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise typer.BadParameter("the file must end .csv or .xlsx", param_hint="--out")
    store = Store(db)
    try:
        sql = f"SELECT {', '.join(COLUMNS)} FROM load_quality"
        params = {}
        if la:
            sql += " WHERE la_code = :la"
            params["la"] = la
        sql += " ORDER BY load_id, target_table, source_table, line, xml_path"
        with store.engine.connect() as conn:
            rows = [tuple(r) for r in conn.execute(sa.text(sql), params)]
    finally:
        store.close()
    write_table(out, "load quality", COLUMNS, rows)
    console.print(f"{len(rows):,} rows written to {out}", highlight=False)
