"""Benchmark: the dashboard on a synthetic LA of 10,000 children over 7 years.

Loads the DfE's published figures for every LA into the store, computes every indicator for
the LA over all its years (target: under 2 s on 2 cores), then serves the overview and an
indicator page to 20 concurrent clients for 30 s (target: p95 under 150 ms, no errors).
Clients are separate processes so they do not share the server's interpreter.

    .venv/bin/python bench/dashboard.py [--children 10000] [--clients 20] [--seconds 30]
"""

from __future__ import annotations

import argparse
import multiprocessing
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAGES = ["/overview", "/indicators/cla_at_31_march_per_10k"]


def _cschub(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "cschub", *args], check=True, capture_output=True)


def _client(base: str, stop_at: float, out) -> None:
    import httpx

    times, errors = [], 0
    with httpx.Client(base_url=base, timeout=10) as client:
        n = 0
        while time.time() < stop_at:
            start = time.perf_counter()
            try:
                ok = client.get(PAGES[n % len(PAGES)]).status_code == 200
            except httpx.HTTPError:
                ok = False
            times.append(time.perf_counter() - start)
            errors += not ok
            n += 1
    out.put((times, errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--children", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    from cschub.indicators import compute, reference
    from cschub.store import Store

    with tempfile.TemporaryDirectory() as name:
        root = Path(name)
        db = f"duckdb:///{root / 'cschub.duckdb'}"
        _cschub("synth", "--children", str(args.children), "--years", "2019-2026", "--la",
                "E09000027", "--seed", "1", "-o", str(root / "data"))
        _cschub("load", str(root / "data"), "--db", db)
        store = Store(db)
        start = time.perf_counter()
        reference.ensure_loaded(store)
        published = time.perf_counter() - start
        start = time.perf_counter()
        values = compute.refresh(store, "E09000027")
        computed = time.perf_counter() - start
        store.close()
        years = len({v.time_period for v in values})
        print(f"published figures for all LAs loaded in {published:.2f} s")
        print(f"all indicators computed: {len(values)} values ({years} years) in "
              f"{computed:.2f} s (target < 2 s)")

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "cschub", "serve", "--db", db,
                                   "--port", str(port)], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            import httpx

            for _ in range(300):
                try:
                    if httpx.get(base + "/health").status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            for page in PAGES:  # warm the cache once, as any first visitor would
                httpx.get(base + page, timeout=30)
            ctx = multiprocessing.get_context("fork")
            out = ctx.Queue()
            stop_at = time.time() + args.seconds
            procs = [ctx.Process(target=_client, args=(base, stop_at, out))
                     for _ in range(args.clients)]
            for p in procs:
                p.start()
            results = [out.get() for _ in procs]
            for p in procs:
                p.join()
        finally:
            server.terminate()
            server.wait()
    times = sorted(t for r in results for t in r[0])
    errors = sum(r[1] for r in results)
    p95 = statistics.quantiles(times, n=20)[-1] * 1000
    print(f"{args.clients} clients, {args.seconds:.0f} s: {len(times):,} requests "
          f"({len(times) / args.seconds:,.0f}/s), median {statistics.median(times) * 1000:.0f} ms, "
          f"p95 {p95:.0f} ms (target < 150 ms), {errors} errors")


if __name__ == "__main__":
    main()
