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


# PostgreSQL appends an entry in one statement, so the chain's head is locked only from that
# statement to the commit. The hash is the one access/audit.py computes:
# sha256("<seq>:<previous hash>:<content digest>").
APPEND = """
CREATE FUNCTION audit_append(
    p_logged_at TIMESTAMP, p_user_id BIGINT, p_username VARCHAR, p_role VARCHAR,
    p_action VARCHAR, p_record_type VARCHAR, p_record_id VARCHAR, p_fields VARCHAR,
    p_purpose VARCHAR, p_agreement_id VARCHAR, p_client VARCHAR, p_outcome VARCHAR,
    p_reason VARCHAR, p_digest VARCHAR
) RETURNS BIGINT AS $$
DECLARE
    n BIGINT;
    previous VARCHAR;
    digest VARCHAR;
BEGIN
    SELECT seq, hash INTO n, previous FROM audit_head WHERE id = 1 FOR UPDATE;
    n := n + 1;
    digest := encode(sha256(convert_to(n::text || ':' || previous || ':' || p_digest,
                                       'UTF8')), 'hex');
    INSERT INTO audit_log (seq, logged_at, user_id, username, role, action, record_type,
        record_id, fields, purpose, agreement_id, client, outcome, reason, prev_hash, hash)
    VALUES (n, p_logged_at, p_user_id, p_username, p_role, p_action, p_record_type,
        p_record_id, p_fields, p_purpose, p_agreement_id, p_client, p_outcome, p_reason,
        previous, digest);
    UPDATE audit_head SET seq = n, hash = digest WHERE id = 1;
    RETURN n;
END
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    bind = op.get_bind()
    for statement in DDL.split(";"):
        if statement.strip():
            bind.execute(sa.text(statement))
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("CREATE INDEX ix_audit_log_record ON audit_log (record_id)"))
        bind.execute(sa.text("CREATE INDEX ix_audit_log_user ON audit_log (username)"))
        bind.execute(sa.text(APPEND))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("DROP FUNCTION audit_append"))
    for table in TABLES:
        bind.execute(sa.text(f"DROP TABLE {table}"))
