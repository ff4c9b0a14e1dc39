"""Loading SSDA903 CSV tables: stored exactly as written, bad files refused, loads atomic."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from cschub.errors import InputRefused
from cschub.sources.loader import load

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
    "PL_POST,URN\n"
)


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def rows(store, sql: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def test_values_are_stored_exactly_as_written_beside_parsed_values(store, tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    write(
        folder,
        "kids.csv",
        HEADER + "A1,M,01/02/2015,WBRI,A123,,\n B2 ,F,2016-03-04,XXXX,,1,31/02/2020\n",
    )
    load(store, [folder])
    got = rows(
        store,
        "SELECT line, child_raw, child, dob_raw, dob, ethnic_raw, mother_raw, "
        "mc_dob_raw, mc_dob FROM ret_ssda903_header ORDER BY line",
    )
    assert got[0][:5] == (2, "A1", "A1", "01/02/2015", got[0][4])
    assert str(got[0][4]) == "2015-02-01"
    assert got[1][1] == " B2 " and got[1][2] == "B2"
    assert str(got[1][4]) == "2016-03-04"
    assert got[1][5] == "XXXX"  # unknown code kept for the validation rules
    assert got[1][6] == "1"
    assert got[1][7] == "31/02/2020" and got[1][8] is None  # impossible date: raw kept, no parse


def test_provenance_points_at_the_file_line_and_submission(store, tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    write(folder, "header.csv", HEADER + "\nA1,M,01/02/2015,WBRI,A123,,\n\n\nB2,F,,WBRI,,,\n")
    report = load(store, [folder])
    assert [f.rows for f in report.files] == [2]
    got = rows(
        store,
        "SELECT h.line, s.collection, s.year, s.la_code, f.source_path, f.load_id "
        "FROM ret_ssda903_header h JOIN return_file f USING (file_id) "
        "JOIN return_submission s ON s.submission_id = h.submission_id "
        "ORDER BY h.line",
    )
    assert [g[0] for g in got] == [3, 6]  # blank lines skipped, real line numbers kept
    assert got[0][1:4] == ("ssda903", "2025-26", "E09000027")
    assert got[0][4].endswith("header.csv") and got[0][5] == report.load_id


def test_tables_are_recognised_by_their_columns_whatever_the_file_name(duck, tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    write(folder, "export_01.csv", EPISODES + "A1,01/04/2025,S,C2,N1,U1,PR1,,,,AB1 2CD,AB3 4EF,\n")
    write(folder, "something.csv", HEADER.lower().replace(",", " , ") + "A1,M,01/02/2015,WBRI,,,\n")
    report = load(duck, [folder])
    assert sorted(f.tables[0] for f in report.files) == ["Episodes", "Header"]


def test_windows_1252_and_bom_and_semicolons_are_read(duck, tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    write(folder, "h.csv", HEADER + "Zoë,F,01/02/2015,WBRI,,,\n", encoding="cp1252")
    write(
        folder,
        "e.csv",
        "\ufeff"
        + EPISODES.replace(",", ";")
        + "A1;01/04/2025;S;C2;N1;U1;PR1;;;;AB1 2CD;AB3 4EF;\n",
    )
    load(duck, [folder])
    assert rows(duck, "SELECT child_raw FROM ret_ssda903_header") == [("Zoë",)]
    assert rows(duck, "SELECT child, str_split(home_post, ' ')[1] FROM ret_ssda903_episodes") == [
        ("A1", "AB1")
    ]


def test_loading_the_same_file_twice_changes_nothing(duck, tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    write(folder, "header.csv", HEADER + "A1,M,01/02/2015,WBRI,,,\n")
    load(duck, [folder])
    before = rows(duck, "SELECT * FROM ret_ssda903_header")
    again = load(duck, [folder])
    assert [f.status for f in again.files] == ["unchanged"]
    assert rows(duck, "SELECT * FROM ret_ssda903_header") == before
    assert rows(duck, "SELECT count(*) FROM return_file") == [(1,)]


def test_a_newer_return_replaces_the_older_one_and_says_so(duck, tmp_path):
    old = tmp_path / "old" / "E09000027" / "2025-26"
    new = tmp_path / "new" / "E09000027" / "2025-26"
    write(old, "header.csv", HEADER + "A1,M,01/02/2015,WBRI,,,\nA2,M,01/02/2015,WBRI,,,\n")
    write(new, "header.csv", HEADER + "B1,F,01/02/2016,WBRI,,,\n")
    load(duck, [old])
    report = load(duck, [new])
    assert report.files[0].replaced and "old" in report.files[0].replaced[0]
    assert rows(duck, "SELECT child FROM ret_ssda903_header") == [("B1",)]
    assert rows(duck, "SELECT count(*) FROM return_file WHERE current") == [(1,)]


def test_other_years_and_las_are_kept_apart(duck, tmp_path):
    for la, year in [("E09000027", "2024-25"), ("E09000027", "2025-26"), ("E06000001", "2025-26")]:
        write(
            tmp_path / la / year, "header.csv", HEADER + f"{la[-3:]}{year[:4]},M,01/02/2015,,,,\n"
        )
    load(duck, [tmp_path])
    assert rows(duck, "SELECT count(*) FROM return_submission") == [(3,)]
    assert rows(duck, "SELECT count(*) FROM ret_ssda903_header") == [(3,)]


def refused(store, paths, **kw) -> InputRefused:
    with pytest.raises(InputRefused) as info:
        load(store, paths, **kw)
    return info.value


def nothing_stored(store) -> bool:
    return rows(store, "SELECT count(*) FROM ret_ssda903_header") == [(0,)] and rows(
        store, "SELECT count(*) FROM return_file"
    ) == [(0,)]


@pytest.mark.parametrize(
    ("content", "problem", "line", "field"),
    [
        (b"", "empty", None, None),
        (
            HEADER.replace(",MC_DOB", "").encode() + b"A1,M,01/02/2015,WBRI,,\n",
            "missing",
            1,
            "MC_DOB",
        ),
        (HEADER.replace("UPN", "DOB").encode() + b"A1,M,01/02/2015,WBRI,,,\n", "twice", 1, "DOB"),
        (
            HEADER.encode() + b"A1,M,01/02/2015,WBRI,,,\nA2,M,01/0",
            "wrong number of fields",
            3,
            None,
        ),
        (HEADER.encode() + b'A1,M,"01/02/2015,WBRI,,,\n', "not well-formed", 2, None),
        (
            HEADER.encode() + b"A1,M,01/02/2015,WB\x81RI,,,\n",
            "cannot read the file as text",
            2,
            None,
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "cannot read the file as text", 3, None),
        ("\ufeff".encode("utf-16") + HEADER.encode("utf-16-le"), "cannot read", 1, None),
    ],
    ids=[
        "empty",
        "missing-column",
        "column-twice",
        "truncated",
        "open-quote",
        "bad-byte",
        "binary",
        "utf16",
    ],
)
def test_a_file_that_is_not_what_it_claims_is_refused(
    store, tmp_path, content, problem, line, field
):
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "header.csv").write_bytes(content)
    err = refused(store, [folder / "header.csv"])
    assert problem in str(err)
    assert err.file.endswith("header.csv")
    assert err.line == line
    if field:
        assert err.field == field
    assert "expected" in str(err)
    assert nothing_stored(store)


def test_a_load_is_all_or_nothing(duck, tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    write(folder, "a_header.csv", HEADER + "A1,M,01/02/2015,WBRI,,,\n")
    write(folder, "b_episodes.csv", EPISODES + "A1,01/04/2025,S\n")  # truncated row
    refused(duck, [folder])
    assert nothing_stored(duck)


def test_a_symlink_loop_is_refused(duck, tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    write(folder, "header.csv", HEADER + "A1,M,01/02/2015,WBRI,,,\n")
    (folder / "loop").symlink_to(folder.parent)
    err = refused(duck, [tmp_path])
    assert "loop" in str(err)
    (tmp_path / "self").symlink_to(tmp_path / "self")
    err = refused(duck, [tmp_path / "self"])
    assert "loop" in str(err)
    assert nothing_stored(duck)


def test_without_a_year_or_la_the_load_asks_for_them(duck, tmp_path):
    path = write(tmp_path, "header.csv", HEADER + "A1,M,01/02/2015,WBRI,,,\n")
    assert "--la" in str(refused(duck, [path]))
    assert "--year" in str(refused(duck, [path], la="E09000027"))
    load(duck, [path], la="318", year="2025-26")  # a DfE LA number is accepted too
    assert rows(duck, "SELECT la_code, year FROM return_submission") == [("E09000027", "2025-26")]


def test_an_unrecognised_file_named_directly_is_refused_but_skipped_in_a_folder(duck, tmp_path):
    folder = tmp_path / "E09000027" / "2025-26"
    write(folder, "notes.csv", "a,b\n1,2\n")
    write(folder, "header.csv", HEADER + "A1,M,01/02/2015,WBRI,,,\n")
    assert "does not recognise" in str(refused(duck, [folder / "notes.csv"]))
    report = load(duck, [folder])
    assert [p.name for p, _ in report.skipped] == ["notes.csv"]


def test_the_fake_903_tables_load(duck, tmp_path):
    from tests.conftest import REFERENCE

    fake = REFERENCE / "ssda903" / "fake-903"
    folder = tmp_path / "E09000027" / "2017-18"
    folder.mkdir(parents=True)
    for name in [
        "header",
        "episodes",
        "reviews",
        "uasc",
        "oc2",
        "oc3",
        "ad1",
        "missing",
        "placed_for_adoption",
        "previous_permanence",
        "sw_episodes",
        "DoLo",
    ]:
        shutil.copy(fake / f"{name}.csv", folder)
    report = load(duck, [folder])
    counts = {f.tables[0]: f.rows for f in report.files}
    for name, table in [("header", "Header"), ("episodes", "Episodes"), ("reviews", "Reviews")]:
        lines = (fake / f"{name}.csv").read_text().strip().splitlines()
        assert counts[table] == len(lines) - 1
    assert len(counts) == 12
    # the 2020 episodes file has an extra TEST_COLUMN: loaded, the column noted as ignored
    other = tmp_path / "E09000027" / "2019-20"
    other.mkdir()
    shutil.copy(fake / "SSDA903_2020_episodes.csv", other)
    report = load(duck, [other])
    assert "TEST_COLUMN" in report.files[0].notes[0]


def test_the_streaming_reader_and_the_fast_reader_store_the_same_rows(duck, tmp_path,
                                                                      monkeypatch):
    """Big files are streamed by the Python reader; both readers must agree exactly."""
    from cschub.sources import csvfast

    body = [f"C{i},{'M' if i % 2 else 'F'},0{i % 9 + 1}/02/2015,WBRI,,,\n" for i in range(2000)]
    text = HEADER + "".join(body[:500]) + "\n,,,,,,\n" + "".join(body[500:])
    fast = write(tmp_path / "fast" / "E09000027" / "2025-26", "header.csv", text)
    slow = write(tmp_path / "slow" / "E06000001" / "2025-26", "header.csv", text)
    load(duck, [fast.parent])
    monkeypatch.setattr(csvfast, "MAX_BYTES", 0)
    load(duck, [slow.parent])
    got = {la: rows(duck, "SELECT line, child_raw, dob FROM ret_ssda903_header h JOIN "
                          "return_submission s USING (submission_id) WHERE s.la_code = "
                          f"'{la}' ORDER BY line")
           for la in ("E09000027", "E06000001")}
    assert got["E09000027"] == got["E06000001"]
    assert len(got["E09000027"]) == 2000
