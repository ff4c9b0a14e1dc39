"""The fast way to read a CSV file: Arrow's C++ reader, for files without quote characters.

Without quotes every physical line is one record, so each row's line number is known from the
positions of the newlines.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pyarrow import csv as pacsv

if TYPE_CHECKING:
    from cschub.sources.csvfile import CsvBatch, CsvFile

MAX_BYTES = 1 << 28  # larger files are streamed by the Python reader (never held in memory)


class FastPathFailed(Exception):
    """Arrow could not read the file; the Python reader takes over."""


def fast_path_possible(path: Path, encoding: str) -> bool:
    """UTF-8, no quote characters, not huge."""
    if encoding != "utf-8-sig" or path.stat().st_size > MAX_BYTES:
        return False
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 22):
            if b'"' in chunk:
                return False
    return True


def _data_lines(path: Path) -> np.ndarray:
    """1-based numbers of the non-empty lines after the first non-empty line (the header)."""
    data = np.fromfile(path, dtype=np.uint8)
    nl = np.flatnonzero(data == 10)
    starts = np.concatenate(([0], nl + 1))
    ends = np.concatenate((nl, [len(data)]))
    length = ends - starts
    first = data[np.minimum(starts, max(len(data) - 1, 0))] if len(data) else starts
    empty = (length == 0) | ((length == 1) & (first == 13))
    numbers = np.flatnonzero(~empty) + 1
    return numbers[1:]


def fast_batches(
    csv_file: CsvFile, wanted: list[str], batch_rows: int, arrow: bool = False
) -> Iterator[CsvBatch]:
    """Yield batches read by Arrow; raise FastPathFailed if it cannot read the file.

    With ``arrow`` each batch is one block of the file as Arrow arrays (no Python strings).
    """
    from cschub.sources.csvfile import CsvBatch

    lines = _data_lines(csv_file.path)
    index = {name.upper(): i for i, name in enumerate(csv_file.header)}
    names = [f"c{i}" for i in range(len(csv_file.header))]
    picked = [names[index[w.upper()]] for w in wanted]
    try:
        reader = pacsv.open_csv(
            csv_file.path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(
                delimiter=csv_file.delimiter, quote_char=False, ignore_empty_lines=True
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.string() for n in names},
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, OSError) as exc:
        raise FastPathFailed(str(exc)) from None
    seen = 0
    try:
        for record_batch in reader:
            n = record_batch.num_rows
            batch = pa.Table.from_batches([record_batch])
            numbers = lines[seen : seen + n]
            seen += n
            if len(numbers) != n:
                raise FastPathFailed("line count mismatch")
            keep = _not_blank(batch, names)
            if keep is not None:
                batch = batch.filter(keep)
                numbers = numbers[np.asarray(keep)]
            if arrow:
                yield CsvBatch(
                    {w: batch.column(p) for w, p in zip(wanted, picked, strict=True)}, numbers
                )
                continue
            cols = {w: batch.column(p).to_pylist() for w, p in zip(wanted, picked, strict=True)}
            for start in range(0, batch.num_rows, batch_rows):
                end = start + batch_rows
                yield CsvBatch(
                    {w: v[start:end] for w, v in cols.items()}, numbers[start:end].tolist()
                )
    except pa.ArrowInvalid as exc:
        raise FastPathFailed(str(exc)) from None
    if seen != len(lines):
        raise FastPathFailed("line count mismatch")


def _not_blank(batch: pa.Table, names: list[str]) -> pa.Array | None:
    """A mask of rows with any non-blank cell, or None when every row has one."""
    joined = pc.binary_join_element_wise(*(batch.column(n) for n in names), "")
    keep = pc.not_equal(pc.utf8_trim_whitespace(joined), "")
    if pc.all(keep).as_py():
        return None
    return keep
