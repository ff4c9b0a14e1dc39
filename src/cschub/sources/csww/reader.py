"""Read a CSWW census XML file in one streaming pass (time linear in its size, memory flat).

The header gives the LA and the census date (30 September); the year is the collection year
ending in the census date's calendar year (30 September 2025 → 2024-25, the DfE's reporting
year 2025), so the workforce figures sit beside the other returns' figures as the DfE's
dashboard shows them. Values are kept as written; a file not shaped like the census (no or two
LALevelVacancies, no CSWWWorker, an element in the wrong place) is refused.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from cschub.errors import InputRefused
from cschub.reference.la import la_code_for
from cschub.sources.base import DetectedFile, year_ending
from cschub.sources.cin.modules import local
from cschub.sources.cin.xml_reader import read_header, refuse_doctype
from cschub.sources.csww.rows import WorkerRows
from cschub.sources.returnspec import return_tables
from cschub.sources.xmlsafe import forget, safe_iterparse, xml_error

if TYPE_CHECKING:
    from cschub.sources.staging import Stager

HEADER_FIELDS = frozenset(return_tables("csww")["Header"].field_names)
TOP = ("Header", "LALevelVacancies", "CSWWWorker")


def recognise(path: Path) -> DetectedFile | None:
    """A CSWW census (root Message, Collection CSWW), with its year and LA from the header."""
    header = read_header(path, HEADER_FIELDS, TOP)
    if header is None or (header.get("Collection") or "").strip().upper() != "CSWW":
        return None
    detected = DetectedFile(path, "csww", "xml", tuple(return_tables("csww")), read_xml)
    detected.year = census_year(header)
    lea = (header.get("LEA") or "").strip()
    detected.la_code = la_code_for(lea) if lea else None
    if lea and detected.la_code is None:
        detected.notes.append(f"the header's LEA {lea} is not a known LA number")
    return detected


def census_year(header: dict[str, str]) -> str | None:
    """The collection year ending in the census date's year (else in the stated Year)."""
    ref = (header.get("ReferenceDate") or "").strip()
    try:
        return year_ending(date.fromisoformat(ref[:10]).year)
    except ValueError:
        pass
    raw = (header.get("Year") or "").strip()
    return year_ending(int(raw)) if raw.isdigit() and len(raw) == 4 else None


def read_xml(detected: DetectedFile, stager: Stager) -> None:
    """Stream the file into the CSWW return tables, one top-level section at a time."""
    path = detected.path
    rows = WorkerRows(stager, str(path))
    seen = {"LALevelVacancies": 0, "CSWWWorker": 0}
    try:
        for n, (_event, elem) in enumerate(safe_iterparse(path, events=("end",))):
            if n == 0:
                refuse_doctype(path, elem)
            parent = elem.getparent()
            if parent is None or parent.getparent() is not None:
                continue  # the root, or an element inside a section (read with its section)
            name = local(elem.tag)
            if name == "Header":
                rows.header(elem)
            elif name in seen:
                seen[name] += 1
                _refuse_second_vacancies(path, elem, seen["LALevelVacancies"])
                rows.section(elem, name, seen[name])
            elif name:
                raise _misplaced(path, elem, f"/Message/{name}")
            forget(elem)
    except etree.XMLSyntaxError as exc:
        raise xml_error(path, exc) from None
    _refuse_missing(path, seen)
    rows.flush()
    for name, count in sorted(rows.unknown.items()):
        detected.notes.append(f"ignored element {name} ({count} times)")


def _refuse_second_vacancies(path: Path, elem, count: int) -> None:
    if count > 1 and local(elem.tag) == "LALevelVacancies":
        raise InputRefused(str(path), "the census has more than one LALevelVacancies",
                           line=elem.sourceline, path=f"/Message/LALevelVacancies[{count}]",
                           found="a second LALevelVacancies", expected="exactly one")


def _refuse_missing(path: Path, seen: dict[str, int]) -> None:
    for name, count in seen.items():
        if not count:
            raise InputRefused(str(path), f"the census has no {name}", path=f"/Message/{name}",
                               found="none", expected=f"at least one {name} (CSWW schema)")


def _misplaced(path: Path, elem, where: str) -> InputRefused:
    return InputRefused(str(path), "the file is not shaped like a CSWW census",
                        line=elem.sourceline, path=where, found=f"element {local(elem.tag)}",
                        expected="Header, LALevelVacancies and CSWWWorker elements in Message")
