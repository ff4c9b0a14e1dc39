"""The LA's children and family social workers year by year, for the CSWW census (30 September).

The workforce is sized from the child population (England's in-post FTE per 10,000 children);
each year a share of those in post leave and are replaced, agency workers fill part of the gap,
and some posts stay vacant, all at the England rates in calibration.yaml (``csww``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from .calibration import Choice, choice, load_calibration, value
from .dates import Day, day

UNIVERSITIES = ("University of Kent", "Open University", "University of Sussex",
                "University of Birmingham", "Goldsmiths, University of London",
                "Manchester Metropolitan University", "University of York", "Kingston University")
WHITE = ("WBRI", "WIRI", "WOTH")
MINORITY = ("MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR",
            "BOTH", "CHNE", "OOTH")


@dataclass(slots=True)
class SocialWorker:
    """One social worker: who they are and their time in the role."""

    swe: str
    agency: bool
    fte: float
    dob: Day
    gender: str
    ethnicity: str
    qual_inst: str
    qual_level: str
    role: str
    start: Day
    origin: str | None = None
    end: Day | None = None
    destination: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class CensusWorker:
    """A worker as one census shows them: a copy of the worker then, and that year's values."""

    worker: SocialWorker
    starter: bool
    cases: int | None
    days_lost: float | None
    absence: str | None


@dataclass
class Census:
    """One CSWW census: the LA-level figures and the workers."""

    end_year: int
    vacancies: float
    agency_cover_fte: float
    agency_cover_headcount: int
    workers: list[CensusWorker] = field(default_factory=list)


class _Draw:
    """Random draws for new workers and their years."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cal = cal = load_calibration()["csww"]
        self.roles: Choice = choice(cal["employed_roles"])
        self.origins: Choice = choice(cal["start_origin"])
        self.destinations: Choice = choice(cal["leaver_destination"])
        self.reasons: Choice = choice(cal["reason_leave"])
        self.absences: Choice = choice(cal["absence_reason"])
        agency = value(cal["agency_rate"]) / (1 - value(cal["agency_rate"]))
        self.holder_share = value(cal["case_holder_share"]) * (1 + agency) - agency
        self.used: set[str] = set()

    def swe(self) -> str:
        while (number := f"SW{self.rng.randrange(10**9, 10**10):010d}") in self.used:
            pass
        self.used.add(number)
        return number

    def worker(self, start: Day, agency: bool, origin: str | None) -> SocialWorker:
        rng, cal = self.rng, self.cal
        part = not agency and rng.random() < value(cal["part_time_share"])
        minority = rng.random() < value(cal["ethnic_minority_share"])
        holder = agency or rng.random() < self.holder_share
        return SocialWorker(
            swe=self.swe(), agency=agency, fte=round(rng.uniform(0.5, 0.9), 1) if part else 1.0,
            dob=start - int(rng.uniform(23, 60) * 365.25), gender=rng.choice("2222212"),
            ethnicity=rng.choice(MINORITY if minority else WHITE) if rng.random() > 0.03
            else "REFU", qual_inst=rng.choice(UNIVERSITIES), qual_level=rng.choice("1122"),
            role="5" if holder else self.roles.draw(rng), start=start, origin=origin)

    def year(self, w: SocialWorker, starter: bool) -> CensusWorker:
        rng, cal = self.rng, self.cal
        cases = None
        if w.role == "5" and w.end is None:
            cases = max(1, round(rng.gauss(value(cal["caseload"]) * w.fte, 3)))
        lost = None
        if not w.agency:
            mean = value(cal["days_lost_per_fte"]) * w.fte
            lost = 0.0 if rng.random() < 0.5 else round(rng.expovariate(1 / (2 * mean)), 2)
        absent = self.absences.draw(rng) if w.end is None and rng.random() < 0.04 else None
        return CensusWorker(replace(w), starter, cases, lost, absent)  # as on the census date


def simulate_workforce(children: int, end_years: list[int], seed: int) -> dict[int, Census]:
    """One census per year (30 September of each end year)."""
    draw = _Draw(random.Random(f"{seed}-csww"))
    cal, rng = draw.cal, draw.rng
    target = max(2.0, children / 10_000 * value(cal["fte_per_10k"]))
    first = day(end_years[0] - 1, 9, 30)
    staff: list[SocialWorker] = []
    while sum(w.fte for w in staff) < target:
        staff.append(draw.worker(first - int(rng.uniform(0, 12) * 365.25), False, None))
    agency: list[SocialWorker] = []
    out = {}
    for y in end_years:
        prev, census = day(y - 1, 9, 30), day(y, 9, 30)
        leavers = [w for w in staff if rng.random() < value(cal["turnover_rate"])]
        for w in leavers:
            w.end = prev + 1 + int(rng.random() * (census - prev))
            w.destination, w.reason = draw.destinations.draw(rng), draw.reasons.draw(rng)
        staff = [w for w in staff if w.end is None]
        starters = []
        goal = target * rng.uniform(0.97, 1.03)
        while sum(w.fte for w in staff) < goal:
            start = prev + 1 + int(rng.random() * (census - prev))
            starters.append(w := draw.worker(start, False, draw.origins.draw(rng)))
            staff.append(w)
        agency = _agency(draw, agency, target, prev, census)
        out[y] = _census(draw, y, target, staff, starters, leavers, agency)
    return out


def _agency(draw: _Draw, previous: list[SocialWorker], target: float, prev: Day,
            census: Day) -> list[SocialWorker]:
    rate = value(draw.cal["agency_rate"])
    goal = target * rate / (1 - rate) * draw.rng.uniform(0.85, 1.15)
    kept = [w for w in previous if draw.rng.random() < 0.6]
    while sum(w.fte for w in kept) < goal - 0.5:
        kept.append(draw.worker(prev + 1 + int(draw.rng.random() * (census - prev)), True, "4"))
    return kept


def _census(draw: _Draw, y: int, target: float, staff: list[SocialWorker],
            starters: list[SocialWorker], leavers: list[SocialWorker],
            agency: list[SocialWorker]) -> Census:
    rng, cal = draw.rng, draw.cal
    rate = value(cal["vacancy_rate"])
    vacancies = round(target * rate / (1 - rate) * rng.uniform(0.85, 1.15), 2)
    cover = min(sum(w.fte for w in agency), vacancies) * value(cal["agency_cover_rate"])
    new = {id(w) for w in starters}
    workers = [draw.year(w, id(w) in new) for w in [*staff, *leavers, *agency]]
    return Census(y, vacancies, round(cover, 2), round(cover), workers)
