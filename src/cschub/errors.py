"""Errors a person can act on: what was wrong, where, and what was expected."""

from __future__ import annotations

from dataclasses import dataclass


class CschubError(Exception):
    """An error shown to the user as a plain message, never as a traceback."""


@dataclass
class InputRefused(CschubError):
    """A file that is not what it claims to be; nothing of its load is stored."""

    file: str
    problem: str
    line: int | None = None
    field: str | None = None
    found: str | None = None
    expected: str | None = None
    path: str | None = None  # XML element path

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", line {self.line}"
        if self.path:
            where += f", element {self.path}"
        if self.field:
            where += f", field {self.field}"
        parts = [f"{where}: {self.problem}"]
        if self.found is not None:
            parts.append(f"found {self.found}")
        if self.expected is not None:
            parts.append(f"expected {self.expected}")
        return "; ".join(parts)
