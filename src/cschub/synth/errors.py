"""Error injection: realistic mistakes in the written returns, each recorded for the manifest."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from lxml import etree

from .dates import year_label
from .records import Child
from .writers.tables import Table

Record = dict[str, Any]


def _parse_dmy(text: str) -> date:
    d, m, y = text.split("/")
    return date(int(y), int(m), int(d))


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


class Injector:
    """Injects at most one mistake per child per return, with probability rate."""

    def __init__(self, rng: random.Random, rate: float) -> None:
        self.rng, self.rate = rng, rate
        self.records: list[Record] = []

    # -- SSDA903 ----------------------------------------------------------------------------
    def inject_903(self, tables: dict[str, Table], end_year: int, folder: str) -> None:
        """Alter the year's tables in place (rows are only changed or appended, never removed)."""
        if self.rate <= 0:
            return
        rows_by_child: dict[str, dict[str, list[int]]] = {}
        for name, table in tables.items():
            for i, child in enumerate(table.children):
                rows_by_child.setdefault(child, {}).setdefault(name, []).append(i)
        kinds = _903_KINDS
        for child in list(dict.fromkeys(tables["Header"].children)):
            if self.rng.random() >= self.rate:
                continue
            rows = rows_by_child.get(child, {})
            for kind in self.rng.sample(kinds, len(kinds)):
                rec = kind(self.rng, tables, rows, end_year)
                if rec is not None:
                    table = tables[rec["table"]]
                    rec.update(
                        collection="ssda903",
                        year=year_label(end_year),
                        file=f"{folder}/{table.file}",
                        line=rec.pop("row") + 2,
                        child=rec.get("child", child),
                    )
                    self.records.append(_ordered(rec))
                    break

    # -- CIN census -------------------------------------------------------------------------
    def cin_mutator(
        self, end_year: int, file: str
    ) -> Callable[[Child, etree._Element], None] | None:
        """A function that may alter each <Child> element before it is written."""
        if self.rate <= 0:
            return None

        def mutate(child: Child, el: etree._Element) -> None:
            if self.rng.random() >= self.rate:
                return
            for kind in self.rng.sample(_CIN_KINDS, len(_CIN_KINDS)):
                rec = kind(self.rng, el, end_year)
                if rec is not None:
                    rec.update(
                        collection="cin",
                        year=year_label(end_year),
                        file=file,
                        line=None,
                        child=child.id,
                    )
                    self.records.append(_ordered(rec))
                    return

        return mutate


_KEYS = [
    "collection",
    "year",
    "file",
    "table",
    "line",
    "child",
    "field",
    "kind",
    "written",
    "original",
    "rules",
]


def _ordered(rec: Record) -> Record:
    return {k: rec.get(k) for k in _KEYS}


def _set(table: Table, row: int, field: str, value: str) -> str:
    col = table.columns.index(field)
    original = table.rows[row][col]
    table.rows[row][col] = value
    return original


def _record(
    table: str, row: int, field: str, kind: str, written: str, original: str, rules: list[str]
) -> Record:
    return {
        "table": table,
        "row": row,
        "field": field,
        "kind": kind,
        "written": written,
        "original": original,
        "rules": rules,
    }


# each 903 kind: (rng, tables, this child's row indexes by table, end year) -> record or None
def _bad_code(rng, tables, rows, year):
    options = [
        ("Episodes", "PLACE", "Z9", ["146"]),
        ("Episodes", "LS", "X9", ["144"]),
        ("Episodes", "RNE", "Q", ["143"]),
        ("Episodes", "CIN", "N0", ["145"]),
        ("Episodes", "PLACE_PROVIDER", "PR9", ["178"]),
        ("Header", "ETHNIC", "WXYZ", ["103"]),
        ("Reviews", "REVIEW_CODE", "PN9", ["167"]),
    ]
    table, field, value, rules = rng.choice(options)
    if table not in rows:
        table, field, value, rules = "Header", "ETHNIC", "WXYZ", ["103"]
    row = rng.choice(rows[table])
    return _record(
        table, row, field, "bad_code", value, _set(tables[table], row, field, value), rules
    )


def _out_of_year_code(rng, tables, rows, year):
    if "Episodes" in rows and rng.random() < 0.5:
        row = rng.choice(rows["Episodes"])
        value = "H5" if year >= 2025 else "K3"
        return _record(
            "Episodes",
            row,
            "PLACE",
            "out_of_year_code",
            value,
            _set(tables["Episodes"], row, "PLACE", value),
            ["146"],
        )
    row = rows["Header"][0]
    value = "1" if year >= 2025 else "M"
    if tables["Header"].rows[row][1] in ("2", "F"):
        value = "2" if year >= 2025 else "F"
    return _record(
        "Header",
        row,
        "SEX",
        "out_of_year_code",
        value,
        _set(tables["Header"], row, "SEX", value),
        ["101"],
    )


def _dob_after_decom(rng, tables, rows, year):
    if "Episodes" not in rows:
        return None
    first = min(_parse_dmy(tables["Episodes"].rows[i][1]) for i in rows["Episodes"])
    value = _dmy(first + timedelta(days=rng.randint(1, 30)))
    row = rows["Header"][0]
    return _record(
        "Header",
        row,
        "DOB",
        "date_order",
        value,
        _set(tables["Header"], row, "DOB", value),
        ["302"],
    )


def _dec_before_decom(rng, tables, rows, year):
    ended = [i for i in rows.get("Episodes", []) if tables["Episodes"].rows[i][7]]
    if not ended:
        return None
    row = rng.choice(ended)
    decom = _parse_dmy(tables["Episodes"].rows[row][1])
    value = _dmy(decom - timedelta(days=rng.randint(1, 20)))
    return _record(
        "Episodes",
        row,
        "DEC",
        "date_order",
        value,
        _set(tables["Episodes"], row, "DEC", value),
        ["356"],
    )


def _overlap(rng, tables, rows, year):
    eps = rows.get("Episodes", [])
    t = tables["Episodes"]
    pairs = [
        (a, b) for a, b in zip(eps, eps[1:], strict=False) if t.rows[a][7] and t.rows[b][2] != "S"
    ]
    if not pairs:
        return None
    prev, row = rng.choice(pairs)
    prev_start = _parse_dmy(t.rows[prev][1])
    prev_end = _parse_dmy(t.rows[prev][7])
    if (prev_end - prev_start).days < 3:
        return None
    value = _dmy(prev_end - timedelta(days=rng.randint(1, (prev_end - prev_start).days - 1)))
    return _record(
        "Episodes", row, "DECOM", "overlap", value, _set(t, row, "DECOM", value), ["501"]
    )


def _missing_field(rng, tables, rows, year):
    # only fields whose blank a DfE rule reports: 143, 144 and 146 check RNE, LS and PLACE
    # only when given (the XML schema, not a rule, makes them mandatory)
    options = [
        ("Header", "ETHNIC", ["103"]),
        ("Header", "DOB", ["102"]),
        ("Reviews", "REVIEW_CODE", ["167"]),
    ]
    table, field, rules = rng.choice(options)
    if table not in rows:
        table, field, rules = "Header", "ETHNIC", ["103"]
    row = rng.choice(rows[table])
    return _record(
        table, row, field, "missing_field", "", _set(tables[table], row, field, ""), rules
    )


def _invalid_date(rng, tables, rows, year):
    if "Episodes" in rows and rng.random() < 0.6:
        row = rng.choice(rows["Episodes"])
        value = f"31/02/{year - 1 if rng.random() < 0.5 else year}"
        return _record(
            "Episodes",
            row,
            "DECOM",
            "invalid_date",
            value,
            _set(tables["Episodes"], row, "DECOM", value),
            ["141"],
        )
    row = rows["Header"][0]
    value = "30/02/" + tables["Header"].rows[row][2][-4:]
    return _record(
        "Header",
        row,
        "DOB",
        "invalid_date",
        value,
        _set(tables["Header"], row, "DOB", value),
        ["102"],
    )


def _duplicate_header(rng, tables, rows, year):
    t = tables["Header"]
    t.add(t.children[rows["Header"][0]], list(t.rows[rows["Header"][0]]))
    row = len(t.rows) - 1
    return _record("Header", row, "CHILD", "duplicate_row", t.rows[row][0], "", ["INT32"])


def _not_in_header(rng, tables, rows, year):
    if "Episodes" not in rows:
        return None
    t = tables["Episodes"]
    src = t.rows[rows["Episodes"][0]]
    ghost = src[0] + "X"
    t.add(ghost, [ghost, *src[1:]])
    row = len(t.rows) - 1
    rec = _record("Episodes", row, "CHILD", "not_in_header", ghost, "", ["INT03"])
    rec["child"] = ghost
    return rec


def _missing_end_before_start(rng, tables, rows, year):
    ended = [i for i in rows.get("Missing", []) if tables["Missing"].rows[i][4]]
    if not ended:
        return None
    row = rng.choice(ended)
    start = _parse_dmy(tables["Missing"].rows[row][3])
    value = _dmy(start - timedelta(days=rng.randint(1, 5)))
    return _record(
        "Missing",
        row,
        "MIS_END",
        "date_order",
        value,
        _set(tables["Missing"], row, "MIS_END", value),
        ["567"],
    )


_903_KINDS = [
    _bad_code,
    _out_of_year_code,
    _dob_after_decom,
    _dec_before_decom,
    _overlap,
    _missing_field,
    _invalid_date,
    _duplicate_header,
    _not_in_header,
    _missing_end_before_start,
]


# each CIN kind: (rng, <Child> element, end year) -> record or None
def _cin_record(
    table: str, field: str, kind: str, written: str, original: str, rules: list[str]
) -> Record:
    return {
        "table": table,
        "field": field,
        "kind": kind,
        "written": written,
        "original": original,
        "rules": rules,
    }


def _candidates(el, field: str) -> list:
    """The ``field`` elements of a Child where a mistake is one its rule reports: 8866 checks
    the source of referrals from 1 April 2013 only, and 8540 the disabilities of a child with
    a date of birth and a referral that led to further action."""
    found = el.findall(f".//{field}")
    if field == "ReferralSource":
        return [n for n in found if (n.getparent().findtext("CINreferralDate") or "")
                >= "2013-04-01"]
    if field == "Disability":
        in_scope = el.findtext(".//PersonBirthDate") and any(
            (n.text or "").strip().lower() in ("false", "0") for n in el.findall(".//ReferralNFA"))
        return found if in_scope else []
    return found


def _cin_bad_code(rng, el, year):
    options = [
        ("CINdetails", "ReferralSource", "99", ["8866"]),
        ("CINdetails", "PrimaryNeedCode", "N12", ["8650"]),
        ("ChildCharacteristics", "Ethnicity", "WXYZ", ["4220"]),
        ("Disabilities", "Disability", "XYZ", ["8540"]),
        ("ChildProtectionPlans", "InitialCategoryOfAbuse", "ABC", ["8905"]),
        ("CINdetails", "ReasonForClosure", "RC99", ["8640"]),
    ]
    rng.shuffle(options)
    for table, field, value, rules in options:
        found = _candidates(el, field)
        if found:
            node = rng.choice(found)
            original, node.text = node.text, value
            return _cin_record(table, field, "bad_code", value, original, rules)
    return None


def _cin_date_order(rng, el, year):
    options = [
        ("CINdetails", "CINclosureDate", "CINreferralDate", ["8630"]),
        ("ChildProtectionPlans", "CPPendDate", "CPPstartDate", ["8925"]),
        ("Assessments", "AssessmentAuthorisationDate", "AssessmentActualStartDate", ["8608"]),
        ("CINPlanDates", "CINPlanEndDate", "CINPlanStartDate", ["4011"]),
    ]
    rng.shuffle(options)
    for table, field, before, rules in options:
        found = el.findall(f".//{field}")
        if found:
            node = rng.choice(found)
            start = date.fromisoformat(node.getparent().find(before).text)
            value = (start - timedelta(days=rng.randint(1, 20))).isoformat()
            original, node.text = node.text, value
            return _cin_record(table, field, "date_order", value, original, rules)
    return None


def _cin_missing_field(rng, el, year):
    options = [
        ("CINdetails", "ReferralNFA", ["8568"]),
        ("CINdetails", "ReferralSource", ["8866"]),
        ("ChildProtectionPlans", "NumberOfPreviousCPP", ["8730"]),
    ]
    rng.shuffle(options)
    for table, field, rules in options:
        found = _candidates(el, field)
        if found:
            node = rng.choice(found)
            original, node.text = node.text, ""
            return _cin_record(table, field, "missing_field", "", original, rules)
    return None


def _cin_weekend_icpc(rng, el, year):
    found = el.findall(".//Section47/DateOfInitialCPC")
    if not found:
        return None
    node = rng.choice(found)
    d = date.fromisoformat(node.text)
    value = (d + timedelta(days=(5 - d.weekday()) % 7 or 7)).isoformat()
    original, node.text = node.text, value
    return _cin_record("Section47", "DateOfInitialCPC", "weekend_date", value, original, ["8875"])


def _cin_invalid_date(rng, el, year):
    node = rng.choice(el.findall(".//CINreferralDate"))
    value = f"{year - 1}-02-30" if rng.random() < 0.5 else f"{year}-02-30"
    original, node.text = node.text, value
    return _cin_record("CINdetails", "CINreferralDate", "invalid_date", value, original, ["8600"])


_CIN_KINDS = [
    _cin_bad_code,
    _cin_date_order,
    _cin_missing_field,
    _cin_weekend_icpc,
    _cin_invalid_date,
]
