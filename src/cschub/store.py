"""The store: a DuckDB file by default, PostgreSQL for a shared server.

``--db URL`` or ``CSCHUB_DATABASE_URL`` chooses it; a bare path means a DuckDB file. Opening a
store runs its migrations, so an older store is upgraded in place.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.errors import CschubError

DEFAULT_URL = "duckdb:///cschub.duckdb"
ENV_VAR = "CSCHUB_DATABASE_URL"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``--db``, the environment, or the default DuckDB file."""
    url = db or os.environ.get(ENV_VAR) or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" not in url:
        return f"duckdb:///{url}"
    return url


def describe_url(url: str) -> str:
    """A URL safe to print: the password is never shown."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "(unreadable database URL)"


class Store:
    """A connection to the store with helpers for transactions and bulk inserts."""

    def __init__(
        self, db: str | None = None, *, migrate: bool = True, pool_size: int | None = None
    ) -> None:
        self.url = resolve_url(db)
        pool = _pool_for(self.url)
        sizing = {"pool_size": pool_size, "max_overflow": 0} if pool_size and (
            pool is sa.pool.QueuePool) else {}
        try:
            self.engine = sa.create_engine(self.url, poolclass=pool, **sizing)
        except (sa.exc.ArgumentError, ModuleNotFoundError) as exc:
            raise CschubError(f"cannot use the database {describe_url(self.url)}: {exc}") from None
        self.dialect = self.engine.dialect.name
        if self.dialect not in ("duckdb", "postgresql"):
            raise CschubError(f"unsupported database {self.dialect}: use DuckDB or PostgreSQL")
        if self.dialect == "duckdb":
            _ensure_parent(self.url)
            sa.event.listen(self.engine, "connect", _duckdb_settings)
        if migrate:
            self.upgrade()

    @classmethod
    def scratch(cls) -> Store:
        """A temporary in-memory DuckDB store holding only what validation needs."""
        from cschub.store_schema import create_scratch_store

        store = cls("duckdb:///:memory:", migrate=False)
        with store.engine.begin() as conn:
            create_scratch_store(conn)
        return store

    def upgrade(self) -> None:
        """Bring the store's tables up to the current version (Alembic migrations)."""
        from cschub.model.migrate import upgrade

        try:
            with self.engine.begin() as conn:
                upgrade(conn)
        except sa.exc.OperationalError as exc:
            raise CschubError(
                f"cannot open the database {describe_url(self.url)}: {_first_line(exc)}"
            ) from None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: everything inside commits together or not at all."""
        with self.engine.begin() as conn:
            yield conn

    def insert_arrow(self, conn: Connection, table: str, data: pa.Table) -> None:
        """Append an Arrow table's rows to ``table`` (columns matched by name)."""
        if data.num_rows == 0:
            return
        columns = ", ".join(f'"{c}"' for c in data.column_names)
        driver = conn.connection.driver_connection
        if self.dialect == "duckdb":
            name = "_cschub_insert"
            driver.register(name, data)
            try:
                driver.execute(f'INSERT INTO "{table}" ({columns}) SELECT {columns} FROM {name}')
            finally:
                driver.unregister(name)
            return
        with driver.cursor() as cur, cur.copy(f'COPY "{table}" ({columns}) FROM STDIN') as copy:
            for row in zip(*(col.to_pylist() for col in data.columns), strict=True):
                copy.write_row(row)

    def analyze(self, conn: Connection, tables: list[str]) -> None:
        """Refresh the planner's statistics after a bulk load (PostgreSQL; DuckDB keeps its
        own). Without them PostgreSQL plans every rule for one-row tables."""
        if self.dialect != "postgresql":
            return
        for table in tables:
            conn.execute(sa.text(f'ANALYZE "{table}"'))

    def scalar(self, sql: str, **params: Any) -> Any:
        """Run one query in its own transaction and return its single value."""
        with self.engine.connect() as conn:
            return conn.execute(sa.text(sql), params).scalar()

    def close(self) -> None:
        """Release the connection pool (and the DuckDB file lock)."""
        self.engine.dispose()


def _duckdb_settings(dbapi_connection: Any, _record: Any) -> None:
    """Insert order does not matter to cschub; not keeping it makes big inserts faster."""
    dbapi_connection.execute("SET preserve_insertion_order = false")


def _pool_for(url: str) -> type[sa.pool.Pool]:
    if url.startswith("duckdb") and ":memory:" in url:
        return sa.pool.StaticPool
    return sa.pool.QueuePool


def _ensure_parent(url: str) -> None:
    path = url.split(":///", 1)[-1].split("?", 1)[0]
    if path and path != ":memory:":
        Path(path).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)


def _first_line(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0]
