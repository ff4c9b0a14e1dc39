"""Access: accounts, sessions, API tokens, sharing agreements, break-glass reviews and the
hash-chained audit log with its signed checkpoints.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DDL = """
CREATE TABLE app_user (
    user_id BIGINT PRIMARY KEY,
    username VARCHAR(100) NOT NULL UNIQUE,
    display_name VARCHAR(200),
    role VARCHAR(20) NOT NULL,
    password_hash VARCHAR(200),
    oidc_subject VARCHAR(200),
    team VARCHAR(100),
    professional_id VARCHAR(100),
    organisation VARCHAR(100),
    disabled BOOLEAN NOT NULL,
    failed_attempts INTEGER NOT NULL,
    locked_until TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE user_session (
    session_hash VARCHAR(64) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE TABLE api_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id BIGINT NOT NULL,
    purpose VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    revoked BOOLEAN NOT NULL
);
CREATE TABLE sharing_agreement (
    agreement_id VARCHAR(100) PRIMARY KEY,
    title VARCHAR(300) NOT NULL,
    organisation VARCHAR(100) NOT NULL,
    parties VARCHAR(1000) NOT NULL,
    purpose VARCHAR(100) NOT NULL,
    lawful_basis VARCHAR(500) NOT NULL,
    fields VARCHAR(2000) NOT NULL,
    children VARCHAR(50) NOT NULL,
    retention VARCHAR(300) NOT NULL,
    valid_from DATE NOT NULL,
    review_date DATE NOT NULL,
    source_sha256 VARCHAR(64) NOT NULL,
    loaded_at TIMESTAMP NOT NULL
);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash VARCHAR(64) NOT NULL
);
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    logged_at TIMESTAMP NOT NULL,
    user_id BIGINT,
    username VARCHAR(100) NOT NULL,
    role VARCHAR(20) NOT NULL,
    action VARCHAR(40) NOT NULL,
    record_type VARCHAR(40) NOT NULL,
    record_id VARCHAR(100),
    fields VARCHAR(2000),
    purpose VARCHAR(100),
    agreement_id VARCHAR(100),
    client VARCHAR(100),
    outcome VARCHAR(20) NOT NULL,
    reason VARCHAR(1000),
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL
);
CREATE TABLE audit_checkpoint (
    seq BIGINT PRIMARY KEY,
    logged_at TIMESTAMP NOT NULL,
    hash VARCHAR(64) NOT NULL,
    public_key VARCHAR(100) NOT NULL,
    signature VARCHAR(200) NOT NULL
);
CREATE TABLE break_glass_review (
    seq BIGINT PRIMARY KEY,
    reviewed_by VARCHAR(100) NOT NULL,
    reviewed_at TIMESTAMP NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    note VARCHAR(1000)
);
INSERT INTO audit_head (id, seq, hash) VALUES
    (1, 0, '0000000000000000000000000000000000000000000000000000000000000000')
"""

TABLES = ("break_glass_review", "audit_checkpoint", "audit_log", "audit_head",
          "sharing_agreement", "api_token", "user_session", "app_user")


def upgrade() -> None:
    bind = op.get_bind()
    for statement in DDL.split(";"):
        if statement.strip():
            bind.execute(sa.text(statement))
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("CREATE INDEX ix_audit_log_record ON audit_log (record_id)"))
        bind.execute(sa.text("CREATE INDEX ix_audit_log_user ON audit_log (username)"))


def downgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        bind.execute(sa.text(f"DROP TABLE {table}"))
