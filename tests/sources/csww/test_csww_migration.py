"""Revision 0006 gives a store made before the CSWW loader its workforce tables, in place, and
the census then loads into it (DuckDB and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from cschub.model.migrate import upgrade
from cschub.sources.loader import load
from cschub.sources.returnspec import return_tables

SMALL = Path(__file__).parent / "data" / "census_small.xml"
STANDARD = ("ssd_workforce_worker_items", "ssd_workforce_worker", "ssd_workforce_census")


def _as_at_0005(store) -> str:
    """Take the store back to what revision 0005 left: no workforce tables, no CSWW codes.
    Returns the revision the store was at (later revisions are left as they were)."""
    with store.transaction() as conn:
        head = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        for name in STANDARD:
            conn.execute(sa.text(f'DROP TABLE "{name}"'))
        for table in return_tables("csww").values():
            conn.execute(sa.text(f'DROP TABLE "{table.store_table}"'))
        conn.execute(sa.text("DELETE FROM ref_code_set WHERE collection = 'CSWW'"))
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0005'"))
    return head


def test_a_store_at_0005_gets_the_workforce_tables_and_loads_the_census(store):
    head = _as_at_0005(store)
    with store.transaction() as conn:
        upgrade(conn, "0006")
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0006"
        conn.execute(sa.text("UPDATE alembic_version SET version_num = :v"), {"v": head})
    with store.engine.connect() as conn:
        names = set(sa.inspect(conn).get_table_names())
        codes = conn.execute(sa.text(
            "SELECT count(*) FROM ref_code_set WHERE code_set = 'CSWWOrgRole'")).scalar()
    assert set(STANDARD) <= names
    assert {t.store_table for t in return_tables("csww").values()} <= names
    assert codes == 6
    report = load(store, [SMALL])
    assert report.derived["ssd_workforce_census"] == 1


def test_a_new_store_has_the_workforce_tables(store):
    with store.engine.connect() as conn:
        names = set(sa.inspect(conn).get_table_names())
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert set(STANDARD) <= names and "ret_csww_workers" in names
    assert version >= "0006"
