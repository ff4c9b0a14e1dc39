"""SSDA903 tables as CSV files, recognised by their columns whatever the file is called."""

from __future__ import annotations

from pathlib import Path

from cschub.errors import InputRefused
from cschub.sources.base import DetectedFile
from cschub.sources.csvfile import CsvFile, open_csv
from cschub.sources.returnspec import ReturnTable, return_tables
from cschub.sources.staging import Stager

# A header sharing at least this fraction of a table's columns is taken to be meant as that table.
CLOSE_ENOUGH = 0.6
# Columns a CSV table may leave out. The Header's UASC flag is in the XML export; a CSV return
# usually says a child is UASC by a row in the UASC table instead.
OPTIONAL: dict[str, frozenset[str]] = {"Header": frozenset({"UASC"})}


def recognise(path: Path, csv_file: CsvFile) -> DetectedFile | None:
    """The SSDA903 table whose exact column set this header has, or None if it is no 903 table.

    A header close to a table but not equal (a column missing or given twice) is refused.
    """
    header = [h.upper() for h in csv_file.header]
    seen: set[str] = set()
    for name in header:
        if name in seen and name:
            table = _closest(set(header))
            if table is not None:
                raise InputRefused(
                    str(path),
                    f"the column {name} appears twice",
                    line=1,
                    field=name,
                    expected=f"the {table.name} columns once each",
                )
        seen.add(name)
    table = _closest(seen)
    if table is None:
        return None
    missing = [f for f in _required(table) if f not in seen]
    if missing:
        raise InputRefused(
            str(path),
            f"this looks like the SSDA903 {table.name} table but columns are missing",
            line=1,
            field=", ".join(missing),
            found=", ".join(csv_file.header),
            expected=", ".join(table.field_names),
        )
    extra = [h for h in csv_file.header if h.upper() not in table.field_names and h]
    detected = DetectedFile(
        path, "ssda903", "csv", (table.name,), read_csv, extra={"csv": csv_file}
    )
    if extra:
        detected.notes.append(f"ignored columns not in the {table.name} table: {', '.join(extra)}")
    return detected


def _closest(columns: set[str]) -> ReturnTable | None:
    best, best_score = None, 0.0
    for table in return_tables("ssda903").values():
        wanted = set(_required(table))
        score = len(wanted & columns) / len(wanted | (columns - OPTIONAL.get(table.name, set())))
        if score > best_score:
            best, best_score = table, score
    if best is not None and (best_score >= CLOSE_ENOUGH or set(_required(best)) <= columns):
        return best
    return None


def _required(table: ReturnTable) -> tuple[str, ...]:
    optional = OPTIONAL.get(table.name, frozenset())
    return tuple(f for f in table.field_names if f not in optional)


def read_csv(detected: DetectedFile, stager: Stager) -> None:
    """Write every row of a recognised 903 CSV table to the returns layer."""
    table = return_tables("ssda903")[detected.tables[0]]
    csv_file: CsvFile = detected.extra.get("csv") or open_csv(detected.path)  # type: ignore[assignment]
    given = {h.upper() for h in csv_file.header}
    wanted = [f for f in table.field_names if f in given or f not in OPTIONAL.get(table.name, ())]
    for batch in csv_file.batches(wanted, arrow=True):
        stager.write(table, batch.columns, lines=batch.lines)
