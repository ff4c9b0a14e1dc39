"""The standard dataset's keys hold after every load: declared as constraints on PostgreSQL,
checked by the load itself on DuckDB (whose store declares none), and a load whose rows would
break them is rolled back whole."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import sqlalchemy as sa

from cschub.derive.keys import KeyViolation, check_keys
from cschub.model.ddl import create_statements
from cschub.model.migrate import upgrade
from cschub.model.specfile import load_spec
from cschub.sources.loader import load

LA = "E09000027"
HEADER = ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
          "A1,1,01/01/2012,WBRI,,,\nB2,2,02/02/2013,WBRI,,,\n")
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
    "PL_POST,URN\n"
    "A1,01/05/2025,S,C2,N1,U1,PR1,,,,,,\n"
    "A1,01/05/2025,S,C2,N1,U1,PR1,,,,,,\n"  # the same episode twice: a duplicate key
    "Z9,01/06/2025,S,C2,N1,U1,PR1,,,,,,\n"  # a child missing from Header: an orphan
)


def _return(tmp_path: Path) -> Path:
    folder = tmp_path / LA / "2025-26"
    folder.mkdir(parents=True)
    (folder / "header.csv").write_text(HEADER)
    (folder / "episodes.csv").write_text(EPISODES)
    return folder


def _standard_tables() -> list:
    return load_spec().ordered()


def _count(store, sql: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.text(sql)).scalar()


def test_duplicates_and_orphans_are_set_aside_and_the_keys_hold(store, tmp_path):
    report = load(store, [_return(tmp_path)])
    assert report.quality["duplicate_key"] and report.quality["orphan"]
    with store.engine.connect() as conn:
        listed = conn.execute(sa.text(
            "SELECT problem, child FROM load_quality WHERE target_table = 'ssd_cla_episodes' "
            "ORDER BY problem")).all()
    assert [tuple(r) for r in listed] == [("duplicate_key", "A1"), ("orphan", "Z9")]
    assert _count(store, "SELECT count(*) FROM ssd_cla_episodes") == 1
    with store.transaction() as conn:
        check_keys(conn, _standard_tables(), LA)  # nothing to report


def test_the_duckdb_store_declares_no_keys_on_standard_tables(duck):
    n = _count(duck, "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type IN "
                     "('PRIMARY KEY', 'FOREIGN KEY') AND table_name LIKE 'ssd_%'")
    assert n == 0


def test_a_repeated_key_is_refused(duck):
    with duck.transaction() as conn:
        conn.execute(sa.text("INSERT INTO ssd_person (la_code, pers_person_id) VALUES "
                             "(:la, 'P1'), (:la, 'P1'), ('E10000014', 'P2')"), {"la": LA})
        with pytest.raises(KeyViolation, match=r"ssd_person \(E09000027\): primary key "
                                               r"repeated: 1 rows"):
            check_keys(conn, _standard_tables(), LA)
        check_keys(conn, _standard_tables(), "E10000014")  # the other LA's rows are fine


def test_a_row_without_its_parent_of_the_same_la_is_refused(duck):
    with duck.transaction() as conn:
        conn.execute(sa.text("INSERT INTO ssd_person (la_code, pers_person_id) "
                             "VALUES ('E10000014', 'P1')"))
        conn.execute(sa.text("INSERT INTO ssd_cin_episodes (la_code, cine_referral_id, "
                             "cine_person_id) VALUES (:la, 'R1', 'P1')"), {"la": LA})
        with pytest.raises(KeyViolation, match="ssd_cin_episodes .*no parent in ssd_person"):
            check_keys(conn, _standard_tables(), LA)
        conn.execute(sa.text("INSERT INTO ssd_person (la_code, pers_person_id) "
                             "VALUES (:la, 'P1')"), {"la": LA})
        check_keys(conn, _standard_tables(), LA)


def test_a_load_whose_rows_would_break_a_key_stores_nothing(duck, tmp_path, monkeypatch):
    # a derivation that forgot to set duplicates and orphans aside
    monkeypatch.setattr(importlib.import_module("cschub.derive.rebuild"), "set_aside",
                        lambda *a, **k: {})
    with pytest.raises(KeyViolation, match="no parent in ssd_person: 1 rows"):
        load(duck, [_return(tmp_path)])
    assert _count(duck, "SELECT count(*) FROM return_file") == 0
    assert _count(duck, "SELECT count(*) FROM ssd_person") == 0


def test_a_duckdb_store_with_declared_keys_loses_them_and_keeps_its_rows(duck):
    tables = _standard_tables()
    with duck.transaction() as conn:
        head = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
        for table in reversed(tables):
            conn.execute(sa.text(f'DROP TABLE "{table.name}"'))
        for statement in create_statements(tables, "duckdb"):  # as 0001-0009 made them
            conn.execute(sa.text(statement))
        conn.execute(sa.text("INSERT INTO ssd_person (la_code, pers_person_id) "
                             "VALUES (:la, 'P1')"), {"la": LA})
        conn.execute(sa.text("INSERT INTO ssd_cin_episodes (la_code, cine_referral_id, "
                             "cine_person_id) VALUES (:la, 'R1', 'P1')"), {"la": LA})
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0009'"))
    declared = ("SELECT count(*) FROM duckdb_constraints() WHERE constraint_type IN "
                "('PRIMARY KEY', 'FOREIGN KEY') AND table_name LIKE 'ssd_%'")
    assert _count(duck, declared) > 0
    with duck.transaction() as conn:
        upgrade(conn, "0010")
        conn.execute(sa.text("UPDATE alembic_version SET version_num = :v"), {"v": head})
    assert _count(duck, declared) == 0
    assert _count(duck, "SELECT count(*) FROM ssd_cin_episodes WHERE cine_person_id = 'P1'") == 1
