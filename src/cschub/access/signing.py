"""Signed checkpoints of the audit chain: Ed25519 signatures over an entry's number and hash,
with the private key in CSCHUB_AUDIT_SIGNING_KEY, so rewriting the whole chain is caught."""

from __future__ import annotations

import base64
import os

import sqlalchemy as sa
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy.engine import Connection

from cschub.access.entries import now
from cschub.errors import CschubError

KEY_VARIABLE = "CSCHUB_AUDIT_SIGNING_KEY"


def configured() -> bool:
    """Whether a signing key is set."""
    return bool(os.environ.get(KEY_VARIABLE))


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
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return base64.b64encode(raw).decode()


def public_key() -> str | None:
    """The configured key's public half, base64 (None when no key is set)."""
    if not configured():
        return None
    raw = _signing_key().public_key().public_bytes(serialization.Encoding.Raw,
                                                   serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def _message(seq: int, digest: str) -> bytes:
    return f"cschub-audit:{seq}:{digest}".encode()


def sign(conn: Connection, seq: int, digest: str) -> None:
    """Store a checkpoint: entry ``seq`` has chain hash ``digest``, signed now."""
    key = _signing_key()
    conn.execute(sa.text(
        "INSERT INTO audit_checkpoint (seq, logged_at, hash, public_key, signature) "
        "VALUES (:s, :a, :h, :p, :g)"
    ), {"s": seq, "a": now(), "h": digest, "p": public_key(),
        "g": base64.b64encode(key.sign(_message(seq, digest))).decode()})


def check(seq: int, digest: str, public: str, signature: str, hashes: dict,
          expected_key: str | None) -> str | None:
    """What is wrong with a checkpoint given the chain's hashes by number (None: nothing)."""
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
