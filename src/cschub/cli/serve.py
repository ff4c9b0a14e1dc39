"""``cschub serve``: the dashboard and the doors to personal data, in a browser."""

from __future__ import annotations

import typer

from cschub.cli.output import console


def serve_command(
    db: str | None = typer.Option(None, "--db", help="Database URL (default ./cschub.duckdb).",
                                  envvar="CSCHUB_DATABASE_URL", show_envvar=True),
    la: str | None = typer.Option(None, "--la", help="LA ONS code (default: the store's LA)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
) -> None:
    """Serve the dashboard, validation results and loads (and, for signed-in users, the child
    record and the DPO's audit views).

    Example: cschub serve --db demo/cschub.duckdb --port 8000
    """
    import uvicorn

    from cschub.web.server import build

    app = build(db, la)
    console.print(f"cschub dashboard for {app.state.la_name}: http://{host}:{port}/",
                  highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
