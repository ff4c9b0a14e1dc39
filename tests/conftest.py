"""Shared fixtures: a store on each backend (DuckDB always; PostgreSQL when the server is up)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from cschub.store import Store

PG_ADMIN = os.environ.get("CSCHUB_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
REFERENCE = Path(
    os.environ.get("CSCHUB_REFERENCE", Path(__file__).parents[1] / ".." / "shared" / "reference")
).resolve()
DATA = Path(__file__).parent / "data"


def _pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except Exception:
        return False


PG_UP = _pg_available()
REQUIRE_PG = os.environ.get("CI") == "true" or os.environ.get("CSCHUB_REQUIRE_PG") == "1"


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A throwaway PostgreSQL database, dropped at the end of the session."""
    if not PG_UP:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required here but not reachable at {PG_ADMIN}")
        pytest.skip("PostgreSQL is not running at 127.0.0.1:5432")
    import psycopg

    name = f"cschub_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _reset_pg(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(scope="session")
def duck_template(tmp_path_factory) -> Path:
    """A migrated, empty DuckDB store, copied for each test (migrating takes seconds)."""
    path = tmp_path_factory.mktemp("template") / "template.duckdb"
    Store(f"duckdb:///{path}").close()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_url: str) -> str:
    """A migrated, empty PostgreSQL database used as the template of each test's database."""
    import psycopg

    _reset_pg(pg_url)
    Store(pg_url).close()
    name = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
    return name


def _pg_copy(template: str) -> Iterator[str]:
    import psycopg

    name = f"{template}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path: Path) -> Iterator[Store]:
    """An empty, migrated store on each backend."""
    if request.param == "duckdb":
        path = tmp_path / "test.duckdb"
        shutil.copy(request.getfixturevalue("duck_template"), path)
        s = Store(f"duckdb:///{path}")
        try:
            yield s
        finally:
            s.close()
        return
    template = request.getfixturevalue("pg_template")
    for url in _pg_copy(template):
        s = Store(url)
        try:
            yield s
        finally:
            s.close()


@pytest.fixture
def duck(tmp_path: Path, duck_template: Path) -> Iterator[Store]:
    """An empty, migrated DuckDB store (for tests that need only one backend)."""
    path = tmp_path / "test.duckdb"
    shutil.copy(duck_template, path)
    s = Store(f"duckdb:///{path}")
    try:
        yield s
    finally:
        s.close()
