"""Validation results recorded in the store: runs, every rule's outcome, every issue.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DDL = """
CREATE TABLE validation_run (
    run_id BIGINT PRIMARY KEY,
    submission_id BIGINT NOT NULL,
    collection VARCHAR(16) NOT NULL,
    year VARCHAR(7) NOT NULL,
    la_code VARCHAR(9) NOT NULL,
    previous_submission_id BIGINT,
    run_at TIMESTAMP NOT NULL,
    rules INTEGER NOT NULL,
    issues INTEGER NOT NULL
);
CREATE TABLE validation_result (
    run_id BIGINT NOT NULL,
    code VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    issues INTEGER NOT NULL,
    children INTEGER NOT NULL,
    detail VARCHAR(1000),
    PRIMARY KEY (run_id, code)
);
CREATE TABLE validation_issue (
    run_id BIGINT NOT NULL,
    code VARCHAR(16) NOT NULL,
    return_table VARCHAR(64),
    row_no BIGINT,
    child VARCHAR(100),
    line BIGINT,
    xml_path VARCHAR(300),
    fields VARCHAR(400)
)
"""


def upgrade() -> None:
    bind = op.get_bind()
    for statement in DDL.split(";"):
        if statement.strip():
            bind.execute(sa.text(statement))


def downgrade() -> None:
    bind = op.get_bind()
    for table in ("validation_issue", "validation_result", "validation_run"):
        bind.execute(sa.text(f"DROP TABLE {table}"))
