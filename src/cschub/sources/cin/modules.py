"""Turn one ``Child`` element of a CIN census into rows of its return tables.

Each child's element is small, so it is walked directly; rows are buffered per table and
written in batches. Every repeated element (disabilities, assessment factors, CP review dates)
becomes a row of its own.
"""

from __future__ import annotations

from cschub.sources.returnspec import ReturnTable, return_tables

BATCH = 20_000
SECTIONS = {"Assessments": "Assessments", "CINPlanDates": "CINplanDates",
            "Section47": "Section47", "ChildProtectionPlans": "ChildProtectionPlans",
            "PreProceedingsandFGDM": "PreProceedings"}


def local(tag: object) -> str:
    """An element's name without a namespace ('' for comments and processing instructions)."""
    if type(tag) is str:
        return tag if tag[0] != "{" else tag.rpartition("}")[2]
    return ""


def leaves(elem) -> dict[str, str]:
    """Text of the element's childless children: '' when present but empty."""
    return {local(c.tag): (c.text or "") for c in elem if not len(c) and type(c.tag) is str}


class ModuleRows:
    """Collects rows child by child and writes them to the stager in batches."""

    def __init__(self, stager) -> None:
        self.stager = stager
        self.specs: dict[str, ReturnTable] = return_tables("cin")
        self.buffers: dict[str, dict] = {}
        self.unknown: dict[str, int] = {}

    def header(self, elem) -> None:
        """The Header element: one row."""
        values: dict[str, str] = {}
        for part in elem:
            values.update(leaves(part))
        self._row("Header", values, "/Message/Header", {})

    def child(self, elem, seq: int) -> None:
        """One Child element: rows of every module it holds."""
        where = f"/Message/Children/Child[{seq}]"
        keys = {"child_seq": seq}
        child_id: str | None = None
        counts: dict[str, int] = {}
        for part in elem:
            name = local(part.tag)
            if not name:
                continue
            counts[name] = n = counts.get(name, 0) + 1
            path = f"{where}/{name}[{n}]"
            if name == "ChildIdentifiers":
                values = leaves(part)
                child_id = values.get("LAchildID")
                self._row("ChildIdentifiers", values, path, keys)
            elif name == "ChildCharacteristics":
                self._characteristics(part, path, keys, child_id)
            elif name == "CINdetails":
                self._cin(part, path, {**keys, "cin_seq": n}, child_id)
            else:
                self._unknown(name)

    def _characteristics(self, part, path: str, keys: dict, child_id: str | None) -> None:
        for item in part:
            name = local(item.tag)
            if name == "Ethnicity":
                self._set_last("ChildIdentifiers", "Ethnicity", item.text or "", keys)
            elif name == "Disabilities":
                for i, d in enumerate(x for x in item if local(x.tag) == "Disability"):
                    self._row("Disabilities", {"LAchildID": child_id, "Disability": d.text or ""},
                              f"{path}/Disabilities[1]/Disability[{i + 1}]", keys)
            elif name:
                self._unknown(name)

    def _cin(self, part, path: str, keys: dict, child_id: str | None) -> None:
        values = leaves(part)
        values["LAchildID"] = child_id  # type: ignore[assignment]
        self._row("CINdetails", values, path, keys)
        counts: dict[str, int] = {}
        for section in part:
            name = local(section.tag)
            if name not in SECTIONS:
                continue
            counts[name] = n = counts.get(name, 0) + 1
            here = f"{path}/{name}[{n}]"
            row = {**leaves(section), "LAchildID": child_id}
            if name == "Assessments":
                akeys = {**keys, "assessment_seq": n}
                self._row("Assessments", row, here, akeys)
                for group in section:
                    if local(group.tag) == "FactorsIdentifiedAtAssessment":
                        for i, f in enumerate(x for x in group
                                              if local(x.tag) == "AssessmentFactors"):
                            self._row("AssessmentFactors", {"LAchildID": child_id,
                                      "AssessmentFactors": f.text or ""},
                                      f"{here}/FactorsIdentifiedAtAssessment[1]"
                                      f"/AssessmentFactors[{i + 1}]", akeys)
            elif name == "ChildProtectionPlans":
                ckeys = {**keys, "cpp_seq": n}
                self._row("ChildProtectionPlans", row, here, ckeys)
                for group in section:
                    if local(group.tag) == "Reviews":
                        for i, r in enumerate(x for x in group
                                              if local(x.tag) == "CPPreviewDate"):
                            self._row("Reviews", {"LAchildID": child_id,
                                                  "CPPreviewDate": r.text or ""},
                                      f"{here}/Reviews[1]/CPPreviewDate[{i + 1}]", ckeys)
            else:
                self._row(SECTIONS[name], row, here, keys)

    # buffers ---------------------------------------------------------------------------
    def _row(self, table: str, values: dict, where: str, keys: dict) -> None:
        spec = self.specs[table]
        buf = self.buffers.get(table)
        if buf is None:
            buf = self.buffers[table] = {"values": {f: [] for f in spec.field_names},
                                         "keys": {k: [] for k, _ in spec.keys}, "paths": []}
        for f, column in buf["values"].items():
            column.append(values.get(f))
        for k, column in buf["keys"].items():
            column.append(keys.get(k))
        buf["paths"].append(where)
        known = spec.field_names
        for name in values:
            if name not in known:
                self._unknown(name)
        if len(buf["paths"]) >= BATCH:
            self._write(table)

    def _set_last(self, table: str, field: str, value: str, keys: dict) -> None:
        buf = self.buffers.get(table)
        if buf and buf["keys"]["child_seq"] and buf["keys"]["child_seq"][-1] == keys["child_seq"]:
            buf["values"][field][-1] = value
        else:
            self._unknown(f"{field} (outside ChildIdentifiers)")

    def _unknown(self, name: str) -> None:
        self.unknown[name] = self.unknown.get(name, 0) + 1

    def _write(self, table: str) -> None:
        buf = self.buffers.pop(table, None)
        if buf and buf["paths"]:
            self.stager.write(self.specs[table], buf["values"], xml_paths=buf["paths"],
                              keys=buf["keys"])

    def flush(self) -> None:
        """Write whatever is still buffered."""
        for table in list(self.buffers):
            self._write(table)
