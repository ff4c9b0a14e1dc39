"""What an audit entry says, and the two hashes that chain entries together."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

GENESIS = "0" * 64

CONTENT = ("logged_at", "user_id", "username", "role", "action", "record_type", "record_id",
           "fields", "purpose", "agreement_id", "client", "outcome", "reason")
HASHED = ("seq", *CONTENT, "prev_hash")


@dataclass
class Entry:
    """What one audit entry says (the chain fields are added when it is chained)."""

    username: str
    role: str
    action: str  # read | refused | break_glass | sign_in | gap | ...
    record_type: str  # child | return | audit | user | ...
    record_id: str | None
    outcome: str  # allowed | refused | break_glass | gap
    user_id: int | None = None
    fields: str | None = None
    purpose: str | None = None
    agreement_id: str | None = None
    client: str | None = None
    reason: str | None = None


def content_digest(values: dict) -> str:
    """SHA-256 of what the entry says, its fields in a fixed order (timestamps as ISO text)."""
    parts = [v.isoformat() if isinstance(v, datetime) else v for v in
             (values[k] for k in CONTENT)]
    text = json.dumps(parts, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link(seq: int, prev_hash: str, digest: str) -> str:
    """The chain hash: SHA-256 of "<seq>:<previous entry's hash>:<content digest>"."""
    return hashlib.sha256(f"{seq}:{prev_hash}:{digest}".encode()).hexdigest()


def entry_hash(values: dict) -> str:
    """The chain hash of an entry given all its fields (``seq``, content, ``prev_hash``)."""
    return link(values["seq"], values["prev_hash"], content_digest(values))


def now() -> datetime:
    """The time an entry is logged: UTC, without a time zone (as the column stores it)."""
    return datetime.now(UTC).replace(tzinfo=None)
