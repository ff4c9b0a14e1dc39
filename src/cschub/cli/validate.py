"""``cschub validate``: check a return against the DfE validation rules."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from cschub.cli.output import console, fail, progress_bar
from cschub.rules.engine import ValidationRun
from cschub.rules.record import record_run
from cschub.rules.report_csv import write_csv
from cschub.rules.report_html import write_html
from cschub.rules.report_json import write_json
from cschub.rules.report_xlsx import write_xlsx
from cschub.rules.validate import validate_files, validate_stored
from cschub.store import Store

FORMATS = ("json", "xlsx", "html", "csv")


def validate_command(
    paths: list[Path] = typer.Argument(
        None, help="Return files or folders (omit with --db).", show_default=False
    ),
    collection: str = typer.Option(..., "--collection", help="ssda903 or cin."),
    year: str = typer.Option(..., "--year", help="Collection year, e.g. 2025-26."),
    la: str | None = typer.Option(None, "--la", help="LA code, if not in the files."),
    previous: list[Path] = typer.Option(
        None, "--previous", help="The previous year's return (file or folder)."
    ),
    postcodes: Path | None = typer.Option(None, "--postcodes", help="ONS postcode directory "
                                          "(CSV with pcd, laua, oseast1m, osnrth1m)."),
    providers: Path | None = typer.Option(None, "--providers", help="Ofsted provider list (CSV "
                                          "with urn, la_code, place_codes, provider_codes, "
                                          "reg_end, postcode)."),
    fmt: str = typer.Option("json", "--format", help="json, xlsx, html or csv."),
    out: Path | None = typer.Option(None, "-o", "--out", help="Where to write the report."),
    db: str | None = typer.Option(None, "--db", help="Validate what is stored in this database."),
) -> None:
    """Validate a return against every DfE rule of its collection year.

    Example: cschub validate demo/data/E09000027/ssda903/2025-26 --collection ssda903
    --year 2025-26 --format json -o report.json
    """
    if collection not in ("ssda903", "cin"):
        raise typer.BadParameter("choose ssda903 or cin", param_hint="--collection")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    target = out or Path(f"validation-{collection}-{year}.{fmt}")
    inputs = {k: v for k, v in (("postcodes", postcodes), ("providers", providers)) if v}

    def report(run: ValidationRun, store: Store) -> None:
        write_report(fmt, run, store, target)

    with progress_bar("validating") as update:
        if paths:
            run = validate_files(
                list(paths),
                collection,
                year,
                la,
                list(previous or []),
                inputs=inputs,
                progress=update,
                report=report,
            )
        else:
            store = Store(db)
            try:
                run = validate_stored(store, collection, year, la, inputs, progress=update)
                report(run, store)
                run_id = record_run(store, run)
                console.print(f"results recorded in the store as validation run {run_id}",
                              highlight=False)
            finally:
                store.close()
    _summary(run, target)
    if run.errored:
        fail(f"{len(run.errored)} rules could not run (errored); see the report")


def write_report(fmt: str, run: ValidationRun, store: Store, target: Path) -> None:
    """Write the report in the chosen format."""
    if fmt == "json":
        write_json(run, target)
    elif fmt == "csv":
        write_csv(run, target)
    elif fmt == "xlsx":
        write_xlsx(run, store, target)
    else:
        write_html(run, store, target)


def _summary(run: ValidationRun, target: Path) -> None:
    counts: dict[str, int] = {}
    for r in run.results:
        counts[r.status] = counts.get(r.status, 0) + 1
    table = Table(title=f"{run.collection} {run.year} {run.la_code or ''}")
    for col in ("rules", "passed", "failed", "errored", "not applicable", "issues"):
        table.add_column(col, justify="right")
    table.add_row(
        str(len(run.results)),
        *(str(counts.get(s, 0)) for s in ("passed", "failed", "errored", "not_applicable")),
        f"{run.issue_table.num_rows:,}",
    )
    console.print(table)
    console.print(f"report written to {target}", highlight=False)
