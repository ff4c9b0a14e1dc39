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
    "_submission_id": "BIGINT",
    "_file_id": "BIGINT",
    "_line": "BIGINT",
    "_xml_path": "VARCHAR",
    "_child": "VARCHAR",
    "_source": "VARCHAR",
    "_rank": "BIGINT",
}


@cache
def derivations() -> dict[str, list[tuple[str, str]]]:
    """Standard table → [(collection, SQL)]: the shipped queries and the SSD extract's own
    tables, which carry over field for field."""
    found = _shipped()
    for table, sql in _ssd_passthrough().items():
        if not any(collection == "ssd" for collection, _ in found.get(table, [])):
            found.setdefault(table, []).append(("ssd", sql))
    return found


def _ssd_passthrough() -> dict[str, str]:
    """An SSD extract's table ``ssd_x`` becomes the standard table ``ssd_x`` (rank 0: an
    extract from the case-management system wins over returns)."""
    from cschub.model.specfile import LA_CODE, load_spec
    from cschub.sources.returnspec import collections, return_tables

    if "ssd" not in collections():
        return {}
    spec = load_spec().tables
    out = {}
    for rt in return_tables("ssd").values():
        target = spec.get(rt.name)
        if target is None:
            continue
        given = {f.name.lower(): f for f in rt.fields}
        cols = []
        for f in target.fields:
            if f.name == LA_CODE or f.name not in given:
                continue
            cols.append(f"{_convert(given[f.name].column, given[f.name].kind, f.type)} AS {f.name}")
        person = next((f.column for f in rt.fields if f.name.endswith("person_id")), None)
        cols += [
            "submission_id AS _submission_id",
            "file_id AS _file_id",
            "line AS _line",
            "xml_path AS _xml_path",
            f"{person or 'NULL'} AS _child",
            f"'ssd {rt.name}' AS _source",
            "0 AS _rank",
        ]
        out[rt.name] = f"SELECT {', '.join(cols)} FROM v_{rt.store_table[len('ret_') :]}"
    return out


_COMPATIBLE = {
    "string": {"text", "date", "integer", "decimal"},
    "date": {"date"},
    "datetime": {"date"},
    "integer": {"integer"},
    "decimal": {"integer", "decimal"},
}


def _convert(column: str, source_kind: str, target_type: str) -> str:
    """The extract's parsed value as the standard column's type."""
    if target_type == "boolean":
        return (
            f"CASE WHEN upper({column}) IN ('1', 'Y', 'YES', 'TRUE', 'T') THEN TRUE "
            f"WHEN upper({column}) IN ('0', 'N', 'NO', 'FALSE', 'F') THEN FALSE END"
        )
    if source_kind == "text" and target_type == "integer":
        return (f"CASE WHEN trim({column}) ~ '^[+-]?[0-9]{{1,18}}$' "
                f"THEN CAST({column} AS BIGINT) END")
    if source_kind == "text" and target_type == "decimal":
        return (f"CASE WHEN trim({column}) ~ '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)$' "
                f"THEN CAST({column} AS DECIMAL(18, 4)) END")
    if source_kind not in _COMPATIBLE.get(target_type, set()):
        raise ValueError(f"{column}: an SSD extract's {source_kind} cannot fill a {target_type}")
    return column


def _shipped() -> dict[str, list[tuple[str, str]]]:
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
