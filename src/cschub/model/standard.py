"""Create the standard dataset and the code-set reference table in a store."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.model.codesets import code_set_table, load_code_sets
from cschub.model.ddl import create_statements
from cschub.model.specfile import load_spec


def keys_declared(dialect: str) -> bool:
    """Whether a store of ``dialect`` declares the standard dataset's primary and foreign keys
    as constraints. DuckDB's do not: the load checks them instead (``derive/keys.py``)."""
    return dialect != "duckdb"


def create_standard_dataset(conn: Connection) -> None:
    """Create every standard-dataset table and fill the code-set reference table."""
    dialect = conn.dialect.name
    for statement in create_statements(load_spec().ordered(), dialect,
                                       keys=keys_declared(dialect)):
        conn.execute(sa.text(statement))
    for statement in create_statements([code_set_table()], dialect):
        conn.execute(sa.text(statement))
    refresh_code_sets(conn)


def refresh_code_sets(conn: Connection) -> None:
    """Replace the rows of ``ref_code_set`` with the code sets shipped in this version."""
    table = code_set_table()
    names = table.field_names
    conn.execute(sa.text(f"DELETE FROM {table.name}"))
    rows = [{n: getattr(r, n) for n in names} for r in load_code_sets()]
    if rows and conn.dialect.name == "duckdb":  # one Arrow append, not a statement per code
        import pyarrow as pa

        driver = conn.connection.driver_connection
        driver.register("_cschub_codes", pa.Table.from_pylist(rows))
        try:
            cols = ", ".join(names)
            driver.execute(f"INSERT INTO {table.name} ({cols}) SELECT {cols} FROM _cschub_codes")
        finally:
            driver.unregister("_cschub_codes")
    elif rows:
        cols = ", ".join(names)
        params = ", ".join(f":{n}" for n in names)
        conn.execute(sa.text(f"INSERT INTO {table.name} ({cols}) VALUES ({params})"), rows)
