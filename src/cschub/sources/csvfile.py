"""Read a CSV file in batches of rows, keeping each row's line number."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cschub.errors import InputRefused
from cschub.sources.csvfast import FastPathFailed, fast_batches, fast_path_possible
from cschub.sources.textfile import detect_encoding

BATCH_ROWS = 50_000
SNIFF_BYTES = 64 * 1024


@dataclass
class CsvBatch:
    """Rows of a CSV file as columns of text, with the line each row starts on.

    Lists of ``str`` and ``int``, or (when asked for) Arrow string arrays and a NumPy array.
    """

    columns: dict[str, Any]
    lines: Any


@dataclass
class CsvFile:
    """An opened CSV file: its encoding, dialect and header."""

    path: Path
    encoding: str
    delimiter: str
    header: list[str]

    def batches(
        self, wanted: list[str], batch_rows: int = BATCH_ROWS, arrow: bool = False
    ) -> Iterator[CsvBatch]:
        """Yield the ``wanted`` columns in batches; blank lines are skipped.

        Files without quote characters are read by Arrow's CSV reader (fast); anything it cannot
        read is read again, from where it stopped, by Python's ``csv`` module, which also gives
        the precise errors. ``arrow=True`` lets the fast path yield Arrow arrays, for a
        consumer that hands them on without looking at each value (the stager).
        """
        done = 0
        if fast_path_possible(self.path, self.encoding):
            try:
                for batch in fast_batches(self, wanted, batch_rows, arrow):
                    done += len(batch.lines)
                    yield batch
                return
            except FastPathFailed:
                pass
        for batch in self._python_batches(wanted, batch_rows, skip=done):
            yield batch

    def _python_batches(
        self, wanted: list[str], batch_rows: int, skip: int = 0
    ) -> Iterator[CsvBatch]:
        index = {name.upper(): i for i, name in enumerate(self.header)}
        positions = [index[w.upper()] for w in wanted]
        width = len(self.header)
        with self.path.open(encoding=self.encoding, newline="") as fh:
            reader = csv.reader(fh, delimiter=self.delimiter, strict=True)
            start = 1
            try:
                for row in reader:
                    if row and any(c.strip() for c in row):
                        break
                rows: list[list[str]] = []
                lines: list[int] = []
                start = reader.line_num + 1
                for row in reader:
                    line, start = start, reader.line_num + 1
                    if not row or (not row[0].strip() and not "".join(row).strip()):
                        continue
                    if len(row) != width:
                        row = self._fit(row, width, line)
                    if skip:
                        skip -= 1
                        continue
                    rows.append(row)
                    lines.append(line)
                    if len(lines) >= batch_rows:
                        yield _batch(rows, lines, wanted, positions)
                        rows, lines = [], []
            except csv.Error as exc:
                raise InputRefused(
                    str(self.path),
                    "the file is not well-formed CSV",
                    line=start,
                    found=str(exc),
                    expected="quoted fields closed on the same row",
                ) from None
            if lines:
                yield _batch(rows, lines, wanted, positions)

    def _fit(self, row: list[str], width: int, line: int) -> list[str]:
        if len(row) > width and not any(c.strip() for c in row[width:]):
            return row[:width]
        raise InputRefused(
            str(self.path),
            "a row has the wrong number of fields",
            line=line,
            found=f"{len(row)} fields",
            expected=f"{width}, as in the header row",
        )


def _batch(
    rows: list[list[str]], lines: list[int], wanted: list[str], positions: list[int]
) -> CsvBatch:
    columns = list(zip(*rows, strict=True))
    return CsvBatch({w: list(columns[p]) for w, p in zip(wanted, positions, strict=True)}, lines)


def open_csv(path: Path) -> CsvFile:
    """Open a CSV file: detect its encoding and delimiter and read its header row."""
    encoding = detect_encoding(path)
    with path.open(encoding=encoding, newline="") as fh:
        sample = fh.read(SNIFF_BYTES)
    first = next((ln for ln in sample.splitlines() if ln.strip()), "")
    try:
        dialect = csv.Sniffer().sniff(first, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    if delimiter not in first:
        delimiter = ","
    with path.open(encoding=encoding, newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header: list[str] = []
        for row in reader:
            if row and any(c.strip() for c in row):
                header = [c.strip() for c in row]
                break
    if not header:
        raise InputRefused(
            str(path), "the file has no header row", line=1, expected="a first row of column names"
        )
    return CsvFile(path, encoding, delimiter, header)
