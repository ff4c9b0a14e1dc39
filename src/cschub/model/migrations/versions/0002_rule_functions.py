"""SQL helper functions the validation rules and indicators use, on both databases.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_YEARS = ("date_part('year', b) - date_part('year', a) - CASE WHEN date_part('month', b) * 100 "
          "+ date_part('day', b) < date_part('month', a) * 100 + date_part('day', a) "
          "THEN 1 ELSE 0 END")


def upgrade() -> None:
    create_functions(op.get_bind())


def create_functions(bind) -> None:
    """Create the helper functions on a connection."""
    if bind.dialect.name == "duckdb":
        bind.execute(sa.text(f"CREATE OR REPLACE MACRO age_years(a, b) AS "
                             f"CAST({_YEARS} AS INTEGER)"))
    else:
        bind.execute(sa.text(
            "CREATE OR REPLACE FUNCTION age_years(a date, b date) RETURNS integer "
            f"LANGUAGE sql IMMUTABLE AS $$ SELECT CAST({_YEARS} AS integer) $$"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "duckdb":
        bind.execute(sa.text("DROP MACRO IF EXISTS age_years"))
    else:
        bind.execute(sa.text("DROP FUNCTION IF EXISTS age_years(date, date)"))
