"""Benchmark: 50 concurrent API clients reading child records over HTTP from the web app on
PostgreSQL, the audit write timed inside the app.

The bench makes its own database (50 practitioners with 40 allocated children each and an API
token each), serves the real app from W worker processes on one listening socket, as
``cschub serve --workers W --pool-size P`` does (each worker with its background audit
chainer), and drives 50 client loops (asyncio + httpx, in two client processes) that post
to /api/children/record for 30 s. Inside the workers the reads of one child in 10 skip their
audit entry and only commit: a control under the same load, which the clients can tell apart.
Prints requests per second, the HTTP latency and the in-app read time (audited and control),
the audit write (INSERT + COMMIT in one round trip) against a control read's COMMIT and their
difference, what the audit write adds to a read, and the app's CPU per read; then whether
every audited read has its entry, how many were unchained when the workers stopped, and
whether the chain verifies.

    .venv/bin/python bench/audit.py [--clients 50] [--seconds 30] [--workers 4]
                                    [--pool-size 5] [--pg postgresql+psycopg://...] [--no-flush]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import resource
import socket
import statistics
import threading
import time
from collections import Counter

import sqlalchemy as sa

from cschub.access import audit, users
from cschub.store import Store

CHILDREN_PER_CLIENT = 40
CONTROL_EVERY = 10  # one child in 10 is read without an entry: the same-conditions baseline
CLIENT_PROCESSES = 2
DB = "cschub_bench_audit"
LA = "E09000027"


def _database(base: str) -> str:
    admin = sa.create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)"))
        conn.execute(sa.text(f"CREATE DATABASE {DB}"))
    admin.dispose()
    return f"{base}/{DB}"


def _seed(store: Store, clients: int) -> list[str]:
    """Practitioners SW0..., each allocated CHILDREN_PER_CLIENT children; their API tokens."""
    with store.transaction() as conn:
        conn.execute(sa.text("INSERT INTO ssd_department (la_code, dept_team_id) "
                             "VALUES (:la, 'Team A')"), {"la": LA})
        for w in range(clients):
            conn.execute(sa.text("INSERT INTO ssd_professionals (la_code, prof_professional_id)"
                                 " VALUES (:la, :p)"), {"la": LA, "p": f"SW{w}"})
            for c in range(CHILDREN_PER_CLIENT):
                child = f"C{w}-{c}"
                conn.execute(sa.text(
                    "INSERT INTO ssd_person (la_code, pers_person_id, pers_forename, "
                    "pers_surname, pers_dob) VALUES (:la, :c, 'Alex', 'Smith', DATE '2015-01-01')"
                ), {"la": LA, "c": child})
                conn.execute(sa.text(
                    "INSERT INTO ssd_involvements (la_code, invo_involvements_id, "
                    "invo_professional_id, invo_professional_team, invo_person_id, "
                    "invo_involvement_start_date) VALUES (:la, :i, :p, 'Team A', :c, "
                    "DATE '2024-01-01')"), {"la": LA, "i": child, "p": f"SW{w}", "c": child})
    tokens = []
    for w in range(clients):
        users.add_user(store, f"sw{w}", "practitioner", professional_id=f"SW{w}")
        tokens.append(users.new_token(store, f"sw{w}", "direct_care"))
    with store.engine.connect() as conn:
        conn.execute(sa.text("ANALYZE"))
    return tokens


def _control(child: str) -> bool:
    """Whether reads of ``child`` are controls (so the clients can tell them apart too)."""
    return int(child.rsplit("-", 1)[1]) % CONTROL_EVERY == CONTROL_EVERY - 1


def _hooks(timings: dict[str, list[float]]) -> None:
    """Time, inside a worker, each audit write and each read; a control read (one child in
    CONTROL_EVERY) only commits instead (no entry), timed the same way. The audited write
    sends the read's COMMIT with its INSERT, so its time minus a control's COMMIT is what it
    adds to a read."""
    from cschub.web.routes import children

    original_append, original_read = audit.append_last, children.read_child

    def append_last(conn, entry, **kwargs):
        start = time.perf_counter()
        if _control(entry.record_id):
            conn.connection.driver_connection.commit()
            timings["commit"].append(time.perf_counter() - start)
            return audit.Appended(0)
        try:
            return original_append(conn, entry, **kwargs)
        finally:
            timings["append"].append(time.perf_counter() - start)

    def read_child(store, actor, child, **kwargs):
        start = time.perf_counter()
        try:
            return original_read(store, actor, child, **kwargs)
        finally:
            kind = "control" if _control(child) else "audited"
            timings[f"read_{kind}"].append(time.perf_counter() - start)

    audit.append_last = append_last
    children.read_child = read_child


def _worker(url: str, sock: socket.socket, pool_size: int, stop, out) -> None:
    """One app worker process: the app as ``cschub serve --workers`` builds it, with the
    timing hooks; when ``stop`` is set it shuts down (its chainer linking what is left) and
    reports."""
    import uvicorn

    from cschub.web.server import build

    timings: dict[str, list[float]] = {k: [] for k in
                                       ("append", "commit", "read_audited", "read_control")}
    _hooks(timings)
    app = build(url, LA, refresh=False, pool_size=pool_size)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="on"))

    def shut_down_when_told() -> None:
        stop.wait()
        server.should_exit = True

    threading.Thread(target=shut_down_when_told, daemon=True).start()
    server.run(sockets=[sock])
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out.put((timings, usage.ru_utime + usage.ru_stime))


def _client(base: str, tokens: list[tuple[int, str]], stop_at: float, out) -> None:
    """Client loops (one per token) in one process, posting until ``stop_at``."""
    import httpx

    async def loop(client: httpx.AsyncClient, w: int, token: str,
                   latencies: dict[str, list[float]], statuses: Counter) -> None:
        rng = random.Random(w)
        headers = {"Authorization": f"Bearer {token}"}
        while time.time() < stop_at:
            body = {"child": f"C{w}-{rng.randrange(CHILDREN_PER_CLIENT)}",
                    "purpose": "direct_care"}
            start = time.perf_counter()
            try:
                response = await client.post(f"{base}/api/children/record", json=body,
                                             headers=headers)
                statuses[response.status_code] += 1
            except httpx.HTTPError:
                statuses["error"] += 1
                continue
            kind = "control" if _control(body["child"]) else "audited"
            latencies[kind].append(time.perf_counter() - start)

    async def main() -> tuple[dict[str, list[float]], Counter]:
        latencies: dict[str, list[float]] = {"audited": [], "control": []}
        statuses: Counter = Counter()
        limits = httpx.Limits(max_connections=len(tokens), max_keepalive_connections=len(tokens))
        async with httpx.AsyncClient(limits=limits, timeout=60) as client:
            await asyncio.gather(*(loop(client, w, t, latencies, statuses) for w, t in tokens))
        return latencies, statuses

    latencies, statuses = asyncio.run(main())
    usage = resource.getrusage(resource.RUSAGE_SELF)
    out.put((latencies, dict(statuses), usage.ru_utime + usage.ru_stime))


def _serve(url: str, workers: int, pool_size: int, ctx, stop, out) -> tuple[str, list]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)
    procs = [ctx.Process(target=_worker, args=(url, sock, pool_size, stop, out))
             for _ in range(workers)]
    for p in procs:
        p.start()
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    import httpx

    for _ in range(600):
        try:
            httpx.get(base + "/openapi.json", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    return base, procs


def _ms(values: list[float], q: float) -> float:
    """The ``q`` quantile (0.5, 0.95) of durations in seconds, in milliseconds."""
    return 1000 * statistics.quantiles(values, n=100, method="inclusive")[round(q * 100) - 1]


def _pair(values: list[float]) -> str:
    return f"{_ms(values, .5):.2f} / {_ms(values, .95):.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=4, help="app worker processes")
    parser.add_argument("--pool-size", type=int, default=5,
                        help="database connections per worker (cschub serve --pool-size)")
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432")
    parser.add_argument("--no-flush", action="store_true",
                        help="diagnostic only: commit without waiting for the disk, to show "
                        "what the audit write costs besides the flush (a crash could lose "
                        "entries: cschub never runs so)")
    args = parser.parse_args()
    url = _database(args.pg)
    store = Store(url)
    tokens = _seed(store, args.clients)
    store.close()
    from cschub.web.server import build

    build(url, LA).state.store.close()  # as cschub serve's parent: indicators once
    worker_url = url + ("?options=-csynchronous_commit%3Doff" if args.no_flush else "")
    ctx = multiprocessing.get_context("fork")
    served, answered = ctx.Queue(), ctx.Queue()
    stop = ctx.Event()
    base, workers = _serve(worker_url, args.workers, args.pool_size, ctx, stop, served)
    stop_at = time.time() + args.seconds
    shares = [list(enumerate(tokens))[i::CLIENT_PROCESSES] for i in range(CLIENT_PROCESSES)]
    clients = [ctx.Process(target=_client, args=(base, share, stop_at, answered))
               for share in shares if share]
    for p in clients:
        p.start()
    results = [answered.get() for _ in clients]
    for p in clients:
        p.join()
    stop.set()
    reports = [served.get(timeout=120) for _ in workers]
    for p in workers:
        p.join()
    _report(args, url, results, reports)


def _report(args: argparse.Namespace, url: str, results: list, reports: list) -> None:
    """Print the figures from the clients' and the workers' reports, and check the log."""
    http = {k: [x for lat, _, _ in results for x in lat[k]] for k in ("audited", "control")}
    statuses: Counter = Counter()
    for _, s, _ in results:
        statuses.update(s)
    timings = {k: [x for t, _ in reports for x in t[k]] for k in reports[0][0]}
    worker_cpu = sum(cpu for _, cpu in reports)
    client_cpu = sum(cpu for _, _, cpu in results)
    store = Store(url)
    entries = store.scalar("SELECT count(*) FROM audit_log WHERE action <> 'gap'")
    unchained = store.scalar("SELECT count(*) FROM audit_log WHERE hash IS NULL")
    verdict = audit.verify(store)
    store.close()
    audited, reads = len(timings["append"]), sum(len(v) for v in http.values())
    diagnostic = " (DIAGNOSTIC: commits not flushed)" if args.no_flush else ""
    print(f"clients {args.clients}, {args.seconds:.0f} s, {args.workers} workers x "
          f"{args.pool_size} connections{diagnostic}: {reads:,} reads "
          f"({reads / args.seconds:,.0f}/s), {audited:,} audited and "
          f"{len(timings['commit']):,} control; HTTP statuses {dict(statuses)}")
    print(f"HTTP latency, median / p95: audited {_pair(http['audited'])}, control "
          f"{_pair(http['control'])}; read_child in the app: audited "
          f"{_pair(timings['read_audited'])}, control {_pair(timings['read_control'])}")
    print(f"audit write (INSERT + COMMIT, one round trip): {_pair(timings['append'])}; "
          f"a control read's COMMIT: {_pair(timings['commit'])}")
    print(f"the audit write adds to a read: median "
          f"{_ms(timings['append'], .5) - _ms(timings['commit'], .5):.2f} ms, p95 "
          f"{_ms(timings['append'], .95) - _ms(timings['commit'], .95):.2f} ms (differences of "
          "the quantiles; target < 2 ms median)")
    print(f"CPU: app workers {worker_cpu:.1f} s ({1000 * worker_cpu / max(reads, 1):.2f} ms per "
          f"read), clients {client_cpu:.1f} s")
    chain = (f"verifies ({verdict.entries:,} entries, {verdict.gaps} gaps, "
             f"{verdict.unchained} unchained)" if verdict.ok else f"BROKEN: {verdict.problem}")
    print(f"entries {entries:,} for {audited:,} audited reads: {audited - entries} lost"
          f"{'' if entries == audited else ' (MISMATCH)'}; {unchained} unchained when the "
          f"workers stopped; chain {chain}")

if __name__ == "__main__":
    main()
