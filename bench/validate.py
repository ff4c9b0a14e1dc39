"""Benchmark: validate a national-size SSDA903 return and CIN censuses with cschub and with the
reference validators, in the same run, and print the ratio.

903: the fake tables ×20 (about 53,500 children, 101,000 episodes; bench/national903.py).
CIN: synthetic censuses of 20,000 and 50,000 children (bench/cin_census.py, when present).
Each tool runs in its own process; peak memory is that process's maximum resident set, and CPU
is its user + system time (steadier than wall-clock time on a shared machine).

    .venv/bin/python bench/validate.py [--refvenv bench/.refvenv] [--skip-reference]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REFERENCE = ROOT.parent / "shared" / "reference"


CPU: dict[str, float] = {}  # the last command's CPU seconds (user + system)


def _measure(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak MB and stdout of a command run in its own process (its CPU seconds
    are left in ``CPU["last"]``)."""
    start = time.perf_counter()
    out = subprocess.run(
        ["/usr/bin/env", "time", "-f", "%M %U %S", *cmd],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
    )
    seconds = time.perf_counter() - start
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    peak_kb, user, system = out.stderr.strip().splitlines()[-1].split()
    CPU["last"] = float(user) + float(system)
    return seconds, int(peak_kb) / 1024, out.stdout


def ours(paths: list[str], collection: str, year: str, fmt: str, target: Path) -> tuple:
    code = (
        "import sys; from pathlib import Path; from cschub.rules.validate import "
        "validate_files; from cschub.cli.validate import write_report; "
        f"r = validate_files([Path(p) for p in {paths!r}], {collection!r}, {year!r}, "
        f"'E09000027', report=lambda run, s: write_report({fmt!r}, run, s, "
        f"Path({str(target)!r}))); print(r.issue_table.num_rows, len(r.errored))"
    )
    return _measure([sys.executable, "-c", code])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refvenv", type=Path, default=HERE / ".refvenv")
    parser.add_argument("--skip-reference", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from national903 import make

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        folder = tmp / "E09000027" / "2025-26"
        counts = make(REFERENCE / "ssda903" / "fake-903", folder, 20)
        print(f"SSDA903 2025-26: {counts['header']:,} children, {counts['episodes']:,} episodes")
        s, mb, out = ours([str(folder)], "ssda903", "2025-26", "json", tmp / "r.json")
        print(f"cschub validate (JSON): {s:.1f} s (CPU {CPU['last']:.1f} s), peak {mb:,.0f} MB, "
              f"issues/errored {out.strip()}")
        s_x, mb_x, _ = ours([str(folder)], "ssda903", "2025-26", "xlsx", tmp / "r.xlsx")
        print(f"cschub validate (Excel report): {s_x:.1f} s (CPU {CPU['last']:.1f} s), "
              f"peak {mb_x:,.0f} MB")
        if not args.skip_reference:
            from agreement import refvenv

            python = refvenv(args.refvenv)
            rs, rmb, _ = _measure(
                [
                    str(python),
                    str(HERE / "ref_driver.py"),
                    "ssda903",
                    "2026",
                    "E09000027",
                    str(folder),
                ]
            )
            print(
                f"reference csc-validator-be-903 (rules only, no report): {rs:.1f} s, "
                f"peak {rmb:,.0f} MB"
            )
            print(f"RATIO 903: cschub is {rs / s:.1f}x faster, uses {rmb / mb:.1f}x less memory")
        try:
            from cin_census import write_census  # type: ignore[import-not-found]
        except ImportError:
            print("CIN: no census generator (bench/cin_census.py) yet")
            return
        for n in (20_000, 50_000):
            path = tmp / f"cin_{n}" / "E09000027" / "2025-26" / "cin.xml"
            path.parent.mkdir(parents=True)
            write_census(path, n)
            s, mb, out = ours([str(path)], "cin", "2025-26", "json", tmp / "c.json")
            print(f"CIN {n:,} children: cschub {s:.1f} s (CPU {CPU['last']:.1f} s), "
                  f"peak {mb:,.0f} MB, issues/errored {out.strip()}")
            if not args.skip_reference and n == 20_000:
                python = refvenv(args.refvenv)
                rs, rmb, _ = _measure(
                    [str(python), str(HERE / "ref_driver.py"), "cin", "2026", str(path)]
                )
                print(
                    f"reference csc-validator-be-cin {n:,}: {rs:.1f} s, peak {rmb:,.0f} MB; "
                    f"RATIO {rs / s:.1f}x"
                )


if __name__ == "__main__":
    main()
