"""Find a list sheet's header row and map its columns to fields, or refuse the sheet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cschub.errors import InputRefused
from cschub.sources.annex_a.cells import header_key
from cschub.sources.annex_a.lists import AnnexList

# The header row is looked for among the first rows (a title block may sit above it).
HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True)
class SheetLayout:
    """Where a list sits in its sheet: header row number and field → column index."""

    sheet: str
    header_row: int
    columns: dict[str, int]


def locate(path: Path, sheet: str, item: AnnexList, rows: Iterable[Sequence[object]]
           ) -> SheetLayout | None:
    """The layout of a list sheet; None for an empty sheet; refuse a header missing columns."""
    best: tuple[int, dict[str, int], list[str]] | None = None
    for row_no, row in enumerate(rows, start=1):
        if row_no > HEADER_SEARCH_ROWS:
            break
        cells = ["" if v is None else str(v).strip() for v in row]
        if not any(cells):
            continue
        columns = _columns(cells, item)
        if best is None or len(columns) > len(best[1]):
            best = (row_no, columns, cells)
        if all(f in columns for f in item.required):
            return SheetLayout(sheet, row_no, columns)
    if best is None:
        return None
    row_no, columns, cells = best
    missing = [item.label(f) for f in item.required if f not in columns]
    raise InputRefused(
        str(path), f"the sheet '{sheet}' ({item.table.name}) lacks columns of the Annex A "
        f"template in its header row", line=row_no, field=", ".join(missing),
        found=", ".join(c for c in cells if c) or "no headers",
        expected=", ".join(item.label(f) for f in item.table.field_names))


def _columns(cells: list[str], item: AnnexList) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        field = item.headers.get(header_key(cell))
        if field and field not in columns:
            columns[field] = i
    return columns
