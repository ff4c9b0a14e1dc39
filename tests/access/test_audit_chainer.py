"""The background chainer: with one running, reads end with their entry's INSERT and COMMIT
alone and the chainer links the entries, records gaps and signs checkpoints; the web app runs
one for as long as it serves (PostgreSQL)."""

from __future__ import annotations

import importlib
import time
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from cschub.access import audit, chainer, sequencer
from cschub.access.read import read_child
from cschub.access.signing import KEY_VARIABLE, new_signing_key
from cschub.access.users import get_user
from cschub.web.app import create_app

pg_only = pytest.mark.parametrize("store", ["postgresql"], indirect=True)
CHAIN_LOCK = importlib.import_module(
    "cschub.model.migrations.versions.0007_audit_sequencer").CHAIN_LOCK


@pytest.fixture
def held(people, monkeypatch):
    """A running chainer that does not run until it is stopped (its last run links all)."""
    monkeypatch.setattr(chainer, "BATCH_DELAY", 600.0)
    monkeypatch.setattr(chainer, "IDLE_INTERVAL", 600.0)
    background = chainer.Chainer(people).start()
    yield background
    background.stop()


def _unlinked(store) -> int:
    return store.scalar("SELECT count(*) FROM audit_log WHERE hash IS NULL")


@pg_only
def test_reads_leave_linking_to_the_chainer(people, held) -> None:
    assert chainer.running(people) is held
    pat = get_user(people, "pat")
    seqs = [read_child(people, pat, "C1", purpose="direct_care").audit_seq for _ in range(3)]
    assert seqs == [1, 2, 3]
    assert _unlinked(people) == 3  # committed, waiting for the chainer
    held.stop()
    assert chainer.running(people) is None
    assert _unlinked(people) == 0
    verdict = audit.verify(people)
    assert (verdict.ok, verdict.entries, verdict.unchained) == (True, 3, 0)


@pg_only
def test_the_chainer_signs_a_checkpoint_when_the_head_passes_a_multiple(
        people, held, monkeypatch) -> None:
    monkeypatch.setenv(KEY_VARIABLE, new_signing_key())
    monkeypatch.setattr(audit, "CHECKPOINT_EVERY", 3)
    pat = get_user(people, "pat")
    for _ in range(4):
        read_child(people, pat, "C1", purpose="direct_care")
    assert people.scalar("SELECT count(*) FROM audit_checkpoint") == 0
    held.stop()
    assert people.scalar("SELECT max(seq) FROM audit_checkpoint") == 4
    verdict = audit.verify(people)
    assert (verdict.ok, verdict.entries, verdict.checkpoints) == (True, 4, 1)


@pg_only
def test_the_chainer_records_a_number_never_committed_as_a_gap(
        people, held, monkeypatch) -> None:
    monkeypatch.setattr(sequencer, "GAP_AFTER", timedelta(0))
    with people.engine.connect() as conn, conn.begin() as tx:
        audit.append(conn, audit.Entry(username="x", role="practitioner", action="read",
                                       record_type="child", record_id="C1",
                                       outcome="allowed"))  # takes number 1
        tx.rollback()
    read_child(people, get_user(people, "pat"), "C1", purpose="direct_care")
    held.stop()
    with people.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT seq, action FROM audit_log ORDER BY seq")).all()
    assert [tuple(r) for r in rows] == [(1, "gap"), (2, "read")]
    assert audit.verify(people).ok


def _until(condition, what: str) -> None:
    """Poll for a condition the chainer brings about (a bound, not a timing assertion)."""
    for _ in range(600):
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"never: {what}")


@pg_only
def test_a_chainer_that_finds_the_chain_busy_tries_again_unwoken(people, monkeypatch) -> None:
    monkeypatch.setattr(chainer, "BATCH_DELAY", 0.0)
    monkeypatch.setattr(chainer, "IDLE_INTERVAL", 600.0)
    monkeypatch.setattr(chainer, "RETRY", 0.01)
    background = chainer.Chainer(people).start()
    try:
        with people.engine.connect() as other, other.begin():  # another process's chainer
            other.execute(sa.text(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK})"))
            read_child(people, get_user(people, "pat"), "C1", purpose="direct_care")
            _until(lambda: background.runs >= 2, "the chainer ran while the chain was busy")
            assert _unlinked(people) == 1
        _until(lambda: _unlinked(people) == 0, "the entry was linked")  # nobody woke it
    finally:
        background.stop()


@pg_only
def test_the_web_app_runs_a_chainer_while_it_serves(people) -> None:
    app = create_app(people, "E09000027", "Camden")
    assert chainer.running(people) is None
    with TestClient(app):
        assert chainer.running(people) is not None
    assert chainer.running(people) is None


def test_duckdb_needs_no_chainer(duck) -> None:
    background = chainer.Chainer(duck).start()
    assert chainer.running(duck) is None  # DuckDB links each entry as it is written
    background.stop()
