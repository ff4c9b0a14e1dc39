"""The derivation queries: ``sql/<collection>/<standard table>.sql``, one SELECT each.

Each query reads the LA's current returns through views named ``v_<returns table>`` (the
returns-layer table limited to one LA, with the submission's ``_year``) and selects the standard
table's columns (``la_code`` excepted) plus provenance: ``_submission_id``, ``_file_id``,
``_line``, ``_xml_path``, ``_child``, ``_source`` (e.g. 'ssda903 Episodes') and ``_rank`` (lower
wins when several rows give the same key).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

PROVENANCE: dict[str, str] = {
    "_submission_id": "BIGINT", "_file_id": "BIGINT", "_line": "BIGINT", "_xml_path": "VARCHAR",
    "_child": "VARCHAR", "_source": "VARCHAR", "_rank": "BIGINT",
}


@cache
def derivations() -> dict[str, list[tuple[str, str]]]:
    """Standard table → [(collection, SQL)] for every shipped derivation query."""
    root = resources.files("cschub.derive").joinpath("sql")
    found: dict[str, list[tuple[str, str]]] = {}
    for folder in sorted(root.iterdir(), key=lambda p: p.name):
        if not folder.is_dir():
            continue
        for sql in sorted(folder.iterdir(), key=lambda p: p.name):
            if sql.name.endswith(".sql"):
                text = sql.read_text("utf-8").strip().rstrip(";")
                found.setdefault(sql.name[:-4], []).append((folder.name, text))
    return found
