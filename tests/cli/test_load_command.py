"""The load command as a person uses it: plain messages, exit codes, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"


def cschub(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cschub", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_load_then_status_then_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "header.csv").write_text(HEADER + "A1,M,01/02/2015,WBRI,,,\nA2,F,31/02/2015,XX,,,\n")
    first = cschub("load", str(tmp_path / "E09000027"), "--db", "t.duckdb", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "header.csv" in first.stdout and "loaded" in first.stdout
    status = cschub("status", "--db", "t.duckdb", cwd=tmp_path)
    assert "ssda903" in status.stdout and "ssd_person" in status.stdout
    again = cschub("load", str(tmp_path / "E09000027"), "--db", "t.duckdb", cwd=tmp_path)
    assert again.returncode == 0 and "unchanged" in again.stdout


def test_a_broken_file_gives_a_message_a_non_zero_exit_and_no_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "episodes.csv").write_text(
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
        "PL_POST\nA1,01/04/2025,S,C2,N1,U1,PR1,,,,,\n"
    )
    result = cschub("load", str(folder / "episodes.csv"), "--db", "t.duckdb", cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert "episodes.csv" in result.stderr and "line 1" in result.stderr
    assert "URN" in result.stderr
    status = cschub("status", "--db", "t.duckdb", cwd=tmp_path)
    assert "ssda903" not in status.stdout


def test_a_bad_database_url_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    result = cschub("status", "--db", "postgresql://nobody:secret@127.0.0.1:1/none", cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "secret" not in result.stderr + result.stdout


def test_validating_a_stored_return_records_the_results(tmp_path: Path) -> None:
    folder = tmp_path / "E09000027" / "2025-26"
    folder.mkdir(parents=True)
    (folder / "header.csv").write_text(HEADER + "A1,M,01/02/2015,XXXX,,,\n")
    assert cschub("load", str(tmp_path / "E09000027"), "--db", "t.duckdb",
                  cwd=tmp_path).returncode == 0
    result = cschub("validate", "--db", "t.duckdb", "--collection", "ssda903", "--year",
                    "2025-26", "--la", "E09000027", "--format", "json", "-o", "r.json",
                    cwd=tmp_path)
    assert "validation run 1" in result.stdout, result.stdout + result.stderr
    import duckdb

    con = duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)
    assert con.execute("SELECT status FROM validation_result WHERE code = '103'").fetchall() == [
        ("failed",)]
    assert con.execute("SELECT child, line FROM validation_issue WHERE code = '103'"
                       ).fetchall() == [("A1", 2)]
