"""Read a CIN census XML file in one streaming pass (time linear in its size, memory flat).

Every module of every child becomes rows of the CIN return tables, with every CP review date
(not only the first) and every assessment factor, each row carrying the XML path it came from.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from cschub.reference.la import la_code_for
from cschub.sources.base import DetectedFile, year_ending
from cschub.sources.cin.modules import ModuleRows
from cschub.sources.xmlsafe import safe_iterparse, xml_error

HEADER_FIELDS = {"Collection", "Year", "ReferenceDate", "SourceLevel", "LEA", "SoftwareCode",
                 "Release", "SerialNo", "DateTime"}


def recognise(path: Path) -> DetectedFile | None:
    """A CIN census (root Message, Collection CIN), with its year and LA from the header."""
    header = _read_header(path)
    if header is None or (header.get("Collection") or "").strip().upper() != "CIN":
        return None
    detected = DetectedFile(path, "cin", "xml", _all_tables(), read_xml)
    detected.year = _year(header)
    lea = (header.get("LEA") or "").strip()
    detected.la_code = la_code_for(lea) if lea else None
    return detected


def _all_tables() -> tuple[str, ...]:
    from cschub.sources.returnspec import return_tables

    return tuple(return_tables("cin"))


def _read_header(path: Path) -> dict[str, str] | None:
    values: dict[str, str] = {}
    try:
        for _event, elem in safe_iterparse(path, events=("end",)):
            name = etree.QName(elem).localname
            if name in HEADER_FIELDS:
                values[name] = elem.text or ""
            if name == "Header":
                return values
            if name == "Child":
                break
    except etree.XMLSyntaxError as exc:
        raise xml_error(path, exc) from None
    return values or None


def _year(header: dict[str, str]) -> str | None:
    ref = (header.get("ReferenceDate") or "").strip()
    if len(ref) >= 10 and ref[:4].isdigit() and ref[5:7] == "03":
        return year_ending(int(ref[:4]))
    year = (header.get("Year") or "").strip()
    return year_ending(int(year)) if year.isdigit() else None


def read_xml(detected: DetectedFile, stager) -> None:
    """Stream the file into the CIN return tables, one Child at a time."""
    rows = ModuleRows(stager)
    seq = 0
    try:
        for _event, elem in safe_iterparse(detected.path, events=("end",),
                                           tag=("Header", "Child", "{*}Header", "{*}Child")):
            if etree.QName(elem).localname == "Header":
                rows.header(elem)
            else:
                seq += 1
                rows.child(elem, seq)
            elem.clear()
            parent = elem.getparent()
            while parent is not None and elem.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        raise xml_error(detected.path, exc) from None
    rows.flush()
    for name, count in sorted(rows.unknown.items()):
        detected.notes.append(f"ignored element {name} ({count} times)")
