"""Shared fixtures for the standard dataset model tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cschub.model import Spec, load_spec

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"
if not REFERENCE.exists():
    REFERENCE = Path("/work/shared/reference")
BACKGROUND = REFERENCE.parent / "background"


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load_spec()


@pytest.fixture(scope="session")
def reference() -> Path:
    if not REFERENCE.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the shared reference folder is missing: {REFERENCE}")
        pytest.skip("the shared reference folder is not available")
    return REFERENCE
