"""Derive the standard dataset from the returns layer (work in progress)."""

from cschub.derive.rebuild import rebuild

__all__ = ["rebuild"]
