"""What the simulation records about each child: the facts the returns are written from."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import Day


@dataclass(slots=True)
class Assessment:
    start: Day
    authorised: Day | None
    factors: list[str]
    team: str = ""
    worker: str = ""


@dataclass(slots=True)
class Section47:
    start: Day
    icpc_target: Day
    icpc_date: Day | None  # None: conference not needed
    end: Day


@dataclass(slots=True)
class CPPlan:
    start: Day
    end: Day | None
    initial_category: str
    latest_category: str
    previous_plans: int
    reviews: list[Day] = field(default_factory=list)


@dataclass(slots=True)
class CINPlan:
    start: Day
    end: Day | None


@dataclass(slots=True)
class Referral:
    """One CIN episode: from referral to closure."""

    date: Day
    source: str
    nfa: bool
    need: str | None
    closure: Day | None = None
    closure_reason: str | None = None
    assessments: list[Assessment] = field(default_factory=list)
    s47s: list[Section47] = field(default_factory=list)
    cin_plans: list[CINPlan] = field(default_factory=list)
    cp_plans: list[CPPlan] = field(default_factory=list)
    team: str = ""
    worker: str = ""


@dataclass(slots=True)
class Episode:
    decom: Day
    rne: str
    ls: str
    cin: str
    place: str
    provider: str
    dec: Day | None = None
    rec: str = ""
    reason_change: str = ""
    home_post: str = ""
    pl_post: str = ""
    urn: str = ""


@dataclass(slots=True)
class Adoption:
    decision: Day  # date should be placed for adoption (DATE_INT = DATE_PLACED)
    matched: Day | None = None
    placed: Day | None = None
    order: Day | None = None
    foster_carer: bool = False
    adopters: int = 2
    adopter_sex: str = "MF"
    adopter_ls: str = "L3"


@dataclass(slots=True)
class CarePeriod:
    start: Day
    end: Day | None
    episodes: list[Episode] = field(default_factory=list)
    reviews: list[tuple[Day, str]] = field(default_factory=list)
    missing: list[tuple[str, Day, Day | None]] = field(default_factory=list)
    adoption: Adoption | None = None
    prev_perm: tuple[str, str, Day | None] = ("Z1", "", None)
    uasc: bool = False
    route: str = ""  # how the period ends: home, adoption, sgo, cao, until_18, other


@dataclass(slots=True)
class Allocation:
    """A social worker allocated to a child."""

    worker: str
    team: str
    start: Day
    end: Day | None
    reason: str  # why this allocation began (SW_REASON)


@dataclass(slots=True)
class Child:
    id: str
    sex: str  # "1" male, "2" female
    dob: Day
    ethnic: str
    upn: str
    forename: str
    surname: str
    home_post: str
    disabilities: list[str] = field(default_factory=list)
    uasc: bool = False
    mother_child_dob: Day | None = None
    died: Day | None = None
    referrals: list[Referral] = field(default_factory=list)
    periods: list[CarePeriod] = field(default_factory=list)
    allocations: list[Allocation] = field(default_factory=list)
    seed: int = 0  # per-child seed for outcome draws made at writing time
