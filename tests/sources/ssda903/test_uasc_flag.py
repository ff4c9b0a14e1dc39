"""The Header's UASC flag is kept exactly as written (rules 105, 303 and 205C read it)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from cschub.sources.loader import load

HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
XML = """<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD><HEADER><CHILDID>C1</CHILDID><SEX>1</SEX><UASC>1</UASC><DUC>01/01/2030</DUC></HEADER>
  </CHILD>
  <CHILD><HEADER><CHILDID>C2</CHILDID><SEX>2</SEX><UASC/></HEADER></CHILD>
  <CHILD><HEADER><CHILDID>C3</CHILDID><SEX>2</SEX></HEADER></CHILD>
  <CHILD><HEADER><CHILDID>C4</CHILDID><SEX>2</SEX><UASC> 2 </UASC></HEADER></CHILD>
</EXPSSDA903>
"""


def flags(store) -> list[tuple]:
    with store.engine.connect() as conn:
        sql = "SELECT child, uasc_raw FROM ret_ssda903_header ORDER BY row_no"
        return [tuple(r) for r in conn.execute(sa.text(sql))]


def folder(tmp_path: Path) -> Path:
    path = tmp_path / "E09000027" / "2025-26"
    path.mkdir(parents=True)
    return path


def test_the_xml_flag_is_kept_as_written_and_null_when_absent(duck, tmp_path):
    path = folder(tmp_path) / "export.xml"
    path.write_text(XML, encoding="utf-8")
    load(duck, [path], derive=False)
    assert flags(duck) == [("C1", "1"), ("C2", ""), ("C3", None), ("C4", " 2 ")]


def test_a_csv_header_may_carry_the_flag_or_leave_it_out(duck, tmp_path):
    with_flag, without = folder(tmp_path), tmp_path / "E09000027" / "2024-25"
    (with_flag / "header.csv").write_text(f"{HEADER},UASC\nA1,M,,,,,,1\nB2,F,,,,,,\n")
    without.mkdir()
    (without / "header.csv").write_text(f"{HEADER}\nA1,M,,,,,\n")
    report = load(duck, [with_flag, without], derive=False)
    assert [f.notes for f in report.files] == [[], []]
    assert set(flags(duck)) == {("A1", None), ("A1", "1"), ("B2", "")}
