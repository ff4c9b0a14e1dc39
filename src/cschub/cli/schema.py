"""``cschub schema``: print the standard dataset's DDL; optionally write the data dictionary."""

from __future__ import annotations

from pathlib import Path

import typer

from cschub.model.codesets import code_set_table
from cschub.model.ddl import DIALECTS, check_dialect, generate_ddl
from cschub.model.docs import write_data_dictionary
from cschub.model.specfile import load_spec


def schema_command(
    dialect: str = typer.Option(
        "duckdb",
        "--dialect",
        help=f"SQL dialect of the DDL: one of {', '.join(DIALECTS)}.",
    ),
    docs: Path | None = typer.Option(  # noqa: B008
        None,
        "--docs",
        help="write the data dictionary page to this path",
    ),
) -> None:
    """Print CREATE TABLE statements for the standard dataset and the code-set table."""
    try:
        chosen = check_dialect(dialect)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{dialect!r} is not a dialect; choose one of {', '.join(DIALECTS)}",
            param_hint="--dialect",
        ) from exc
    spec = load_spec()
    typer.echo(generate_ddl([*spec.ordered(), code_set_table()], chosen), nl=False)
    if docs is not None:
        written = write_data_dictionary(spec, docs)
        typer.echo(f"-- data dictionary written to {written}", err=True)
