"""Put hand-made standard-dataset rows into a store for indicator tests."""

from __future__ import annotations

import csv
import io
from itertools import count

import sqlalchemy as sa

from cschub.store import Store

LA = "E09000027"
_ids = count(1000)


def put(store: Store, tables: dict[str, str], returns: list[str]) -> None:
    """Insert CSV text per SSD table (la_code added; people referred to are created, with
    ``pers_dob`` when the ssd_person CSV gives it) and mark ``returns`` ("ssda903 2024-25")
    as loaded for the LA."""
    parsed = {t: list(csv.DictReader(io.StringIO(text.strip()))) for t, text in tables.items()}
    people = {r["pers_person_id"] for r in parsed.get("ssd_person", [])}
    extra = set()
    for rows in parsed.values():
        for row in rows:
            extra |= {v for k, v in row.items() if k.endswith("_person_id") and v}
    parsed.setdefault("ssd_person", [])
    parsed["ssd_person"] += [{"pers_person_id": p} for p in sorted(extra - people)]
    order = ["ssd_person"] + [t for t in parsed if t != "ssd_person"]
    with store.transaction() as conn:
        for table in order:
            for row in parsed[table]:
                row = {k: (v if v != "" else None) for k, v in row.items()}
                row["la_code"] = LA
                cols = ", ".join(row)
                marks = ", ".join(f":{k}" for k in row)
                conn.execute(sa.text(f"INSERT INTO {table} ({cols}) VALUES ({marks})"), row)
        for item in returns:
            collection, year = item.split()
            n = next(_ids)
            conn.execute(sa.text(
                "INSERT INTO return_submission (submission_id, collection, year, la_code, "
                "first_load_id, last_load_id) VALUES (:n, :c, :y, :la, :n, :n)"
            ), {"n": n, "c": collection, "y": year, "la": LA})
