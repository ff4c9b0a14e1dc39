"""Rows buffered per return table and written to the stager in batches (memory stays flat)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from cschub.sources.returnspec import ReturnTable, return_tables

if TYPE_CHECKING:
    from cschub.sources.staging import Stager

BATCH = 20_000


class RowBuffers:
    """Column lists per table, written out every ``BATCH`` rows and at the end."""

    def __init__(self, stager: Stager, collection: str, batch: int | None = None) -> None:
        self.stager = stager
        self.specs: dict[str, ReturnTable] = return_tables(collection)
        self.batch = batch or BATCH
        self._buffers: dict[str, tuple[dict[str, list], dict[str, list], list[str]]] = {}
        self._fields = {name: frozenset(t.field_names) for name, t in self.specs.items()}

    def fields(self, table: str) -> frozenset[str]:
        """The field names of a table."""
        return self._fields[table]

    def add(self, table: str, values: Mapping[str, str | None], path: str,
            keys: Mapping[str, int]) -> None:
        """Buffer one row: missing fields are null (the element was absent)."""
        buf = self._buffers.get(table)
        if buf is None:
            spec = self.specs[table]
            buf = self._buffers[table] = ({f: [] for f in spec.field_names},
                                          {k: [] for k, _ in spec.keys}, [])
        columns, key_columns, paths = buf
        for name, column in columns.items():
            column.append(values.get(name))
        for name, column in key_columns.items():
            column.append(keys.get(name))
        paths.append(path)
        if len(paths) >= self.batch:
            self._write(table)

    def _write(self, table: str) -> None:
        buf = self._buffers.pop(table, None)
        if buf and buf[2]:
            self.stager.write(self.specs[table], buf[0], xml_paths=buf[2], keys=buf[1])

    def flush(self) -> None:
        """Write whatever is still buffered."""
        for table in list(self._buffers):
            self._write(table)
