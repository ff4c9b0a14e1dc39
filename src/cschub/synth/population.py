"""The resident population: who comes to children's services' attention, and when."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date

from .calibration import Choice, between, choice, value
from .dates import Day
from .identifiers import make_name, make_postcode, make_upn
from .records import Child


@dataclass(frozen=True, slots=True)
class Arrival:
    """A child's first referral (or, for an unaccompanied asylum-seeking child, arrival)."""

    day: Day
    dob: Day
    uasc: bool


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (normal approximation for large means)."""
    if mean > 500:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    n, p, limit = 0, 1.0, math.exp(-mean)
    while True:
        p *= rng.random()
        if p < limit:
            return n
        n += 1


def arrivals(rng: random.Random, cal: dict, children: int, start: Day, end: Day) -> list[Arrival]:
    """First referrals of new children and arrivals of UASC between start and end, in date order."""
    pop = cal["population"]
    years = (end - start) / 365.25
    scale = children / 10_000 * years
    bands, weights = pop["first_referral_age"]["bands"], pop["first_referral_age"]["weights"]
    band = Choice(list(range(len(bands))), weights)
    out: list[Arrival] = []
    for _ in range(poisson(rng, value(pop["new_children_per_10k_per_year"]) * scale)):
        t = between(rng, start, end)
        low, high = bands[band.draw(rng)]
        age = rng.uniform(low, high)
        out.append(Arrival(t, t - int(age * 365.25), False))
    for _ in range(poisson(rng, value(cal["care"]["uasc_arrivals_per_10k_per_year"]) * scale)):
        t = between(rng, start, end)
        age = rng.choice([14, 15, 15, 16, 16, 16, 17, 17]) + rng.random() * 0.9
        out.append(Arrival(t, t - int(age * 365.25), True))
    out.sort(key=lambda a: (a.day, a.dob))
    return out


class People:
    """Makes the children: ids, sex, ethnicity, UPN, names, home postcode, disabilities."""

    def __init__(self, rng: random.Random, cal: dict, la_old: str) -> None:
        pop = cal["population"]
        self.rng, self.la_old = rng, la_old
        self.female = value(pop["female_share"])
        self.ethnic: Choice = choice(pop["ethnicity"])
        self.disabled = value(pop["disability_share"])
        self.disabilities = Choice(pop["disability_codes"], pop["disability_weights"])
        self.count = 0
        self.area = rng.choice(["TW", "KT", "SW", "SM", "CR"])

    def make(self, arrival: Arrival) -> Child:
        rng = self.rng
        self.count += 1
        sex = "2" if rng.random() < self.female else "1"
        ethnic = (
            rng.choice(["BAFR", "AOTH", "OOTH", "MOTH", "BOTH"])
            if arrival.uasc
            else self.ethnic.draw(rng)
        )
        forename, surname = make_name(rng, sex)
        issue = date.fromordinal(arrival.dob).year + 5
        child = Child(
            id=f"{self.la_old}{self.count:07d}",
            sex="1" if arrival.uasc and rng.random() < 0.92 else sex,
            dob=arrival.dob,
            ethnic=ethnic,
            upn=make_upn(rng, self.la_old, issue),
            forename=forename,
            surname=surname,
            home_post=make_postcode(rng, self.area),
            uasc=arrival.uasc,
            seed=rng.getrandbits(32),
        )
        if rng.random() < self.disabled:
            child.disabilities = self.disabilities.sample(rng, 1 + (rng.random() < 0.3))
        return child
