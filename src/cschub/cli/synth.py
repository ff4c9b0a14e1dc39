"""`cschub synth`: write a synthetic local authority's returns."""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table


def parse_years(text: str) -> tuple[int, int]:
    """'2019-2026' -> (2019, 2026): collection years 2019-20 to 2025-26."""
    parts = text.split("-")
    if len(parts) != 2 or not all(p.strip().isdigit() and len(p.strip()) == 4 for p in parts):
        raise typer.BadParameter(
            f"expected two 4-digit years like 2019-2026, got {text!r}", param_hint="--years"
        )
    first, last = int(parts[0]), int(parts[1])
    if first >= last:
        raise typer.BadParameter(
            f"the first year must come before the last (e.g. 2019-2026), got {text!r}",
            param_hint="--years",
        )
    return first, last


def synth_command(
    children: int = typer.Option(
        50000,
        "--children",
        help="Resident children aged 0-17 (the denominator of per-10,000 rates).",
    ),
    years: str = typer.Option(
        "2019-2026",
        "--years",
        help="Collection years A-B: 1 April A to 31 March B (2019-2026 = 2019-20 to 2025-26).",
    ),
    la: str = typer.Option(
        "E09000027", "--la", help="The local authority's ONS code, e.g. E09000027."
    ),
    seed: int = typer.Option(1, "--seed", help="Random seed; the same seed writes the same files."),
    error_rate: float = typer.Option(
        0.0,
        "--error-rate",
        help="Chance per child per return of one injected mistake (0 = clean data).",
    ),
    out: Path = typer.Option(  # noqa: B008 (Typer's declared defaults)
        ..., "-o", "--out", help="Folder to write the returns and manifest.json into."
    ),
) -> None:
    """Simulate a local authority's children's social care and write its returns.

    Writes SSDA903 and CIN census returns per year, Annex A, an SSD extract and manifest.json.
    """
    from cschub.synth import generate
    from cschub.synth.identifiers import old_la_code

    first_last = parse_years(years)
    try:
        old_la_code(la)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--la") from None
    console = Console()
    started = time.perf_counter()
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=console, transient=False) as progress:
            manifest = generate(out, children, first_last, la, seed, error_rate, progress=progress)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    table = Table(title=f"Synthetic {la}: {children:,} children, seed {seed}")
    table.add_column("Year")
    table.add_column("Children in 903", justify="right")
    table.add_column("Children in CIN census", justify="right")
    for label, counts in manifest["counts"].items():
        table.add_row(label, f"{counts['ssda903']:,}", f"{counts['cin']:,}")
    console.print(table)
    console.print(
        f"{len(manifest['files'])} files written to {out} "
        f"in {time.perf_counter() - started:.1f} s; "
        f"{len(manifest['injected'])} mistakes injected (listed in manifest.json)."
    )
