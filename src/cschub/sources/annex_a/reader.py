"""Ofsted Annex A workbooks: one sheet per list, read row by row in batches."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cschub.errors import InputRefused
from cschub.sources.annex_a.cells import text_of
from cschub.sources.annex_a.header import SheetLayout, locate
from cschub.sources.annex_a.lists import COLLECTION, annex_lists, list_for_sheet
from cschub.sources.annex_a.zipsafe import is_safe_workbook
from cschub.sources.base import DetectedFile
from cschub.sources.staging import Stager

BATCH_ROWS = 20_000
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def recognise(path: Path) -> DetectedFile | None:
    """An Annex A workbook (a sheet per list found), None for a workbook without list sheets.

    The LA and year are not in the workbook: they come from folder names or ``--la``/``--year``.
    """
    if not is_safe_workbook(path):
        if path.suffix.lower() in WORKBOOK_SUFFIXES:
            raise InputRefused(str(path), "the file is a ZIP archive but not an Excel workbook",
                               found="no [Content_Types].xml or xl/workbook.xml inside",
                               expected="an .xlsx workbook")
        return None
    layouts: dict[str, SheetLayout] = {}
    notes: list[str] = []
    with _workbook(path) as wb:
        for sheet in wb.sheetnames:
            item = list_for_sheet(sheet)
            if item is None:
                continue
            name = item.table.name
            if name in layouts:
                raise InputRefused(str(path), f"two sheets hold Annex A {name}",
                                   found=f"'{layouts[name].sheet}' and '{sheet}'",
                                   expected="one sheet per list")
            layout = locate(path, sheet, item, wb[sheet].iter_rows(values_only=True))
            if layout is None:
                notes.append(f"sheet '{sheet}' ({name}) is empty")
                continue
            layouts[name] = layout
    if not layouts:
        return None
    order = [i.table.name for i in annex_lists() if i.table.name in layouts]
    detected = DetectedFile(path, COLLECTION, "xlsx", tuple(order), read_workbook,
                            notes=notes, extra={"layouts": layouts})
    missing = [i.table.name for i in annex_lists() if i.table.name not in layouts]
    if missing:
        detected.notes.append(f"no sheet for {', '.join(missing)}")
    return detected


def read_workbook(detected: DetectedFile, stager: Stager) -> None:
    """Write every data row of each recognised list sheet to the returns layer."""
    layouts: dict[str, SheetLayout] = detected.extra["layouts"]  # type: ignore[assignment]
    tables = {i.table.name: i.table for i in annex_lists()}
    with _workbook(detected.path) as wb:
        for name in detected.tables:
            layout, table = layouts[name], tables[name]
            rows = wb[layout.sheet].iter_rows(min_row=layout.header_row + 1, values_only=True)
            for values, lines in _batches(rows, layout):
                stager.write(table, values, lines=lines)


def _batches(rows: Iterator[tuple[Any, ...]], layout: SheetLayout
             ) -> Iterator[tuple[dict[str, list[str | None]], list[int]]]:
    values: dict[str, list[str | None]] = {f: [] for f in layout.columns}
    lines: list[int] = []
    for row_no, row in enumerate(rows, start=layout.header_row + 1):
        texts = {f: text_of(row[i]) if i < len(row) else None for f, i in layout.columns.items()}
        if all(t is None or not t.strip() for t in texts.values()):
            continue
        for f, t in texts.items():
            values[f].append(t)
        lines.append(row_no)
        if len(lines) >= BATCH_ROWS:
            yield values, lines
            values, lines = {f: [] for f in layout.columns}, []
    if lines:
        yield values, lines


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    from openpyxl import load_workbook

    with path.open("rb") as fh:
        try:
            wb = load_workbook(fh, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, SyntaxError) as exc:
            raise InputRefused(str(path), "the workbook cannot be read", found=str(exc),
                               expected="an .xlsx workbook saved by Excel") from None
        try:
            yield wb
        finally:
            wb.close()
