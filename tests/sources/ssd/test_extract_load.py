"""Loading SSD extract tables (CSV and Parquet) by file name, for all years at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from cschub.errors import InputRefused
from cschub.sources.detect import detect
from cschub.sources.loader import load

LA = "E09000027"
PERSON = ("pers_person_id,pers_forename,pers_surname,pers_sex,pers_dob,pers_upn_unknown,"
          "local_extra_column\n")


def rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def extract(folder: Path) -> Path:
    """ssd_person.csv, ssd_cin_episodes.csv and ssd_cla_episodes.parquet."""
    write(folder, "ssd_person.csv", PERSON + "P1,Ann,Smith,F,2015-02-01,A123,x\n"
          "P2,Bob,Jones,M,31/02/2016,,y\n")
    write(folder, "E09000027_SSD_CIN_Episodes.csv",
          "cine_referral_id,cine_person_id,cine_referral_date,cine_close_date\n"
          "R1,P1,2023-05-06,\nR2,P2,2024-01-02 00:00:00,2024-03-04\n")
    pq.write_table(pa.table({
        "clae_cla_episode_id": ["E1", "E2", "E3"],
        "clae_person_id": ["P1", "P1", "P2"],
        "clae_cla_episode_start_date": [dt.datetime(2020, 1, 2), dt.datetime(2021, 3, 4, 10, 30),
                                        None],
        "clae_cla_primary_need_code": ["N1", None, "N4"],
    }), folder / "ssd_cla_episodes.parquet")
    return folder


def test_an_extract_folder_loads_every_table(store, tmp_path):
    report = load(store, [extract(tmp_path / LA / "ssd")], la=LA)
    by_table = {f.tables[0]: f for f in report.files}
    assert set(by_table) == {"ssd_person", "ssd_cin_episodes", "ssd_cla_episodes"}
    assert {f.year for f in report.files} == {"all"}
    assert by_table["ssd_person"].rows == 2 and by_table["ssd_cla_episodes"].rows == 3
    assert any("local_extra_column" in n for n in by_table["ssd_person"].notes)
    assert any("pers_legacy_id" in n for n in by_table["ssd_person"].notes)
    person = rows(store, "SELECT line, pers_person_id_raw, pers_dob_raw, pers_dob, "
                         "pers_upn_unknown_raw, pers_nationality_raw FROM ret_ssd_ssd_person "
                         "ORDER BY line")
    assert person[0] == (2, "P1", "2015-02-01", dt.date(2015, 2, 1), "A123", None)
    assert person[1][:4] == (3, "P2", "31/02/2016", None)  # impossible date kept as written
    cin = rows(store, "SELECT cine_referral_id_raw, cine_referral_date "
                      "FROM ret_ssd_ssd_cin_episodes ORDER BY line")
    assert cin == [("R1", dt.date(2023, 5, 6)), ("R2", dt.date(2024, 1, 2))]
    cla = rows(store, "SELECT line, clae_cla_episode_id_raw, clae_cla_episode_start_date_raw, "
                      "clae_cla_episode_start_date, clae_cla_primary_need_code_raw "
                      "FROM ret_ssd_ssd_cla_episodes ORDER BY line")
    assert cla == [(1, "E1", "2020-01-02", dt.date(2020, 1, 2), "N1"),
                   (2, "E2", "2021-03-04T10:30:00", dt.date(2021, 3, 4), None),
                   (3, "E3", None, None, "N4")]


def test_a_missing_primary_key_column_is_refused(tmp_path):
    path = write(tmp_path, "ssd_person.csv", "pers_forename,pers_surname\nAnn,Smith\n")
    with pytest.raises(InputRefused) as err:
        detect(path)
    assert err.value.field == "pers_person_id" and err.value.line == 1


def test_a_parquet_table_missing_its_key_is_refused(tmp_path):
    path = tmp_path / "ssd_cla_episodes.parquet"
    pq.write_table(pa.table({"clae_person_id": ["P1"]}), path)
    with pytest.raises(InputRefused) as err:
        detect(path)
    assert err.value.field == "clae_cla_episode_id"


def test_windows_1252_and_utf8_bom_files_keep_their_text(duck, tmp_path):
    folder = tmp_path / LA / "ssd"
    write(folder, "ssd_s251_finance.csv", "s251_table_id,s251_placeholder_1\nF1,£1,250.00\n"
          .replace("£1,250.00", '"£1,250.00"'), encoding="cp1252")
    write(folder, "ssd_person.csv", "\ufeffpers_person_id,pers_forename\nP1,Zoë\n")
    load(duck, [folder], la=LA, derive=False)
    assert rows(duck, "SELECT s251_placeholder_1_raw FROM ret_ssd_ssd_s251_finance") == \
        [("£1,250.00",)]
    assert rows(duck, "SELECT pers_person_id_raw, pers_forename_raw FROM ret_ssd_ssd_person") == \
        [("P1", "Zoë")]


def test_a_csv_not_named_after_an_ssd_table_is_left_to_other_readers(tmp_path):
    path = write(tmp_path, "person.csv", "pers_person_id\nP1\n")
    assert detect(path) is None
    episodes = write(tmp_path, "episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,"
                     "REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n")
    assert detect(episodes).collection == "ssda903"
