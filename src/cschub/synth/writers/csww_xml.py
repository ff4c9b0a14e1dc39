"""The children's social work workforce (CSWW) census for one year, as DfE XML (2022 schema)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..dates import day, iso
from ..workforce_census import Census, CensusWorker


def _sub(parent: etree._Element, tag: str, text: str | None) -> None:
    if text is not None:
        etree.SubElement(parent, tag).text = text


def _header(census: Census, lea: str) -> etree._Element:
    h = etree.Element("Header")
    cd = etree.SubElement(h, "CollectionDetails")
    _sub(cd, "Collection", "CSWW")
    _sub(cd, "Year", str(census.end_year))
    _sub(cd, "ReferenceDate", iso(day(census.end_year, 9, 30)))
    src = etree.SubElement(h, "Source")
    _sub(src, "SourceLevel", "L")
    _sub(src, "LEA", lea)
    _sub(src, "SoftwareCode", "cschub synth")
    _sub(src, "DateTime", f"{census.end_year}-10-20T09:00:00")
    return h


def _worker(item: CensusWorker) -> etree._Element:
    """One CSWWWorker, its elements in the schema's order."""
    w, el = item.worker, etree.Element("CSWWWorker")
    _sub(el, "AgencyWorker", "1" if w.agency else "0")
    _sub(el, "SWENo", w.swe)
    _sub(el, "FTE", f"{w.fte:.6f}")
    _sub(el, "PersonBirthDate", iso(w.dob))
    _sub(el, "GenderCurrent", w.gender)
    _sub(el, "Ethnicity", w.ethnicity)
    _sub(el, "QualInst", w.qual_inst)
    _sub(el, "QualLevel", w.qual_level)
    _sub(el, "OrgRole", w.role)
    _sub(el, "RoleStartDate", iso(w.start))
    _sub(el, "StartOrigin", w.origin if item.starter else None)
    _sub(el, "RoleEndDate", iso(w.end) if w.end is not None else None)
    _sub(el, "LeaverDestination", w.destination)
    _sub(el, "ReasonLeave", w.reason)
    if item.cases is not None:
        _sub(el, "FTE30", f"{w.fte:.6f}")
        _sub(el, "Cases30", str(item.cases))
    _sub(el, "WorkingDaysLost", f"{item.days_lost:.2f}" if item.days_lost is not None else None)
    if w.end is None and not w.agency:
        _sub(el, "Absat30Sept", "1" if item.absence else "0")
        _sub(el, "ReasonAbsence", item.absence)
    return el


def write_census(path: Path, census: Census, lea: str) -> int:
    """Write the census XML; returns the number of workers."""
    root = etree.Element("Message")
    root.append(_header(census, lea))
    vac = etree.SubElement(root, "LALevelVacancies")
    _sub(vac, "NumberOfVacancies", f"{census.vacancies:.2f}")
    _sub(vac, "NoAgencyFTE", f"{census.agency_cover_fte:.2f}")
    _sub(vac, "NoAgencyHeadcount", str(census.agency_cover_headcount))
    for item in census.workers:
        root.append(_worker(item))
    path.parent.mkdir(parents=True, exist_ok=True)
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8",
                                  pretty_print=True)
    return len(census.workers)
