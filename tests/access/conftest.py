"""A store with three children, workers, a team, a partner agreement and one user per role."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from cschub.access import users
from cschub.access.agreements import load_agreements
from tests.indicators.helpers import put

TODAY = date.today()
PAST = TODAY - timedelta(days=400)

CHILDREN = {
    "ssd_professionals": "prof_professional_id\nSW1\nSW2",
    "ssd_department": "dept_team_id\nTeam A\nTeam B",
    "ssd_person": "pers_person_id,pers_forename,pers_surname,pers_dob\n"
                  "C1,Ada,Lovelace,2015-01-01\nC2,Bo,Peep,2016-02-02\nC3,Cy,Young,2012-03-03",
    "ssd_involvements": (
        "invo_involvements_id,invo_professional_id,invo_professional_role_id,"
        "invo_professional_team,invo_person_id,invo_involvement_start_date,"
        "invo_involvement_end_date\n"
        f"1,SW1,SW,Team A,C1,{PAST},\n"             # SW1 allocated to C1 now
        f"2,SW1,SW,Team A,C2,{PAST},{PAST + timedelta(days=30)}\n"  # ended: no longer
        f"3,SW2,SW,Team B,C3,{PAST},\n"
    ),
    "ssd_cp_plans": "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date\n"
                    f"P1,C1,{PAST}",
    "ssd_cla_episodes": "clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date\n"
                        f"E3,C3,{PAST}",
}

AGREEMENT = f"""
id: DSA-1
title: Health visiting
organisation: nhs-trust
parties: [Council children's services, NHS trust]
purpose: safeguarding
lawful_basis: UK GDPR 6(1)(e), 9(2)(g); Children Act 2004 s.11
fields: [person.id, person.dob, cp.*]
children: child_protection
retention: 6 years
valid_from: {PAST}
review_date: {TODAY + timedelta(days=30)}
"""

EXPIRED = AGREEMENT.replace("DSA-1", "DSA-OLD").replace("nhs-trust", "old-trust").replace(
    f"review_date: {TODAY + timedelta(days=30)}", f"review_date: {PAST + timedelta(days=10)}")

ACCOUNTS = {
    "ana": dict(role="analyst"),
    "pat": dict(role="practitioner", professional_id="SW1"),
    "tim": dict(role="team_manager", team="Team B"),
    "nhs": dict(role="partner", organisation="nhs-trust"),
    "old": dict(role="partner", organisation="old-trust"),
    "dee": dict(role="dpo"),
    "adm": dict(role="admin"),
}


@pytest.fixture
def people(store, tmp_path: Path):
    put(store, CHILDREN, [])
    (tmp_path / "dsa.yaml").write_text(AGREEMENT, encoding="utf-8")
    (tmp_path / "old.yaml").write_text(EXPIRED, encoding="utf-8")
    load_agreements(store, [tmp_path / "dsa.yaml", tmp_path / "old.yaml"])
    for name, kw in ACCOUNTS.items():
        users.add_user(store, name, **kw)  # no password: these tests do not sign in
    return store
