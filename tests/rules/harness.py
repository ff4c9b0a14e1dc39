"""Run one rule on small hand-made tables and report which rows it flags."""

from __future__ import annotations

import csv
import io

import sqlalchemy as sa

from cschub.rules.context import Submission
from cschub.rules.engine import validate_submission
from cschub.sources import submissions as subs
from cschub.sources.returnspec import return_tables
from cschub.sources.staging import Stager
from cschub.store import Store

LA = "E09000027"


def previous_year(year: str) -> str:
    start = int(year[:4]) - 1
    return f"{start}-{(start + 1) % 100:02d}"


def stage(store: Store, collection: str, year: str, tables: dict[str, str]) -> Submission:
    """Store hand-made tables (CSV text per table) as a submission of their own."""
    specs = return_tables(collection)
    with store.transaction() as conn:
        load_id = subs.start_load(conn, "rule test")
        sub_id = subs.next_id(conn, "return_submission", "submission_id")
        conn.execute(
            sa.text("INSERT INTO return_submission VALUES (:s, :c, :y, :l, :i, :i)"),
            {"s": sub_id, "c": collection, "y": year, "l": f"T{sub_id:08d}", "i": load_id},
        )
        for name, text in tables.items():
            spec = specs[name]
            file_id = subs.record_file(conn, sub_id, load_id, _here(), "0" * 64, "csv", (name,))
            rows = list(csv.reader(io.StringIO(_dedent(text))))
            header, body = rows[0], [r for r in rows[1:] if r]
            unknown = set(header) - set(spec.field_names) - {k for k, _ in spec.keys}
            if unknown:
                raise ValueError(f"{name} has no columns {sorted(unknown)}")
            values = {
                f: [r[header.index(f)] for r in body] for f in header if f in spec.field_names
            }
            keys = {
                k: [
                    int(r[header.index(k)]) if kind == "integer" else r[header.index(k)]
                    for r in body
                ]
                for k, kind in spec.keys
                if k in header
            }
            for k, _ in spec.keys:
                keys.setdefault(k, [None] * len(body))
            stager = Stager(store, conn, sub_id, file_id)
            stager.write(spec, values, lines=list(range(2, len(body) + 2)), keys=keys)
            stager.close()
    return Submission(sub_id, collection, year, LA)


def flagged(
    store: Store,
    collection: str,
    code: str,
    year: str,
    tables: dict[str, str],
    previous: dict[str, str] | None = None,
    reference: dict[str, str] | None = None,
) -> tuple[str, dict[str, list[int]], str]:
    """Run rule ``code`` of ``year``: its status, rows flagged per table, and detail."""
    current = stage(store, collection, year, tables)
    before = stage(store, collection, previous_year(year), previous) if previous else None
    current = Submission(current.submission_id, collection, year, LA)
    with store.engine.connect() as conn:
        inputs = load_reference(conn, reference or {})
        conn.commit()
        run = validate_submission(conn, current, before, inputs, only={code})
        drop_reference(conn, inputs)
        conn.commit()
    result = next(r for r in run.results if r.rule.code == code)
    rows: dict[str, list[int]] = {}
    for issue in run.issues:
        key = issue.table or "(return)"
        rows.setdefault(key, []).append(issue.row_no or 0)
    return result.status, {k: sorted(v) for k, v in rows.items()}, result.detail


def load_reference(conn, reference: dict[str, str]) -> frozenset[str]:
    """Create temporary reference tables (postcodes, providers) from CSV text; all text columns."""
    for name, text in reference.items():
        rows = list(csv.reader(io.StringIO(_dedent(text))))
        header, body = rows[0], [r for r in rows[1:] if r]
        cols = ", ".join(f'"{h}" VARCHAR' for h in header)
        conn.execute(sa.text(f'DROP TABLE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE TEMP TABLE "{name}" ({cols})'))
        params = ", ".join(f":p{i}" for i in range(len(header)))
        for r in body:
            conn.execute(
                sa.text(f'INSERT INTO "{name}" VALUES ({params})'),
                {f"p{i}": (v if v != "" else None) for i, v in enumerate(r)},
            )
    return frozenset(reference)


def drop_reference(conn, inputs: frozenset[str]) -> None:
    for name in inputs:
        conn.execute(sa.text(f'DROP TABLE IF EXISTS "{name}"'))


def _dedent(text: str) -> str:
    return "\n".join(line.strip() for line in text.strip().splitlines())


def _here():
    from pathlib import Path

    return Path(__file__)
