"""A period of being looked after: legal statuses, placements and moves, reviews, missing, exit."""

from __future__ import annotations

import heapq
import math
import random
from datetime import date

from .calibration import Choice, band_index, between, choice, value
from .dates import Day, age_on, birthday, day
from .identifiers import make_postcode
from .records import Adoption, CarePeriod, Child, Episode

# PLACE codes per placement group; the year they apply in is handled by place_code()
FOSTER = Choice(["U1", "U3", "U4", "U6", "U5"], [0.08, 0.17, 0.20, 0.52, 0.03])
PROVIDERS = {
    "U": Choice(["PR1", "PR4", "PR5"], [0.6, 0.35, 0.05]),
    "A": Choice(["PR1", "PR2", "PR5"], [0.6, 0.2, 0.2]),
    "K1": Choice(["PR1", "PR2"], [0.5, 0.5]),
    "K2": Choice(["PR1", "PR4", "PR5"], [0.25, 0.7, 0.05]),
    "supported": Choice(["PR1", "PR4", "PR5"], [0.3, 0.65, 0.05]),
    "R1": Choice(["PR1", "PR4"], [0.2, 0.8]),
    "S1": Choice(["PR4", "PR5", "PR3"], [0.6, 0.3, 0.1]),
}
URN_PLACES = {"K1", "K2", "K3"}
CHANGE_REASONS = Choice(
    ["CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "ALLEG", "STAND", "CLOSE", "APPRR", "OTHER"],
    [0.35, 0.12, 0.10, 0.08, 0.10, 0.03, 0.03, 0.03, 0.01, 0.15],
)
EXIT_CODES = {
    "home": Choice(["E4A", "E4B", "E13"], [0.82, 0.06, 0.12]),
    "adoption": Choice(["E11", "E12"], [0.7, 0.3]),
    "sgo": Choice(["E45", "E46", "E47", "E48"], [0.45, 0.10, 0.35, 0.10]),
    "cao": Choice(["E41"], [1]),
    "until_18": Choice(["E5", "E6", "E8", "E7"], [0.62, 0.06, 0.27, 0.05]),
    "other": Choice(["E3", "E8", "E16"], [0.5, 0.35, 0.15]),
}
REVIEW_CODES = Choice(["PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"], [45, 8, 5, 15, 12, 10, 5])
NEW_SUPPORTED_CODES = day(2024, 4, 1)  # 2024-25: H5 and P2 replaced by K3


def place_code(rng: random.Random, group: str, age: float, t: Day) -> str:
    """A PLACE code for a placement group, valid in the collection year holding day t."""
    if group == "foster":
        code = FOSTER.draw(rng)
        return code if code != "U5" or age < 2 else "U6"
    if group == "home":
        return "K2"
    if group == "secure":
        return "K1"
    if group == "parents":
        return "P1"
    if group == "supported":
        if t >= NEW_SUPPORTED_CODES:
            return "K3"
        return "H5" if rng.random() < 0.8 else "P2"
    if group == "residential_other":
        if age < 1:
            return "R3"
        return "S1" if age >= 5 and rng.random() < 0.4 else "R1"
    return "R5" if age >= 12 and rng.random() < 0.3 else "Z1"


def provider(rng: random.Random, place: str) -> str:
    if place == "P1":
        return "PR0"
    if place in ("R2", "R5"):
        return "PR3"
    if place in ("H5", "P2", "K3"):
        return PROVIDERS["supported"].draw(rng)
    if place in ("R3", "Z1"):
        return "PR4"
    key = place if place in PROVIDERS else place[0]
    return PROVIDERS[key].draw(rng) if key in PROVIDERS else "PR4"


class CareJourney:
    """Draws periods of care for children who come into care."""

    def __init__(self, rng: random.Random, cal: dict, la_old: str) -> None:
        self.rng, self.la_old = rng, la_old
        c = cal["care"]
        self.routes = c["routes"]
        self.route_weights = [Choice(self.routes, w) for w in c["route_weights"]["value"]]
        self.entry_bands = c["entry_age_bands"]
        self.durations = c["route_duration_days"]
        self.legal = choice(c["legal_status_at_entry"])
        self.final_order = c["final_care_order_after_days"]
        self.place_bands = c["placement_age_bands"]
        groups = c["placement_groups"]
        self.groups = list(groups)
        self.group_by_band = [
            Choice(self.groups, [groups[g]["weight_by_age"][i] for g in self.groups])
            for i in range(len(self.place_bands))
        ]
        self.move_rate = {g: groups[g]["move_rate_per_year"] / 365.25 for g in self.groups}
        self.missing_rate = value(c["missing_rate_per_year_by_age"])
        self.missing_prone = value(c["missing_prone_share"])
        self.away = value(c["away_share"])

    # -- the period -------------------------------------------------------------------------
    def period(self, child: Child, entry: Day, need: str, uasc: bool) -> CarePeriod:
        """Simulate a period of care from entry; it is appended to child.periods."""
        rng = self.rng
        adult = birthday(child.dob, 18)
        age = (entry - child.dob) / 365.25
        ls = "V2" if uasc else self.legal.draw(rng)
        if ls == "J2" and age < 10:
            ls = "V2"
        route = (
            "until_18" if uasc else self.route_weights[band_index(self.entry_bands, age)].draw(rng)
        )
        if ls == "J2":
            route = "other"
        if route == "until_18":
            end = adult
        else:
            median, sigma = self.durations.get(route, [300, 1.0])
            if ls == "J2":
                median, sigma = 60, 0.5
            end = entry + max(3, int(median * math.exp(rng.gauss(0.0, sigma))))
            if end >= adult:
                route, end = "until_18", adult
        period = CarePeriod(start=entry, end=end, uasc=uasc, route=route)
        if rng.random() < 0.12 and not uasc:
            kind = Choice(["P1", "P2", "P3"], [0.25, 0.45, 0.30]).draw(rng)
            when = child.dob + between(rng, 30, max(31, entry - child.dob - 30))
            period.prev_perm = (
                kind,
                rng.choice(["318", "319", "320", "212", "213", self.la_old]),
                when,
            )
        self._episodes(child, period, ls, need, route)
        last = period.episodes[-1]
        if last.place in ("H5", "P2") and end >= NEW_SUPPORTED_CODES:
            # leave before the code is withdrawn rather than on the day it goes
            end = period.end = max(last.decom + 1, NEW_SUPPORTED_CODES - 1)
        exit_code = EXIT_CODES[route].draw(rng)
        if ls == "J2" and route == "other":
            exit_code = "E14"
        if (
            route == "until_18"
            and period.episodes[-1].place.startswith("U")
            and rng.random() < 0.35
        ):
            exit_code = "E17"
        period.episodes[-1].dec, period.episodes[-1].rec = end, exit_code
        self._reviews(child, period)
        self._missing(child, period)
        if (
            child.sex == "2"
            and rng.random() < 0.02
            and end - max(entry, birthday(child.dob, 15)) > 60
        ):
            child.mother_child_dob = max(entry, birthday(child.dob, 15)) + between(rng, 1, 59)
        child.periods.append(period)
        return period

    def _episodes(self, child: Child, period: CarePeriod, ls: str, need: str, route: str) -> None:
        rng = self.rng
        entry, end = period.start, period.end or period.start + 1
        # the calendar of scheduled changes: (day, order, kind, detail)
        calendar: list[tuple[int, int, str, str]] = []
        seq = 0

        def schedule(t: float, kind: str, detail: str = "") -> None:
            nonlocal seq
            if entry < t < end:
                seq += 1
                heapq.heappush(calendar, (int(t), seq, kind, detail))

        if ls == "L1":
            schedule(entry + between(rng, 1, 2), "legal", "C1" if rng.random() < 0.6 else "V2")
        elif ls == "L2":
            schedule(entry + between(rng, 5, 20), "legal", "C1")
        elif ls == "C1":
            schedule(entry + between(rng, *self.final_order), "legal", "C2")
        adoption: Adoption | None = None
        if route == "adoption":
            span = end - entry
            adoption = Adoption(decision=entry + int(span * 0.3))
            adoption.matched = entry + int(span * 0.6)
            adoption.placed = entry + int(span * 0.65)
            adoption.order = end
            adoption.foster_carer = rng.random() < 0.15
            if rng.random() < 0.12:
                adoption.adopters, sex = 1, rng.choice(["F1", "M1"])
                adoption.adopter_sex, adoption.adopter_ls = sex, "L0"
            period.adoption = adoption
            schedule(entry + int(span * 0.45), "legal", "E1")
            schedule(adoption.placed, "adopt")
        group = self._group(child, entry, ls, route)
        place = place_code(rng, group, (entry - child.dob) / 365.25, entry)
        ep = self._new_episode(child, entry, "S", ls, need, place)
        period.episodes.append(ep)
        self._schedule_move(schedule, entry, group, route)
        if place in ("H5", "P2"):
            schedule(NEW_SUPPORTED_CODES, "recode")
        while calendar:
            t, _, kind, detail = heapq.heappop(calendar)
            cur = period.episodes[-1]
            if t <= cur.decom:
                t = cur.decom + 1
                if t >= end:
                    break
            age = (t - child.dob) / 365.25
            if kind == "legal":
                if cur.ls == detail or (detail == "C2" and cur.ls != "C1"):
                    continue
                self._continue(child, period, t, "L", detail, cur.place, "")
                if detail == "C1":
                    schedule(t + between(rng, *self.final_order), "legal", "C2")
            elif kind == "adopt":
                same = adoption is not None and adoption.foster_carer and cur.place.startswith("U")
                place = "A3" if same else "A4"
                rne = "T" if same else "P"
                ls_now = cur.ls if cur.ls == "E1" else "E1"
                if ls_now != cur.ls:
                    rne = "U" if same else "B"
                self._continue(child, period, t, rne, ls_now, place, "" if same else "CARPL")
            elif kind == "move":
                if cur.place.startswith("A") or group_of(cur.place) != detail:
                    continue
                new_group = self._group(child, t, cur.ls, route)
                place = place_code(rng, new_group, age, t)
                reason = "CUSTOD" if place == "R5" else CHANGE_REASONS.draw(rng)
                self._continue(child, period, t, "P", cur.ls, place, reason)
                self._schedule_move(schedule, t, new_group, route)
                if place in ("H5", "P2"):
                    schedule(NEW_SUPPORTED_CODES, "recode")
            elif kind == "recode" and cur.place in ("H5", "P2"):
                self._continue(child, period, t, "P", cur.ls, "K3", "PLACE", same_place=True)

    def _group(self, child: Child, t: Day, ls: str, route: str) -> str:
        age = (t - child.dob) / 365.25
        if route == "adoption":
            return "foster"
        for _ in range(10):
            g = self.group_by_band[band_index(self.place_bands, age)].draw(self.rng)
            if g == "parents" and ls not in ("C1", "C2"):
                continue
            return g
        return "foster"

    def _schedule_move(self, schedule, t: Day, group: str, route: str) -> None:
        if route == "adoption" and group == "foster":
            rate = self.move_rate[group] * 0.5
        else:
            rate = self.move_rate[group]
        schedule(t + 1 + self.rng.expovariate(rate), "move", group)

    def _new_episode(
        self, child: Child, t: Day, rne: str, ls: str, need: str, place: str
    ) -> Episode:
        rng = self.rng
        pl_post = child.home_post if place == "P1" else make_postcode(rng)
        while pl_post == child.home_post and place != "P1":
            pl_post = make_postcode(rng)
        return Episode(
            decom=t,
            rne=rne,
            ls=ls,
            cin=need,
            place=place,
            provider=provider(rng, place),
            home_post=child.home_post,
            pl_post=pl_post,
            urn=f"SC{between(rng, 100000, 999999)}" if place in URN_PLACES else "",
        )

    def _continue(
        self,
        child: Child,
        period: CarePeriod,
        t: Day,
        rne: str,
        ls: str,
        place: str,
        reason: str,
        same_place: bool = False,
    ) -> None:
        """End the current episode on day t and start the next one (X1 continuation)."""
        cur = period.episodes[-1]
        cur.dec, cur.rec, cur.reason_change = t, "X1", reason
        if rne == "L" and cur.place in ("H5", "P2") and t >= NEW_SUPPORTED_CODES:
            rne, place, same_place, cur.reason_change = "B", "K3", True, "PLACE"
        if rne == "L" or same_place:
            nxt = Episode(
                t,
                rne,
                ls,
                cur.cin,
                place,
                cur.provider,
                home_post=cur.home_post,
                pl_post=cur.pl_post,
                urn=cur.urn,
            )
            if same_place and place in URN_PLACES and not nxt.urn:
                nxt.urn = f"SC{between(self.rng, 100000, 999999)}"
        else:
            nxt = self._new_episode(child, t, rne, ls, cur.cin, place)
        period.episodes.append(nxt)

    # -- reviews and missing ------------------------------------------------------------------
    def _reviews(self, child: Child, period: CarePeriod) -> None:
        rng = self.rng
        end = period.end or period.start + 1
        r = period.start + between(rng, 7, 20)
        gaps = [between(rng, 60, 91)]
        while r < end:
            code = "PN0" if age_on(child.dob, r) < 4 else REVIEW_CODES.draw(rng)
            period.reviews.append((r, code))
            r += gaps.pop() if gaps else between(rng, 150, 182)

    def _missing(self, child: Child, period: CarePeriod) -> None:
        rng = self.rng
        if rng.random() >= self.missing_prone:
            return
        end = period.end or period.start + 1
        t = float(period.start)
        last_end = period.start
        while True:
            age = (t - child.dob) / 365.25
            rate = self.missing_rate[band_index(self.place_bands, age)] / self.missing_prone
            if rate <= 0:
                t += 365
                if t >= end:
                    return
                continue
            t += rng.expovariate(rate / 365.25)
            if t >= end:
                return
            start = int(t)
            stop = start + between(rng, 0, 3)
            ep = next(
                (e for e in period.episodes if e.decom < start and (e.dec or end) > stop), None
            )
            if ep is None or start <= last_end or _crosses_year_end(start, stop):
                continue
            period.missing.append(("A" if rng.random() < self.away else "M", start, stop))
            last_end = stop


def group_of(place: str) -> str:
    """The placement group a PLACE code belongs to (as the simulation draws them)."""
    if place.startswith("U"):
        return "foster"
    return {
        "K2": "home",
        "K1": "secure",
        "P1": "parents",
        "H5": "supported",
        "P2": "supported",
        "K3": "supported",
        "R1": "residential_other",
        "R3": "residential_other",
        "S1": "residential_other",
    }.get(place, "other")


def _crosses_year_end(start: Day, stop: Day) -> bool:
    """Whether a spell runs over 31 March (spells are kept within one collection year)."""
    march31 = day(date.fromordinal(start).year, 3, 31)
    return start <= march31 < stop
