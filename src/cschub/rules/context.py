"""What a rule's SQL sees: one submission's tables as views, the previous year's, code lists.

For each table of the collection a view named after its slug (``header``, ``episodes``,
``cin_details`` …) holds the submission's rows, and ``<slug>_last`` the previous year's (empty
when no previous return is given). ``meta`` has one row: ``collection_start``,
``collection_end``, ``year``, ``la_code``, ``la_number``; ``codes`` has the code lists valid in
the year: ``code_set``, ``code``. For SSDA903 two relations are built once per run as
temporary tables, so the rules that read them do not recompute them: ``cla_12_months`` and
``episode_order`` (each episode's place in its child's sequence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.reference.la import local_authorities
from cschub.sources.returnspec import return_tables

_SAFE = re.compile(r"^[0-9A-Za-z\-]+$")
CODE_COLLECTIONS = {"ssda903": "SSDA903", "cin": "CIN"}


@dataclass(frozen=True)
class Submission:
    """A stored return: its id and what it is."""

    submission_id: int
    collection: str
    year: str
    la_code: str

    @property
    def start_year(self) -> int:
        return int(self.year[:4])


def find_submission(
    conn: Connection, collection: str, year: str, la: str | None
) -> Submission | None:
    """The stored submission for a collection, year and (if given) LA."""
    sql = (
        "SELECT submission_id, collection, year, la_code FROM return_submission "
        "WHERE collection = :c AND year = :y"
        + (" AND la_code = :l" if la else "")
        + " ORDER BY submission_id DESC"
    )
    row = conn.execute(sa.text(sql), {"c": collection, "y": year, "l": la}).first()
    return Submission(*row) if row else None


def present_tables(conn: Connection, submission: Submission | None) -> set[str]:
    """Tables the submission's current files supplied (even if they had no rows)."""
    if submission is None:
        return set()
    rows = conn.execute(
        sa.text("SELECT return_tables FROM return_file WHERE submission_id = :s AND current"),
        {"s": submission.submission_id},
    )
    return {t for (value,) in rows for t in value.split(",") if t}


def create_views(conn: Connection, current: Submission, previous: Submission | None) -> list[str]:
    """Create the views (and SSDA903 derived tables) a rule reads; returns their names."""
    for name in reversed(SHARED_VIEWS):  # they read the views below: never left behind them
        conn.execute(sa.text(f'DROP VIEW IF EXISTS "{name}"'))
    names = []
    for table in return_tables(current.collection).values():
        for suffix, sub in (("", current), ("_last", previous)):
            name = f"{table.slug}{suffix}"
            where = f"submission_id = {int(sub.submission_id)}" if sub else "1 = 0"
            _view(conn, name, f'SELECT * FROM "{table.store_table}" WHERE {where}')
            names.append(name)
    year = current.year
    if not _SAFE.match(year) or not _SAFE.match(current.la_code):
        raise ValueError("unexpected characters in a year or LA code")
    la = local_authorities().get(current.la_code)
    number = la.old_code if la else ""
    start = current.start_year
    _view(
        conn,
        "meta",
        (
            f"SELECT CAST('{start}-04-01' AS DATE) AS collection_start, "
            f"CAST('{start + 1}-03-31' AS DATE) AS collection_end, '{year}' AS year, "
            f"'{current.la_code}' AS la_code, '{number}' AS la_number"
        ),
    )
    code_collection = CODE_COLLECTIONS[current.collection]
    _view(
        conn,
        "codes",
        (
            "SELECT code_set, code, description FROM ref_code_set "
            f"WHERE collection = '{code_collection}' AND valid_from <= '{year}' "
            f"AND (valid_to IS NULL OR valid_to >= '{year}')"
        ),
    )
    names += ["meta", "codes"]
    if current.collection == "ssda903":
        for name, select in DERIVED_TABLES.items():
            _table(conn, name, select)
            names.append(name)
        for name, select in SHARED_VIEWS.items():
            _view(conn, name, select)
            names.append(name)
    return names


# Children looked after continuously for at least 12 months at 31 March, as the DfE's SSDA903
# validation rules define it: looked after at some point in the year, and no episode that starts
# a period of care in the year (RNE S), ends care in the year (REC other than X1) or is a short
# break (legal status V3 or V4) during the year.
CLA_12_MONTHS = """
SELECT e.child
FROM episodes e CROSS JOIN meta m
WHERE e.child IS NOT NULL
GROUP BY e.child
HAVING bool_or(COALESCE(e.decom <= m.collection_end
                        AND (e.dec >= m.collection_start OR e.dec IS NULL), FALSE))
   AND NOT bool_or(COALESCE(
        (upper(e.rne) = 'S' AND e.decom > m.collection_start AND e.decom <= m.collection_end)
     OR (COALESCE(upper(e.rec), '') <> 'X1' AND e.dec >= m.collection_start
         AND e.dec < m.collection_end)
     OR (upper(e.ls) IN ('V3', 'V4') AND e.decom <= m.collection_end
         AND (e.dec >= m.collection_start OR e.dec IS NULL)), FALSE))
"""

# Each episode of a child (CHILD given) with its place in the child's episodes ordered by DECOM
# then row (DECOM-less episodes last): ``rn`` (1 = first) and the row numbers of the episodes
# before and after it (NULL at either end).
EPISODE_ORDER = """
SELECT row_no, child, decom, dec,
       ROW_NUMBER() OVER w AS rn,
       LAG(row_no) OVER w AS prev_row_no,
       LEAD(row_no) OVER w AS next_row_no
FROM episodes
WHERE child IS NOT NULL
WINDOW w AS (PARTITION BY child ORDER BY decom NULLS LAST, row_no)
"""

# Children who are UASC this year and last (rules 205A-205D): the Header's UASC flag is 1 where
# the Header carries the flag (the XML export, or a CSV Header with a UASC column; see 105), and
# where it does not, a row of the year's UASC table.
UASC_VIEWS = {
    "uasc_now": """
SELECT h.child FROM header h WHERE trim(h.uasc_raw) = '1'
UNION
SELECT u.child FROM uasc u
WHERE NOT EXISTS (SELECT 1 FROM header h
                  WHERE h.child = u.child AND (h.xml_path IS NOT NULL OR h.uasc_raw IS NOT NULL))
""",
    "uasc_then": """
SELECT hl.child FROM header_last hl WHERE trim(hl.uasc_raw) = '1'
UNION
SELECT l.child FROM uasc_last l
WHERE NOT EXISTS (SELECT 1 FROM header_last hl
                  WHERE hl.child = l.child AND (hl.xml_path IS NOT NULL OR hl.uasc_raw IS NOT NULL))
""",
}

# Each child's first episode this year (by DECOM, then row) beside last year's latest episode
# (by DECOM, then row, the latest first) when that one was still open at 31 March, no DEC
# written (rules 503A-503J): ``row_no`` in episodes, ``last_row_no`` in episodes_last, and both
# episodes' home and placement postcodes (503G-503J work out distances and districts from them).
FIRST_VS_OPEN_LAST = """
SELECT f.child, f.row_no, l.row_no AS last_row_no, f.home_post, f.pl_post,
       l.home_post AS last_home_post, l.pl_post AS last_pl_post
FROM (SELECT child, row_no, home_post, pl_post,
             ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom, row_no) AS rn
      FROM episodes WHERE decom IS NOT NULL AND child IS NOT NULL) f
JOIN (SELECT child, row_no, dec_raw, home_post, pl_post,
             ROW_NUMBER() OVER (PARTITION BY child ORDER BY decom DESC, row_no DESC) AS rn
      FROM episodes_last WHERE decom IS NOT NULL AND child IS NOT NULL) l
  ON l.child = f.child AND l.rn = 1
WHERE f.rn = 1 AND trim(COALESCE(l.dec_raw, '')) = ''
"""

SHARED_VIEWS = {**UASC_VIEWS, "first_vs_open_last": FIRST_VS_OPEN_LAST}

DERIVED_TABLES = {"cla_12_months": CLA_12_MONTHS, "episode_order": EPISODE_ORDER}


def drop_views(conn: Connection, names: list[str]) -> None:
    """Drop the views and tables made by :func:`create_views` (dependants first)."""
    for name in reversed(names):
        kind = "TABLE" if name in DERIVED_TABLES else "VIEW"
        conn.execute(sa.text(f'DROP {kind} IF EXISTS "{name}"'))


def _view(conn: Connection, name: str, select: str) -> None:
    conn.execute(sa.text(f'DROP VIEW IF EXISTS "{name}"'))
    conn.execute(sa.text(f'CREATE TEMP VIEW "{name}" AS {select}'))


def _table(conn: Connection, name: str, select: str) -> None:
    conn.execute(sa.text(f'DROP TABLE IF EXISTS "{name}"'))
    conn.execute(sa.text(f'CREATE TEMP TABLE "{name}" AS {select}'))
