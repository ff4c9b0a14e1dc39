"""Run the store's Alembic migrations on an open connection."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.ddl.impl import DefaultImpl
from sqlalchemy.engine import Connection


class DuckDBImpl(DefaultImpl):
    """Tells Alembic that DuckDB runs DDL inside transactions."""

    __dialect__ = "duckdb"
    transactional_ddl = True


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Upgrade the store reachable through ``conn`` to ``revision``."""
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("cschub.model").joinpath("migrations"))
    )
    config.attributes["connection"] = conn
    command.upgrade(config, revision)
