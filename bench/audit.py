"""Benchmark: concurrent audited reads of child records against PostgreSQL.

50 clients (processes, one connection each) read child records they are allocated to through
access.read_child for 30 s; then the same reads without the audit entry for comparison. Prints
reads per second, the median time the audit entry adds to a read (the append itself, head lock
wait included, and the difference of the two medians), whether every read has its entry, and
whether the chain verifies.

    .venv/bin/python bench/audit.py [--clients 50] [--seconds 30] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import time

import sqlalchemy as sa

from cschub.access import audit, read
from cschub.access.users import Actor
from cschub.store import Store

CHILDREN_PER_WORKER = 40
DB = "cschub_bench_audit"


def _database(base: str) -> str:
    admin = sa.create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {DB}"))
        conn.execute(sa.text(f"CREATE DATABASE {DB}"))
    admin.dispose()
    return f"{base}/{DB}"


def _seed(store: Store, workers: int) -> None:
    la = "E09000027"
    with store.transaction() as conn:
        conn.execute(sa.text("INSERT INTO ssd_department (la_code, dept_team_id) "
                             "VALUES (:la, 'Team A')"), {"la": la})
        for w in range(workers):
            conn.execute(sa.text("INSERT INTO ssd_professionals (la_code, prof_professional_id)"
                                 " VALUES (:la, :p)"), {"la": la, "p": f"SW{w}"})
            for c in range(CHILDREN_PER_WORKER):
                child = f"C{w}-{c}"
                conn.execute(sa.text(
                    "INSERT INTO ssd_person (la_code, pers_person_id, pers_forename, "
                    "pers_surname, pers_dob) VALUES (:la, :c, 'Alex', 'Smith', DATE '2015-01-01')"
                ), {"la": la, "c": child})
                conn.execute(sa.text(
                    "INSERT INTO ssd_involvements (la_code, invo_involvements_id, "
                    "invo_professional_id, invo_professional_team, invo_person_id, "
                    "invo_involvement_start_date) VALUES (:la, :i, :p, 'Team A', :c, "
                    "DATE '2024-01-01')"), {"la": la, "i": child, "p": f"SW{w}", "c": child})
    with store.engine.connect() as conn:
        conn.execute(sa.text("ANALYZE"))


def _client(url: str, w: int, stop_at: float, audited: bool, out) -> None:
    """One client in its own process (its own interpreter, so clients never wait on each
    other's Python): read allocated children until ``stop_at``; report timings."""
    store = Store(url, migrate=False, pool_size=1)
    actor = Actor(username=f"sw{w}", role="practitioner", professional_id=f"SW{w}",
                  client="bench")
    appends: list[float] = []
    original = audit.append

    def timed(conn, entry, **kwargs):
        start = time.perf_counter()
        try:
            return original(conn, entry, **kwargs)
        finally:
            appends.append(time.perf_counter() - start)

    read.audit.append = timed if audited else (lambda conn, entry, **kwargs: 0)
    rng = random.Random(w)
    reads: list[float] = []
    errors = 0
    while time.time() < stop_at:
        child = f"C{w}-{rng.randrange(CHILDREN_PER_WORKER)}"
        start = time.perf_counter()
        try:
            read.read_child(store, actor, child, purpose="direct_care")
        except Exception:  # noqa: BLE001 - counted and reported
            errors += 1
            continue
        reads.append(time.perf_counter() - start)
    store.close()
    out.put((reads, appends, errors))


def _run(url: str, clients: int, seconds: float, audited: bool) -> tuple:
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    stop_at = time.time() + 2 + seconds  # 2 s for every client to start
    procs = [ctx.Process(target=_client, args=(url, w, stop_at, audited, out))
             for w in range(clients)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    reads = [r for res in results for r in res[0]]
    appends = [a for res in results for a in res[1]]
    return reads, appends, sum(res[2] for res in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432")
    args = parser.parse_args()
    url = _database(args.pg)
    store = Store(url)
    _seed(store, args.clients)
    store.close()
    audited, appends, errors = _run(url, args.clients, args.seconds, audited=True)
    store = Store(url)
    entries = store.scalar("SELECT count(*) FROM audit_log")
    reads = len(audited)
    plain, _, _ = _run(url, args.clients, min(args.seconds, 10), audited=False)
    verdict = audit.verify(store)
    ms = 1000
    print(f"clients {args.clients}, {args.seconds:.0f} s: {reads:,} audited reads "
          f"({reads / args.seconds:,.0f}/s), {errors} errors")
    print(f"median read {statistics.median(audited) * ms:.2f} ms audited, "
          f"{statistics.median(plain) * ms:.2f} ms without the entry")
    print(f"audit entry adds (median of the append, lock wait included): "
          f"{statistics.median(appends) * ms:.2f} ms; p95 "
          f"{statistics.quantiles(appends, n=20)[-1] * ms:.2f} ms (target < 2 ms median)")
    print(f"entries {entries:,} for {reads:,} reads: {'none lost' if entries == reads else 'LOST'}"
          f"; chain {'verifies' if verdict.ok else 'BROKEN: ' + str(verdict.problem)}")
    store.close()


if __name__ == "__main__":
    main()
