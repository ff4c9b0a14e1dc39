"""The audit log: every look at personal data, hash-chained and anchored by signed checkpoints.

Each entry holds the SHA-256 of the previous entry; ``audit_head`` holds the last chained
entry's number and hash (so dropping the newest entries is caught), and about every
CHECKPOINT_EVERY entries, and on ``cschub audit checkpoint``, the head is signed with the
Ed25519 key in ``CSCHUB_AUDIT_SIGNING_KEY`` (so rewriting the whole chain is caught too).
On PostgreSQL entries are written without a lock and linked afterwards by the sequencer
(``access/sequencer.py``), run by the reader just after its commit or by a background chainer
(``access/chainer.py``); on DuckDB they are linked as they are written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.access import sequencer, signing
from cschub.access.entries import (  # noqa: F401 - the audit log's public names
    CONTENT,
    GENESIS,
    HASHED,
    Entry,
    content_digest,
    entry_hash,
    link,
    now,
)
from cschub.access.signing import KEY_VARIABLE, new_signing_key  # noqa: F401
from cschub.store import Store

CHECKPOINT_EVERY = 1000
WRITTEN = (*CONTENT, "digest")


@dataclass
class Appended:
    """An entry appended by ``append_last``: its number, and what the chainer run that
    followed its commit found (None: another chainer was running, or DuckDB)."""

    seq: int
    chained: sequencer.Chained | None = None
    checkpoint_due: bool = False


_INSERT = f"INSERT INTO audit_log ({', '.join(WRITTEN)}) VALUES (".encode()
_COMMIT = b") RETURNING seq; COMMIT"
_COMMIT_AND_CHAIN = (") RETURNING seq; COMMIT; " + sequencer.chain_statement(
    wait=False, every=sequencer.APPENDER_EVERY)).encode()


def _values(entry: Entry) -> dict:
    values = {**vars(entry), "logged_at": now()}
    values["digest"] = content_digest(values)
    return values


def append(conn: Connection, entry: Entry, *, commit: bool = False) -> int:
    """Append an entry inside the caller's transaction; returns its number. On PostgreSQL
    the entry is linked to the chain after the transaction commits (see ``sequencer``).
    ``commit=True``: as ``append_last``."""
    if commit:
        return append_last(conn, entry).seq
    values = _values(entry)
    if conn.dialect.name != "postgresql":
        return _append_linked(conn, values)
    return conn.execute(sa.text(
        f"INSERT INTO audit_log ({', '.join(WRITTEN)}) "
        f"VALUES ({', '.join(':' + k for k in WRITTEN)}) RETURNING seq"), values).scalar()


def append_last(conn: Connection, entry: Entry, *, chain: bool = True) -> Appended:
    """Append an entry as the last statement of the caller's transaction. On PostgreSQL
    the insert, the COMMIT and (``chain``, when no other is running) a chainer run go to the
    server in one round trip, and nothing waits on a lock; call ``after_commit`` afterwards.
    ``chain=False`` when a background chainer links entries (``access/chainer.py``)."""
    values = _values(entry)
    if conn.dialect.name != "postgresql":
        seq = _append_linked(conn, values)
        return Appended(seq, None, seq % CHECKPOINT_EVERY == 0)
    from psycopg import sql

    driver = conn.connection.driver_connection
    literals = b", ".join(sql.Literal(values[k]).as_bytes(driver) for k in WRITTEN)
    with driver.cursor() as cur:
        if not chain:
            cur.execute(_INSERT + literals + _COMMIT)
            return Appended(int(cur.fetchone()[0]))
        cur.execute(_INSERT + literals + _COMMIT_AND_CHAIN)  # one round trip, no parameters
        seq = int(cur.fetchone()[0])
        cur.nextset()  # the COMMIT
        cur.nextset()  # the chainer's row, or none
        row = cur.fetchone()
    chained = sequencer.result(row)
    return Appended(seq, chained, bool(chained and chained.crossed_every(CHECKPOINT_EVERY)))


def _append_linked(conn: Connection, values: dict) -> int:
    """DuckDB: number and link the entry now (one process; the caller serialises writers)."""
    seq, prev = conn.execute(sa.text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
    seq += 1
    values.update(seq=seq, prev_hash=prev, hash=link(seq, prev, values["digest"]))
    conn.execute(sa.text(
        f"INSERT INTO audit_log ({', '.join(values)}) "
        f"VALUES ({', '.join(':' + k for k in values)})"), values)
    conn.execute(sa.text("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1"),
                 {"s": seq, "h": values["hash"]})
    return seq


def after_commit(store: Store, appended: Appended) -> None:
    """After an ``append_last`` transaction: record an old gap its chainer run stopped at,
    and sign a checkpoint if the chain's head passed a multiple of CHECKPOINT_EVERY."""
    due = appended.checkpoint_due
    if appended.chained and appended.chained.gap:
        more = sequencer.chain(store, wait=False)
        due = due or bool(more and more.crossed_every(CHECKPOINT_EVERY))
    if due and signing.configured():
        checkpoint(store)


def checkpoint(store: Store) -> int:
    """Chain what is committed, then sign the chain's head; returns the entry number signed."""
    sequencer.chain(store)
    with store.transaction() as conn:
        seq, digest = conn.execute(sa.text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
        done = conn.execute(sa.text("SELECT 1 FROM audit_checkpoint WHERE seq = :s"),
                            {"s": seq}).first()
        if seq and not done:
            signing.sign(conn, seq, digest)
    return seq


@dataclass
class Verdict:
    """The result of checking the chain."""

    ok: bool
    entries: int
    checkpoints: int
    broken_at: int | None = None
    problem: str | None = None
    unchained: int = 0  # written after the head, not yet linked (their numbers not yet run on)
    gaps: int = 0  # numbers handed out but never committed, recorded as "gap" entries


@contextmanager
def _snapshot(store: Store) -> Iterator[Connection]:
    """One consistent view of the head and the entries while chainers go on."""
    with store.engine.connect() as conn:
        if store.dialect == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            yield conn


def verify(store: Store) -> Verdict:
    """Chain what is committed, then walk the chain from the first entry: numbers
    consecutive up to the head, each entry's hash right and linked to the one before, the
    head matching the last chained entry, nothing after it linked, every checkpoint signed
    by the configured key and matching its entry. Reports how many entries are unchained."""
    expected_key = signing.public_key()
    sequencer.chain(store)
    with _snapshot(store) as conn:
        head = tuple(conn.execute(sa.text("SELECT seq, hash FROM audit_head WHERE id = 1")).one())
        rows = conn.execute(sa.text(
            f"SELECT {', '.join(HASHED)}, hash FROM audit_log ORDER BY seq"))
        walked = _walk(rows, head)
        checkpoints = conn.execute(sa.text(
            "SELECT seq, hash, public_key, signature FROM audit_checkpoint ORDER BY seq"
        )).fetchall()
    if isinstance(walked, Verdict):
        return walked
    hashes, gaps, pending = walked
    n = len(hashes)
    for seq, digest, public, signature in checkpoints:
        problem = signing.check(seq, digest, public, signature, hashes, expected_key)
        if problem:
            return Verdict(False, n, len(checkpoints), seq, problem, pending, gaps)
    return Verdict(True, n, len(checkpoints), unchained=pending, gaps=gaps)


def _walk(rows, head: tuple[int, str]) -> Verdict | tuple[dict, int, int]:
    """Check the entries in number order against the head; the chain's hashes by number,
    the gap entries and the unchained entries after the head, or the first problem."""
    head_seq, head_hash = head
    hashes: dict[int, str] = {}
    prev, n, gaps, pending = GENESIS, 0, 0, 0
    for row in rows:
        values = dict(zip((*HASHED, "hash"), row, strict=True))
        seq = values["seq"]
        if seq > head_seq and n == head_seq:
            if values["hash"] is not None:
                return Verdict(False, n, 0, seq, f"entry {seq} is linked but the chain's "
                               f"head is entry {head_seq}")
            pending += 1
            continue
        n += 1
        if seq != n:
            return Verdict(False, n - 1, 0, n, f"entry {n} is missing (next is {seq})")
        if values["prev_hash"] != prev:
            return Verdict(False, n - 1, 0, seq, f"entry {seq} does not follow entry {n - 1}")
        if entry_hash(values) != values["hash"]:
            return Verdict(False, n - 1, 0, seq, f"entry {seq} was altered")
        prev = hashes[seq] = values["hash"]
        gaps += values["action"] == "gap"
    if (head_seq, head_hash) != (n, prev):
        return Verdict(False, n, 0, n + 1 if head_seq > n else head_seq,
                       f"the log ends at entry {n} but its head says {head_seq}: "
                       "entries were removed from the end")
    return hashes, gaps, pending


def who_viewed(store: Store, child: str) -> list[dict]:
    """Every access to a child's record, newest first (committed entries are chained first)."""
    sequencer.chain(store)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT seq, logged_at, username, role, action, fields, purpose, agreement_id, "
            "outcome, reason FROM audit_log WHERE record_type = 'child' AND record_id = :c "
            "ORDER BY seq DESC"
        ), {"c": child}).mappings().all()
    return [dict(r) for r in rows]
