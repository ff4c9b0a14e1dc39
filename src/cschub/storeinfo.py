"""Questions about what a store holds (no personal data: counts only)."""

from __future__ import annotations

import sqlalchemy as sa

from cschub.model.specfile import load_spec
from cschub.store import Store


def submissions(store: Store) -> list[dict]:
    """Each return loaded: collection, year, LA, current files, rows, unparsed values."""
    sql = """
        SELECT s.collection, s.year, s.la_code, count(f.file_id) AS files,
               COALESCE(sum(f.row_count), 0) AS rows,
               COALESCE(sum(f.unparsed_count), 0) AS unparsed,
               max(b.started_at) AS loaded_at
        FROM return_submission s
        JOIN return_file f ON f.submission_id = s.submission_id AND f.current
        JOIN load_batch b ON b.load_id = f.load_id
        GROUP BY s.collection, s.year, s.la_code
        ORDER BY s.la_code, s.collection, s.year
    """
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(sql)).mappings()]


def standard_counts(store: Store) -> dict[str, int]:
    """Rows in each non-empty standard-dataset table."""
    out: dict[str, int] = {}
    with store.engine.connect() as conn:
        for table in load_spec().ordered():
            n = conn.execute(sa.text(f'SELECT count(*) FROM "{table.name}"')).scalar()
            if n:
                out[table.name] = int(n)
    return out


def quality_counts(store: Store) -> dict[tuple[str, str | None], int]:
    """Problems listed in load_quality for current data, by problem and standard table."""
    sql = """
        SELECT problem, target_table, count(*) AS n FROM load_quality q
        WHERE q.load_id IN (SELECT max(load_id) FROM load_quality GROUP BY la_code)
           OR q.problem = 'unparsed'
        GROUP BY problem, target_table ORDER BY problem, target_table
    """
    with store.engine.connect() as conn:
        return {(r.problem, r.target_table): int(r.n) for r in conn.execute(sa.text(sql))}
