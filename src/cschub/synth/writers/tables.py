"""Tables held in memory before they are written: rows, and which child each row is about."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Table:
    """One CSV table: its columns, its rows (text), and each row's child id."""

    name: str
    file: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    children: list[str] = field(default_factory=list)

    def add(self, child: str, values: list[str]) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{self.name}: {len(values)} values for {len(self.columns)} columns")
        self.rows.append(values)
        self.children.append(child)

    def write(self, folder: Path) -> Path:
        """Write as CSV with a header row (so row i is on line i + 2)."""
        path = folder / self.file
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(self.columns)
            w.writerows(self.rows)
        return path
