"""Write batches of rows, as written, into the returns layer beside their parsed values.

Parsing is one set-based query per batch, run by an in-process DuckDB whatever the store: the
text is trimmed, blanks become null, dates are read strictly (31/02/2024 does not parse).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.sources.returnspec import PROVENANCE_COLUMNS, ReturnTable
from cschub.store import Store

DATE_FORMATS = (
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y-%m-%dT%H:%M:%S.%f",
)
_TRIM = "' \t\r\n\u00a0'"
_ENDS = "(' ', '\t', '\r', '\n', '\u00a0')"


def parse_expression(column: str, kind: str) -> str:
    """SQL (DuckDB) turning raw text in ``column`` into its parsed value, null if it does not parse.

    Text is trimmed of spaces (and tabs, line breaks and non-breaking spaces when it has any).
    """
    raw = f'"{column}"'
    trimmed = (
        f"NULLIF(CASE WHEN regexp_matches({raw}, '[\t\r\n\u00a0]') "
        f"THEN trim({raw}, {_TRIM}) ELSE trim({raw}) END, '')"
    )
    # Most values have nothing to trim: their first and last characters say so, cheaply.
    text = (
        f"CASE WHEN {raw} = '' THEN NULL WHEN {raw}[1] NOT IN {_ENDS} AND {raw}[-1] NOT IN "
        f"{_ENDS} THEN {raw} ELSE {trimmed} END"
    )
    if kind == "text":
        return text
    if kind == "date":
        formats = ", ".join(f"'{f}'" for f in DATE_FORMATS)
        return (
            f"CASE WHEN {raw} ~ '^[0-9]{{2}}/[0-9]{{2}}/[0-9]{{4}}$' "
            f"THEN CAST(try_strptime({raw}, '%d/%m/%Y') AS DATE) "
            f"ELSE CAST(try_strptime({text}, [{formats}]) AS DATE) END"
        )
    if kind == "integer":
        return (
            f"CASE WHEN regexp_full_match({text}, '[+-]?[0-9]{{1,18}}') "
            f"THEN CAST({text} AS BIGINT) END"
        )
    if kind == "decimal":
        return (
            f"CASE WHEN regexp_full_match({text}, '[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)') "
            f"THEN CAST({text} AS DOUBLE) END"
        )
    raise ValueError(f"unknown kind {kind}")


def _columns(table: ReturnTable) -> list[str]:
    names = [name for name, _ in PROVENANCE_COLUMNS] + [name for name, _ in table.keys]
    for f in table.fields:
        names += [f.raw_column, f.column]
    return names


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
        self._engine: duckdb.DuckDBPyConnection | None = None  # parses for PostgreSQL
        self._row_no: dict[str, int] = {}
        self._tables: dict[str, ReturnTable] = {}

    def write(
        self,
        table: ReturnTable,
        values: dict[str, Sequence[str | None] | pa.Array | pa.ChunkedArray],
        lines: Sequence[int] | None = None,
        xml_paths: Sequence[str] | None = None,
        keys: dict[str, Sequence[object]] | None = None,
    ) -> None:
        """Store a batch: ``values`` maps each field name to its raw texts (missing → all null).

        Texts and lines may be Python sequences, or Arrow arrays and a NumPy array as the CSV
        reader's fast path gives them (handed on without a Python object per value).
        """
        n = len(lines if lines is not None else xml_paths or next(iter(values.values()), []))
        if n == 0:
            return
        start = self._row_no.get(table.name, 0)
        self._row_no[table.name] = start + n
        columns: dict[str, pa.Array | pa.ChunkedArray] = {
            "submission_id": pa.repeat(pa.scalar(self.submission_id, pa.int64()), n),
            "file_id": pa.repeat(pa.scalar(self.file_id, pa.int64()), n),
            "row_no": pa.array(np.arange(start + 1, start + n + 1, dtype=np.int64)),
            "line": _array(lines, pa.int64(), n),
            "xml_path": _array(xml_paths, pa.string(), n),
        }
        for name, kind in table.keys:
            typ = pa.int64() if kind == "integer" else pa.string()
            columns[name] = pa.array((keys or {})[name], typ)
        for f in table.fields:
            columns[f.raw_column] = _array(values.get(f.name), pa.string(), n)
        batch = pa.table(columns)
        select = self._select(table)
        if self.store.dialect == "duckdb":
            driver = self.conn.connection.driver_connection
            driver.register("_cschub_batch", batch)
            try:
                names = ", ".join(f'"{c}"' for c in _columns(table))
                driver.execute(
                    f'INSERT INTO "{table.store_table}" ({names}) '
                    f"SELECT {select} FROM _cschub_batch"
                )
            finally:
                driver.unregister("_cschub_batch")
        else:
            if self._engine is None:
                self._engine = duckdb.connect()
            self._engine.register("batch", batch)
            try:
                parsed = self._engine.sql(f"SELECT {select} FROM batch").to_arrow_table()
            finally:
                self._engine.unregister("batch")
            self.store.insert_arrow(self.conn, table.store_table, parsed)
        self.counts.setdefault(table.name, TableCounts()).rows += n
        self._tables[table.name] = table

    def _select(self, table: ReturnTable) -> str:
        select = [f'"{name}"' for name, _ in PROVENANCE_COLUMNS]
        select += [f'"{name}"' for name, _ in table.keys]
        for f in table.fields:
            select.append(f'"{f.raw_column}"')
            select.append(f'{parse_expression(f.raw_column, f.kind)} AS "{f.column}"')
        return ", ".join(select)

    def finish(self) -> None:
        """Count, per table written, the values that did not parse."""
        for name, table in self._tables.items():
            checked = [f for f in table.fields if f.kind != "text"]
            if not checked:
                continue
            filters = ", ".join(
                f'count(*) FILTER (WHERE "{f.column}" IS NULL AND trim("{f.raw_column}") <> \'\')'
                for f in checked
            )
            row = self.conn.execute(
                sa.text(f'SELECT {filters} FROM "{table.store_table}" WHERE file_id = :f'),
                {"f": self.file_id},
            ).fetchall()[0]
            counts = self.counts[name]
            for f, bad in zip(checked, row, strict=True):
                if bad:
                    counts.unparsed += bad
                    counts.unparsed_by_field[f.name] = counts.unparsed_by_field.get(f.name, 0) + bad

    def close(self) -> None:
        """Release the parsing engine."""
        if self._engine is not None:
            self._engine.close()


def _array(
    data: Sequence | np.ndarray | pa.Array | pa.ChunkedArray | None, typ: pa.DataType, n: int
) -> pa.Array | pa.ChunkedArray:
    """``data`` as an Arrow array of ``typ`` (all null when absent)."""
    if data is None:
        return pa.nulls(n, typ)
    if isinstance(data, pa.Array | pa.ChunkedArray):
        return data if data.type == typ else data.cast(typ)
    return pa.array(data, typ)
