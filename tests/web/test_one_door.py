"""Every person-level read goes through access/: no route or command queries the tables that
hold people directly."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "cschub"
PERSON_TABLES = re.compile(r"\b(ssd_[a-z_]+|ret_[a-z0-9_]+|validation_issue)\b")
# modules serving pages, the API and commands that read people: all must go through access/
DOORS = [SRC / "web", SRC / "cli" / "child.py", SRC / "cli" / "serve.py"]


def test_no_route_queries_person_tables_directly() -> None:
    offenders = []
    for door in DOORS:
        for path in ([door] if door.is_file() else sorted(door.rglob("*.py"))):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if PERSON_TABLES.search(line):
                    offenders.append(f"{path.relative_to(SRC)}:{n}: {line.strip()}")
    assert not offenders, "query person tables through cschub.access:\n" + "\n".join(offenders)


def test_the_check_would_catch_a_direct_query() -> None:
    assert PERSON_TABLES.search('conn.execute(sa.text("SELECT * FROM ssd_person"))')
