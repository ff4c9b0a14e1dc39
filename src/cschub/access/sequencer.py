"""The sequencer: links committed audit entries to the hash chain, in number order.

On PostgreSQL an entry is written by the reader's transaction with a number from a sequence
and its content digest, but no chain hash, so readers never queue on the chain's head. The
``audit_chain()`` function (migration 0007) then links committed entries after the head, one
chainer at a time (an advisory lock): right after each append's commit, in the same round
trip, when nobody else is chaining, or, where a process runs one, by a background chainer
(``access/chainer.py``); and, waiting its turn, before ``verify``, ``who_viewed`` and
``checkpoint`` read. A number handed out but never committed (a rolled-back transaction)
stops the chain; once the entry after it is GAP_AFTER old, the number is recorded as an
explicit "gap" entry and the chain moves on. DuckDB (one process) chains as it appends.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.access.entries import Entry, content_digest, now
from cschub.store import Store

GAP_AFTER = timedelta(seconds=10)
# An appender runs the chainer when its entry's number is a multiple of this, when its entry
# is the only one waiting (a quiet store links every entry at once), or when the oldest
# waiting entry is 100 ms old; so under load one run links a batch of entries.
APPENDER_EVERY = 8
GAP_LOCK_TIMEOUT = "200ms"  # a gap number still being written is left for a later run
GAP = Entry(username="-", role="-", action="gap", record_type="audit", record_id=None,
            outcome="gap", reason="number handed out but never committed")


@dataclass
class Chained:
    """What one run of the chainer did: the head before and after, and a gap it stopped at
    that is old enough to record (first and last missing number)."""

    from_seq: int
    head_seq: int
    gap: tuple[int, int] | None = None

    def crossed_every(self, n: int) -> bool:
        """Whether the head moved past a multiple of ``n`` (a checkpoint is due)."""
        return self.head_seq // n > self.from_seq // n


def chain_statement(*, wait: bool, gap_after: timedelta | None = None, every: int = 1) -> str:
    """The SQL of one chainer run (no parameters, so it can share a round trip); ``every``:
    see APPENDER_EVERY."""
    seconds = (GAP_AFTER if gap_after is None else gap_after).total_seconds()
    return (f"SELECT * FROM audit_chain({'true' if wait else 'false'}, "
            f"INTERVAL '{seconds} seconds', {int(every)})")


def result(row: tuple | None) -> Chained | None:
    """A chainer run's row as Chained (None: another chainer was running)."""
    if row is None:
        return None
    from_seq, head_seq, gap_from, gap_to = row
    return Chained(from_seq, head_seq, None if gap_from is None else (gap_from, gap_to))


def run(conn: Connection, *, wait: bool, gap_after: timedelta | None = None) -> Chained | None:
    """Run the chainer once inside ``conn``'s transaction."""
    return result(conn.execute(sa.text(chain_statement(wait=wait, gap_after=gap_after)))
                  .first())


def chain(store: Store, *, wait: bool = True,
          gap_after: timedelta | None = None) -> Chained | None:
    """Chain every committed entry that can be chained, recording old gaps; None on DuckDB
    (nothing to do) or when ``wait`` is false and another chainer is running."""
    if store.dialect != "postgresql":
        return None
    first = None
    for _ in range(100):  # each round records one gap; a bound against a stuck loop
        with store.transaction() as conn:
            done = run(conn, wait=wait, gap_after=gap_after)
        if done is None:
            return first
        first = first or done
        if done.gap is None or not record_gap(store, *done.gap):
            break
    return Chained(first.from_seq, done.head_seq, done.gap)


def record_gap(store: Store, first: int, last: int) -> bool:
    """Write a "gap" entry for each number from ``first`` to ``last``. A number whose entry
    is still being written (its transaction open) makes the insert wait: after
    GAP_LOCK_TIMEOUT it gives up and returns False, leaving the gap for a later run. A
    transaction that commits its entry after its number was recorded as a gap fails on the
    duplicate number, so its read fails too: never a read without its entry."""
    rows = []
    for seq in range(first, last + 1):
        values = {**asdict(GAP), "logged_at": now(), "seq": seq}
        rows.append({**values, "digest": content_digest(values)})
    columns = list(rows[0])
    try:
        with store.transaction() as conn:
            conn.execute(sa.text(f"SET LOCAL lock_timeout = '{GAP_LOCK_TIMEOUT}'"))
            conn.execute(sa.text(
                f"INSERT INTO audit_log ({', '.join(columns)}) VALUES "
                f"({', '.join(':' + c for c in columns)}) ON CONFLICT (seq) DO NOTHING"), rows)
    except sa.exc.OperationalError:
        return False
    return True
