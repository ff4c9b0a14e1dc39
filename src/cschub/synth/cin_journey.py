"""A child in need's journey through one referral: assessment, section 47, plans, closure."""

from __future__ import annotations

import math
import random

from .calibration import Choice, band_index, between, choice, value
from .care_journey import CareJourney
from .dates import Day, add_working_days, birthday, next_weekday
from .records import Assessment, Child, CINPlan, CPPlan, Referral, Section47
from .workers import Workforce

# what a care period's route says about how the CIN episode closes
CLOSURE_BY_ROUTE = {"adoption": "RC1", "sgo": "RC4", "cao": "RC3", "until_18": "RC6"}


class CINJourney:
    """Draws each referral's path through children's social care."""

    def __init__(self, rng: random.Random, cal: dict, care: CareJourney, staff: Workforce) -> None:
        self.rng, self.care, self.staff = rng, care, staff
        r, a, p, c = cal["referral"], cal["assessment"], cal["protection"], cal["cin_plan"]
        self.sources: Choice = choice(r["sources"])
        self.needs: Choice = choice(r["primary_need"])
        self.nfa = value(r["nfa_share"])
        self.not_in_need = value(r["not_in_need_share_of_assessed"])
        self.factors: Choice = choice(a["factors"])
        self.n_factors = Choice([1, 2, 3, 4], a["factors_count_weights"])
        self.assess_wd = value(a["working_days_median"])
        self.s47 = value(p["s47_share_of_in_need"])
        self.s47_boost = value(p["s47_share_prior_plan_boost"])
        self.icpc = value(p["icpc_share_of_s47"])
        self.cpp = value(p["cpp_share_of_icpc"])
        self.end_review = Choice([1, 2, 3, 4, 5, 6], value(p["end_at_review_weights"]))
        self.categories: Choice = choice(p["categories"])
        self.step_down = value(p["step_down_to_cin_plan"])
        self.cin_plan_share = value(c["share_of_in_need_without_cpp"])
        self.cin_plan_days = value(c["duration_days_median"])
        self.no_plan_days = value(c["episode_without_plan_days_median"])
        ce = cal["care"]
        self.entry_bands = ce["entry_age_bands"]
        self.entry_prob = value(ce["entry_probability"])
        self.entry_boost = value(ce["entry_probability_cpp_boost"])

    def _lognormal(self, median: float, sigma: float = 0.8) -> int:
        return max(1, int(median * math.exp(self.rng.gauss(0.0, sigma))))

    def referral(self, child: Child, t: Day, previous_plans: int, uasc: bool = False) -> Referral:
        """Simulate one referral starting on day t; returns it with its closure."""
        rng = self.rng
        adult = birthday(child.dob, 18)
        ref = Referral(date=t, source="8" if uasc else self.sources.draw(rng), nfa=False, need=None)
        child.referrals.append(ref)
        if not uasc and rng.random() < self.nfa:
            ref.nfa, ref.closure, ref.closure_reason = True, t, "RC7"
            return ref
        ref.need = "N8" if uasc else self.needs.draw(rng)
        start = min(t + between(rng, 0, 5), adult - 2)
        auth = add_working_days(start, min(90, max(2, self._lognormal(self.assess_wd, 0.5))))
        auth = min(auth, adult - 1)
        factors = ["9A"] if uasc else self.factors.sample(rng, self.n_factors.draw(rng))
        ref.assessments.append(Assessment(start, auth, factors))
        if not uasc and rng.random() < self.not_in_need:
            ref.closure, ref.closure_reason = auth, "RC8" if rng.random() < 0.6 else "RC9"
            self._allocate(child, ref)
            return ref
        self._protect_and_plan(child, ref, start, auth, previous_plans, uasc)
        self._allocate(child, ref)
        return ref

    def _protect_and_plan(
        self, child: Child, ref: Referral, start: Day, auth: Day, previous_plans: int, uasc: bool
    ) -> Day:
        rng = self.rng
        adult = birthday(child.dob, 18)
        cpp: CPPlan | None = None
        p_s47 = self.s47 * (self.s47_boost if previous_plans else 1.0)
        if not uasc and rng.random() < p_s47 and start + 30 < adult:
            s_start = start + between(rng, 0, 3)
            target = add_working_days(s_start, 15)
            if rng.random() < self.icpc:
                icpc = next_weekday(add_working_days(s_start, between(rng, 5, 15)))
                ref.s47s.append(Section47(s_start, target, icpc, icpc))
                if rng.random() < self.cpp:
                    cpp = self._cp_plan(child, icpc, previous_plans)
                    ref.cp_plans.append(cpp)
            else:
                ref.s47s.append(
                    Section47(s_start, target, None, add_working_days(s_start, between(rng, 3, 15)))
                )
        age = (start - child.dob) / 365.25
        p_care = self.entry_prob[band_index(self.entry_bands, age)]
        if cpp is not None:
            p_care *= self.entry_boost
        enters = uasc or rng.random() < p_care
        plan_end = cpp.end if cpp is not None and cpp.end is not None else auth
        entry: Day | None = None
        if enters:
            if uasc:
                entry = ref.date
            elif cpp is not None:
                entry = cpp.start + between(rng, 0, max(0, plan_end - cpp.start))
                self._end_cpp(cpp, entry)
            else:
                entry = auth + between(rng, -10, 90)
            entry = max(entry, ref.date, child.dob)
            if entry >= adult - 30:
                enters = False
        if enters and entry is not None:
            if cpp is None and not uasc and entry > auth + 5 and rng.random() < 0.7:
                ref.cin_plans.append(CINPlan(auth + between(rng, 0, 3), entry))
                ref.cin_plans[-1].end = max(ref.cin_plans[-1].start + 1, entry)
            period = self.care.period(child, entry, ref.need or "N1", uasc)
            closure = period.end if period.end is not None else adult
            closure = min(closure + between(rng, 0, 10), adult)
            done = [
                auth,
                entry + 1,
                *(q.end for q in ref.s47s),
                *(p.end or 0 for p in ref.cp_plans),
            ]
            ref.closure = max(closure, *done)  # nothing is left open when the case closes
            ref.closure_reason = CLOSURE_BY_ROUTE.get(period.route, "RC7")
            return ref.closure
        last = max(plan_end, auth)
        if cpp is not None and rng.random() < self.step_down and cpp.end is not None:
            s = cpp.end + 1
            if s < adult - 7:
                e = min(s + self._lognormal(self.cin_plan_days * 0.6), adult - 1)
                ref.cin_plans.append(CINPlan(s, e))
                last = e
        elif cpp is None and rng.random() < self.cin_plan_share:
            s = auth + between(rng, 0, 10)
            if s < adult - 7:
                e = min(s + self._lognormal(self.cin_plan_days), adult - 1)
                ref.cin_plans.append(CINPlan(s, e))
                last = e
        elif cpp is None:
            last = auth + self._lognormal(self.no_plan_days)
        for s47 in ref.s47s:
            last = max(last, s47.end)
        ref.closure = min(last + between(rng, 0, 30), adult)
        ref.closure_reason = (
            "RC6" if ref.closure == adult else ("RC5" if rng.random() < 0.05 else "RC7")
        )
        return ref.closure

    def _cp_plan(self, child: Child, start: Day, previous: int) -> CPPlan:
        rng = self.rng
        adult = birthday(child.dob, 18)
        cat = self.categories.draw(rng)
        latest = cat if rng.random() < 0.9 else self.categories.draw(rng)
        plan = CPPlan(start, None, cat, latest, previous)
        ends_at = self.end_review.draw(rng)
        review = start + between(rng, 75, 90)
        for k in range(1, ends_at + 1):
            review = next_weekday(review)
            if review >= adult:
                break
            plan.reviews.append(review)
            if k == ends_at:
                break
            review += between(rng, 160, 182)
        plan.end = plan.reviews[-1] if plan.reviews else max(start + 1, adult - 1)
        return plan

    @staticmethod
    def _end_cpp(plan: CPPlan, day: Day) -> None:
        """End a plan early (the child came into care)."""
        plan.end = max(day, plan.start + 1)
        plan.reviews = [r for r in plan.reviews if r < plan.end]

    def _allocate(self, child: Child, ref: Referral) -> None:
        ref.worker, ref.team = self.staff.allocate(child, ref.date, ref.closure)
        for a in ref.assessments:
            a.worker, a.team = ref.worker, ref.team
