"""The Ofsted Annex A workbook (lists 1 to 11) for the 12 months before the inspection date."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import xlsxwriter

from ..dates import Day, age_on, year_end, year_start
from ..records import Child
from . import annex_a_codes as codes
from .ssda903 import care_leaver_row

COMMON = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]
DISABLED = "Does the Child have a Disability"
TEAM = ["Allocated Team", "Allocated Worker"]
LISTS: dict[str, list[str]] = {
    "List 1": [*COMMON, "Date of Contact", "Contact Source"],
    "List 2": [
        *COMMON,
        "Assessment start date",
        "Assessment completion date",
        "Organisation completing assessment",
    ],
    "List 3": [
        *COMMON,
        "Date of referral",
        "Referral Source",
        "Referral NFA?",
        "Number of Referrals in Last 12 Months",
        *TEAM,
    ],
    "List 4": [
        *COMMON,
        DISABLED,
        "Continuous Assessment Start Date",
        "Child Seen During Continuous Assessment",
        "Continuous Assessment Date of Authorisation",
        "Was the child assessed as requiring LA children's social care support?",
        *TEAM,
    ],
    "List 5": [
        *COMMON,
        DISABLED,
        "Strategy discussion initiating Section 47 Enquiry Start Date",
        "Was an Initial Child Protection Conference deemed unnecessary?",
        "Date of Initial Child Protection Conference",
        "Did the Initial Child Protection Conference Result in a Child Protection Plan",
        "Number of Section 47 Enquiries in the last 12 months",
        "Number of ICPCs in the last 12 months",
        *TEAM,
    ],
    "List 6": [
        *COMMON,
        DISABLED,
        "CIN Start Date",
        "Primary Need Code",
        "Date Child Was Last Seen",
        "CIN Closure Date",
        "Reason for Closure",
        "Case Status",
        *TEAM,
    ],
    "List 7": [
        *COMMON,
        DISABLED,
        "Child Protection Plan Start Date",
        "Initial Category of Abuse",
        "Latest Category of Abuse",
        "Date of the Last Statutory Visit",
        "Was the Child Seen Alone?",
        "Date of latest review conference",
        "Child Protection Plan End Date",
        "Subject to Emergency Protection Order or Protected Under Police Powers "
        "in Last Six Months (Y/N)",
        "Number of Previous Child Protection Plans",
        *TEAM,
    ],
    "List 8": [
        *COMMON[:5],
        "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
        DISABLED,
        "Date Started to be Looked After",
        "Child's Category of Need",
        "Is this a second or subsequent period of being a Looked After Child "
        "within the last 12 months (Y/N)",
        "Start date of current legal status",
        "Child's Legal Status",
        "Date of Latest Statutory Review",
        "Date of Last Social Work Visit",
        "What is the permanence plan for this child?",
        "Date of Last IRO Visit / Contact to the Child",
        "Date of Last Health Assessment",
        "Date of Last Dental Check",
        "Number of Placements in the Last 12 months",
        "Date Ceased to be Looked After",
        "Reason Ceased to be Looked After",
        "Start Date of Most Recent Placement",
        "Placement Type",
        "Placement Provider",
        "Placement postcode",
        "URN of Placement",
        "Placement Location",
        "LA of Placement",
        "Number of Episodes the Child has been 'Missing' from their Placement "
        "in the last 12 months",
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
        "Was the child offered a Return Interview after their last missing episode (Y/N)?",
        "Did the child accept a Return Interview after their last missing episode (Y/N)?",
        *TEAM,
    ],
    "List 9": [
        *COMMON,
        "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
        DISABLED,
        *TEAM,
        "Allocated Personal Advisor",
        "Eligibility Category",
        "Latest Pathway Plan Review Date",
        "LA in Touch",
        "Latest Date of Contact",
        "Type of Accommodation",
        "Suitability of Accommodation",
        "Activity Status",
    ],
    "List 10": [
        "Child Unique ID",
        "Family identifier",
        "Gender",
        "Ethnicity",
        "Date of Birth",
        "Age of Child (Years)",
        DISABLED,
        "Date the Child Entered Care",
        "Date of Decision that Child Should be Placed for Adoption",
        "Date of Placement Order",
        "Date of Matching Child and Prospective Adopters",
        "Date Placed for Adoption",
        "Date of Adoption Order",
        "Date of Decision that Child Should No Longer be Placed for Adoption",
        "Reason Why Child No Longer Placed for Adoption",
        "Date the child was placed for fostering in FFA or concurrent planning placement",
    ],
    "List 11": [
        "Individual adopter identifier",
        "Family identifier",
        "Gender",
        "Ethnicity",
        "Disability",
        "Is the (prospective) adopter fostering for adoption?",
        "Date enquiry received",
        "Date Stage 1 started",
        "Date Stage 1 ended",
        "Date Stage 2 started",
        "Date Stage 2 ended",
        "Date application submitted",
        "Date application approved",
        "Date adopter matched with child(ren)",
        "Date child/children placed with adopter(s)",
        "No. of children placed",
        "Date of Adoption Order",
        "Date of leaving adoption process",
        "Reason for leaving adoption process",
    ],
}


def _yn(flag: bool) -> str:
    return "Yes" if flag else "No"


class AnnexA:
    """Rows of each list for the 12 months ending at the end of end_year."""

    def __init__(self, end_year: int) -> None:
        self.s, self.e = year_start(end_year), year_end(end_year)
        self.end_year = end_year
        self.rows: dict[str, list[list[Any]]] = {name: [] for name in LISTS}

    def _d(self, d: Day | None) -> date | None:
        return date.fromordinal(d) if d is not None and d <= self.e else None

    def _who(self, child: Child) -> list[Any]:
        born = child.dob <= self.e
        return [
            child.id,
            codes.GENDER[child.sex],
            codes.ethnic(child.ethnic),
            date.fromordinal(child.dob) if born else None,
            age_on(child.dob, self.e) if born else None,
        ]

    def add(self, child: Child) -> None:
        s, e, d = self.s, self.e, self._d
        who, dis = self._who(child), _yn(bool(child.disabilities))
        for i, r in enumerate(child.referrals):
            if s <= r.date <= e:
                self.rows["List 1"].append([*who, d(r.date), codes.source(r.source)])
                recent = sum(1 for x in child.referrals[:i] if r.date - x.date <= 365)
                self.rows["List 3"].append(
                    [
                        *who,
                        d(r.date),
                        codes.source(r.source),
                        _yn(r.nfa),
                        recent + 1,
                        r.team,
                        r.worker,
                    ]
                )
            if r.date > e or (r.closure is not None and r.closure < s):
                continue
            for a in r.assessments:
                if a.start <= e and (a.authorised is None or a.authorised >= s):
                    needs = (
                        None
                        if a.authorised is None or a.authorised > e
                        else r.closure_reason not in ("RC8", "RC9")
                    )
                    self.rows["List 4"].append(
                        [
                            *who,
                            dis,
                            d(a.start),
                            "Yes",
                            d(a.authorised),
                            None if needs is None else _yn(needs),
                            r.team,
                            r.worker,
                        ]
                    )
            for q in r.s47s:
                if s <= q.start <= e:
                    held = q.icpc_date is not None and q.icpc_date <= e
                    plan = held and any(p.start == q.icpc_date for p in r.cp_plans)
                    self.rows["List 5"].append(
                        [
                            *who,
                            dis,
                            d(q.start),
                            _yn(q.icpc_date is None and q.end <= e),
                            d(q.icpc_date),
                            _yn(plan) if held else None,
                            len(r.s47s),
                            sum(1 for x in r.s47s if x.icpc_date),
                            r.team,
                            r.worker,
                        ]
                    )
            if not r.nfa:
                self.rows["List 6"].append(
                    [
                        *who,
                        dis,
                        d(r.date),
                        codes.NEED.get(r.need or "", "j) Not stated"),
                        None,
                        d(r.closure),
                        codes.CLOSURE.get(r.closure_reason or "")
                        if r.closure is not None and r.closure <= e
                        else None,
                        self._status(child, r),
                        r.team,
                        r.worker,
                    ]
                )
            for p in r.cp_plans:
                if p.start <= e and (p.end is None or p.end >= s):
                    reviews = [x for x in p.reviews if x <= e]
                    self.rows["List 7"].append(
                        [
                            *who,
                            dis,
                            d(p.start),
                            codes.ABUSE[p.initial_category],
                            codes.ABUSE[p.latest_category],
                            None,
                            None,
                            d(reviews[-1]) if reviews else None,
                            d(p.end),
                            "No",
                            p.previous_plans,
                            r.team,
                            r.worker,
                        ]
                    )
        for k, p in enumerate(child.periods):
            if p.start <= e and (p.end is None or p.end >= s):
                self._looked_after(child, k, who, dis)
        leaver = care_leaver_row(child, self.end_year)
        if leaver is not None:
            touch, activ, accom = leaver
            team, worker = (
                (child.referrals[-1].team, child.referrals[-1].worker)
                if child.referrals
                else ("", "")
            )
            self.rows["List 9"].append(
                [
                    *who,
                    _yn(child.uasc),
                    dis,
                    team,
                    worker,
                    "PA" + worker[2:],
                    "b) Former relevant",
                    None,
                    "a) In touch" if touch == "YES" else "b) Not in touch",
                    None,
                    codes.ACCOMMODATION.get(accom[:1]) if touch == "YES" else None,
                    ("a) Suitable" if accom.endswith("1") else "b) Not suitable")
                    if touch == "YES"
                    else "c) Not in touch or not recorded",
                    codes.ACTIVITY.get(activ),
                ]
            )

    def _status(self, child: Child, r) -> str:
        e = self.e
        if r.closure is not None and r.closure <= e:
            return "e) Closed episode"
        if any(p.start <= e and (p.end is None or p.end > e) for p in child.periods):
            return "a) Looked after child"
        if any(p.start <= e and (p.end is None or p.end > e) for p in r.cp_plans):
            return "b) Child Protection plan"
        if any(p.start <= e and (p.end is None or p.end > e) for p in r.cin_plans):
            return "c) Child in need plan"
        return "d) Open assessment"

    def _looked_after(self, child: Child, k: int, who: list[Any], dis: str) -> None:
        s, e, d = self.s, self.e, self._d
        p = child.periods[k]
        eps = [x for x in p.episodes if x.decom <= e]
        cur = eps[-1]
        ls_start = cur.decom
        for x in reversed(eps):
            if x.ls != cur.ls:
                break
            ls_start = x.decom
        reviews = [r for r, _ in p.reviews if r <= e]
        moves = sum(1 for x in eps if x.decom >= s - 365 and x.rne in ("S", "P", "B", "T", "U"))
        ended = p.end is not None and p.end <= e
        previous = (
            k > 0
            and child.periods[k - 1].end is not None
            and p.start - child.periods[k - 1].end <= 365
        )
        plan = {
            "home": "a) Return to family",
            "adoption": "b) Adoption",
            "sgo": "c) SGO/CAO",
            "cao": "c) SGO/CAO",
        }
        missing = [m for m in p.missing if s <= m[1] <= e]
        team = worker = ""
        for r in child.referrals:
            if r.date <= p.start and (r.closure is None or r.closure >= p.start):
                team, worker = r.team, r.worker
        self.rows["List 8"].append(
            [
                *who,
                _yn(p.uasc),
                dis,
                d(p.start),
                codes.NEED.get(cur.cin, "j) Not stated"),
                _yn(previous),
                d(ls_start),
                codes.LEGAL.get(cur.ls, "g) Youth justice legal Statuses"),
                d(reviews[-1]) if reviews else None,
                None,
                plan.get(
                    p.route, "f) Long-term fostering" if cur.place.startswith("U") else "g) Other"
                ),
                None,
                None,
                None,
                moves,
                d(p.end) if ended else None,
                codes.CEASED.get(cur.rec) if ended else None,
                d(max(x.decom for x in eps if x.rne != "L")),
                codes.placement(cur.place),
                codes.PROVIDER.get(cur.provider, "c) Other"),
                cur.pl_post,
                cur.urn or None,
                "a) In",
                None,
                sum(1 for m in missing if m[0] == "M"),
                sum(1 for m in missing if m[0] == "A"),
                _yn(bool(missing)),
                _yn(bool(missing)),
                team,
                worker,
            ]
        )
        a = p.adoption
        if a is not None and a.decision <= e and (a.order is None or a.order >= s):
            placement_order = next((x.decom for x in eps if x.ls == "E1"), None)
            self.rows["List 10"].append(
                [
                    child.id,
                    None,
                    codes.GENDER[child.sex],
                    codes.ethnic(child.ethnic),
                    date.fromordinal(child.dob),
                    age_on(child.dob, e),
                    dis,
                    d(p.start),
                    d(a.decision),
                    d(placement_order),
                    d(a.matched),
                    d(a.placed),
                    d(a.order),
                    None,
                    None,
                    None,
                ]
            )


def write_workbook(path: Path, children: list[Child], end_year: int) -> Path:
    """Write annex_a.xlsx with a sheet per list."""
    annex = AnnexA(end_year)
    for child in children:
        annex.add(child)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    wb.set_properties({"created": datetime(end_year, 5, 1, 9, 0, 0), "author": "cschub synth"})
    bold, dmy = wb.add_format({"bold": True}), wb.add_format({"num_format": "dd/mm/yyyy"})
    for name, columns in LISTS.items():
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, columns, bold)
        for i, row in enumerate(annex.rows[name], start=1):
            for j, v in enumerate(row):
                if isinstance(v, str):
                    ws.write_string(i, j, v)
                elif isinstance(v, date):
                    ws.write_datetime(i, j, datetime(v.year, v.month, v.day), dmy)
                elif v is not None:
                    ws.write_number(i, j, v)
    wb.close()
    return path
