"""The parsing of raw text into values, and the stager's Arrow input."""

from __future__ import annotations

import duckdb
import pyarrow as pa
import pytest

from cschub.sources.staging import parse_expression

# (raw, expected text value): trimmed of spaces, tabs, line breaks and non-breaking spaces at the
# ends only; blank is null.
TEXTS = [
    ("A1", "A1"),
    (" B2 ", "B2"),
    ("\tC3\u00a0", "C3"),
    ("\u00a0", None),
    ("", None),
    ("   ", None),
    ("a b", "a b"),
    ("x\ty", "x\ty"),
    ("é ", "é"),
    (" é\r\n", "é"),
    (None, None),
]


@pytest.mark.parametrize(("raw", "expected"), TEXTS)
def test_text_is_trimmed_at_the_ends_only_and_blank_is_null(raw, expected):
    con = duckdb.connect()
    got = con.execute(
        f"SELECT {parse_expression('v', 'text')} FROM (SELECT CAST(? AS VARCHAR) AS v)", [raw]
    ).fetchone()[0]
    assert got == expected


@pytest.mark.parametrize(
    ("raw", "kind", "expected"),
    [(" 12 ", "integer", 12), ("\u00a0-7\t", "integer", -7), ("1 2", "integer", None),
     (" 2.5", "decimal", 2.5), (" 01/02/2015 ", "date", "2015-02-01"),
     ("2015-02-01\u00a0", "date", "2015-02-01"), ("31/02/2020", "date", None)],
)
def test_numbers_and_dates_are_read_after_trimming(raw, kind, expected):
    con = duckdb.connect()
    got = con.execute(
        f"SELECT {parse_expression('v', kind)} FROM (SELECT CAST(? AS VARCHAR) AS v)", [raw]
    ).fetchone()[0]
    assert (str(got) if kind == "date" and got is not None else got) == expected


def test_the_stager_takes_arrow_arrays_as_it_takes_lists(duck, tmp_path):
    """The CSV fast path hands Arrow arrays and NumPy line numbers straight to the stager."""
    import numpy as np
    import sqlalchemy as sa

    from cschub.sources import submissions as subs
    from cschub.sources.returnspec import return_tables
    from cschub.sources.staging import Stager

    table = return_tables("ssda903")["Header"]
    given = {"CHILD": ["A1", " B2 "], "DOB": ["01/02/2015", "31/02/2020"]}
    path = tmp_path / "h.csv"
    path.write_text("x")
    with duck.transaction() as conn:
        load_id = subs.start_load(conn, "test")
        for n, (la, arrow) in enumerate((("E09000027", False), ("E06000001", True))):
            sub = subs.submission_for(conn, "ssda903", "2025-26", la, load_id)
            file_id = subs.record_file(conn, sub, load_id, path, f"{n}", "csv", ("Header",))
            stager = Stager(duck, conn, sub, file_id)
            values = {k: pa.array(v) for k, v in given.items()} if arrow else given
            lines = np.array([2, 4]) if arrow else [2, 4]
            stager.write(table, values, lines=lines)
            stager.finish()
            assert stager.counts["Header"].unparsed_by_field == {"DOB": 1}
        got = conn.execute(sa.text(
            "SELECT s.la_code, line, row_no, child_raw, child, dob_raw, CAST(dob AS VARCHAR), "
            "sex_raw FROM ret_ssda903_header h JOIN return_submission s USING (submission_id) "
            "ORDER BY s.la_code DESC, line")).fetchall()
    expected = [(2, 1, "A1", "A1", "01/02/2015", "2015-02-01", None),
                (4, 2, " B2 ", "B2", "31/02/2020", None, None)]
    assert [tuple(r[1:]) for r in got] == expected + expected
    assert [r[0] for r in got] == ["E09000027"] * 2 + ["E06000001"] * 2
