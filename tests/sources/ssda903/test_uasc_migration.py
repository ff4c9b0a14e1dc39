"""Revision 0008 gives a store made before the Header's UASC flag was kept its two columns, in
place, and a Header with the flag then loads into it (DuckDB and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from cschub.model.migrate import upgrade
from cschub.sources.loader import load

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,UASC\nA1,1,01/01/2010,WBRI,,,,1\n"


def _columns(store) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.execute(sa.text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'ret_ssda903_header'")).scalars())


def test_a_store_at_0007_gets_the_uasc_columns_and_keeps_the_flag(store, tmp_path: Path):
    with store.transaction() as conn:
        head = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        for column in ("uasc", "uasc_raw"):
            conn.execute(sa.text(f'ALTER TABLE ret_ssda903_header DROP COLUMN "{column}"'))
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0007'"))
    assert "uasc_raw" not in _columns(store)
    with store.transaction() as conn:
        upgrade(conn, "0008")
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0008"
        conn.execute(sa.text("UPDATE alembic_version SET version_num = :v"), {"v": head})
    assert {"uasc", "uasc_raw"} <= _columns(store)
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "header.csv").write_text(HEADER)
    load(store, [folder], derive=False)
    with store.engine.connect() as conn:
        stored = conn.execute(sa.text("SELECT child, uasc_raw FROM ret_ssda903_header")).all()
    assert [tuple(r) for r in stored] == [("A1", "1")]
