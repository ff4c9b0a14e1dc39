"""Make a national-size SSDA903 year by replicating the shipped fake tables.

Each copy gets its own child ids (a suffix) and dates shifted by a few days per copy, the same
shift in every table; ×20 gives about 53,500 children and 101,000 episodes, the size the
background notes measured the reference validator on.
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

TABLES = [
    "header",
    "episodes",
    "reviews",
    "uasc",
    "oc2",
    "oc3",
    "ad1",
    "missing",
    "placed_for_adoption",
    "previous_permanence",
    "sw_episodes",
]
DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")


def _shift(value: str, days: int) -> str:
    m = DATE.match(value)
    if not m:
        return value
    try:
        d = date(int(m[3]), int(m[2]), int(m[1])) + timedelta(days=days)
    except ValueError:
        return value
    # move the 2017-18 fake data forward to 2025-26, keeping impossible dates as they were
    d = d.replace(year=d.year + 8) if not (d.month == 2 and d.day == 29) else d
    return d.strftime("%d/%m/%Y")


def make(fake: Path, out: Path, copies: int = 20) -> dict[str, int]:
    """Write the replicated tables to ``out``; returns rows per table."""
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        src = fake / f"{name}.csv"
        with src.open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        child = header.index("CHILD")
        sex = header.index("SEX") if "SEX" in header else None
        with (out / f"{name}.csv").open("w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            n = 0
            for copy in range(copies):
                for row in body:
                    new = [_shift(v, copy % 20 - 10) for v in row]
                    new[child] = f"{row[child]}x{copy:02d}"
                    if sex is not None and new[sex] in ("1", "2"):
                        new[sex] = "M" if new[sex] == "1" else "F"
                    w.writerow(new)
                    n += 1
        counts[name] = n
    return counts
