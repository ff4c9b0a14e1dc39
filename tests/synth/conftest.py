"""Fixtures: synthetic local authorities generated once per test session."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from cschub.synth import generate

REFERENCE = Path(
    os.environ.get("CSCHUB_REFERENCE", Path(__file__).parents[2] / ".." / "shared" / "reference")
).resolve()
LA = "E09000027"
CALIBRATION_POPULATION = 150_000


def needs_reference() -> None:
    if not REFERENCE.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"reference folder {REFERENCE} not found")
        pytest.skip(f"reference folder {REFERENCE} not found (set CSCHUB_REFERENCE)")


class Generated:
    """A generated output folder and its manifest."""

    def __init__(self, root: Path, manifest: dict[str, Any]) -> None:
        self.root, self.manifest = root, manifest
        self.la = root / manifest["la"]

    def path(self, *parts: str) -> Path:
        return self.la.joinpath(*parts)


@pytest.fixture(scope="session")
def clean_la(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """A clean LA of 150,000 children, years 2023-24 to 2025-26 (also used for calibration)."""
    root = tmp_path_factory.mktemp("clean")
    manifest = generate(root, CALIBRATION_POPULATION, (2023, 2026), LA, seed=7, error_rate=0.0)
    return Generated(root, manifest)


@pytest.fixture(scope="session")
def faulty_la(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """A small LA with mistakes injected into about a quarter of child-returns."""
    root = tmp_path_factory.mktemp("faulty")
    generate(root, 10_000, (2023, 2026), LA, seed=3, error_rate=0.25)
    return Generated(root, json.loads((root / "manifest.json").read_text()))
