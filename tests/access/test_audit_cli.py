"""`cschub audit verify` says how many entries are chained, recorded as gaps and waiting, and
exits 1 naming the first broken entry."""

from __future__ import annotations

import sqlalchemy as sa
from typer.testing import CliRunner

from cschub.access import audit
from cschub.cli.main import app


def _append(store, n: int) -> None:
    with store.transaction() as conn:
        for i in range(n):
            audit.append(conn, audit.Entry(username=f"u{i}", role="dpo", action="read",
                                           record_type="child", record_id="C1",
                                           outcome="allowed", purpose="audit"))


def test_verify_counts_the_entries(store) -> None:
    _append(store, 3)
    result = CliRunner().invoke(app, ["audit", "verify", "--db", store.url])
    assert result.exit_code == 0, result.output
    assert "intact: 3 entries (0 gap(s)" in result.output
    assert "0 entries not yet chained" in result.output


def test_verify_names_the_first_broken_entry(store) -> None:
    _append(store, 3)
    audit.verify(store)  # links them (PostgreSQL)
    with store.transaction() as conn:
        conn.execute(sa.text("UPDATE audit_log SET username = 'x' WHERE seq = 2"))
    result = CliRunner().invoke(app, ["audit", "verify", "--db", store.url])
    assert result.exit_code == 1
    assert "broken at entry 2" in result.output
