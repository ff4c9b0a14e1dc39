"""Run the synthetic local authority: every child's journey, event by event."""

from __future__ import annotations

import random
from collections.abc import Callable

from .calibration import between, load_calibration, value
from .care_journey import CareJourney
from .cin_journey import CINJourney
from .dates import birthday, year_end, year_start
from .population import People, arrivals
from .records import Child
from .workers import Workforce

Advance = Callable[[int], None]


def simulate(
    children: int,
    first_year: int,
    last_year: int,
    la_old: str,
    seed: int,
    advance: Advance | None = None,
) -> list[Child]:
    """Simulate from burn-in to the last collection year's end; children in order of first contact.

    first_year and last_year are the end years of the first and last collection years.
    """
    cal = load_calibration()
    rng = random.Random(seed)
    start = year_start(first_year - value(cal["population"]["burn_in_years"]))
    end = year_end(last_year)
    people = People(rng, cal, la_old)
    staff = Workforce(rng, cal["workers"], children * 330 / 10_000)
    care = CareJourney(rng, cal, la_old)
    cin = CINJourney(rng, cal, care, staff)
    again = value(cal["referral"]["again_probability"])
    within = value(cal["referral"]["again_within_year_share"])
    prior_elsewhere = value(cal["protection"]["prior_plan_elsewhere"])
    out: list[Child] = []
    arrived = arrivals(rng, cal, children, start, end)
    first_day = year_start(first_year)
    for i, a in enumerate(arrived):
        if birthday(a.dob, 21) < first_day:
            continue  # aged out (even as a care leaver) before the first written year
        child = people.make(a)
        out.append(child)
        adult = birthday(child.dob, 18)
        plans = 1 if rng.random() < prior_elsewhere else 0
        t, uasc = a.day, a.uasc
        while t <= end and t < adult - 1:
            ref = cin.referral(child, t, plans, uasc)
            plans += len(ref.cp_plans)
            uasc = False
            closure = ref.closure if ref.closure is not None else adult
            if rng.random() >= again:
                break
            if rng.random() < within and closure < ref.date + 330:
                t = between(rng, closure + 1, ref.date + 364)
            else:
                t = max(closure + 1, ref.date + 366) + int(rng.expovariate(1 / 700))
        if advance is not None and i % 1000 == 999:
            advance(1000)
    if advance is not None:
        advance(len(arrived) % 1000)
    return out


def expected_children(children: int, first_year: int, last_year: int) -> int:
    """About how many children simulate() will make (for a progress bar)."""
    cal = load_calibration()
    years = last_year - first_year + 1 + value(cal["population"]["burn_in_years"])
    rate = value(cal["population"]["new_children_per_10k_per_year"])
    rate += value(cal["care"]["uasc_arrivals_per_10k_per_year"])
    return int(children / 10_000 * years * rate)
