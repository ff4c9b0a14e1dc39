"""The social work teams and the workers allocated to children."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from .calibration import Choice, choice, value
from .dates import Day
from .records import Allocation, Child


@dataclass(frozen=True, slots=True)
class Worker:
    id: str
    team: str
    name: str
    agency: bool


def _team_name(n: int) -> str:
    """Team A, Team B, ... Team Z, Team A1, ..."""
    return f"Team {chr(ord('A') + n % 26)}{'' if n < 26 else n // 26}"


class Workforce:
    """Teams of social workers (ids SW0001...), and allocation of workers to children."""

    def __init__(self, rng: random.Random, params: dict, open_cases: float) -> None:
        self.rng = rng
        n = max(4, math.ceil(open_cases / value(params["caseload"])))
        size = value(params["team_size"])
        self.workers = [
            Worker(
                id=f"SW{i + 1:04d}",
                team=_team_name(i // size),
                name=f"Worker {i + 1}",
                agency=rng.random() < 0.15,
            )
            for i in range(n)
        ]
        self.change_rate = value(params["change_rate_per_year"]) / 365.25
        self.reasons: Choice = choice(params["reasons"])

    def allocate(self, child: Child, start: Day, end: Day | None) -> tuple[str, str]:
        """Allocate workers to child from start to end (changing now and then); the first one."""
        rng = self.rng
        w = rng.choice(self.workers)
        first = (w.id, w.team)
        t, reason = start, "FCONTA"
        while True:
            change = t + max(7, int(rng.expovariate(self.change_rate)))
            if end is not None and change >= end:
                child.allocations.append(Allocation(w.id, w.team, t, end, reason))
                return first
            child.allocations.append(Allocation(w.id, w.team, t, change, reason))
            nxt = rng.choice(self.workers)
            while nxt.id == w.id:
                nxt = rng.choice(self.workers)
            w, t, reason = nxt, change, self.reasons.draw(rng)
            if end is None and t > start + 365 * 25:
                child.allocations.append(Allocation(w.id, w.team, t, None, reason))
                return first
