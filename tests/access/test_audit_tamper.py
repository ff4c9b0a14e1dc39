"""Alter, delete, reorder or truncate chained audit rows directly in the database: `audit
verify` names the first broken entry every time; a forged checkpoint is caught too."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from cschub.access import audit, sequencer
from cschub.access.audit import Entry


def _fill(store, n: int = 6) -> None:
    with store.transaction() as conn:
        for i in range(n):
            audit.append(conn, Entry(username=f"u{i}", role="practitioner", action="read",
                                     record_type="child", record_id=f"C{i}",
                                     outcome="allowed", purpose="direct_care"))
    sequencer.chain(store)  # PostgreSQL links entries after their commit; DuckDB at once


def _sql(store, statements: str) -> None:
    with store.transaction() as conn:
        for statement in statements.split(";"):
            conn.execute(sa.text(statement))


def test_an_untouched_chain_verifies(store) -> None:
    _fill(store)
    verdict = audit.verify(store)
    assert (verdict.ok, verdict.entries) == (True, 6)


@pytest.mark.parametrize("statement,broken", [
    ("UPDATE audit_log SET record_id = 'C9' WHERE seq = 3", 3),            # altered
    ("UPDATE audit_log SET outcome = 'refused' WHERE seq = 1", 1),
    ("UPDATE audit_log SET logged_at = logged_at + INTERVAL '1 second' WHERE seq = 5", 5),
    ("DELETE FROM audit_log WHERE seq = 4", 4),                            # deleted
    ("UPDATE audit_log SET seq = -2 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3;"
     " UPDATE audit_log SET seq = 3 WHERE seq = -2", 2),                 # reordered
    ("DELETE FROM audit_log WHERE seq = 6", 6),                            # tail removed
])
def test_tampering_is_caught(store, statement, broken) -> None:
    _fill(store)
    _sql(store, statement)
    verdict = audit.verify(store)
    assert not verdict.ok
    assert verdict.broken_at == broken, verdict.problem


def test_renumbering_after_a_deletion_is_caught(store) -> None:
    _fill(store)
    _sql(store, "DELETE FROM audit_log WHERE seq = 2")
    _sql(store, "UPDATE audit_log SET seq = seq - 1 WHERE seq > 2")
    _sql(store, "UPDATE audit_head SET seq = 5")
    verdict = audit.verify(store)
    assert (verdict.ok, verdict.broken_at) == (False, 2)


def test_a_rewritten_chain_is_caught_by_the_signed_checkpoint(store, monkeypatch) -> None:
    monkeypatch.setenv(audit.KEY_VARIABLE, audit.new_signing_key())
    _fill(store, 3)
    audit.checkpoint(store)
    # an attacker recomputes every hash after changing entry 2 (and the head)
    _sql(store, "UPDATE audit_log SET record_id = 'C9' WHERE seq = 2")
    with store.transaction() as conn:
        rows = conn.execute(sa.text(
            f"SELECT {', '.join(audit.HASHED)} FROM audit_log ORDER BY seq")).mappings().all()
        prev = audit.GENESIS
        for row in rows:
            values = {**row, "prev_hash": prev}
            prev = audit.entry_hash(values)
            conn.execute(sa.text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE seq = :s"),
                         {"p": values["prev_hash"], "h": prev, "s": row["seq"]})
        conn.execute(sa.text("UPDATE audit_head SET hash = :h"), {"h": prev})
    verdict = audit.verify(store)
    assert not verdict.ok
    assert "checkpoint" in verdict.problem


def test_a_checkpoint_signed_by_another_key_is_caught(store, monkeypatch) -> None:
    monkeypatch.setenv(audit.KEY_VARIABLE, audit.new_signing_key())
    _fill(store, 2)
    audit.checkpoint(store)
    monkeypatch.setenv(audit.KEY_VARIABLE, audit.new_signing_key())
    verdict = audit.verify(store)
    assert (verdict.ok, verdict.broken_at) == (False, 2)
    assert "another key" in verdict.problem
