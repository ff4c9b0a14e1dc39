"""Build Annex A workbooks for tests: every list's template headers and a few rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from cschub.sources.annex_a.lists import annex_lists

KIND_SAMPLES = {"text": "X", "date": "01/04/2025", "integer": "3"}


def headers(number: int) -> list[str]:
    """The template headers of list ``number``."""
    item = annex_lists()[number - 1]
    return [item.label(f) for f in item.table.field_names]


def sample_row(number: int, child: str) -> list[object]:
    """A row of text values for list ``number``, its first column ``child``."""
    item = annex_lists()[number - 1]
    row: list[object] = [KIND_SAMPLES[f.kind] for f in item.table.fields]
    row[0] = child
    return row


def build(path: Path, sheet_name: str = "List {n}", drop: tuple[int, str] | None = None,
          title_rows: int = 0) -> Path:
    """A workbook of all 11 lists, two rows each, one real Excel date and a blank row in List 1."""
    wb = Workbook()
    wb.remove(wb.active)
    wb.create_sheet("Cover")["A1"] = "Annex A return"
    for n in range(1, 12):
        ws = wb.create_sheet(sheet_name.format(n=n))
        for _ in range(title_rows):
            ws.append(["Ofsted Annex A"])
        head = headers(n)
        keep = [i for i, h in enumerate(head) if not (drop and drop == (n, h))]
        ws.append([head[i] for i in keep])
        for child in ("C1", "C2"):
            row = sample_row(n, f"{child}-{n}")
            ws.append([row[i] for i in keep])
    first = wb[sheet_name.format(n=1)]
    first.cell(row=title_rows + 2, column=4).value = dt.datetime(2015, 2, 1)
    first.cell(row=title_rows + 2, column=4).number_format = "dd/mm/yyyy"
    first.insert_rows(title_rows + 3)
    wb.save(path)
    return path
