"""CREATE TABLE statements for DuckDB, PostgreSQL and SQL Server from Table objects."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, get_args

from cschub.model.tables import Field, ForeignKey, Table

Dialect = Literal["duckdb", "postgresql", "mssql"]
DIALECTS: tuple[str, ...] = get_args(Dialect)
DEFAULT_DECIMAL = (18, 4)
MAX_NAME = 63  # PostgreSQL truncates longer identifiers, which could make two names collide


def check_dialect(dialect: str) -> Dialect:
    """Return ``dialect`` if supported, else raise ValueError naming the choices."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r}; choose one of {', '.join(DIALECTS)}")
    return dialect  # type: ignore[return-value]


def quote(name: str, dialect: Dialect) -> str:
    """Quote an identifier safely: "name" (ANSI) or [name] (SQL Server), escaping the quote."""
    if dialect == "mssql":
        return "[" + name.replace("]", "]]") + "]"
    return '"' + name.replace('"', '""') + '"'


def constraint_name(*parts: str) -> str:
    """A constraint name from ``parts``, shortened with a hash suffix to fit every dialect."""
    name = "_".join(parts)
    if len(name) <= MAX_NAME:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:8]
    return f"{name[: MAX_NAME - 9]}_{digest}"


def column_type(f: Field, dialect: Dialect) -> str:
    """The SQL type of field ``f`` in ``dialect``."""
    return _TYPES[f.type](f, dialect)


def _string(f: Field, dialect: Dialect) -> str:
    if dialect == "mssql":
        return f"NVARCHAR({f.length})" if f.length else "NVARCHAR(MAX)"
    if dialect == "postgresql" and not f.length:
        return "TEXT"
    return f"VARCHAR({f.length})" if f.length else "VARCHAR"


def _decimal(f: Field, dialect: Dialect) -> str:
    precision, scale = f.precision or DEFAULT_DECIMAL
    return f"DECIMAL({precision},{scale})"


_TYPES: dict[str, Callable[[Field, Dialect], str]] = {
    "string": _string,
    "date": lambda f, d: "DATE",
    "datetime": lambda f, d: "DATETIME2" if d == "mssql" else "TIMESTAMP",
    "integer": lambda f, d: "BIGINT" if f.length and f.length > 9 else "INTEGER",
    "decimal": _decimal,
    "boolean": lambda f, d: "BIT" if d == "mssql" else "BOOLEAN",
}


def _column(f: Field, dialect: Dialect) -> str:
    null = "" if f.nullable else " NOT NULL"
    return f"    {quote(f.name, dialect)} {column_type(f, dialect)}{null}"


def _cols(names: Iterable[str], dialect: Dialect) -> str:
    return ", ".join(quote(n, dialect) for n in names)


def _foreign_key(table: Table, fk: ForeignKey, dialect: Dialect) -> str:
    name = quote(constraint_name("fk", table.name, *fk.columns), dialect)
    return (
        f"    CONSTRAINT {name} FOREIGN KEY ({_cols(fk.columns, dialect)}) "
        f"REFERENCES {quote(fk.ref_table, dialect)} ({_cols(fk.ref_columns, dialect)})"
    )


def create_table(table: Table, dialect: Dialect, *, keys: bool = True) -> str:
    """One CREATE TABLE statement (no trailing semicolon); ``keys=False`` leaves out the
    primary and foreign key constraints (see ``derive/keys.py``)."""
    lines = [_column(f, dialect) for f in table.fields]
    if table.primary_key and keys:
        pk = quote(constraint_name("pk", table.name), dialect)
        lines.append(f"    CONSTRAINT {pk} PRIMARY KEY ({_cols(table.primary_key, dialect)})")
    lines += [_foreign_key(table, fk, dialect) for fk in table.foreign_keys if keys]
    body = ",\n".join(lines)
    return f"CREATE TABLE {quote(table.name, dialect)} (\n{body}\n)"


def create_statements(
    tables: Iterable[Table], dialect: Dialect, *, keys: bool = True
) -> list[str]:
    """CREATE TABLE statements, parents before children, for any tables in ``dialect``."""
    from cschub.model.tables import order_tables

    check_dialect(dialect)
    return [create_table(t, dialect, keys=keys) for t in order_tables(tables)]


def generate_ddl(tables: Iterable[Table], dialect: Dialect) -> str:
    """A DDL script: the statements joined with ``;`` (and ``GO`` batches for SQL Server)."""
    statements = create_statements(tables, dialect)
    sep = ";\nGO\n\n" if dialect == "mssql" else ";\n\n"
    return sep.join(statements) + (";\nGO\n" if dialect == "mssql" else ";\n")
