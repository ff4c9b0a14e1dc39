"""Docs that cannot drift: every command has a README example."""

from __future__ import annotations

from pathlib import Path

from cschub.cli.main import app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_has_an_example_in_the_readme() -> None:
    names = [c.name for c in app.registered_commands]
    assert names, "no commands registered"
    missing = [n for n in names if f"cschub {n} " not in README]
    assert not missing, f"commands without a README example: {missing}"


def test_every_subcommand_has_an_example_in_the_readme() -> None:
    groups = {g.name: g.typer_instance for g in app.registered_groups}
    assert {"users", "agreements", "audit", "child"} <= set(groups)
    missing = [f"{name} {c.name}" for name, group in groups.items()
               for c in group.registered_commands if f"cschub {name} {c.name}" not in README]
    assert not missing, f"subcommands without a README example: {missing}"
