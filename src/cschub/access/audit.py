"""The audit log: every look at personal data, hash-chained and anchored by signed checkpoints.

Each entry holds the SHA-256 of the previous entry; ``audit_head`` holds the last entry's number
and hash (so dropping the newest entries is caught), and every CHECKPOINT_EVERY entries, and on
``cschub audit checkpoint``, the head is signed with the Ed25519 key in
``CSCHUB_AUDIT_SIGNING_KEY`` (so rewriting the whole chain is caught too).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy.engine import Connection

from cschub.errors import CschubError
from cschub.store import Store

GENESIS = "0" * 64
CHECKPOINT_EVERY = 1000
KEY_VARIABLE = "CSCHUB_AUDIT_SIGNING_KEY"


@dataclass
class Entry:
    """What one audit entry says (the chain fields are added when it is appended)."""

    username: str
    role: str
    action: str  # read | refused | break_glass | sign_in | ...
    record_type: str  # child | return | audit | user | ...
    record_id: str | None
    outcome: str  # allowed | refused | break_glass
    user_id: int | None = None
    fields: str | None = None
    purpose: str | None = None
    agreement_id: str | None = None
    client: str | None = None
    reason: str | None = None


CONTENT = ("logged_at", "user_id", "username", "role", "action", "record_type", "record_id",
           "fields", "purpose", "agreement_id", "client", "outcome", "reason")
HASHED = ("seq", *CONTENT, "prev_hash")


def content_digest(values: dict) -> str:
    """SHA-256 of what the entry says, its fields in a fixed order (timestamps as ISO text)."""
    parts = [v.isoformat() if isinstance(v, datetime) else v for v in
             (values[k] for k in CONTENT)]
    text = json.dumps(parts, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(values: dict) -> str:
    """The chain hash: SHA-256 of "<seq>:<previous entry's hash>:<content digest>"."""
    text = f"{values['seq']}:{values['prev_hash']}:{content_digest(values)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def append(conn: Connection, entry: Entry, *, commit: bool = False) -> int:
    """Append an entry inside the caller's transaction; returns its number. On PostgreSQL one
    statement locks the chain's head, links the entry and moves the head, so concurrent
    readers append one after another; the lock holds until the transaction commits.

    ``commit=True`` (the last statement of a read) sends the append and the COMMIT to
    PostgreSQL together, so the head is locked only while the server runs them and never
    while the client is waiting for its turn on a busy machine."""
    values = {**asdict(entry), "logged_at": _now()}
    if conn.dialect.name == "postgresql" and commit:
        seq = _append_and_commit(conn, values)
    elif conn.dialect.name == "postgresql":
        params = {f"p_{k}": values[k] for k in CONTENT}
        seq = conn.execute(sa.text(
            f"SELECT audit_append({', '.join(':' + k for k in params)}, :p_digest)"
        ), {**params, "p_digest": content_digest(values)}).scalar()
    else:
        seq, prev = conn.execute(sa.text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
        seq += 1
        values.update(seq=seq, prev_hash=prev)
        values["hash"] = entry_hash(values)
        conn.execute(sa.text(
            f"INSERT INTO audit_log ({', '.join(values)}) "
            f"VALUES ({', '.join(':' + k for k in values)})"), values)
        conn.execute(sa.text("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1"),
                     {"s": seq, "h": values["hash"]})
    if seq % CHECKPOINT_EVERY == 0 and os.environ.get(KEY_VARIABLE) and not commit:
        digest = conn.execute(sa.text("SELECT hash FROM audit_log WHERE seq = :s"),
                              {"s": seq}).scalar()
        _checkpoint(conn, seq, digest)
    return seq


def _append_and_commit(conn: Connection, values: dict) -> int:
    from psycopg import sql

    literals = [sql.Literal(values[k]) for k in CONTENT] + [sql.Literal(content_digest(values))]
    query = sql.SQL("SELECT audit_append({}); COMMIT").format(sql.SQL(", ").join(literals))
    with conn.connection.driver_connection.cursor() as cur:
        cur.execute(query)  # no parameters: one round trip, both statements
        return int(cur.fetchone()[0])


def _signing_key() -> Ed25519PrivateKey:
    text = os.environ.get(KEY_VARIABLE)
    if not text:
        raise CschubError(f"no audit signing key: set {KEY_VARIABLE} "
                          "(cschub audit keygen prints a new one)")
    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))
    except ValueError:
        raise CschubError(f"{KEY_VARIABLE} is not a base64 Ed25519 private key") from None


def new_signing_key() -> str:
    """A new Ed25519 private key, base64, for CSCHUB_AUDIT_SIGNING_KEY."""
    from cryptography.hazmat.primitives import serialization

    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return base64.b64encode(raw).decode()


def _public_text(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                        serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def _message(seq: int, digest: str) -> bytes:
    return f"cschub-audit:{seq}:{digest}".encode()


def _checkpoint(conn: Connection, seq: int, digest: str) -> None:
    key = _signing_key()
    conn.execute(sa.text(
        "INSERT INTO audit_checkpoint (seq, logged_at, hash, public_key, signature) "
        "VALUES (:s, :a, :h, :p, :g)"
    ), {"s": seq, "a": _now(), "h": digest, "p": _public_text(key),
        "g": base64.b64encode(key.sign(_message(seq, digest))).decode()})


def checkpoint(store: Store) -> int:
    """Sign the chain's current head now; returns the entry number signed."""
    with store.transaction() as conn:
        seq, digest = conn.execute(sa.text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
        done = conn.execute(sa.text("SELECT 1 FROM audit_checkpoint WHERE seq = :s"),
                            {"s": seq}).first()
        if seq and not done:
            _checkpoint(conn, seq, digest)
    return seq


@dataclass
class Verdict:
    """The result of checking the chain."""

    ok: bool
    entries: int
    checkpoints: int
    broken_at: int | None = None
    problem: str | None = None


def verify(store: Store) -> Verdict:
    """Walk the chain from the first entry: numbers consecutive, each entry's hash right and
    linked to the one before, the head matching the last entry, every checkpoint signed by
    the configured key and matching its entry."""
    expected_key = _public_text(_signing_key()) if os.environ.get(KEY_VARIABLE) else None
    hashes: dict[int, str] = {}
    prev, n = GENESIS, 0
    with store.engine.connect() as conn:
        result = conn.execute(sa.text(
            f"SELECT {', '.join(HASHED)}, hash FROM audit_log ORDER BY seq"
        ))
        for row in result:
            values = dict(zip((*HASHED, "hash"), row, strict=True))
            n += 1
            seq = values["seq"]
            if seq != n:
                return Verdict(False, n - 1, 0, n, f"entry {n} is missing (next is {seq})")
            if values["prev_hash"] != prev:
                return Verdict(False, n - 1, 0, seq, f"entry {seq} does not follow entry {n - 1}")
            if entry_hash(values) != values["hash"]:
                return Verdict(False, n - 1, 0, seq, f"entry {seq} was altered")
            prev = values["hash"]
            hashes[seq] = prev
        head_seq, head_hash = conn.execute(
            sa.text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
        checkpoints = conn.execute(sa.text(
            "SELECT seq, hash, public_key, signature FROM audit_checkpoint ORDER BY seq"
        )).fetchall()
    if (head_seq, head_hash) != (n, prev):
        return Verdict(False, n, 0, n + 1 if head_seq > n else head_seq,
                       f"the log ends at entry {n} but its head says {head_seq}: "
                       "entries were removed from the end")
    for seq, digest, public, signature in checkpoints:
        problem = _check_signed(seq, digest, public, signature, hashes, expected_key)
        if problem:
            return Verdict(False, n, len(checkpoints), seq, problem)
    return Verdict(True, n, len(checkpoints))


def _check_signed(seq: int, digest: str, public: str, signature: str, hashes: dict,
                  expected_key: str | None) -> str | None:
    if expected_key and public != expected_key:
        return f"checkpoint at entry {seq} is signed by another key"
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public))
        key.verify(base64.b64decode(signature), _message(seq, digest))
    except (InvalidSignature, ValueError):
        return f"checkpoint at entry {seq} has a bad signature"
    if hashes.get(seq) != digest:
        return f"entry {seq} differs from its signed checkpoint"
    return None


def who_viewed(store: Store, child: str) -> list[dict]:
    """Every access to a child's record, newest first."""
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT seq, logged_at, username, role, action, fields, purpose, agreement_id, "
            "outcome, reason FROM audit_log WHERE record_type = 'child' AND record_id = :c "
            "ORDER BY seq DESC"
        ), {"c": child}).mappings().all()
    return [dict(r) for r in rows]
