"""Turn the ``Header`` and each ``Child`` element of a CIN census into rows of its return tables.

A child's element is small, so it is walked directly once parsed. Every repeated element
(disabilities, assessment factors, CP review dates) becomes a row of its own; elements the
schema does not have are counted, never silently dropped, and never stop the reading.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from cschub.sources.cin.buffers import RowBuffers

if TYPE_CHECKING:
    from cschub.sources.staging import Stager

# Module elements of CINdetails → return table.
SECTIONS = {
    "Assessments": "Assessments",
    "CINPlanDates": "CINplanDates",
    "Section47": "Section47",
    "ChildProtectionPlans": "ChildProtectionPlans",
    "PreProceedingsandFGDM": "PreProceedings",
}
# Repeated values inside a module: module → (group element, repeated element, table).
GROUPS = {
    "Assessments": ("FactorsIdentifiedAtAssessment", "AssessmentFactors", "AssessmentFactors"),
    "ChildProtectionPlans": ("Reviews", "CPPreviewDate", "CPPreviews"),
}
MODULE_KEYS = {"Assessments": "assessment_seq", "ChildProtectionPlans": "cpp_seq"}
HEADER_PARTS = ("CollectionDetails", "Source")


def local(tag: object) -> str:
    """An element's name without a namespace ('' for comments and processing instructions)."""
    if type(tag) is str:
        return tag if tag[0] != "{" else tag.rpartition("}")[2]
    return ""


def text_of(elem) -> str:
    """The text of an element as written: '' when present but empty (stray child text kept)."""
    return (elem.text or "") if not len(elem) else "".join(elem.itertext())


class ModuleRows:
    """Collects rows child by child and writes them to the stager in batches."""

    def __init__(self, stager: Stager) -> None:
        self.out = RowBuffers(stager, "cin")
        self.unknown: dict[str, int] = {}

    def header(self, elem) -> None:
        """The Header element: one row."""
        values: dict[str, str] = {}
        for part in elem:
            name = local(part.tag)
            if name in HEADER_PARTS:
                values.update(self._fields(part, "Header"))
            elif name:
                self._unknown(name)
        self.out.add("Header", values, "/Message/Header", {})

    def child(self, elem, seq: int) -> None:
        """One Child element: rows of every module it holds."""
        where = f"/Message/Children/Child[{seq}]"
        keys = {"child_seq": seq}
        parts = [(local(p.tag), p) for p in elem if local(p.tag)]
        ids = next((p for n, p in parts if n == "ChildIdentifiers"), None)
        child_id = self._child_row(parts, ids, where, keys)
        counts: dict[str, int] = {}
        for name, part in parts:
            counts[name] = n = counts.get(name, 0) + 1
            if name == "CINdetails":
                self._cin(part, f"{where}/CINdetails[{n}]", {**keys, "cin_seq": n}, child_id)
            elif name == "ChildCharacteristics":
                self._disabilities(part, f"{where}/{name}[{n}]", keys, child_id)
            elif name != "ChildIdentifiers" or part is not ids:
                self._unknown(name if name != "ChildIdentifiers" else "ChildIdentifiers (repeated)")

    def _child_row(self, parts: list, ids, where: str, keys: dict) -> str | None:
        values = self._fields(ids, "ChildIdentifiers") if ids is not None else {}
        for name, part in parts:
            if name == "ChildCharacteristics":
                for item in part:
                    if local(item.tag) == "Ethnicity":
                        values["Ethnicity"] = text_of(item)
                    elif local(item.tag) not in ("Disabilities", ""):
                        self._unknown(local(item.tag))
                break
        path = f"{where}/ChildIdentifiers[1]" if ids is not None else where
        self.out.add("ChildIdentifiers", values, path, keys)
        return values.get("LAchildID")

    def _disabilities(self, part, path: str, keys: dict, child_id: str | None) -> None:
        groups = [g for g in part if local(g.tag) == "Disabilities"]
        for g, group in enumerate(groups, start=1):
            items = [d for d in group if local(d.tag)]
            for i, item in enumerate(items, start=1):
                if local(item.tag) != "Disability":
                    self._unknown(local(item.tag))
                    continue
                here = f"{path}/Disabilities[{g}]/Disability[{i}]"
                self.out.add("Disabilities", {"LAchildID": child_id,
                                              "Disability": text_of(item)}, here, keys)

    def _cin(self, part, path: str, keys: dict, child_id: str | None) -> None:
        values = self._fields(part, "CINdetails", skip=SECTIONS)
        values["LAchildID"] = child_id  # type: ignore[assignment]
        self.out.add("CINdetails", values, path, keys)
        counts: dict[str, int] = {}
        for section in part:
            name = local(section.tag)
            if name not in SECTIONS:
                continue
            counts[name] = n = counts.get(name, 0) + 1
            here = f"{path}/{name}[{n}]"
            table = SECTIONS[name]
            skip = (GROUPS[name][0],) if name in GROUPS else ()
            row = {**self._fields(section, table, skip=skip), "LAchildID": child_id}
            mkeys = {**keys, MODULE_KEYS[name]: n} if name in MODULE_KEYS else keys
            self.out.add(table, row, here, mkeys)
            if name in GROUPS:
                self._group(section, here, GROUPS[name], mkeys, child_id)

    def _group(self, section, here: str, group: tuple[str, str, str], keys: dict,
               child_id: str | None) -> None:
        container, item_name, table = group
        holders = [g for g in section if local(g.tag) == container]
        for g, holder in enumerate(holders, start=1):
            items = [x for x in holder if local(x.tag)]
            for i, item in enumerate(items, start=1):
                if local(item.tag) != item_name:
                    self._unknown(local(item.tag))
                    continue
                path = f"{here}/{container}[{g}]/{item_name}[{i}]"
                self.out.add(table, {"LAchildID": child_id, item_name: text_of(item)}, path, keys)

    def _fields(self, elem, table: str, skip: Container[str] = ()) -> dict[str, str]:
        """Text of the element's children that are fields of ``table``; others are noted."""
        known = self.out.fields(table)
        values: dict[str, str] = {}
        for item in elem:
            name = local(item.tag)
            if name in known and name not in values:
                values[name] = text_of(item)
            elif name and name not in skip:
                self._unknown(name if name not in known else f"{name} (repeated)")
        return values

    def _unknown(self, name: str) -> None:
        self.unknown[name] = self.unknown.get(name, 0) + 1

    def flush(self) -> None:
        """Write whatever is still buffered."""
        self.out.flush()
