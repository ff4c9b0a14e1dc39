"""Audit: appends that do not hold the chain's head for the length of the reader's transaction.

On PostgreSQL an entry now takes its number from a sequence and is written with its content
digest but no chain hash; ``audit_chain()`` (one chainer at a time, under an advisory lock)
links committed entries to the chain in number order afterwards. DuckDB still chains as it
appends (one process) and only gains the digest column.

Revision ID: 0007
Revises: 0006
"""

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# the advisory lock that makes the chainer single
CHAIN_LOCK = 72_690_007

UPGRADE = """
ALTER TABLE audit_log ADD COLUMN digest VARCHAR(64);
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL;
CREATE SEQUENCE audit_log_seq OWNED BY audit_log.seq;
SELECT setval('audit_log_seq', GREATEST(h.seq, COALESCE(m.seq, 0), 1), GREATEST(h.seq, m.seq) > 0)
    FROM audit_head h, (SELECT max(seq) AS seq FROM audit_log) m WHERE h.id = 1;
ALTER TABLE audit_log ALTER COLUMN seq SET DEFAULT nextval('audit_log_seq');
DROP FUNCTION audit_append
"""

# Links committed entries after the head, in number order, while their numbers run on. It
# stops at a number not (yet) committed; if the entry after that number was logged more than
# p_gap_after ago it reports the gap, which access/sequencer.py records as a "gap" entry.
# With p_wait false it returns no row at once when another chainer is running, and, with
# p_every > 1 (an appender, just after its commit), unless its own entry's number is a
# multiple of p_every, or it is the only one waiting, or the oldest waiting is 100 ms old:
# under load one run links a batch; when quiet each entry is linked at once.
CHAIN = f"""
CREATE FUNCTION audit_chain(p_wait BOOLEAN, p_gap_after INTERVAL, p_every BIGINT DEFAULT 1)
RETURNS TABLE (from_seq BIGINT, head_seq BIGINT, gap_from BIGINT, gap_to BIGINT) AS $$
DECLARE
    n BIGINT;
    mine BIGINT;
    previous VARCHAR;
    linked VARCHAR;
    r RECORD;
BEGIN
    IF p_wait THEN
        PERFORM pg_advisory_xact_lock({CHAIN_LOCK});
    ELSE
        IF p_every > 1 THEN
            mine := currval('audit_log_seq');
            SELECT h.seq INTO n FROM audit_head h WHERE h.id = 1;
            IF mine % p_every <> 0 AND mine > n + 1 AND NOT EXISTS (
                SELECT 1 FROM audit_log a WHERE a.seq = n + 1 AND a.logged_at <
                    (clock_timestamp() AT TIME ZONE 'UTC') - INTERVAL '100 milliseconds') THEN
                RETURN;
            END IF;
        END IF;
        IF NOT pg_try_advisory_xact_lock({CHAIN_LOCK}) THEN
            RETURN;
        END IF;
    END IF;
    -- the links need not wait for the disk at commit: if a crash loses them, the entries
    -- (which did wait) are there and are linked again to the same hashes; a checkpoint,
    -- which waits, flushes the links it signs (the WAL is written in order)
    PERFORM set_config('synchronous_commit', 'off', true);
    SELECT h.seq, h.hash INTO n, previous FROM audit_head h WHERE h.id = 1;
    from_seq := n;
    FOR r IN SELECT a.seq, a.digest, a.hash, a.logged_at FROM audit_log a
             WHERE a.seq > n ORDER BY a.seq LOOP
        IF r.seq <> n + 1 THEN
            IF r.logged_at < (clock_timestamp() AT TIME ZONE 'UTC') - p_gap_after THEN
                gap_from := n + 1;
                gap_to := r.seq - 1;
            END IF;
            EXIT;
        END IF;
        EXIT WHEN r.hash IS NOT NULL OR r.digest IS NULL;  -- never re-link: verify reports it
        linked := encode(sha256(convert_to(r.seq::text || ':' || previous || ':' || r.digest,
                                           'UTF8')), 'hex');
        UPDATE audit_log SET prev_hash = previous, hash = linked WHERE seq = r.seq;
        n := r.seq;
        previous := linked;
    END LOOP;
    IF n > from_seq THEN
        UPDATE audit_head SET seq = n, hash = previous WHERE id = 1;
    END IF;
    head_seq := n;
    RETURN NEXT;
END
$$ LANGUAGE plpgsql
"""

REFUSE_UNCHAINED = """
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM audit_log WHERE hash IS NULL) THEN
        RAISE EXCEPTION 'audit entries are not yet chained: run cschub audit verify first';
    END IF;
END $$
"""

DOWNGRADE = """
DROP FUNCTION audit_chain;
ALTER TABLE audit_log ALTER COLUMN seq DROP DEFAULT;
DROP SEQUENCE audit_log_seq;
ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;
ALTER TABLE audit_log DROP COLUMN digest
"""


def _run(script: str) -> None:
    bind = op.get_bind()
    for statement in script.split(";\n"):
        if statement.strip():
            bind.execute(sa.text(statement))


def upgrade() -> None:
    """Add the digest column; on PostgreSQL, the sequence and the chainer."""
    if op.get_bind().dialect.name != "postgresql":
        op.get_bind().execute(sa.text("ALTER TABLE audit_log ADD COLUMN digest VARCHAR(64)"))
        return
    _run(UPGRADE)
    op.get_bind().execute(sa.text(CHAIN))


def downgrade() -> None:
    """Chain what is committed, then restore 0005's locked append (refused if entries
    cannot be chained without cschub, e.g. a gap not yet recorded)."""
    if op.get_bind().dialect.name != "postgresql":
        op.get_bind().execute(sa.text("ALTER TABLE audit_log DROP COLUMN digest"))
        return
    op.get_bind().execute(sa.text("SELECT * FROM audit_chain(true, INTERVAL '0')"))
    op.get_bind().execute(sa.text("SET LOCAL synchronous_commit = on"))
    op.get_bind().execute(sa.text(REFUSE_UNCHAINED))
    _run(DOWNGRADE)
    access = importlib.import_module("cschub.model.migrations.versions.0005_access")
    op.get_bind().execute(sa.text(access.APPEND))
