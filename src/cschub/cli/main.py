"""The ``cschub`` command: one sub-command per area."""

from __future__ import annotations

import os
import sys

import typer

from cschub.cli import load as load_cli
from cschub.cli import status as status_cli
from cschub.cli.output import fail
from cschub.errors import CschubError

app = typer.Typer(
    name="cschub",
    help="One home for a local authority's children's social care data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("load")(load_cli.load_command)
app.command("status")(status_cli.status_command)


@app.callback()
def _root() -> None:
    """One home for a local authority's children's social care data."""


def _register_optional() -> None:
    """Commands whose modules are built by other parts of cschub."""
    import importlib

    for name in ("synth", "schema", "validate", "quality", "indicators", "publish", "serve"):
        try:
            module = importlib.import_module(f"cschub.cli.{name}")
        except ModuleNotFoundError:
            continue
        app.command(name)(getattr(module, f"{name}_command"))
    for name in ("users", "agreements", "audit", "child"):
        try:
            module = importlib.import_module(f"cschub.cli.{name}")
        except ModuleNotFoundError:
            continue
        app.add_typer(module.app, name=name)


_register_optional()


def main() -> None:
    """Entry point: run the app; errors become one plain message and a non-zero exit."""
    try:
        app()
    except CschubError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted; nothing of the unfinished load was stored")
    except MemoryError:
        fail("ran out of memory")
    except Exception as exc:  # noqa: BLE001 - last resort: a message, never a traceback
        if os.environ.get("CSCHUB_DEBUG"):
            raise
        fail(
            f"an unexpected error stopped cschub ({type(exc).__name__}); nothing of an "
            "unfinished load was stored. Please report this with the command you ran."
        )
    sys.exit(0)
