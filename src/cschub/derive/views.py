"""Temporary views of one LA's current returns, for the derivation queries."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.sources.returnspec import all_return_tables


def create_views(conn: Connection, la: str, collections: set[str]) -> list[str]:
    """Create ``v_<returns table>`` for each returns-layer table of ``collections``, limited to
    LA ``la``."""
    names = []
    for table in all_return_tables():
        if table.collection not in collections:
            continue
        view = "v_" + table.store_table[len("ret_") :]
        conn.execute(sa.text(f"DROP VIEW IF EXISTS {view}"))
        conn.execute(
            sa.text(
                f"CREATE TEMP VIEW {view} AS SELECT r.*, s.year AS _year, "
                f"CAST(substr(s.year, 1, 4) AS INTEGER) AS _year_start "
                f'FROM "{table.store_table}" r JOIN return_submission s '
                f"ON s.submission_id = r.submission_id WHERE s.la_code = '{la}'"
            )
        )
        names.append(view)
    return names


def drop_views(conn: Connection, names: list[str]) -> None:
    """Drop the views made by :func:`create_views`."""
    for view in names:
        conn.execute(sa.text(f"DROP VIEW IF EXISTS {view}"))
