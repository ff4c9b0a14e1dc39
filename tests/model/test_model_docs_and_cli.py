"""The data dictionary page is generated and current; ``cschub schema`` prints DDL."""

from __future__ import annotations

from pathlib import Path

import duckdb
import typer
from typer.testing import CliRunner

from cschub.cli.schema import schema_command
from cschub.model import render_data_dictionary, write_data_dictionary

DICTIONARY = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command("schema")(schema_command)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps "schema" a sub-command
        """Nothing."""

    return app


def test_data_dictionary_in_docs_is_up_to_date(spec):
    assert DICTIONARY.read_text(encoding="utf-8") == render_data_dictionary(spec), (
        "docs/data-dictionary.md is stale: run `cschub schema --docs docs/data-dictionary.md`"
    )


def test_data_dictionary_lists_every_table_field_and_code(spec, tmp_path):
    text = write_data_dictionary(spec, tmp_path / "dd.md").read_text(encoding="utf-8")
    for table in spec:
        assert f"## {table.name}\n" in text
        for f in table.fields:
            assert f"| {f.name}" in text
    assert "`Z11`" in text and "(2025-26+)" in text


def test_schema_command_prints_ddl_that_duckdb_runs(tmp_path):
    docs = tmp_path / "dd.md"
    result = CliRunner().invoke(_app(), ["schema", "--dialect", "duckdb", "--docs", str(docs)])
    assert result.exit_code == 0, result.output
    assert docs.exists()
    con = duckdb.connect()
    con.execute(result.stdout)
    assert con.execute("select count(*) from ref_code_set").fetchone() == (0,)


def test_schema_command_refuses_unknown_dialect():
    result = CliRunner().invoke(_app(), ["schema", "--dialect", "oracle"])
    assert result.exit_code == 2
    assert "duckdb, postgresql, mssql" in result.output


def test_schema_command_mssql():
    result = CliRunner().invoke(_app(), ["schema", "--dialect", "mssql"])
    assert result.exit_code == 0 and "NVARCHAR" in result.stdout
