"""An SSD (Standard Safeguarding Dataset) extract covering every written year, as CSV per table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from ..dates import Day, age_on, birthday, iso, year_end, year_start
from ..records import CarePeriod, Child
from .ssda903 import care_leaver_row

# table -> columns (field names of ../shared/reference/ssd/ssd-data-model/data/objects/<table>.yml)
COLUMNS: dict[str, list[str]] = {
    "ssd_person": [
        "pers_person_id",
        "pers_forename",
        "pers_surname",
        "pers_sex",
        "pers_ethnicity",
        "pers_dob",
        "pers_upn_unknown",
        "pers_expected_dob",
        "pers_is_mother",
    ],
    "ssd_linked_identifiers": [
        "link_table_id",
        "link_person_id",
        "link_identifier_type",
        "link_identifier_value",
        "link_valid_from_date",
    ],
    "ssd_disability": ["disa_person_id", "disa_table_id", "disa_disability_code"],
    "ssd_cin_episodes": [
        "cine_referral_id",
        "cine_person_id",
        "cine_referral_date",
        "cine_cin_primary_need_code",
        "cine_referral_source_code",
        "cine_referral_nfa",
        "cine_close_reason",
        "cine_close_date",
        "cine_referral_team",
        "cine_referral_worker_id",
    ],
    "ssd_cin_assessments": [
        "cina_assessment_id",
        "cina_person_id",
        "cina_referral_id",
        "cina_assessment_start_date",
        "cina_assessment_child_seen",
        "cina_assessment_auth_date",
        "cina_assessment_outcome_nfa",
        "cina_assessment_team",
        "cina_assessment_worker_id",
    ],
    "ssd_assessment_factors": [
        "cinf_table_id",
        "cinf_assessment_id",
        "cinf_assessment_factors_json",
    ],
    "ssd_cin_plans": [
        "cinp_cin_plan_id",
        "cinp_referral_id",
        "cinp_person_id",
        "cinp_cin_plan_start_date",
        "cinp_cin_plan_end_date",
        "cinp_cin_plan_team",
        "cinp_cin_plan_worker_id",
    ],
    "ssd_s47_enquiry": [
        "s47e_s47_enquiry_id",
        "s47e_referral_id",
        "s47e_person_id",
        "s47e_s47_start_date",
        "s47e_s47_end_date",
        "s47e_s47_nfa",
        "s47e_s47_completed_by_worker_id",
        "s47e_s47_completed_by_team",
    ],
    "ssd_initial_cp_conference": [
        "icpc_icpc_id",
        "icpc_s47_enquiry_id",
        "icpc_person_id",
        "icpc_cp_plan_id",
        "icpc_referral_id",
        "icpc_icpc_target_date",
        "icpc_icpc_date",
        "icpc_icpc_outcome_cp_flag",
        "icpc_icpc_team",
        "icpc_icpc_worker_id",
    ],
    "ssd_cp_plans": [
        "cppl_cp_plan_id",
        "cppl_referral_id",
        "cppl_icpc_id",
        "cppl_person_id",
        "cppl_cp_plan_start_date",
        "cppl_cp_plan_end_date",
        "cppl_cp_plan_initial_category",
        "cppl_cp_plan_latest_category",
    ],
    "ssd_cp_reviews": [
        "cppr_cp_review_id",
        "cppr_person_id",
        "cppr_cp_plan_id",
        "cppr_cp_review_due",
        "cppr_cp_review_date",
        "cppr_cp_review_outcome_continue_cp",
    ],
    "ssd_cla_episodes": [
        "clae_cla_episode_id",
        "clae_person_id",
        "clae_cla_episode_start_date",
        "clae_cla_episode_start_reason",
        "clae_cla_primary_need_code",
        "clae_cla_episode_ceased_date",
        "clae_cla_episode_ceased_reason",
        "clae_cla_id",
        "clae_referral_id",
        "clae_cla_placement_id",
        "clae_entered_care_date",
    ],
    "ssd_cla_placement": [
        "clap_cla_placement_id",
        "clap_cla_placement_start_date",
        "clap_cla_placement_type",
        "clap_cla_placement_urn",
        "clap_cla_id",
        "clap_cla_placement_provider",
        "clap_cla_placement_postcode",
        "clap_cla_placement_end_date",
        "clap_cla_placement_change_reason",
        "clap_person_id",
    ],
    "ssd_cla_reviews": [
        "clar_cla_review_id",
        "clar_cla_id",
        "clar_cla_review_date",
        "clar_cla_review_cancelled",
        "clar_cla_review_participation",
    ],
    "ssd_missing": [
        "miss_table_id",
        "miss_person_id",
        "miss_missing_episode_start_date",
        "miss_missing_episode_type",
        "miss_missing_episode_end_date",
    ],
    "ssd_legal_status": [
        "lega_legal_status_id",
        "lega_person_id",
        "lega_legal_status",
        "lega_legal_status_start_date",
        "lega_legal_status_end_date",
    ],
    "ssd_professionals": [
        "prof_professional_id",
        "prof_staff_id",
        "prof_professional_name",
        "prof_social_worker_registration_no",
        "prof_professional_job_title",
        "prof_professional_department",
        "prof_agency_worker_flag",
    ],
    "ssd_department": ["dept_team_id", "dept_team_name", "dept_team_parent_id",
                       "dept_team_parent_name"],
    "ssd_involvements": [
        "invo_involvements_id",
        "invo_professional_id",
        "invo_professional_role_id",
        "invo_professional_team",
        "invo_involvement_start_date",
        "invo_involvement_end_date",
        "invo_worker_change_reason",
        "invo_person_id",
        "invo_referral_id",
    ],
    "ssd_care_leavers": [
        "clea_table_id",
        "clea_person_id",
        "clea_care_leaver_eligibility",
        "clea_care_leaver_in_touch",
        "clea_care_leaver_activity",
        "clea_care_leaver_accommodation",
        "clea_care_leaver_accom_suitable",
    ],
    "ssd_immigration_status": [
        "immi_person_id",
        "immi_immigration_status_id",
        "immi_immigration_status",
        "immi_immigration_status_start_date",
        "immi_immigration_status_end_date",
    ],
}


class Extract:
    """Rows of every SSD table, as at the end of the last year, from the first year's start."""

    def __init__(self, first_year: int, last_year: int) -> None:
        self.s, self.e = year_start(first_year), year_end(last_year)
        self.last_year = last_year
        self.rows: dict[str, list[list[str]]] = {t: [] for t in COLUMNS}
        self.workers: dict[str, str] = {}

    def _open(self, start: Day, end: Day | None) -> bool:
        return start <= self.e and (end is None or end >= self.s)

    def _d(self, d: Day | None) -> str:
        return iso(d) if d is not None and d <= self.e else ""

    def add(self, child: Child) -> None:
        refs = [(i, r) for i, r in enumerate(child.referrals) if self._open(r.date, r.closure)]
        periods = [(i, p) for i, p in enumerate(child.periods) if self._open(p.start, p.end)]
        leaver = care_leaver_row(child, self.last_year)
        if not refs and not periods and leaver is None:
            return
        add, cid = self._add, child.id
        born = child.dob <= self.e
        add(
            "ssd_person",
            [
                cid,
                child.forename,
                child.surname,
                "M" if child.sex == "1" else "F",
                child.ethnic,
                iso(child.dob) if born else "",
                "" if born and age_on(child.dob, self.e) >= 5 else "UN1",
                "" if born else iso(child.dob),
                "Y" if child.mother_child_dob else "N",
            ],
        )
        add("ssd_linked_identifiers", [f"{cid}L1", cid, "Unique Pupil Number", child.upn, ""])
        for k, code in enumerate(child.disabilities):
            add("ssd_disability", [cid, f"{cid}D{k + 1}", code])
        for i, r in refs:
            self._referral(child, i, r)
        for i, p in periods:
            self._period(child, i, p)
        for a in child.allocations:
            if self._open(a.start, a.end):
                self.workers[a.worker] = a.team
                rid = next(
                    (
                        f"{cid}R{i + 1}"
                        for i, r in enumerate(child.referrals)
                        if r.date <= a.start and (r.closure is None or a.start <= r.closure)
                    ),
                    "",
                )
                add(
                    "ssd_involvements",
                    [
                        f"{cid}I{a.start}",
                        a.worker,
                        "Social Worker",
                        a.team,
                        iso(a.start),
                        self._d(a.end),
                        a.reason,
                        cid,
                        rid,
                    ],
                )
        if child.uasc and child.periods and child.periods[0].uasc:
            b18 = birthday(child.dob, 18)
            add(
                "ssd_immigration_status",
                [
                    cid,
                    f"{cid}M1",
                    "Unaccompanied Asylum Seeking Child",
                    iso(child.periods[0].start),
                    self._d(b18),
                ],
            )
        if leaver:
            touch, activ, accom = leaver
            add(
                "ssd_care_leavers",
                [
                    f"{cid}C1",
                    cid,
                    "Former relevant",
                    touch,
                    activ,
                    accom[:1] if accom != "0" else "",
                    {"1": "Y", "2": "N"}.get(accom[1:], ""),
                ],
            )

    def _add(self, table: str, values: list[str]) -> None:
        self.rows[table].append(values)

    def _referral(self, child: Child, i: int, r) -> None:
        add, cid, d = self._add, child.id, self._d
        rid = f"{cid}R{i + 1}"
        closed = r.closure is not None and r.closure <= self.e
        add(
            "ssd_cin_episodes",
            [
                rid,
                cid,
                iso(r.date),
                r.need or "",
                r.source,
                "Y" if r.nfa else "N",
                r.closure_reason if closed else "",
                d(r.closure),
                r.team,
                r.worker,
            ],
        )
        for j, a in enumerate(r.assessments):
            aid = f"{rid}A{j + 1}"
            done = a.authorised is not None and a.authorised <= self.e
            nfa = "Y" if r.closure_reason in ("RC8", "RC9") else "N"
            add(
                "ssd_cin_assessments",
                [
                    aid,
                    cid,
                    rid,
                    iso(a.start),
                    "Y",
                    d(a.authorised),
                    nfa if done else "",
                    a.team,
                    a.worker,
                ],
            )
            if done:
                add("ssd_assessment_factors", [f"{aid}F", aid, json.dumps(a.factors)])
        for j, p in enumerate(r.cin_plans):
            add(
                "ssd_cin_plans",
                [f"{rid}P{j + 1}", rid, cid, iso(p.start), d(p.end), r.team, r.worker],
            )
        for j, q in enumerate(r.s47s):
            sid = f"{rid}S{j + 1}"
            add(
                "ssd_s47_enquiry",
                [
                    sid,
                    rid,
                    cid,
                    iso(q.start),
                    d(q.end),
                    "Y" if q.icpc_date is None else "N",
                    r.worker,
                    r.team,
                ],
            )
            if q.icpc_date is not None and q.icpc_date <= self.e:
                plan = next((k for k, p in enumerate(r.cp_plans) if p.start == q.icpc_date), None)
                pid = f"{rid}C{plan + 1}" if plan is not None else ""
                add(
                    "ssd_initial_cp_conference",
                    [
                        f"{sid}I",
                        sid,
                        cid,
                        pid,
                        rid,
                        iso(q.icpc_target),
                        iso(q.icpc_date),
                        "Y" if pid else "N",
                        r.team,
                        r.worker,
                    ],
                )
        for j, p in enumerate(r.cp_plans):
            if p.start > self.e:  # not yet started when the extract was taken
                continue
            pid = f"{rid}C{j + 1}"
            icpc = next(
                (f"{rid}S{k + 1}I" for k, q in enumerate(r.s47s) if q.icpc_date == p.start), ""
            )
            add(
                "ssd_cp_plans",
                [
                    pid,
                    rid,
                    icpc,
                    cid,
                    iso(p.start),
                    d(p.end),
                    p.initial_category,
                    p.latest_category,
                ],
            )
            prev = p.start
            for k, when in enumerate(p.reviews):
                if when <= self.e:
                    due = prev + (91 if k == 0 else 182)
                    last = k == len(p.reviews) - 1 and p.end == when
                    add(
                        "ssd_cp_reviews",
                        [f"{pid}V{k + 1}", cid, pid, iso(due), iso(when), "N" if last else "Y"],
                    )
                prev = when

    def _period(self, child: Child, i: int, p: CarePeriod) -> None:
        add, cid, d = self._add, child.id, self._d
        cla = f"{cid}P{i + 1}"
        ref = next(
            (
                f"{cid}R{k + 1}"
                for k, r in enumerate(child.referrals)
                if r.date <= p.start and (r.closure is None or p.start <= r.closure)
            ),
            "",
        )
        episodes = [e for e in p.episodes if e.decom <= self.e]
        placement = ""
        for j, ep in enumerate(episodes):
            if j == 0 or ep.rne != "L":  # a new placement (a legal change alone keeps it)
                placement = f"{cla}PL{j + 1}"
                self._placement(child, cla, placement, episodes[j:], p.end)
            ended = ep.dec is not None and ep.dec <= self.e
            add(
                "ssd_cla_episodes",
                [f"{cla}E{j + 1}", cid, iso(ep.decom), ep.rne, ep.cin, d(ep.dec),
                 ep.rec if ended else "", cla, ref, placement, iso(p.start)],
            )  # fmt: skip
            if j == 0 or ep.ls != episodes[j - 1].ls:
                nxt = next((x for x in episodes[j + 1 :] if x.ls != ep.ls), None)
                end = nxt.decom if nxt else p.end
                add("ssd_legal_status", [f"{cla}LS{j + 1}", cid, ep.ls, iso(ep.decom), d(end)])
        for k, (when, code) in enumerate(p.reviews):
            if when <= self.e:
                add("ssd_cla_reviews", [f"{cla}V{k + 1}", cla, iso(when), "N", code])
        for k, (kind, start, stop) in enumerate(p.missing):
            if start <= self.e:
                add("ssd_missing", [f"{cla}M{k + 1}", cid, iso(start), kind, d(stop)])

    def _placement(
        self, child: Child, cla: str, pid: str, rest: list, period_end: Day | None
    ) -> None:
        """One placement: from rest[0] until the next episode that is not a legal change only."""
        first = rest[0]
        k = next((k for k, x in enumerate(rest[1:], start=1) if x.rne != "L"), None)
        end = rest[k].decom if k is not None else period_end
        closing = rest[k - 1] if k is not None else rest[-1]
        reason = closing.reason_change if end is not None and end <= self.e else ""
        self._add(
            "ssd_cla_placement",
            [pid, iso(first.decom), first.place, first.urn, cla, first.provider, first.pl_post,
             self._d(end), reason, child.id],
        )  # fmt: skip

    def professionals(self) -> None:
        for team in sorted(set(self.workers.values())):
            self._add("ssd_department", [team, team, "CSC", "Children's social care"])
        for worker, team in sorted(self.workers.items()):
            n = int(worker[2:])
            self._add(
                "ssd_professionals",
                [
                    worker,
                    f"ST{n:05d}",
                    f"Worker {n}",
                    f"SW{100000 + n * 37}",
                    "Social Worker",
                    team,
                    "N",
                ],
            )


def write_extract(
    folder: Path, children: list[Child], first_year: int, last_year: int
) -> Iterator[Path]:
    """Write ssd_<table>.csv files; yields each path written."""
    ex = Extract(first_year, last_year)
    for child in children:
        ex.add(child)
    ex.professionals()
    folder.mkdir(parents=True, exist_ok=True)
    for table, columns in COLUMNS.items():
        path = folder / f"{table}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(columns)
            w.writerows(ex.rows[table])
        yield path
