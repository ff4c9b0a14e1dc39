"""The CIN census for one collection year, as DfE XML streamed with lxml."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from lxml import etree

from ..dates import Day, age_on, iso, year_end, year_start
from ..records import Child, Referral

SEX_ELEMENT_FROM = 2025  # 2024-25 onwards: <Sex> M/F/U replaces <GenderCurrent> 1/2/0


def _sub(parent: etree._Element, tag: str, text: str | None) -> etree._Element:
    el = etree.SubElement(parent, tag)
    el.text = text
    return el


def header(end_year: int, lea: str) -> etree._Element:
    """The census Header element."""
    h = etree.Element("Header")
    cd = etree.SubElement(h, "CollectionDetails")
    _sub(cd, "Collection", "CIN")
    _sub(cd, "Year", str(end_year))
    _sub(cd, "ReferenceDate", iso(year_end(end_year)))
    src = etree.SubElement(h, "Source")
    _sub(src, "SourceLevel", "L")
    _sub(src, "LEA", lea)
    _sub(src, "SoftwareCode", "cschub synth")
    _sub(src, "Release", "0.1.0")
    _sub(src, "SerialNo", "001")
    _sub(src, "DateTime", f"{end_year}-05-01T09:00:00")
    return h


def in_census(child: Child, end_year: int) -> list[Referral]:
    """The child's CIN episodes open at any time in the year."""
    s, e = year_start(end_year), year_end(end_year)
    return [r for r in child.referrals if r.date <= e and (r.closure is None or r.closure >= s)]


def child_element(child: Child, referrals: list[Referral], end_year: int) -> etree._Element:
    """One <Child> as at the census reference date."""
    s, e = year_start(end_year), year_end(end_year)
    c = etree.Element("Child")
    ids = etree.SubElement(c, "ChildIdentifiers")
    _sub(ids, "LAchildID", child.id)
    born = child.dob <= e
    if born and age_on(child.dob, e) >= 5:
        _sub(ids, "UPN", child.upn)
    else:
        _sub(ids, "UPNunknown", "UN1")
    _sub(ids, "PersonBirthDate" if born else "ExpectedPersonBirthDate", iso(child.dob))
    if end_year >= SEX_ELEMENT_FROM:
        _sub(ids, "Sex", ("M" if child.sex == "1" else "F") if born else "U")
    else:
        _sub(ids, "GenderCurrent", child.sex if born else "0")
    chars = etree.SubElement(c, "ChildCharacteristics")
    _sub(chars, "Ethnicity", child.ethnic if born else "NOBT")
    dis = etree.SubElement(chars, "Disabilities")
    for code in child.disabilities or ["NONE"]:
        _sub(dis, "Disability", code)
    for ref in referrals:
        c.append(_cin_details(ref, s, e))
    return c


def _open_in(start: Day, end: Day | None, s: Day, e: Day) -> bool:
    return start <= e and (end is None or end >= s)


def _cin_details(ref: Referral, s: Day, e: Day) -> etree._Element:
    d = etree.Element("CINdetails")
    _sub(d, "CINreferralDate", iso(ref.date))
    _sub(d, "ReferralSource", ref.source)
    if ref.need:
        _sub(d, "PrimaryNeedCode", ref.need)
    if ref.closure is not None and ref.closure <= e:
        _sub(d, "CINclosureDate", iso(ref.closure))
        _sub(d, "ReasonForClosure", ref.closure_reason)
    for a in ref.assessments:
        if not _open_in(a.start, a.authorised, s, e):
            continue
        el = etree.SubElement(d, "Assessments")
        _sub(el, "AssessmentActualStartDate", iso(a.start))
        if a.authorised is not None and a.authorised <= e:
            _sub(el, "AssessmentAuthorisationDate", iso(a.authorised))
            f = etree.SubElement(el, "FactorsIdentifiedAtAssessment")
            for code in a.factors:
                _sub(f, "AssessmentFactors", code)
    for p in ref.cin_plans:
        if _open_in(p.start, p.end, s, e):
            el = etree.SubElement(d, "CINPlanDates")
            _sub(el, "CINPlanStartDate", iso(p.start))
            if p.end is not None and p.end <= e:
                _sub(el, "CINPlanEndDate", iso(p.end))
    for q in ref.s47s:
        if not _open_in(q.start, q.end, s, e):
            continue
        el = etree.SubElement(d, "Section47")
        _sub(el, "S47ActualStartDate", iso(q.start))
        _sub(el, "InitialCPCtarget", iso(q.icpc_target))
        held = q.icpc_date is not None and q.icpc_date <= e
        if held:
            _sub(el, "DateOfInitialCPC", iso(q.icpc_date))
        _sub(el, "ICPCnotRequired", "true" if q.icpc_date is None and q.end <= e else "false")
    _sub(d, "ReferralNFA", "true" if ref.nfa else "false")
    for p in ref.cp_plans:
        if not _open_in(p.start, p.end, s, e):
            continue
        el = etree.SubElement(d, "ChildProtectionPlans")
        _sub(el, "CPPstartDate", iso(p.start))
        if p.end is not None and p.end <= e:
            _sub(el, "CPPendDate", iso(p.end))
        _sub(el, "InitialCategoryOfAbuse", p.initial_category)
        _sub(el, "LatestCategoryOfAbuse", p.latest_category)
        _sub(el, "NumberOfPreviousCPP", str(p.previous_plans))
        reviews = [r for r in p.reviews if r <= e]
        if reviews:
            rv = etree.SubElement(el, "Reviews")
            for r in reviews:
                _sub(rv, "CPPreviewDate", iso(r))
    return d


Mutator = Callable[[Child, etree._Element], None]


def write_census(
    path: Path, children: Iterable[Child], end_year: int, lea: str, mutate: Mutator | None = None
) -> int:
    """Stream the census to path; mutate (error injection) may alter each child's element."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with etree.xmlfile(str(path), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("Message"):
            xf.write(header(end_year, lea), pretty_print=True)
            with xf.element("Children"):
                for child in children:
                    refs = in_census(child, end_year)
                    if not refs:
                        continue
                    el = child_element(child, refs, end_year)
                    if mutate is not None:
                        mutate(child, el)
                    xf.write(el, pretty_print=True)
                    n += 1
    return n
