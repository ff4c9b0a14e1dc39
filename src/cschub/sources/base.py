"""What every reader provides: recognising its files and writing their rows to the returns layer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cschub.sources.staging import Stager

YEAR_RE = re.compile(r"(?<!\d)(20\d\d)[-_ ]?(\d\d)(?!\d)")
LA_RE = re.compile(r"(?<![A-Z0-9])(E0[6-9]\d{6}|E10\d{6})(?![0-9])")


@dataclass
class DetectedFile:
    """A file recognised as (part of) a return, and how to read it."""

    path: Path
    collection: str  # ssda903 | cin | annex_a | ssd
    format: str  # csv | xml | xlsx | parquet
    tables: tuple[str, ...]  # the return tables (names in tables.yaml) the file holds
    read: Callable[[DetectedFile, Stager], None]
    la_code: str | None = None  # as the content says, if it does
    year: str | None = None  # collection year "2025-26", as the content says
    notes: list[str] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def whole_return(self) -> bool:
        """Whether the file is a whole return (so it replaces every table of the older one)."""
        return self.format in ("xml", "xlsx")


def year_from_text(text: str) -> str | None:
    """``.../2024-25/...`` or ``2024_25`` → ``2024-25`` (the second part must follow the first)."""
    for m in YEAR_RE.finditer(text):
        start, end = int(m.group(1)), int(m.group(2))
        if (start + 1) % 100 == end:
            return f"{start}-{end:02d}"
    return None


def la_from_text(text: str) -> str | None:
    """An ONS upper-tier LA code (E06…, E08…, E09…, E10…) found in a path, if any."""
    m = LA_RE.search(text.upper())
    return m.group(1) if m else None


def year_ending(end_year: int) -> str:
    """2025 → ``2024-25``."""
    return f"{end_year - 1}-{end_year % 100:02d}"
