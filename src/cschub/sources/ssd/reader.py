"""SSD extract tables (CSV or Parquet), recognised by file name: ``ssd_person.csv``,
``E09000027_ssd_person.parquet``. An extract covers every year, so its year is ``all``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow as pa

from cschub.errors import InputRefused
from cschub.sources.annex_a.cells import text_of
from cschub.sources.base import DetectedFile
from cschub.sources.csvfile import CsvFile, open_csv
from cschub.sources.returnspec import ReturnTable, return_tables
from cschub.sources.ssd.spec import COLLECTION, primary_key
from cschub.sources.staging import Stager

BATCH_ROWS = 20_000
ALL_YEARS = "all"


def table_for(path: Path) -> ReturnTable | None:
    """The SSD table a file name stands for (any prefix before ``ssd_`` ignored), or None."""
    stem = path.stem.lower()
    tables = return_tables(COLLECTION)
    start = stem.find("ssd_")
    while start >= 0:
        if stem[start:] in tables:
            return tables[stem[start:]]
        start = stem.find("ssd_", start + 1)
    return None


def recognise_csv(path: Path, csv_file: CsvFile) -> DetectedFile | None:
    """An SSD table as CSV, or None when the file name is no SSD table."""
    table = table_for(path)
    if table is None:
        return None
    return _detected(path, table, "csv", csv_file.header, read_csv, {"csv": csv_file})


def recognise_parquet(path: Path) -> DetectedFile | None:
    """An SSD table as Parquet, or None when the file name is no SSD table."""
    table = table_for(path)
    if table is None:
        return None
    import pyarrow.parquet as pq

    try:
        columns = pq.ParquetFile(path).schema_arrow.names
    except (OSError, pa.ArrowException) as exc:
        raise InputRefused(str(path), "the Parquet file cannot be read", found=str(exc),
                           expected="a Parquet file") from None
    return _detected(path, table, "parquet", columns, read_parquet, {})


def _detected(path: Path, table: ReturnTable, fmt: str, header: list[str],
              read: Callable[[DetectedFile, Stager], None], extra: dict[str, object]
              ) -> DetectedFile:
    """Check the columns against the table and say what will be ignored or left empty."""
    present: dict[str, str] = {}
    for column in header:
        field = next((f for f in table.field_names if f.lower() == column.strip().lower()), None)
        if field is None:
            continue
        if field in present:
            raise InputRefused(str(path), f"the column {column} appears twice", line=1,
                               field=column, expected=f"the {table.name} columns once each")
        present[field] = column
    missing_key = [k for k in primary_key(table.name) if k not in present]
    if missing_key or not present:
        raise InputRefused(
            str(path), f"the SSD {table.name} table lacks its key column"
            if missing_key else f"the file has none of the SSD {table.name} columns",
            line=1 if fmt == "csv" else None, field=", ".join(missing_key) or None,
            found=", ".join(header), expected=", ".join(table.field_names))
    detected = DetectedFile(path, COLLECTION, fmt, (table.name,), read, year=ALL_YEARS,
                            extra={**extra, "columns": present})
    unknown = [c for c in header if c.strip() and c.strip().lower() not in
               {f.lower() for f in table.field_names}]
    if unknown:
        detected.notes.append(f"ignored columns not in {table.name}: {', '.join(unknown)}")
    absent = [f for f in table.field_names if f not in present]
    if absent:
        detected.notes.append(f"columns of {table.name} not in the file, stored empty: "
                              f"{', '.join(absent)}")
    return detected


def read_csv(detected: DetectedFile, stager: Stager) -> None:
    """Write every row of an SSD CSV table to the returns layer."""
    table = return_tables(COLLECTION)[detected.tables[0]]
    present: dict[str, str] = detected.extra["columns"]  # type: ignore[assignment]
    csv_file: CsvFile = detected.extra.get("csv") or open_csv(detected.path)  # type: ignore[assignment]
    for batch in csv_file.batches(list(present), batch_rows=BATCH_ROWS, arrow=True):
        stager.write(table, batch.columns, lines=batch.lines)


def read_parquet(detected: DetectedFile, stager: Stager) -> None:
    """Write every row of an SSD Parquet table, batch by batch; line = row number (1-based)."""
    import pyarrow.parquet as pq

    table = return_tables(COLLECTION)[detected.tables[0]]
    present: dict[str, str] = detected.extra["columns"]  # type: ignore[assignment]
    done = 0
    try:
        batches = pq.ParquetFile(detected.path).iter_batches(
            batch_size=BATCH_ROWS, columns=list(present.values()))
        for batch in batches:
            values = {f: [text_of(v) for v in batch.column(c).to_pylist()]
                      for f, c in present.items()}
            stager.write(table, values, lines=list(range(done + 1, done + batch.num_rows + 1)))
            done += batch.num_rows
    except (OSError, pa.ArrowException) as exc:
        raise InputRefused(str(detected.path), "the Parquet file cannot be read", line=done + 1,
                           found=str(exc), expected="a Parquet file") from None
