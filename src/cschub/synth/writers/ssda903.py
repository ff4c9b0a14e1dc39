"""The SSDA903 return for one collection year, as DfE CSV tables."""

from __future__ import annotations

import random

from ..dates import Day, age_on, birthday, dmy, year_end, year_start
from ..records import CarePeriod, Child, Episode
from .tables import Table

COLUMNS: dict[str, tuple[str, list[str]]] = {
    "Header": ("header.csv", ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]),
    "Episodes": (
        "episodes.csv",
        [
            "CHILD",
            "DECOM",
            "RNE",
            "LS",
            "CIN",
            "PLACE",
            "PLACE_PROVIDER",
            "DEC",
            "REC",
            "REASON_PLACE_CHANGE",
            "HOME_POST",
            "PL_POST",
            "URN",
        ],
    ),
    "Reviews": ("reviews.csv", ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"]),
    "UASC": ("uasc.csv", ["CHILD", "SEX", "DOB", "DUC"]),
    "OC2": (
        "oc2.csv",
        [
            "CHILD",
            "DOB",
            "SDQ_SCORE",
            "SDQ_REASON",
            "CONVICTED",
            "HEALTH_CHECK",
            "IMMUNISATIONS",
            "TEETH_CHECK",
            "HEALTH_ASSESSMENT",
            "SUBSTANCE_MISUSE",
            "INTERVENTION_RECEIVED",
            "INTERVENTION_OFFERED",
        ],
    ),
    "OC3": ("oc3.csv", ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"]),
    "AD1": (
        "ad1.csv",
        [
            "CHILD",
            "DOB",
            "DATE_INT",
            "DATE_MATCH",
            "FOSTER_CARE",
            "NB_ADOPTR",
            "SEX_ADOPTR",
            "LS_ADOPTR",
        ],
    ),
    "PlacedAdoption": (
        "placed_for_adoption.csv",
        ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
    ),
    "PrevPerm": ("previous_permanence.csv", ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"]),
    "Missing": ("missing.csv", ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"]),
    "SWEpisodes": ("sw_episodes.csv", ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"]),
    "DoLo": ("dolo.csv", ["CHILD", "DOB", "DOLO_START", "DOLO_END"]),
}
SW_FROM, DOLO_FROM, SEX_LETTERS_FROM = 2024, 2027, 2025  # end years of the first collection year


def table_names(end_year: int) -> list[str]:
    """The tables of the return for a collection year."""
    names = [n for n in COLUMNS if n not in ("SWEpisodes", "DoLo")]
    if end_year >= SW_FROM:
        names.append("SWEpisodes")
    if end_year >= DOLO_FROM:
        names.append("DoLo")
    return names


def sex_code(child: Child, end_year: int) -> str:
    """SEX as coded in the year: 1/2 until 2023-24, M/F from 2024-25."""
    if end_year >= SEX_LETTERS_FROM:
        return "M" if child.sex == "1" else "F"
    return child.sex


def upn_in_year(child: Child, e: Day) -> str:
    return child.upn if age_on(child.dob, e) >= 5 else "UN1"


class Return903:
    """Builds one year's 903 tables from the simulated children."""

    def __init__(self, end_year: int) -> None:
        self.year = end_year
        self.s, self.e = year_start(end_year), year_end(end_year)
        self.tables = {n: Table(n, COLUMNS[n][0], COLUMNS[n][1]) for n in table_names(end_year)}
        self.count = 0

    def add(self, child: Child) -> None:
        """Add the child's rows, if the child belongs in this year's return."""
        s, e = self.s, self.e
        episodes = [
            ep
            for p in child.periods
            for ep in p.episodes
            if ep.decom <= e and (ep.dec is None or ep.dec >= s)
        ]
        leaver = care_leaver_row(child, self.year) if not episodes else None
        if not episodes and leaver is None:
            return
        self.count += 1
        rng = random.Random(child.seed * 7919 + self.year)
        t = self.tables
        dob = dmy(child.dob)
        mother, mc_dob = "", ""
        if episodes and child.sex == "2" and age_on(child.dob, e) >= 12:
            has = child.mother_child_dob is not None and child.mother_child_dob <= e
            mother, mc_dob = ("1", dmy(child.mother_child_dob)) if has else ("0", "")
        t["Header"].add(
            child.id,
            [
                child.id,
                sex_code(child, self.year),
                dob,
                child.ethnic,
                upn_in_year(child, e),
                mother,
                mc_dob,
            ],
        )
        if leaver is not None:
            t["OC3"].add(child.id, [child.id, dob, *leaver])
            return
        for ep in episodes:
            t["Episodes"].add(child.id, self._episode_row(child, ep))
        periods = [p for p in child.periods if p.start <= e and (p.end is None or p.end >= s)]
        for p in periods:
            self._period_rows(child, p, rng)
        if child.uasc and any(p.uasc for p in periods):
            b18 = birthday(child.dob, 18)
            t["UASC"].add(
                child.id, [child.id, sex_code(child, self.year), dob, dmy(b18) if b18 <= e else ""]
            )
        current = periods[-1]
        if current.start <= e - 365 and (current.end is None or current.end > e):
            t["OC2"].add(child.id, [child.id, dob, *self._oc2(child, rng)])
        if "SWEpisodes" in t:
            for a in child.allocations:
                if a.start <= e and (a.end is None or a.end >= s):
                    end = dmy(a.end) if a.end is not None and a.end <= e else ""
                    t["SWEpisodes"].add(
                        child.id, [child.id, dob, a.worker, dmy(a.start), end, a.reason]
                    )
        if "DoLo" in t:
            for ep in episodes:
                if (
                    ep.place in ("K1", "K2")
                    and age_on(child.dob, ep.decom) >= 14
                    and rng.random() < 0.05
                ):
                    start = max(ep.decom + 1, s)
                    stop = start + rng.randint(14, 120)
                    stop_text = (
                        dmy(stop) if stop <= e and (ep.dec is None or stop <= ep.dec) else ""
                    )
                    t["DoLo"].add(child.id, [child.id, dob, dmy(start), stop_text])

    def _episode_row(self, child: Child, ep: Episode) -> list[str]:
        ended = ep.dec is not None and ep.dec <= self.e
        return [
            child.id,
            dmy(ep.decom),
            ep.rne,
            ep.ls,
            ep.cin,
            ep.place,
            ep.provider,
            dmy(ep.dec) if ended else "",
            ep.rec if ended else "",
            ep.reason_change if ended else "",
            ep.home_post,
            ep.pl_post,
            ep.urn,
        ]

    def _period_rows(self, child: Child, p: CarePeriod, rng: random.Random) -> None:
        s, e, t, dob = self.s, self.e, self.tables, dmy(child.dob)
        for when, code in p.reviews:
            if s <= when <= e:
                t["Reviews"].add(child.id, [child.id, dob, dmy(when), code])
        for kind, start, stop in p.missing:
            if s <= start <= e:
                t["Missing"].add(
                    child.id,
                    [child.id, dob, kind, dmy(start), dmy(stop) if stop and stop <= e else ""],
                )
        if s <= p.start <= e:
            kind, la, when = p.prev_perm
            t["PrevPerm"].add(child.id, [child.id, dob, kind, la, dmy(when)])
        a = p.adoption
        if a is not None and a.decision <= e:
            t["PlacedAdoption"].add(child.id, [child.id, dob, dmy(a.decision), "", ""])
            if a.order is not None and s <= a.order <= e:
                t["AD1"].add(
                    child.id,
                    [
                        child.id,
                        dob,
                        dmy(a.decision),
                        dmy(a.matched),
                        "1" if a.foster_carer else "0",
                        str(a.adopters),
                        a.adopter_sex,
                        a.adopter_ls,
                    ],
                )

    def _oc2(self, child: Child, rng: random.Random) -> list[str]:
        age_start, age_end = age_on(child.dob, self.s), age_on(child.dob, self.e)
        score = reason = ""
        if age_start >= 4 and age_end <= 16:
            if rng.random() < 0.8:
                score = str(min(40, max(0, int(rng.gauss(14, 7)))))
            else:
                reason = rng.choice(["SDQ2", "SDQ3", "SDQ4", "SDQ5"])
        elif age_end >= 4 and age_start <= 16:
            reason = "SDQ1"

        def yes(p: float) -> str:
            return "1" if rng.random() < p else "0"

        convicted = yes(0.03) if age_end >= 10 else ""
        health_check = yes(0.9) if age_end < 5 else ""
        misuse = yes(0.03 if age_end < 13 else 0.08)
        received = yes(0.6) if misuse == "1" else ""
        offered = yes(0.5) if received == "0" else ""
        return [
            score,
            reason,
            convicted,
            health_check,
            yes(0.86),
            yes(0.8),
            yes(0.89),
            misuse,
            received,
            offered,
        ]


def care_leaver_row(child: Child, end_year: int) -> list[str] | None:
    """IN_TOUCH, ACTIV, ACCOM for a care leaver with a 17th-21st birthday in the year, or None."""
    s, e = year_start(end_year), year_end(end_year)
    if not child.periods:
        return None
    last = child.periods[-1]
    if last.end is None or last.route == "adoption":
        return None
    b14, b16 = birthday(child.dob, 14), birthday(child.dob, 16)
    if last.end < b16 or last.end - max(last.start, b14) < 91:
        return None
    for age in (17, 18, 19, 20, 21):
        b = birthday(child.dob, age)
        if s <= b <= e and (age >= 19 or last.end < b):
            rng = random.Random(child.seed * 31 + age)
            touch = rng.choices(
                ["YES", "NO", "REFU", "NREQ", "RHOM"], [0.88, 0.04, 0.02, 0.04, 0.02]
            )[0]
            if touch != "YES":
                return [touch, "0", "0"]
            activ = rng.choices(
                ["F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6"],
                [6, 1, 25, 4, 8, 2, 10, 5, 10, 20, 9],
            )[0]
            letters = ["B", "D", "E", "G", "K", "R", "S", "T", "V", "W", "Z"]
            if age >= 18:
                letters += ["H", "U"]
            accom = rng.choice(letters) + ("1" if rng.random() < 0.88 else "2")
            return [touch, activ, accom]
    return None
