"""Indicators: published DfE reference figures, LAs and neighbours, and computed values.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DDL = """
CREATE TABLE ref_version (
    name VARCHAR(64) PRIMARY KEY,
    digest VARCHAR(64) NOT NULL
);
CREATE TABLE ref_la (
    la_code VARCHAR(9) PRIMARY KEY,
    old_la_code VARCHAR(3),
    la_name VARCHAR(100) NOT NULL,
    region_code VARCHAR(9),
    region_name VARCHAR(100)
);
CREATE TABLE ref_neighbour (
    la_code VARCHAR(9) NOT NULL,
    rank INTEGER NOT NULL,
    neighbour_code VARCHAR(9) NOT NULL,
    closeness VARCHAR(32),
    PRIMARY KEY (la_code, rank)
);
CREATE TABLE ref_population (
    time_period INTEGER NOT NULL,
    area_code VARCHAR(40) NOT NULL,
    population DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (time_period, area_code)
);
CREATE TABLE ref_published (
    indicator_id VARCHAR(64) NOT NULL,
    time_period INTEGER NOT NULL,
    geographic_level VARCHAR(20) NOT NULL,
    area_code VARCHAR(40) NOT NULL,
    area_name VARCHAR(100),
    value DOUBLE PRECISION,
    numerator DOUBLE PRECISION,
    denominator DOUBLE PRECISION,
    symbol VARCHAR(4),
    PRIMARY KEY (indicator_id, time_period, area_code)
);
CREATE TABLE indicator_value (
    la_code VARCHAR(9) NOT NULL,
    indicator_id VARCHAR(64) NOT NULL,
    time_period INTEGER NOT NULL,
    value DOUBLE PRECISION,
    numerator DOUBLE PRECISION,
    denominator DOUBLE PRECISION,
    note VARCHAR(300),
    computed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (la_code, indicator_id, time_period)
)
"""

TABLES = ("indicator_value", "ref_published", "ref_population", "ref_neighbour", "ref_la",
          "ref_version")


def upgrade() -> None:
    bind = op.get_bind()
    for statement in DDL.split(";"):
        if statement.strip():
            bind.execute(sa.text(statement))


def downgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        bind.execute(sa.text(f"DROP TABLE {table}"))
