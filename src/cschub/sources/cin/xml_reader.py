"""Read a CIN census XML file in one streaming pass (time linear in its size, memory flat).

Every module of every child becomes rows of the CIN return tables, with every CP review date
(not only the first) and every assessment factor, each row carrying the XML path it came from.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from cschub.errors import InputRefused
from cschub.reference.la import la_code_for
from cschub.sources.base import DetectedFile, year_ending
from cschub.sources.cin.modules import ModuleRows, local
from cschub.sources.returnspec import return_tables
from cschub.sources.xmlsafe import forget, safe_iterparse, xml_error

if TYPE_CHECKING:
    from cschub.sources.staging import Stager

HEADER_FIELDS = frozenset(return_tables("cin")["Header"].field_names)
STREAMED = ("Header", "Child", "{*}Header", "{*}Child")


def recognise(path: Path) -> DetectedFile | None:
    """A CIN census (root Message, Collection CIN), with its year and LA from the header."""
    header = read_header(path)
    if header is None or (header.get("Collection") or "").strip().upper() != "CIN":
        return None
    detected = DetectedFile(path, "cin", "xml", tuple(return_tables("cin")), read_xml)
    detected.year = census_year(header, detected.notes)
    lea = (header.get("LEA") or "").strip()
    detected.la_code = la_code_for(lea) if lea else None
    if lea and detected.la_code is None:
        detected.notes.append(f"the header's LEA {lea} is not a known LA number")
    return detected


def read_header(
    path: Path, fields: frozenset[str] = HEADER_FIELDS, stop: tuple[str, ...] = ("Header", "Child")
) -> dict[str, str] | None:
    """A DfE census message's header fields, read up to the end of the Header (or the first
    element named in ``stop``); the CIN and CSWW readers share it."""
    values: dict[str, str] = {}
    try:
        for _event, elem in safe_iterparse(path, events=("end",)):
            refuse_doctype(path, elem)
            name = local(elem.tag)
            if name in fields and not len(elem):
                values.setdefault(name, elem.text or "")
            if name in stop:
                break
    except etree.XMLSyntaxError as exc:
        raise xml_error(path, exc) from None
    return values or None


def census_year(header: dict[str, str], notes: list[str]) -> str | None:
    """The collection year: the one ending on or after ReferenceDate, else ending in Year."""
    ref = _iso_date((header.get("ReferenceDate") or "").strip())
    raw_year = (header.get("Year") or "").strip()
    stated = year_ending(int(raw_year)) if raw_year.isdigit() and len(raw_year) == 4 else None
    if ref is None:
        return stated
    year = year_ending(ref.year if ref.month <= 3 else ref.year + 1)
    if stated and stated != year:
        notes.append(f"the header's Year {raw_year} disagrees with its ReferenceDate "
                     f"{ref.isoformat()}; the collection year {year} follows the ReferenceDate")
    return year


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None


def read_xml(detected: DetectedFile, stager: Stager) -> None:
    """Stream the file into the CIN return tables, one Child at a time."""
    rows = ModuleRows(stager)
    seq = 0
    try:
        for _event, elem in safe_iterparse(detected.path, events=("end",), tag=STREAMED):
            if seq == 0:
                refuse_doctype(detected.path, elem)
            if local(elem.tag) == "Header":
                rows.header(elem)
            else:
                seq += 1
                rows.child(elem, seq)
            forget(elem)
    except etree.XMLSyntaxError as exc:
        raise xml_error(detected.path, exc) from None
    rows.flush()
    for name, count in sorted(rows.unknown.items()):
        detected.notes.append(f"ignored element {name} ({count} times)")


def refuse_doctype(path: Path, elem) -> None:
    """Refuse a DOCTYPE the prolog check could not see (one placed after a long comment).

    The parser never expands or fetches its entities, but a return never has one.
    """
    if elem.getroottree().docinfo.doctype:
        raise InputRefused(str(path), "the file has a document type declaration, which "
                           "returns never have", line=_line_of(path, b"<!DOCTYPE"),
                           found="<!DOCTYPE …>", expected="plain XML without a DOCTYPE")


def _line_of(path: Path, marker: bytes) -> int | None:
    """The line on which ``marker`` first appears, reading the file in chunks."""
    lines, tail = 1, b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            data = tail + chunk
            at = data.find(marker)
            if at >= 0:
                return lines + data.count(b"\n", 0, at)
            lines += data.count(b"\n", 0, len(data) - len(marker))
            tail = data[len(data) - len(marker):]
    return None
