"""SSDA903 Header: the UASC flag kept as written (rules 105, 303 and 205C read it).

A store made before this version has no UASC columns in ``ret_ssda903_header``; they are added
(empty for returns already loaded: reload a return to have its flag checked). A new store
already has them.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from cschub.sources.returnspec import return_tables
from cschub.store_schema import _TYPES

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _uasc_field():
    header = return_tables("ssda903")["Header"]
    return header, next(f for f in header.fields if f.name == "UASC")


def upgrade() -> None:
    """Add the Header's UASC columns (as written, and parsed) where they are missing."""
    conn = op.get_bind()
    header, field = _uasc_field()
    types = _TYPES[conn.dialect.name]
    have = set(conn.execute(sa.text(
        "SELECT column_name FROM information_schema.columns WHERE table_name = :t"),
        {"t": header.store_table}).scalars())
    for column, kind in ((field.raw_column, "text"), (field.column, field.kind)):
        if column not in have:
            conn.execute(sa.text(
                f'ALTER TABLE "{header.store_table}" ADD COLUMN "{column}" {types[kind]}'))


def downgrade() -> None:
    """Drop the Header's UASC columns."""
    conn = op.get_bind()
    header, field = _uasc_field()
    for column in (field.column, field.raw_column):
        conn.execute(sa.text(f'ALTER TABLE "{header.store_table}" DROP COLUMN "{column}"'))
