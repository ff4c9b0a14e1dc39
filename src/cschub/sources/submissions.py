"""Bookkeeping of loads, submissions (one per collection, year and LA) and their files."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.sources.returnspec import return_tables


def sha256_of(path: Path) -> str:
    """The file's SHA-256, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def next_id(conn: Connection, table: str, column: str) -> int:
    """The next free integer id of a bookkeeping table."""
    value = conn.execute(sa.text(f"SELECT COALESCE(MAX({column}), 0) + 1 FROM {table}")).scalar()
    return int(value)


def start_load(conn: Connection, command: str) -> int:
    """Record a new load and return its id."""
    load_id = next_id(conn, "load_batch", "load_id")
    conn.execute(
        sa.text("INSERT INTO load_batch (load_id, started_at, command) VALUES (:i, :t, :c)"),
        {"i": load_id, "t": _now(), "c": command[:200]},
    )
    return load_id


def finish_load(conn: Connection, load_id: int, summary: dict) -> None:
    """Stamp a load as finished with its summary."""
    conn.execute(
        sa.text("UPDATE load_batch SET finished_at = :t, summary = :s WHERE load_id = :i"),
        {"t": _now(), "s": json.dumps(summary, default=str), "i": load_id},
    )


def submission_for(conn: Connection, collection: str, year: str, la: str, load_id: int) -> int:
    """The submission id for (collection, year, LA), created if new."""
    found = conn.execute(
        sa.text(
            "SELECT submission_id FROM return_submission "
            "WHERE collection = :c AND year = :y AND la_code = :l"
        ),
        {"c": collection, "y": year, "l": la},
    ).scalar()
    if found is not None:
        return int(found)
    submission_id = next_id(conn, "return_submission", "submission_id")
    conn.execute(
        sa.text(
            "INSERT INTO return_submission (submission_id, collection, year, la_code, "
            "first_load_id, last_load_id) VALUES (:s, :c, :y, :l, :i, :i)"
        ),
        {"s": submission_id, "c": collection, "y": year, "l": la, "i": load_id},
    )
    return submission_id


def current_files(conn: Connection, submission_id: int) -> list[dict]:
    """The files whose rows are the submission's current content."""
    rows = conn.execute(
        sa.text(
            "SELECT f.file_id, f.sha256, f.return_tables, f.source_path, b.started_at "
            "FROM return_file f JOIN load_batch b ON b.load_id = f.load_id "
            "WHERE f.submission_id = :s AND f.current"
        ),
        {"s": submission_id},
    ).mappings()
    return [dict(r) for r in rows]


def replace_tables(
    conn: Connection, collection: str, submission_id: int, tables: tuple[str, ...], load_id: int
) -> list[dict]:
    """Remove the submission's current rows of ``tables``; return the files superseded."""
    superseded = [
        f
        for f in current_files(conn, submission_id)
        if set(f["return_tables"].split(",")) & set(tables)
    ]
    specs = return_tables(collection)
    for name in tables:
        conn.execute(
            sa.text(f'DELETE FROM "{specs[name].store_table}" WHERE submission_id = :s'),
            {"s": submission_id},
        )
    for f in superseded:
        remaining = [t for t in f["return_tables"].split(",") if t not in tables]
        conn.execute(
            sa.text(
                "UPDATE return_file SET current = :cur, superseded_by_load_id = :i, "
                "return_tables = :rt WHERE file_id = :f"
            ),
            {
                "cur": bool(remaining),
                "i": load_id,
                "f": f["file_id"],
                "rt": ",".join(remaining) or f["return_tables"],
            },
        )
    return superseded


def touch_submission(conn: Connection, submission_id: int, load_id: int) -> None:
    """Note that a load changed the submission."""
    conn.execute(
        sa.text("UPDATE return_submission SET last_load_id = :i WHERE submission_id = :s"),
        {"i": load_id, "s": submission_id},
    )


def record_file(
    conn: Connection,
    submission_id: int,
    load_id: int,
    path: Path,
    sha256: str,
    fmt: str,
    tables: tuple[str, ...],
) -> int:
    """Record a file of a load (counts are filled in once its rows are written)."""
    file_id = next_id(conn, "return_file", "file_id")
    conn.execute(
        sa.text(
            "INSERT INTO return_file (file_id, submission_id, load_id, source_path, sha256, "
            "size_bytes, format, return_tables, row_count, unparsed_count, current) "
            "VALUES (:f, :s, :l, :p, :h, :z, :fmt, :t, 0, 0, TRUE)"
        ),
        {
            "f": file_id,
            "s": submission_id,
            "l": load_id,
            "p": str(path)[:1000],
            "h": sha256,
            "z": path.stat().st_size,
            "fmt": fmt,
            "t": ",".join(tables),
        },
    )
    return file_id


def set_file_counts(conn: Connection, file_id: int, rows: int, unparsed: int) -> None:
    """Record how many rows a file gave and how many values did not parse."""
    conn.execute(
        sa.text("UPDATE return_file SET row_count = :r, unparsed_count = :u WHERE file_id = :f"),
        {"r": rows, "u": unparsed, "f": file_id},
    )


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
