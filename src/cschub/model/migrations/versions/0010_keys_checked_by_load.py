"""DuckDB: the standard dataset's keys are checked by the load, not kept as ART indexes.

A DuckDB store made before this version declares every primary and foreign key of the standard
dataset; DuckDB maintains an index per constraint row by row, which made a national-size load
three times slower. Its standard tables are remade without the constraints, keeping their
rows; from now on the rebuild checks the keys before it commits (``derive/keys.py``).
PostgreSQL stores keep their constraints: nothing to do there.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from cschub.model.ddl import create_statements
from cschub.model.specfile import load_spec

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _remake(keys: bool) -> None:
    """Recreate the DuckDB standard tables with or without their key constraints, keeping
    every row (copied aside, tables dropped children first, recreated, copied back)."""
    conn = op.get_bind()
    if conn.dialect.name != "duckdb":
        return
    tables = load_spec().ordered()
    existing = set(sa.inspect(conn).get_table_names())
    tables = [t for t in tables if t.name in existing]
    if not tables:
        return
    names = ", ".join(f"'{t.name}'" for t in tables)
    declared = conn.execute(sa.text(
        "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type IN "
        f"('PRIMARY KEY', 'FOREIGN KEY') AND table_name IN ({names})")).scalar()
    if bool(declared) == keys:
        return  # already as wanted (a new store is made without them)
    for table in tables:
        conn.execute(sa.text(f'CREATE TEMP TABLE "_keep_{table.name}" AS '
                             f'SELECT * FROM "{table.name}"'))
    for table in reversed(tables):
        conn.execute(sa.text(f'DROP TABLE "{table.name}"'))
    for statement in create_statements(tables, "duckdb", keys=keys):
        conn.execute(sa.text(statement))
    for table in tables:
        cols = ", ".join(f'"{f.name}"' for f in table.fields)
        conn.execute(sa.text(f'INSERT INTO "{table.name}" ({cols}) '
                             f'SELECT {cols} FROM "_keep_{table.name}"'))
        conn.execute(sa.text(f'DROP TABLE "_keep_{table.name}"'))


def upgrade() -> None:
    """Remake a DuckDB store's standard tables without key constraints."""
    _remake(keys=False)


def downgrade() -> None:
    """Put the key constraints back (fails if the rows break them)."""
    _remake(keys=True)
