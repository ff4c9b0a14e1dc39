"""Write batches of rows, as written, into the returns layer beside their parsed values.

Parsing is one set-based query per batch, run by an in-process DuckDB whatever the store: the
text is trimmed, blanks become null, dates are read strictly (31/02/2024 does not parse).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa
from sqlalchemy.engine import Connection

from cschub.sources.returnspec import PROVENANCE_COLUMNS, ReturnTable
from cschub.store import Store

DATE_FORMATS = (
    "%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%S.%f",
)
_TRIM = "' \t\r\n\u00a0'"


def parse_expression(column: str, kind: str) -> str:
    """SQL (DuckDB) turning raw text in ``column`` into its parsed value, null if it does not parse."""
    text = f'NULLIF(trim("{column}", {_TRIM}), \'\')'
    if kind == "text":
        return text
    if kind == "date":
        formats = ", ".join(f"'{f}'" for f in DATE_FORMATS)
        return f"CAST(try_strptime({text}, [{formats}]) AS DATE)"
    if kind == "integer":
        return (f"CASE WHEN regexp_full_match({text}, '[+-]?[0-9]{{1,18}}') "
                f"THEN CAST({text} AS BIGINT) END")
    if kind == "decimal":
        return (f"CASE WHEN regexp_full_match({text}, '[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)') "
                f"THEN CAST({text} AS DOUBLE) END")
    raise ValueError(f"unknown kind {kind}")


@dataclass
class TableCounts:
    """What was written to one return table."""

    rows: int = 0
    unparsed: int = 0
    unparsed_by_field: dict[str, int] = field(default_factory=dict)


class Stager:
    """Inserts rows of return tables for one file of one submission."""

    def __init__(self, store: Store, conn: Connection, submission_id: int, file_id: int) -> None:
        self.store = store
        self.conn = conn
        self.submission_id = submission_id
        self.file_id = file_id
        self.counts: dict[str, TableCounts] = {}
        self._engine = duckdb.connect()
        self._row_no: dict[str, int] = {}

    def write(
        self,
        table: ReturnTable,
        values: dict[str, Sequence[str | None]],
        lines: Sequence[int] | None = None,
        xml_paths: Sequence[str] | None = None,
        keys: dict[str, Sequence[object]] | None = None,
    ) -> None:
        """Store a batch: ``values`` maps each field name to its raw texts (missing → all null)."""
        n = len(lines if lines is not None else xml_paths or next(iter(values.values()), []))
        if n == 0:
            return
        start = self._row_no.get(table.name, 0)
        self._row_no[table.name] = start + n
        columns: dict[str, pa.Array] = {
            "submission_id": pa.array([self.submission_id] * n, pa.int64()),
            "file_id": pa.array([self.file_id] * n, pa.int64()),
            "row_no": pa.array(range(start + 1, start + n + 1), pa.int64()),
            "line": pa.array(lines if lines is not None else [None] * n, pa.int64()),
            "xml_path": pa.array(xml_paths if xml_paths is not None else [None] * n, pa.string()),
        }
        for name, kind in table.keys:
            typ = pa.int64() if kind == "integer" else pa.string()
            columns[name] = pa.array((keys or {})[name], typ)
        for f in table.fields:
            raw = values.get(f.name)
            columns[f.raw_column] = pa.array(raw if raw is not None else [None] * n, pa.string())
        batch = pa.table(columns)
        parsed = self._parse(table, batch)
        self.store.insert_arrow(self.conn, table.store_table, parsed)
        self._count(table, parsed)

    def _parse(self, table: ReturnTable, batch: pa.Table) -> pa.Table:
        select = [f'"{name}"' for name, _ in PROVENANCE_COLUMNS]
        select += [f'"{name}"' for name, _ in table.keys]
        for f in table.fields:
            select.append(f'"{f.raw_column}"')
            select.append(f'{parse_expression(f.raw_column, f.kind)} AS "{f.column}"')
        self._engine.register("batch", batch)
        try:
            return self._engine.sql(f"SELECT {', '.join(select)} FROM batch").to_arrow_table()
        finally:
            self._engine.unregister("batch")

    def _count(self, table: ReturnTable, parsed: pa.Table) -> None:
        counts = self.counts.setdefault(table.name, TableCounts())
        counts.rows += parsed.num_rows
        checked = [f for f in table.fields if f.kind != "text"]
        if not checked:
            return
        filters = ", ".join(
            f'count(*) FILTER (WHERE "{f.column}" IS NULL AND '
            f"NULLIF(trim(\"{f.raw_column}\", {_TRIM}), '') IS NOT NULL)"
            for f in checked
        )
        self._engine.register("parsed", parsed)
        try:
            row = self._engine.execute(f"SELECT {filters} FROM parsed").fetchall()[0]
        finally:
            self._engine.unregister("parsed")
        for f, bad in zip(checked, row, strict=True):
            if bad:
                counts.unparsed += bad
                counts.unparsed_by_field[f.name] = counts.unparsed_by_field.get(f.name, 0) + bad

    def close(self) -> None:
        """Release the parsing engine."""
        self._engine.close()
