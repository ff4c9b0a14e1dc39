"""Benchmark: the CIN census reader's time per child must not grow with the file's size.

Writes censuses of 5,000 and 20,000 children (bench/cin_census.py), reads each in its own
process — once with a stager that only counts rows (the XML walk alone) and once loaded into a
DuckDB returns layer (no derivation) — and prints seconds per 1,000 children, peak memory, and the
comparable figure: the ratio of per-child times, 20k over 5k (linear ≈ 1.0; must stay < 1.5).
The open validator's reader is quadratic (11 s for 1k children, 6 min 50 s for 20k).

    .venv/bin/python bench/cin_reader_scaling.py [--sizes 5000 20000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


class CountingStager:
    """Takes the batches and counts their rows: the reader's own cost, nothing stored."""

    def __init__(self) -> None:
        self.rows = 0

    def write(self, table, values, lines=None, xml_paths=None, keys=None) -> None:
        self.rows += len(xml_paths or [])


def _measure(path: Path, mode: str) -> dict:
    from cschub.sources.cin.xml_reader import read_xml, recognise

    start = time.perf_counter()
    if mode == "reader":
        stager = CountingStager()
        detected = recognise(path)
        read_xml(detected, stager)
        rows = stager.rows
    else:
        from cschub.sources.loader import load
        from cschub.store import Store

        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"duckdb:///{tmp}/bench.duckdb")
            start = time.perf_counter()  # not the migration
            report = load(store, [path], la="E09000027", derive=False)
            rows = report.files[0].rows
            store.close()
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rows": rows, "peak_mb": peak_mb}


def _in_process(path: Path, mode: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[5000, 20000])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure(Path(args.child[1]), args.child[0])))
        return
    sys.path.insert(0, str(HERE))
    from cin_census import write_census

    small, big = args.sizes
    with tempfile.TemporaryDirectory() as tmp:
        results: dict[str, dict[int, dict]] = {"reader": {}, "load": {}}
        for n in (small, big):
            path = Path(tmp) / f"cin_{n}.xml"
            write_census(path, n)
            size_mb = path.stat().st_size / 1e6
            for mode in results:
                r = results[mode][n] = _in_process(path, mode)
                print(f"{mode:6} {n:>6} children ({size_mb:5.1f} MB): {r['seconds']:6.2f} s, "
                      f"{1000 * r['seconds'] / n:6.3f} s per 1,000 children, "
                      f"{r['rows']:>7} rows, peak {r['peak_mb']:.0f} MB")
        for mode, by_size in results.items():
            ratio = (by_size[big]["seconds"] / big) / (by_size[small]["seconds"] / small)
            verdict = "linear" if ratio < 1.5 else "GROWS — not linear"
            print(f"{mode}: per-child time {big // 1000}k / {small // 1000}k = {ratio:.2f} "
                  f"({verdict})")


if __name__ == "__main__":
    main()
