"""Benchmark: load a national-size SSDA903 year and a CIN census of 50,000 children.

Prints rows per second and peak memory for each, and the comparable figure: seconds per load
against the targets (903 under 3 s, CIN under 10 s, under 1 GB each) and against the anchors
(liiatools ~2.2 ms of CPU per 903 row; the open CIN validator's quadratic XML reader, ~30 min for
50,000 children). Each load runs in its own process so peak memory is its own; its CPU time
(every thread's) is printed too, the figure to compare when other work shares the cores.

    .venv/bin/python bench/load.py [--copies 20] [--cin-children 50000]
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
REFERENCE = HERE.parent.parent / "shared" / "reference"
LIIATOOLS_CPU_PER_ROW = 0.0022  # seconds, from the background notes (demand-and-pipelines.md)


def _child(args: list[str]) -> dict:
    """Run one load in a fresh process; return its timing and peak memory."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _run_load(db: str, folder: str) -> None:
    sys.path.insert(0, str(HERE.parent / "src"))
    from cschub.sources.loader import load
    from cschub.store import Store

    store = Store(db)
    start, cpu = time.perf_counter(), time.process_time()
    report = load(store, [Path(folder)])
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    store.close()
    rows = sum(f.rows for f in report.files)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu": cpu,
                "rows": rows,
                "peak_mb": peak,
                "derived": sum(report.derived.values()),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--cin-children", type=int, default=50_000)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _run_load(*args.child)
        return
    sys.path.insert(0, str(HERE))
    from national903 import make

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "E09000027" / "2025-26"
        counts = make(REFERENCE / "ssda903" / "fake-903", folder, args.copies)
        print(
            f"SSDA903: {counts['header']:,} children, {counts['episodes']:,} episodes, "
            f"{sum(counts.values()):,} rows in all"
        )
        result = _child([f"duckdb:///{tmp}/b903.duckdb", str(folder.parent.parent)])
        rate = result["rows"] / result["seconds"]
        anchor = result["rows"] * LIIATOOLS_CPU_PER_ROW
        print(
            f"SSDA903 load: {result['seconds']:.2f} s ({result['cpu']:.2f} s CPU), "
            f"{rate:,.0f} rows/s, "
            f"peak {result['peak_mb']:.0f} MB, {result['derived']:,} standard-dataset rows "
            f"(target < 3 s, < 1 GB; liiatools at 2.2 ms/row: {anchor:.0f} s; "
            f"ratio {anchor / result['seconds']:.0f}x)"
        )
        cin = _cin_file(Path(tmp), args.cin_children)
        if cin is None:
            print(
                "CIN census: no generator available yet (cschub synth or bench/cin_reader_"
                "scaling.py)"
            )
            return
        result = _child([f"duckdb:///{tmp}/bcin.duckdb", str(cin)])
        rate = result["rows"] / result["seconds"]
        print(
            f"CIN census load ({args.cin_children:,} children): {result['seconds']:.2f} s "
            f"({result['cpu']:.2f} s CPU), "
            f"{rate:,.0f} rows/s, peak {result['peak_mb']:.0f} MB (target < 10 s, < 1 GB; "
            f"reference reader ~1,800 s: ratio {1800 / result['seconds']:.0f}x)"
        )


def _cin_file(tmp: Path, children: int) -> Path | None:
    try:
        sys.path.insert(0, str(HERE))
        from cin_census import write_census  # type: ignore[import-not-found]
    except ImportError:
        return None
    folder = tmp / "cin" / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    write_census(folder / "cin_census.xml", children)
    return folder


if __name__ == "__main__":
    main()
