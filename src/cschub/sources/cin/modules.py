"""Turn the elements of a CIN census, as they stream past, into rows of its return tables."""

from __future__ import annotations

from cschub.sources.returnspec import ReturnTable, return_tables

BATCH = 20_000
# module element -> return table; leaves of these elements are the table's fields
MODULES = {
    "Header": "Header", "ChildIdentifiers": "ChildIdentifiers", "CINdetails": "CINdetails",
    "Assessments": "Assessments", "CINPlanDates": "CINplanDates", "Section47": "Section47",
    "ChildProtectionPlans": "ChildProtectionPlans", "PreProceedingsandFGDM": "PreProceedings",
}
CONTAINERS = {"Message", "Children", "Child", "CollectionDetails", "Source",
              "ChildCharacteristics", "Disabilities", "FactorsIdentifiedAtAssessment", "Reviews"}
# leaves that are a row of their own (repeating values)
REPEATING = {"Disability": "Disabilities", "AssessmentFactors": "AssessmentFactors",
             "CPPreviewDate": "Reviews"}


class ModuleRows:
    """Collects rows module by module and writes them to the stager in batches."""

    def __init__(self, stager) -> None:
        self.stager = stager
        self.specs: dict[str, ReturnTable] = return_tables("cin")
        self.buffers: dict[str, dict] = {}
        self.unknown: dict[str, int] = {}
        self.path: list[str] = []
        self.counts: list[dict[str, int]] = [{}]
        self.open: list[tuple[str, dict[str, str]]] = []  # (module, leaf values)
        self.child_seq = 0
        self.child_id: str | None = None
        self.cin_seq = self.assessment_seq = self.cpp_seq = 0

    # element events -------------------------------------------------------------------
    def start(self, name: str) -> None:
        """An element opens: note its position and, for a module, start collecting."""
        n = self.counts[-1][name] = self.counts[-1].get(name, 0) + 1
        self.path.append(f"{name}[{n}]" if len(self.path) >= 2 else name)
        self.counts.append({})
        if name == "Child":
            self.child_seq += 1
            self.child_id = None
            self.cin_seq = 0
        elif name == "CINdetails":
            self.cin_seq += 1
            self.assessment_seq = self.cpp_seq = 0
        elif name == "Assessments":
            self.assessment_seq += 1
        elif name == "ChildProtectionPlans":
            self.cpp_seq += 1
        if name in MODULES:
            self.open.append((name, {}))

    def end(self, name: str, text: str | None) -> None:
        """An element closes: a leaf gives a value, a module gives a row."""
        where = "/" + "/".join(self.path)
        self.path.pop()
        self.counts.pop()
        value = text if text is not None else ""
        if name in MODULES:
            module, values = self.open.pop()
            self._row(MODULES[module], values, where)
        elif name in REPEATING:
            self._row(REPEATING[name], {name: value}, where)
        elif name in CONTAINERS:
            return
        elif self.open:
            self.open[-1][1][name] = value
            if name == "LAchildID":
                self.child_id = value
        elif name in ("Ethnicity",) and self.child_seq:
            self._ethnicity(value)
        else:
            self.unknown[name] = self.unknown.get(name, 0) + 1

    # rows ------------------------------------------------------------------------------
    def _row(self, table: str, values: dict[str, str], where: str) -> None:
        spec = self.specs[table]
        names = set(spec.field_names)
        for key in list(values):
            if key not in names:
                self.unknown[key] = self.unknown.get(key, 0) + 1
                del values[key]
        if "LAchildID" in names and "LAchildID" not in values and table != "ChildIdentifiers":
            values["LAchildID"] = self.child_id  # type: ignore[assignment]
        buf = self.buffers.setdefault(table, {"values": {f: [] for f in spec.field_names},
                                              "keys": {k: [] for k, _ in spec.keys},
                                              "paths": []})
        for f in spec.field_names:
            buf["values"][f].append(values.get(f))
        seqs = {"child_seq": self.child_seq, "cin_seq": self.cin_seq,
                "assessment_seq": self.assessment_seq, "cpp_seq": self.cpp_seq}
        for k in buf["keys"]:
            buf["keys"][k].append(seqs[k])
        buf["paths"].append(where)
        if table == "ChildIdentifiers":
            self._last_identifiers = len(buf["paths"]) - 1
        if len(buf["paths"]) >= BATCH:
            self._write(table)

    def _ethnicity(self, value: str) -> None:
        """ChildCharacteristics/Ethnicity belongs on the child's identifiers row."""
        buf = self.buffers.get("ChildIdentifiers")
        if buf and buf["keys"]["child_seq"] and buf["keys"]["child_seq"][-1] == self.child_seq:
            buf["values"]["Ethnicity"][-1] = value
        else:
            self.unknown["Ethnicity (before ChildIdentifiers)"] = (
                self.unknown.get("Ethnicity (before ChildIdentifiers)", 0) + 1)

    def _write(self, table: str) -> None:
        buf = self.buffers.pop(table, None)
        if buf and buf["paths"]:
            self.stager.write(self.specs[table], buf["values"], xml_paths=buf["paths"],
                              keys=buf["keys"])

    def flush(self) -> None:
        """Write whatever is still buffered."""
        for table in list(self.buffers):
            self._write(table)
