"""The one door: every read of a child's record checks the policy and appends an audit entry
in the same transaction as the read. Refused reads are recorded too."""

from __future__ import annotations

import threading
from contextlib import nullcontext
from dataclasses import dataclass

from cschub.access import audit, chainer, policy, records
from cschub.access.users import Actor
from cschub.errors import CschubError
from cschub.store import Store

# DuckDB links each entry as it is written, so one writer moves the chain's head at a time
# (a second would fail with a write conflict): within one process audited reads take turns.
_DUCKDB_WRITER = threading.Lock()


class AccessRefused(CschubError):
    """The policy refused a read (the refusal is in the audit log)."""


@dataclass
class ChildRecord:
    """What a reader was allowed to see of one child's record."""

    child: str
    sections: dict[str, list[dict]]
    outcome: str  # allowed | break_glass
    basis: str
    audit_seq: int


def read_child(store: Store, actor: Actor, child: str, *, purpose: str,
               fields: list[str] | None = None, reason: str | None = None,
               la: str | None = None) -> ChildRecord:
    """Read ``child``'s record (``fields`` like ["person.*", "cla.start_date"], default all
    the reader may see) for ``purpose``; raises AccessRefused when the policy says no."""
    wanted = frozenset(records.expand(fields)) if fields else None
    turn = _DUCKDB_WRITER if store.dialect == "duckdb" else nullcontext()
    background = chainer.running(store)
    with turn, store.transaction() as conn:
        decision = policy.decide(conn, actor, child, wanted, purpose, reason)
        sections = records.fetch(conn, la, child, set(decision.fields)) \
            if decision.allowed else {}
        # the entry goes last and commits with the read: no read without its entry, no
        # entry for a read that did not happen (on PostgreSQL it is chained just after, in
        # the same round trip or, when the process runs one, by the background chainer)
        appended = audit.append_last(conn, audit.Entry(
            username=actor.username, role=actor.role, user_id=actor.user_id,
            action={"allowed": "read", "break_glass": "break_glass"}.get(
                decision.outcome, "refused"),
            record_type="child", record_id=child, outcome=decision.outcome,
            fields=",".join(sorted(decision.fields or (wanted or ()))) or None,
            purpose=purpose, agreement_id=decision.agreement_id, client=actor.client,
            reason=reason if decision.outcome == "break_glass" else
            (decision.why if not decision.allowed else None),
        ), chain=background is None)
    if background is None:
        audit.after_commit(store, appended)
    else:
        background.wake()
    if not decision.allowed:
        raise AccessRefused(f"access refused: {decision.why}")
    return ChildRecord(child, sections, decision.outcome, decision.why, appended.seq)
