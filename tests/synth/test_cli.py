"""The `synth` command: arguments, progress and summary."""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from cschub.cli.synth import synth_command

app = typer.Typer()
app.command("synth")(synth_command)
app.command("other")(lambda: None)  # two commands, so `synth` is addressed by name as in cschub


def test_backwards_years_are_refused(tmp_path):
    result = CliRunner().invoke(app, ["synth", "--years", "2026-2019", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "first year must come before the last" in result.output


def test_unknown_la_is_refused(tmp_path):
    result = CliRunner().invoke(app, ["synth", "--la", "E99999999", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown local authority" in result.output


def test_small_run_writes_files_and_summary(tmp_path):
    result = CliRunner().invoke(
        app,
        ["synth", "--children", "2000", "--years", "2024-2026", "--seed", "4", "-o", str(tmp_path)],
    )
    assert result.exit_code == 0, result.output
    assert "2025-26" in result.output and "files written" in result.output
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["years"] == ["2024-25", "2025-26"] and manifest["seed"] == 4
