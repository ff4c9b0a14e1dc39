"""A file that claims to be a CSWW census but is not shaped like one, or is not well-formed XML,
is refused with its file, element path and field, and nothing of the load is stored."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from cschub.errors import InputRefused
from cschub.sources.loader import load

SMALL = (Path(__file__).parent / "data" / "census_small.xml").read_text("utf-8")
VACANCIES = SMALL[SMALL.index("  <LALevelVacancies>"):SMALL.index("  <CSWWWorker>")]
WORKERS = SMALL[SMALL.index("  <CSWWWorker>"):SMALL.index("</Message>")]
BOMB_HEAD = """<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
"""


def _cases() -> list:
    return [
        (SMALL.replace(VACANCIES, ""), "has no LALevelVacancies", "/Message/LALevelVacancies",
         None),
        (SMALL.replace(VACANCIES, VACANCIES + VACANCIES), "more than one LALevelVacancies",
         "/Message/LALevelVacancies[2]", None),
        (SMALL.replace(WORKERS, ""), "has no CSWWWorker", "/Message/CSWWWorker", None),
        (SMALL.replace(VACANCIES, VACANCIES + "  <Children/>\n"), "not shaped like a CSWW census",
         "/Message/Children", None),
        (SMALL.replace("<Cases30>17</Cases30>", "<Cases30><Count>17</Count></Cases30>"),
         "not shaped like a CSWW census", "/Message/CSWWWorker[1]/Cases30", "Cases30"),
        (SMALL[: SMALL.index("<QualLevel>")], "not well-formed", None, None),
        (BOMB_HEAD + SMALL[SMALL.index("<Message>"):].replace("Hand made", "&b;"),
         "entities", None, None),
    ]


@pytest.mark.parametrize(("data", "problem", "path", "field"), _cases(),
                         ids=["no-vacancies", "two-vacancies", "no-workers", "stray-element",
                              "element-in-a-field", "truncated", "entities"])
def test_a_file_not_shaped_like_the_census_is_refused_and_nothing_stored(
        store, tmp_path: Path, data: str, problem: str, path: str | None, field: str | None):
    file = tmp_path / "csww.xml"
    file.write_text(data, encoding="utf-8")
    with pytest.raises(InputRefused) as info:
        load(store, [file], la="E09000027", year="2024-25")
    refusal = info.value
    assert problem in refusal.problem
    assert refusal.file == str(file)
    assert (refusal.path, refusal.field) == (path, field)
    assert refusal.expected
    with store.engine.connect() as conn:
        for table in ("return_submission", "ret_csww_header", "ret_csww_workers"):
            assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() == 0
