"""Entries written without a lock and linked afterwards: nothing lost under concurrent
readers, numbers never committed recorded as gaps, entries still being written waited for,
checkpoints only over linked entries, and a store at 0006 upgraded in place."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from cschub.access import audit, sequencer
from cschub.access.read import AccessRefused, read_child
from cschub.access.users import get_user
from cschub.model.migrate import upgrade
from cschub.store import Store
from tests.conftest import PG_ADMIN

pg_only = pytest.mark.parametrize("store", ["postgresql"], indirect=True)


def _entry(name: str) -> audit.Entry:
    return audit.Entry(username=name, role="practitioner", action="read", record_type="child",
                       record_id="C1", outcome="allowed", purpose="direct_care")


def _append_committed(store: Store, name: str) -> int:
    with store.transaction() as conn:
        return audit.append(conn, _entry(name))


@pg_only
def test_an_entry_is_linked_only_once_its_number_runs_on(store) -> None:
    with store.engine.connect() as open_conn:
        open_tx = open_conn.begin()
        first = audit.append(open_conn, _entry("slow"))  # number 1, not yet committed
        second = _append_committed(store, "quick")      # number 2, committed
        verdict = audit.verify(store)
        assert (first, second) == (1, 2)
        assert (verdict.ok, verdict.entries, verdict.unchained) == (True, 0, 1)
        open_tx.commit()
    verdict = audit.verify(store)
    assert (verdict.ok, verdict.entries, verdict.unchained, verdict.gaps) == (True, 2, 0, 0)


@pg_only
def test_a_number_never_committed_is_recorded_as_a_gap(store) -> None:
    with store.engine.connect() as conn, conn.begin() as tx:
        audit.append(conn, _entry("rolled back"))  # takes number 1
        tx.rollback()
    _append_committed(store, "after")
    assert audit.verify(store).unchained == 1  # the entry after the gap is too recent
    sequencer.chain(store, gap_after=timedelta(0))
    verdict = audit.verify(store)
    assert (verdict.ok, verdict.entries, verdict.gaps, verdict.unchained) == (True, 2, 1, 0)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT seq, username, outcome FROM audit_log ORDER BY seq")).all()
    assert [tuple(r) for r in rows] == [(1, "-", "gap"), (2, "after", "allowed")]


@pg_only
def test_a_number_still_being_written_is_not_taken_for_a_gap(store) -> None:
    with store.engine.connect() as open_conn:
        open_tx = open_conn.begin()
        audit.append(open_conn, _entry("slow"))
        _append_committed(store, "quick")
        done = sequencer.chain(store, gap_after=timedelta(0))  # waits 200 ms, gives up
        assert (done.head_seq, done.gap) == (0, (1, 1))
        open_tx.commit()
    verdict = audit.verify(store)
    assert (verdict.ok, verdict.entries, verdict.gaps) == (True, 2, 0)


@pg_only
def test_a_checkpoint_covers_only_linked_entries(store, monkeypatch) -> None:
    monkeypatch.setenv(audit.KEY_VARIABLE, audit.new_signing_key())
    with store.engine.connect() as open_conn:
        open_tx = open_conn.begin()
        audit.append(open_conn, _entry("slow"))
        _append_committed(store, "quick")
        assert audit.checkpoint(store) == 0  # nothing linked yet: nothing signed
        open_tx.commit()
    assert audit.checkpoint(store) == 2
    verdict = audit.verify(store)
    assert (verdict.ok, verdict.entries, verdict.checkpoints) == (True, 2, 1)


def test_concurrent_readers_lose_no_entry(people) -> None:
    actors = [get_user(people, name) for name in ("pat", "tim", "dee", "ana")]
    purposes = {"pat": "direct_care", "tim": "direct_care", "dee": "subject_access",
                "ana": "direct_care"}

    def reads(i: int) -> int:
        actor = actors[i % len(actors)]
        for _ in range(15):
            with suppress(AccessRefused):  # the analyst's refusals are audited too
                read_child(people, actor, "C1", purpose=purposes[actor.username])
        return 15

    with ThreadPoolExecutor(8) as pool:
        total = sum(pool.map(reads, range(8)))
    verdict = audit.verify(people)
    assert (verdict.ok, verdict.entries, verdict.unchained, verdict.gaps) == (True, 120, 0, 0)
    assert len(audit.who_viewed(people, "C1")) == 120 == total


def test_a_checkpoint_is_signed_as_the_chain_passes_each_multiple(people, monkeypatch) -> None:
    monkeypatch.setenv(audit.KEY_VARIABLE, audit.new_signing_key())
    monkeypatch.setattr(audit, "CHECKPOINT_EVERY", 3)
    for _ in range(7):
        read_child(people, get_user(people, "pat"), "C1", purpose="direct_care")
    with people.engine.connect() as conn:
        signed = conn.execute(sa.text("SELECT seq FROM audit_checkpoint ORDER BY seq")).scalars()
        assert list(signed) == [3, 6]
    assert audit.verify(people).checkpoints == 2


def _old_append(conn: sa.Connection, name: str) -> None:
    """Append as revision 0005/0006 did (a sign-in entry through ``audit_append`` on
    PostgreSQL, the head moved by hand on DuckDB)."""
    values = {**asdict(_entry(name)), "logged_at": audit.now()}
    if conn.dialect.name == "postgresql":
        names = ", ".join(f":{k}" for k in audit.CONTENT)
        conn.execute(sa.text(f"SELECT audit_append({names}, :digest)"),
                     {**values, "digest": audit.content_digest(values)})
        return
    seq, prev = conn.execute(sa.text("SELECT seq, hash FROM audit_head")).one()
    values.update(seq=seq + 1, prev_hash=prev)
    values["hash"] = audit.entry_hash(values)
    conn.execute(sa.text(f"INSERT INTO audit_log ({', '.join(values)}) "
                         f"VALUES ({', '.join(':' + k for k in values)})"), values)
    conn.execute(sa.text("UPDATE audit_head SET seq = :s, hash = :h"),
                 {"s": values["seq"], "h": values["hash"]})


@pytest.fixture(params=["duckdb", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request, tmp_path: Path):
    """The URL of a store with no tables yet."""
    if request.param == "duckdb":
        yield f"duckdb:///{tmp_path / 'old.duckdb'}"
        return
    import psycopg

    request.getfixturevalue("pg_url")  # skips (or fails in CI) without PostgreSQL
    name = f"cschub_test_upgrade_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_store_at_0006_is_upgraded_in_place(empty_url) -> None:
    old = Store(empty_url, migrate=False)
    with old.engine.begin() as conn:
        upgrade(conn, "0006")
        for i in range(3):
            _old_append(conn, f"old{i}")
    old.close()
    store = Store(empty_url)  # migrates to the head
    try:
        for i in range(2):
            _append_committed(store, f"new{i}")
        verdict = audit.verify(store)
        assert (verdict.ok, verdict.entries, verdict.unchained) == (True, 5, 0)
        assert [r["seq"] for r in audit.who_viewed(store, "C1")] == [5, 4, 3, 2, 1]
    finally:
        store.close()


def _downgrade(store: Store, revision: str) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("cschub.model").joinpath("migrations")))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_a_downgrade_and_upgrade_keep_the_chain(empty_url) -> None:
    store = Store(empty_url)
    try:
        for i in range(2):
            _append_committed(store, f"new{i}")
        _downgrade(store, "0006")  # links the two entries first
        with store.engine.begin() as conn:
            _old_append(conn, "old")
    finally:
        store.close()
    store = Store(empty_url)  # and up again
    try:
        _append_committed(store, "again")
        verdict = audit.verify(store)
        assert (verdict.ok, verdict.entries, verdict.unchained) == (True, 4, 0)
    finally:
        store.close()


@pytest.mark.parametrize("store", ["postgresql"], indirect=True)
def test_a_quiet_store_links_each_read_s_entry_at_once(people) -> None:
    for n in range(1, 4):  # not multiples of APPENDER_EVERY: each is the only one waiting
        read_child(people, get_user(people, "pat"), "C1", purpose="direct_care")
        assert people.scalar("SELECT seq FROM audit_head") == n
