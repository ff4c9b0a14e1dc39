"""Generated DDL runs on DuckDB and PostgreSQL, and reads as T-SQL for SQL Server."""

from __future__ import annotations

import re
import uuid

import duckdb
import pytest
from tests.conftest import REQUIRE_PG

from cschub.model import (
    Field,
    ForeignKey,
    Table,
    code_set_table,
    create_statements,
    generate_ddl,
)


def all_tables(spec) -> list[Table]:
    return [*spec.ordered(), code_set_table()]


@pytest.fixture()
def duck(spec):
    con = duckdb.connect()
    con.execute(generate_ddl(all_tables(spec), "duckdb"))
    yield con
    con.close()


def test_duckdb_creates_every_table(duck, spec):
    names = {
        r[0] for r in duck.execute("select table_name from information_schema.tables").fetchall()
    }
    assert names == set(spec.tables) | {"ref_code_set"}


def test_duckdb_enforces_foreign_keys(duck):
    duck.execute("insert into ssd_person (la_code, pers_person_id) values ('E09000027', 'P1')")
    duck.execute(
        "insert into ssd_cin_episodes (la_code, cine_referral_id, cine_person_id) "
        "values ('E09000027', 'R1', 'P1')"
    )
    with pytest.raises(duckdb.ConstraintException):
        duck.execute(
            "insert into ssd_cin_episodes (la_code, cine_referral_id, cine_person_id) "
            "values ('E09000027', 'R2', 'NOBODY')"
        )
    with pytest.raises(duckdb.ConstraintException):  # same person id, other LA: still an orphan
        duck.execute(
            "insert into ssd_cin_episodes (la_code, cine_referral_id, cine_person_id) "
            "values ('E10000014', 'R3', 'P1')"
        )


def test_duckdb_enforces_primary_keys(duck):
    duck.execute("insert into ssd_person (la_code, pers_person_id) values ('E09000027', 'P1')")
    duck.execute("insert into ssd_person (la_code, pers_person_id) values ('E10000014', 'P1')")
    with pytest.raises(duckdb.ConstraintException):
        duck.execute("insert into ssd_person (la_code, pers_person_id) values ('E09000027', 'P1')")


def test_ddl_works_for_any_table_without_foreign_keys():
    table = Table(
        "returns_header",
        (
            Field("file_line", "integer", nullable=False, primary_key=True),
            Field("when", "datetime"),
            Field("ok", "boolean"),
            Field("amount", "decimal"),
            Field("note", "string"),
        ),
        ("file_line",),
    )
    con = duckdb.connect()
    con.execute(generate_ddl([table], "duckdb"))
    con.execute("insert into returns_header values (1, now(), true, 1.25, 'x')")
    assert con.execute("select amount from returns_header").fetchone()[0] == pytest.approx(1.25)


def test_identifiers_are_quoted_safely():
    table = Table(
        'odd"name', (Field("x]y", "string", 5, nullable=False, primary_key=True),), ("x]y",)
    )
    assert '"odd""name"' in generate_ddl([table], "postgresql")
    assert "[x]]y]" in generate_ddl([table], "mssql")


def test_unknown_dialect_is_refused(spec):
    with pytest.raises(ValueError, match="duckdb, postgresql, mssql"):
        create_statements(all_tables(spec), "oracle")  # type: ignore[arg-type]


def test_mssql_ddl_is_tsql_only(spec):
    sql = generate_ddl(all_tables(spec), "mssql")
    assert "NVARCHAR(48)" in sql and "NVARCHAR(MAX)" in sql and "GO" in sql
    assert '"' not in sql
    for foreign in ("TIMESTAMP", "BOOLEAN", " TEXT", "VARCHAR(", "SERIAL"):
        assert not re.search(rf"(?<!N){re.escape(foreign)}", sql), foreign
    assert "BIT" in sql and "DATE" in sql


@pytest.mark.postgres
def test_postgresql_ddl_runs_and_enforces_keys(spec):
    psycopg = pytest.importorskip("psycopg")
    name = f"cschub_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(
            "host=127.0.0.1 port=5432 user=postgres dbname=postgres",
            autocommit=True,
            connect_timeout=3,
        )
    except psycopg.OperationalError as exc:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required here but not reachable: {exc}")
        pytest.skip(f"no PostgreSQL server at 127.0.0.1:5432: {exc}")
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with psycopg.connect(f"host=127.0.0.1 port=5432 user=postgres dbname={name}") as con:
            con.execute(generate_ddl(all_tables(spec), "postgresql"))
            con.execute("insert into ssd_person (la_code, pers_person_id) values ('E1', 'P1')")
            with pytest.raises(psycopg.errors.ForeignKeyViolation):
                con.execute(
                    "insert into ssd_cla_episodes (la_code, clae_cla_episode_id, "
                    "clae_person_id) values ('E1', 'C1', 'NOBODY')"
                )
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_long_constraint_names_stay_distinct_and_short():
    long = "x" * 70
    fields = (
        Field("id", "string", 5, nullable=False, primary_key=True),
        Field(long + "a", "string", 5),
        Field(long + "b", "string", 5),
    )
    parent = Table("p", (Field("id", "string", 5, nullable=False, primary_key=True),), ("id",))
    child = Table(
        "c",
        fields,
        ("id",),
        (ForeignKey((long + "a",), "p", ("id",)), ForeignKey((long + "b",), "p", ("id",))),
    )
    sql = generate_ddl([parent, child], "postgresql")
    names = re.findall(r'CONSTRAINT "([^"]+)"', sql)
    assert len(names) == len(set(names)) == 4
    assert all(len(n) <= 63 for n in names)
