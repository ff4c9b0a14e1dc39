"""Tables of the store that are not the standard dataset: load bookkeeping and the returns layer.

The bookkeeping tables carry no foreign keys: DuckDB treats an update of a referenced row as a
delete and refuses it, and these rows are updated as loads progress.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.sources.returnspec import PROVENANCE_COLUMNS, ReturnTable, all_return_tables

CONTROL_DDL = """
CREATE TABLE load_batch (
    load_id BIGINT PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    command VARCHAR(200),
    summary TEXT
);
CREATE TABLE return_submission (
    submission_id BIGINT PRIMARY KEY,
    collection VARCHAR(16) NOT NULL,
    year VARCHAR(7) NOT NULL,
    la_code VARCHAR(9) NOT NULL,
    first_load_id BIGINT NOT NULL,
    last_load_id BIGINT NOT NULL,
    UNIQUE (collection, year, la_code)
);
CREATE TABLE return_file (
    file_id BIGINT PRIMARY KEY,
    submission_id BIGINT NOT NULL,
    load_id BIGINT NOT NULL,
    source_path VARCHAR(1000) NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    size_bytes BIGINT NOT NULL,
    format VARCHAR(16) NOT NULL,
    return_tables VARCHAR(400) NOT NULL,
    row_count BIGINT NOT NULL,
    unparsed_count BIGINT NOT NULL,
    current BOOLEAN NOT NULL,
    superseded_by_load_id BIGINT
);
CREATE TABLE load_quality (
    load_id BIGINT NOT NULL,
    la_code VARCHAR(9) NOT NULL,
    problem VARCHAR(20) NOT NULL,
    target_table VARCHAR(64),
    source_table VARCHAR(64),
    file_id BIGINT,
    line BIGINT,
    xml_path VARCHAR(300),
    child VARCHAR(100),
    field VARCHAR(64),
    value VARCHAR(1000),
    detail VARCHAR(1000)
);
"""

_TYPES = {
    "duckdb": {"text": "VARCHAR", "date": "DATE", "integer": "BIGINT", "decimal": "DOUBLE"},
    "postgresql": {
        "text": "TEXT",
        "date": "DATE",
        "integer": "BIGINT",
        "decimal": "DOUBLE PRECISION",
    },
}


def return_table_ddl(table: ReturnTable, dialect: str) -> str:
    """CREATE TABLE for one returns-layer table: raw text beside parsed value, plus provenance."""
    types = _TYPES[dialect]
    cols = [f'"{name}" {types[kind]}' for name, kind in PROVENANCE_COLUMNS]
    cols += [f'"{name}" {types[kind]}' for name, kind in table.keys]
    for f in table.fields:
        cols.append(f'"{f.raw_column}" {types["text"]}')
        cols.append(f'"{f.column}" {types[f.kind]}')
    return f'CREATE TABLE "{table.store_table}" (\n    ' + ",\n    ".join(cols) + "\n)"


def create_all(conn: Connection) -> None:
    """Create every table of the store (used by the first migration)."""
    create_returns_layer(conn)
    from cschub.model.standard import create_standard_dataset

    create_standard_dataset(conn)


def create_scratch_store(conn: Connection) -> None:
    """What validating files needs and no more: bookkeeping, the returns layer, code sets and
    the SQL helpers (a temporary in-memory store is made this way, without migrations)."""
    from importlib import import_module

    from cschub.model.codesets import code_set_table
    from cschub.model.ddl import create_statements
    from cschub.model.standard import refresh_code_sets

    create_returns_layer(conn)
    for statement in create_statements([code_set_table()], conn.dialect.name):
        conn.execute(sa.text(statement))
    refresh_code_sets(conn)
    for helpers in ("0002_rule_functions", "0009_working_days"):
        import_module(f"cschub.model.migrations.versions.{helpers}").create_functions(conn)


def create_returns_layer(conn: Connection) -> None:
    """Bookkeeping tables and one table per return table."""
    dialect = conn.dialect.name
    for statement in CONTROL_DDL.split(";"):
        if statement.strip():
            conn.execute(sa.text(statement))
    for table in all_return_tables():
        conn.execute(sa.text(return_table_ddl(table, dialect)))
        if dialect == "postgresql":
            conn.execute(
                sa.text(
                    f'CREATE INDEX "ix_{table.store_table}_sub" '
                    f'ON "{table.store_table}" (submission_id)'
                )
            )
