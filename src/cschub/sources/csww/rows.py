"""Turn the sections of a CSWW census (Header, LALevelVacancies, each CSWWWorker) into rows.

Every value is kept as written; an element the schema does not have is counted, never silently
dropped; a field holding elements instead of a value is refused (the file is not the census).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cschub.errors import InputRefused
from cschub.sources.cin.buffers import RowBuffers
from cschub.sources.cin.modules import local

if TYPE_CHECKING:
    from cschub.sources.staging import Stager

HEADER_PARTS = ("CollectionDetails", "Source")
# Elements a worker may repeat, each its own table (the table is named after the element).
REPEATED = ("QualInst", "ContractWeeks", "Absat30Sept", "ReasonAbsence", "CFKSSstatus")


class WorkerRows:
    """Collects rows section by section and writes them to the stager in batches."""

    def __init__(self, stager: Stager, file: str) -> None:
        self.out = RowBuffers(stager, "csww")
        self.file = file
        self.unknown: dict[str, int] = {}

    def header(self, elem) -> None:
        """The Header element: one row."""
        values: dict[str, str] = {}
        for part in elem:
            name = local(part.tag)
            if name in HEADER_PARTS:
                values.update(self._fields(part, "Header", f"/Message/Header/{name}"))
            elif name:
                self._unknown(name)
        self.out.add("Header", values, "/Message/Header", {})

    def section(self, elem, name: str, n: int) -> None:
        """LALevelVacancies (one row) or a CSWWWorker (a row, and one per repeated element)."""
        where = f"/Message/{name}[{n}]"
        if name == "LALevelVacancies":
            self.out.add(name, self._fields(elem, name, where), where, {})
            return
        keys = {"worker_seq": n}
        values = self._fields(elem, name, where, skip=REPEATED)
        self.out.add(name, values, where, keys)
        counts: dict[str, int] = {}
        for item in elem:
            item_name = local(item.tag)
            if item_name not in REPEATED:
                continue
            counts[item_name] = i = counts.get(item_name, 0) + 1
            here = f"{where}/{item_name}[{i}]"
            row = {"SWENo": values.get("SWENo"), item_name: self._text(item, here, item_name)}
            self.out.add(item_name, row, here, {**keys, "item_seq": i})

    def _fields(self, elem, table: str, where: str, skip: tuple[str, ...] = ()) -> dict[str, str]:
        """Text of the element's children that are fields of ``table``; others are noted."""
        known = self.out.fields(table)
        values: dict[str, str] = {}
        for item in elem:
            name = local(item.tag)
            if name in known and name not in values:
                values[name] = self._text(item, f"{where}/{name}", name)
            elif name and name not in skip:
                self._unknown(name if name not in known else f"{name} (repeated)")
        return values

    def _text(self, item, where: str, name: str) -> str:
        """A field's text as written ('' when present but empty); elements inside are refused."""
        inner = next((x for x in item if local(x.tag)), None)
        if inner is not None:
            raise InputRefused(self.file, "the file is not shaped like a CSWW census",
                               line=inner.sourceline, path=where, field=name,
                               found=f"element {local(inner.tag)} inside {name}",
                               expected=f"{name} holding a value")
        return "".join(item.itertext()) if len(item) else (item.text or "")

    def _unknown(self, name: str) -> None:
        self.unknown[name] = self.unknown.get(name, 0) + 1

    def flush(self) -> None:
        """Write whatever is still buffered."""
        self.out.flush()
