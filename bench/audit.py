"""Benchmark: concurrent audited reads of child records against PostgreSQL.

50 clients (processes, one connection each) read child records they are allocated to through
access.read_child for 30 s; every 10th read skips the audit entry (it only commits), as a
baseline under the same load. Prints audited reads per second, the median and p95 time of the
audit write and of a control read's COMMIT (which the audit write carries) and their
difference, the time the audit write adds to a read; then whether every audited read has its
entry, and whether the chain verifies.

    .venv/bin/python bench/audit.py [--clients 50] [--seconds 30] [--pg postgresql://...]
                                    [--writes-only] [--no-flush]
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import random
import resource
import statistics
import time
from pathlib import Path

import sqlalchemy as sa

from cschub.access import audit, read
from cschub.access.users import Actor
from cschub.store import Store

CHILDREN_PER_WORKER = 40
CONTROL_EVERY = 10  # every 10th read skips the entry: the same-conditions baseline
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


def _hooks(appends: list[float], commits: list[float]):
    """The audited append, timed, and a control that only commits, timed the same way: the
    audited append sends the read's COMMIT with it, so the difference of the two is what
    the audit write adds to a read. Works with ``append_last`` or the older ``append``."""
    name = "append_last" if hasattr(audit, "append_last") else "append"
    original = getattr(audit, name)

    def audited(conn, entry, **kwargs):
        start = time.perf_counter()
        try:
            return original(conn, entry, **kwargs)
        finally:
            appends.append(time.perf_counter() - start)

    def control(conn, entry, **kwargs):
        start = time.perf_counter()
        conn.connection.driver_connection.commit()
        commits.append(time.perf_counter() - start)
        return audit.Appended(0) if name == "append_last" else 0

    return name, audited, control


def _write_only(store: Store, actor: Actor, child: str, write, name: str) -> None:
    """A transaction holding only the audit write (or, for control, only the COMMIT)."""
    with store.transaction() as conn:
        write(conn, audit.Entry(username=actor.username, role=actor.role, action="read",
                                record_type="child", record_id=child, outcome="allowed",
                                purpose="direct_care", client=actor.client),
              **({} if name == "append_last" else {"commit": True}))


def _client(url: str, w: int, stop_at: float, writes_only: bool, out) -> None:
    """One client in its own process (its own interpreter, so clients never wait on each
    other's Python): read allocated children until ``stop_at``, every CONTROL_EVERY-th
    read without its entry; report timings."""
    store = Store(url, migrate=False, pool_size=1)
    actor = Actor(username=f"sw{w}", role="practitioner", professional_id=f"SW{w}",
                  client="bench")
    appends: list[float] = []
    commits: list[float] = []
    name, audited, control = _hooks(appends, commits)
    cpu_ns = _cpu_clock(store)
    rng = random.Random(w)
    reads: dict[bool, list[float]] = {True: [], False: []}
    cpu: dict[bool, list[float]] = {True: [], False: []}
    errors = 0
    for i in itertools.count():
        if time.time() >= stop_at:
            break
        is_audited = i % CONTROL_EVERY != CONTROL_EVERY - 1
        setattr(read.audit, name, audited if is_audited else control)
        child = f"C{w}-{rng.randrange(CHILDREN_PER_WORKER)}"
        start, start_cpu = time.perf_counter(), cpu_ns()
        try:
            if writes_only:
                _write_only(store, actor, child, audited if is_audited else control, name)
            else:
                read.read_child(store, actor, child, purpose="direct_care")
        except Exception:  # noqa: BLE001 - counted and reported
            errors += 1
            continue
        reads[is_audited].append(time.perf_counter() - start)
        cpu[is_audited].append((cpu_ns() - start_cpu) / 1e9)
    store.close()
    out.put((reads[True], reads[False], appends, commits, cpu[True], cpu[False], errors))


def _cpu_clock(store: Store):
    """CPU nanoseconds used so far by this client and its PostgreSQL server process (from
    /proc/PID/schedstat, so the server must be on this machine; else the client's only).
    Unlike wall-clock time, it barely depends on how busy the shared machine is."""
    with store.engine.connect() as conn:
        backend = conn.execute(sa.text("SELECT pg_backend_pid()")).scalar()
    path = Path(f"/proc/{backend}/schedstat")

    def server() -> int:
        try:
            return int(path.read_text().split()[0])
        except OSError:
            return 0

    return lambda: time.process_time_ns() + server()


def _run(url: str, clients: int, seconds: float, writes_only: bool) -> list[list]:
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    stop_at = time.time() + 2 + seconds  # 2 s for every client to start
    procs = [ctx.Process(target=_client, args=(url, w, stop_at, writes_only, out))
             for w in range(clients)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    return [[x for res in results for x in res[k]] for k in range(6)] + [
        sum(res[6] for res in results)]


def _ms(values: list[float], q: float) -> float:
    """The ``q`` quantile (0.5, 0.95) of durations in seconds, in milliseconds."""
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432")
    parser.add_argument("--writes-only", action="store_true",
                        help="the clients only write audit entries, no policy or fetch: the "
                        "contention on the chain alone")
    parser.add_argument("--no-flush", action="store_true",
                        help="diagnostic only: commit without waiting for the disk, to show "
                        "what the audit write costs besides the flush (a crash could lose "
                        "entries: cschub never runs so)")
    args = parser.parse_args()
    url = _database(args.pg)
    store = Store(url)
    _seed(store, args.clients)
    store.close()
    cpu = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    client_url = url + ("?options=-csynchronous_commit%3Doff" if args.no_flush else "")
    audited, control, appends, commits, cpu_audited, cpu_control, errors = _run(
        client_url, args.clients, args.seconds, args.writes_only)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    store = Store(url)
    entries = store.scalar("SELECT count(*) FROM audit_log WHERE action <> 'gap'")
    unchained = store.scalar(
        "SELECT count(*) FROM audit_log WHERE seq > (SELECT seq FROM audit_head)")
    verdict = audit.verify(store)
    store.close()
    reads = len(audited)
    print(f"clients {args.clients}, {args.seconds:.0f} s"
          f"{' (DIAGNOSTIC: commits not flushed)' if args.no_flush else ''}"
          f"{' (audit writes only)' if args.writes_only else ''}: "
          f"{reads:,} audited reads ({reads / args.seconds:,.0f}/s) and "
          f"{len(control):,} control reads without the entry; {errors} errors; client CPU "
          f"{children.ru_utime + children.ru_stime - cpu[1].ru_utime - cpu[1].ru_stime:.1f} s")
    print(f"read median {_ms(audited, .5):.2f} ms audited, {_ms(control, .5):.2f} ms control; "
          f"p95 {_ms(audited, .95):.2f} ms, {_ms(control, .95):.2f} ms")
    print(f"audit write (insert + COMMIT + chainer, one round trip): median "
          f"{_ms(appends, .5):.2f} ms, p95 {_ms(appends, .95):.2f} ms; a control read's "
          f"COMMIT: median {_ms(commits, .5):.2f} ms, p95 {_ms(commits, .95):.2f} ms")
    print(f"the audit write adds to a read: median {_ms(appends, .5) - _ms(commits, .5):.2f} "
          f"ms, p95 {_ms(appends, .95) - _ms(commits, .95):.2f} ms (differences of the "
          "quantiles; target < 2 ms median)")
    print(f"CPU per read (the client and its server process): median "
          f"{_ms(cpu_audited, .5):.2f} ms audited, {_ms(cpu_control, .5):.2f} ms control; "
          f"the audit write costs {_ms(cpu_audited, .5) - _ms(cpu_control, .5):.2f} ms CPU "
          f"(median), {1000 * (statistics.fmean(cpu_audited) - statistics.fmean(cpu_control)):.2f}"
          f" ms (mean, chaining included)")
    chain = (f"verifies ({verdict.entries:,} entries, {getattr(verdict, 'gaps', 0)} gaps, "
             f"{getattr(verdict, 'unchained', 0)} unchained)" if verdict.ok
             else f"BROKEN: {verdict.problem}")
    print(f"entries {entries:,} for {reads:,} audited reads: {reads - entries} lost"
          f"{'' if entries == reads else ' (MISMATCH)'}; {unchained} unchained at the end of "
          f"the load; chain {chain}")


if __name__ == "__main__":
    main()
