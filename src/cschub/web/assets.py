"""Where the GOV.UK Frontend assets are: copied from the npm package by ``make assets`` into
``static/govuk`` (never fetched from a CDN)."""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).parent / "static"
GOVUK = STATIC / "govuk"


def available() -> bool:
    """True when ``make assets`` has copied GOV.UK Frontend in."""
    return (GOVUK / "govuk-frontend.min.css").is_file()
