"""Build the app for a store: the LA, its indicators computed, the published data loaded."""

from __future__ import annotations

import os

import sqlalchemy as sa
from fastapi import FastAPI

from cschub.indicators import compute, reference
from cschub.indicators.table import default_la
from cschub.store import Store
from cschub.web.app import create_app

# what ``cschub serve --workers`` hands its worker processes
WORKER_DB, WORKER_LA, WORKER_POOL = "CSCHUB_DATABASE_URL", "CSCHUB_SERVE_LA", "CSCHUB_POOL_SIZE"


def build(db: str | None = None, la: str | None = None, *, refresh: bool = True,
          pool_size: int | None = None) -> FastAPI:
    """Open the store, compute the LA's indicators (unless ``refresh`` is false: another
    process did) and return the app; ``pool_size`` caps the store's connections."""
    store = Store(db, migrate=refresh, pool_size=pool_size)
    if refresh:
        reference.ensure_loaded(store)
    la = la or default_la(store)
    if refresh:
        compute.refresh(store, la)
    with store.engine.connect() as conn:
        name = conn.execute(sa.text("SELECT la_name FROM ref_la WHERE la_code = :la"),
                            {"la": la}).scalar()
    return create_app(store, la, name or la)


def worker_app() -> FastAPI:
    """The app of one ``cschub serve --workers`` process (a uvicorn factory): the store and
    LA from the environment the parent set; the parent has already refreshed the indicators."""
    pool = os.environ.get(WORKER_POOL)
    return build(os.environ[WORKER_DB], os.environ[WORKER_LA], refresh=False,
                 pool_size=int(pool) if pool else None)
