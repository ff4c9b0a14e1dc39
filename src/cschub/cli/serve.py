"""``cschub serve``: the dashboard and the doors to personal data, in a browser."""

from __future__ import annotations

import os

import typer

from cschub.cli.output import console
from cschub.errors import CschubError


def serve_command(
    db: str | None = typer.Option(None, "--db", help="Database URL (default ./cschub.duckdb).",
                                  envvar="CSCHUB_DATABASE_URL", show_envvar=True),
    la: str | None = typer.Option(None, "--la", help="LA ONS code (default: the store's LA)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes (PostgreSQL "
                                "only: a DuckDB file takes one process). About two per core."),
    pool_size: int = typer.Option(5, "--pool-size", min=1, help="Database connections per "
                                  "worker; requests beyond them wait their turn."),
) -> None:
    """Serve the dashboard, validation results and loads (and, for signed-in users, the child
    record and the DPO's audit views).

    Example: cschub serve --db demo/cschub.duckdb --port 8000
    """
    import uvicorn

    from cschub.store import resolve_url
    from cschub.web import server

    if workers > 1 and not resolve_url(db).startswith("postgresql"):
        raise CschubError("--workers needs a PostgreSQL store: a DuckDB file can be written by "
                          "one process only")
    app = server.build(db, la, pool_size=pool_size)
    console.print(f"cschub dashboard for {app.state.la_name}: http://{host}:{port}/",
                  highlight=False)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
        return
    store = app.state.store
    url = store.engine.url.render_as_string(hide_password=False)
    store.close()
    os.environ.update({server.WORKER_DB: url, server.WORKER_LA: app.state.la,
                       server.WORKER_POOL: str(pool_size)})
    uvicorn.run("cschub.web.server:worker_app", factory=True, workers=workers, host=host,
                port=port, log_level="warning", access_log=False)
