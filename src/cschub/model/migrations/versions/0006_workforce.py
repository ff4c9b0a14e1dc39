"""Workforce: the social work workforce (CSWW) census as submitted and as standard tables.

A store made at 0005 gets the CSWW returns-layer tables, the three workforce tables of the
standard dataset and the CSWW code sets. A new store already has the tables (the first revision
creates every table of this version), so only what is missing is created.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from cschub.model.ddl import create_statements
from cschub.model.specfile import load_spec
from cschub.model.standard import refresh_code_sets
from cschub.sources.returnspec import return_tables
from cschub.store_schema import return_table_ddl

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STANDARD = ("ssd_workforce_census", "ssd_workforce_worker", "ssd_workforce_worker_items")


def upgrade() -> None:
    """Create the workforce tables a store does not have yet, and refresh the code sets."""
    conn = op.get_bind()
    dialect = conn.dialect.name
    existing = set(sa.inspect(conn).get_table_names())
    for table in return_tables("csww").values():
        if table.store_table in existing:
            continue
        conn.execute(sa.text(return_table_ddl(table, dialect)))
        if dialect == "postgresql":
            conn.execute(sa.text(f'CREATE INDEX "ix_{table.store_table}_sub" '
                                 f'ON "{table.store_table}" (submission_id)'))
    spec = load_spec().tables
    missing = [spec[name] for name in STANDARD if name not in existing]
    for statement in create_statements(missing, dialect):
        conn.execute(sa.text(statement))
    refresh_code_sets(conn)


def downgrade() -> None:
    """Drop the workforce tables (children first) and the CSWW codes."""
    conn = op.get_bind()
    for name in reversed(STANDARD):
        conn.execute(sa.text(f'DROP TABLE IF EXISTS "{name}"'))
    for table in return_tables("csww").values():
        conn.execute(sa.text(f'DROP TABLE IF EXISTS "{table.store_table}"'))
    conn.execute(sa.text("DELETE FROM ref_code_set WHERE collection = 'CSWW'"))
