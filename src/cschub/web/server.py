"""Build the app for a store: the LA, its indicators computed, the published data loaded."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import FastAPI

from cschub.indicators import compute, reference
from cschub.indicators.table import default_la
from cschub.store import Store
from cschub.web.app import create_app


def build(db: str | None = None, la: str | None = None) -> FastAPI:
    """Open the store, compute the LA's indicators and return the app."""
    store = Store(db)
    reference.ensure_loaded(store)
    la = la or default_la(store)
    compute.refresh(store, la)
    with store.engine.connect() as conn:
        name = conn.execute(sa.text("SELECT la_name FROM ref_la WHERE la_code = :la"),
                            {"la": la}).scalar()
    return create_app(store, la, name or la)
