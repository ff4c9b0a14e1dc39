"""Derive the standard dataset from the returns layer, listing what cannot be carried over."""

from cschub.derive.rebuild import rebuild

__all__ = ["rebuild"]
