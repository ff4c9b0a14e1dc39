"""The DfE's SSDA903 XML export (root ``EXPSSDA903``, one ``CHILD`` per child), streamed child
by child into the same return tables as the CSV files.

Unlike the reference validator's reader, social worker episodes and deprivation of liberty
orders are read too. The DfE's element names for them are not in the fake export we have; the
reader accepts ``SWEPISODE``/``SW_EPISODE`` (``SW_ID``, ``SW_DECOM``, ``SW_DEC``, ``SW_REASON``)
and ``DOLO``/``DOLO_EPISODE`` (``DOLO_START``, ``DOLO_END``) and notes any other element.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from cschub.sources.base import DetectedFile
from cschub.sources.cin.xml_reader import refuse_doctype  # belongs in xmlsafe (framework)
from cschub.sources.returnspec import ReturnTable, return_tables
from cschub.sources.xmlsafe import forget, safe_iterparse, xml_error

if TYPE_CHECKING:
    from cschub.sources.staging import Stager

BATCH = 20_000
HEADER_ONLY = {"CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "DUC", "MOTHER", "MC_DOB",
               "IN_TOUCH", "ACTIV", "ACCOM", "DATE_INT", "DATE_MATCH", "FOSTER_CARE",
               "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"}
BLOCKS = {"AREVIEW": "Reviews", "AMISSING": "Missing", "OC2": "OC2", "PERMANENCE": "PrevPerm",
          "AD_PLACED": "PlacedAdoption", "EPISODE": "Episodes", "SWEPISODE": "SWEpisodes",
          "SW_EPISODE": "SWEpisodes", "DOLO": "DoLo", "DOLO_EPISODE": "DoLo"}
RENAME = {"CHILDID": "CHILD", "PL": "PLACE"}


def recognise(path: Path) -> DetectedFile | None:
    """The 903 XML export carries no year or LA: the folder name or --year/--la give them."""
    return DetectedFile(path, "ssda903", "xml", tuple(return_tables("ssda903")), read_xml)


def read_xml(detected: DetectedFile, stager: Stager) -> None:
    """Stream the export into the 903 return tables."""
    specs = return_tables("ssda903")
    buffers: dict[str, dict] = {}
    unknown: dict[str, int] = {}
    n = 0
    try:
        for _event, child in safe_iterparse(detected.path, events=("end",), tag="CHILD"):
            n += 1
            if n == 1:
                refuse_doctype(detected.path, child)
            for table, values, where in _rows(child, f"/EXPSSDA903/CHILD[{n}]", unknown):
                buf = buffers.setdefault(table, {"values": {f: [] for f in
                                                            specs[table].field_names},
                                                 "paths": []})
                for f in specs[table].field_names:
                    buf["values"][f].append(values.get(f))
                buf["paths"].append(where)
                if len(buf["paths"]) >= BATCH:
                    _write(stager, specs[table], buffers.pop(table))
            forget(child)
    except etree.XMLSyntaxError as exc:
        raise xml_error(detected.path, exc) from None
    for table, buf in buffers.items():
        _write(stager, specs[table], buf)
    for name, count in sorted(unknown.items()):
        detected.notes.append(f"ignored element {name} ({count} times)")


def _write(stager: Stager, spec: ReturnTable, buf: dict) -> None:
    stager.write(spec, buf["values"], xml_paths=buf["paths"])


def _rows(child, where: str, unknown: dict[str, int]) -> Iterator[tuple[str, dict, str]]:
    """(table, values, xml path) for every row one CHILD element gives."""
    head: dict[str, str] = {}
    blocks: list[tuple[str, dict[str, str], str]] = []
    counts: dict[str, int] = {}
    for section in child:
        name = _name(section)
        if name == "HEADER":
            for item in section:
                tag = _name(item)
                if tag in BLOCKS:
                    blocks.append(_block(item, tag, where + "/HEADER", counts, unknown))
                elif tag in HEADER_ONLY:
                    head[RENAME.get(tag, tag)] = item.text or ""
                elif tag:
                    unknown[tag] = unknown.get(tag, 0) + 1
        elif name in BLOCKS:
            blocks.append(_block(section, name, where, counts, unknown))
        elif name in HEADER_ONLY and not len(section):  # a header item placed beside HEADER
            head.setdefault(RENAME.get(name, name), section.text or "")
        elif name:
            unknown[name] = unknown.get(name, 0) + 1
    base = {"CHILD": head.get("CHILD"), "DOB": head.get("DOB")}
    yield "Header", head, where + "/HEADER"
    if head.get("UASC", "").strip() == "1" or head.get("DUC", "").strip():
        yield "UASC", {**base, "SEX": head.get("SEX"), "DUC": head.get("DUC")}, where + "/HEADER"
    if any(k in head for k in ("IN_TOUCH", "ACTIV", "ACCOM")):
        yield "OC3", {**base, **{k: head.get(k) for k in ("IN_TOUCH", "ACTIV", "ACCOM")}}, (
            where + "/HEADER")
    if "DATE_INT" in head:
        keys = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")
        yield "AD1", {**base, **{k: head.get(k) for k in keys}}, where + "/HEADER"
    for table, values, path in blocks:
        yield table, {**base, **values}, path


def _block(elem, tag: str, where: str, counts: dict[str, int],
           unknown: dict[str, int]) -> tuple[str, dict, str]:
    counts[tag] = counts.get(tag, 0) + 1
    table = BLOCKS[tag]
    known = return_tables("ssda903")[table].field_names
    values: dict[str, str] = {}
    for item in elem:
        name = RENAME.get(_name(item), _name(item))
        if name in known:
            values[name] = item.text or ""
        elif name:
            unknown[f"{tag}/{name}"] = unknown.get(f"{tag}/{name}", 0) + 1
    return table, values, f"{where}/{tag}[{counts[tag]}]"


def _name(elem) -> str:
    return etree.QName(elem).localname if isinstance(elem.tag, str) else ""
