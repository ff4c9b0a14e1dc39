"""Rebuild the standard dataset for LAs from everything loaded for them."""

from __future__ import annotations


def rebuild(store, conn, la_codes, load_id):
    """Placeholder while the standard dataset spec is written."""
    return {}, {}
