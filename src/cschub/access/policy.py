"""Who may see which child's record, and which fields of it.

- analyst: aggregates and pseudonymised data only (no child records);
- practitioner: children they are allocated to now (a current involvement under their
  professional id);
- team_manager: children allocated to their team now;
- partner: children their organisation shares under a current agreement for the purpose asked,
  and only the agreement's fields;
- dpo: any record, for subject access or audit;
- admin: accounts and settings, no case data.
A practitioner or team manager may open a record they have no relationship with by giving a
reason (break-glass): allowed, flagged, and put in front of the DPO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.access.agreements import agreements_for
from cschub.access.records import ALL_FIELDS
from cschub.access.users import Actor

DPO_PURPOSES = ("subject_access", "audit")
MIN_REASON = 10


@dataclass(frozen=True)
class Decision:
    """What the policy decided for one read."""

    outcome: str  # allowed | break_glass | refused
    fields: frozenset[str] = frozenset()
    why: str = ""
    agreement_id: str | None = None

    @property
    def allowed(self) -> bool:
        return self.outcome != "refused"


def _refuse(why: str) -> Decision:
    return Decision("refused", why=why)


def _current_involvement(conn: Connection, child: str, column: str, value: str | None,
                         today: date) -> bool:
    if not value:
        return False
    return conn.execute(sa.text(
        f"SELECT 1 FROM ssd_involvements WHERE invo_person_id = :c AND {column} = :v "
        "AND (invo_involvement_start_date IS NULL OR invo_involvement_start_date <= :d) "
        "AND (invo_involvement_end_date IS NULL OR invo_involvement_end_date >= :d) LIMIT 1"
    ), {"c": child, "v": value, "d": today}).first() is not None


SCOPE_SQL = {
    "children_in_need": "SELECT 1 FROM ssd_cin_episodes WHERE cine_person_id = :c "
                        "AND (cine_close_date IS NULL OR cine_close_date >= :d) LIMIT 1",
    "child_protection": "SELECT 1 FROM ssd_cp_plans WHERE cppl_person_id = :c "
                        "AND (cppl_cp_plan_end_date IS NULL OR cppl_cp_plan_end_date >= :d) "
                        "LIMIT 1",
    "looked_after": "SELECT 1 FROM ssd_cla_episodes WHERE clae_person_id = :c "
                    "AND (clae_cla_episode_ceased_date IS NULL "
                    "OR clae_cla_episode_ceased_date >= :d) LIMIT 1",
}


def _in_scope(conn: Connection, scope: str, child: str, today: date) -> bool:
    if scope == "all":
        return True
    return conn.execute(sa.text(SCOPE_SQL[scope]), {"c": child, "d": today}).first() is not None


def _partner(conn: Connection, actor: Actor, child: str, fields: frozenset[str],
             purpose: str, today: date) -> Decision:
    agreements = agreements_for(conn, actor.organisation)
    if not agreements:
        return _refuse(f"no sharing agreement covers {actor.organisation}")
    for_purpose = [a for a in agreements if a.purpose == purpose]
    if not for_purpose:
        return _refuse(f"no agreement for the purpose {purpose!r}")
    current = [a for a in for_purpose if a.valid_from <= today <= a.review_date]
    if not current:
        return _refuse("the agreement for this purpose is not in force today")
    covering = [a for a in current if _in_scope(conn, a.children, child, today)]
    if not covering:
        return _refuse("this child is not among the children the agreement covers")
    for a in covering:
        if fields <= a.fields:
            return Decision("allowed", fields, f"agreement {a.agreement_id}", a.agreement_id)
    return _refuse("fields outside the agreement: "
                   + ", ".join(sorted(fields - covering[0].fields)))


def decide(conn: Connection, actor: Actor, child: str, fields: frozenset[str] | None,
           purpose: str, reason: str | None = None, today: date | None = None) -> Decision:
    """The decision for ``actor`` reading ``fields`` of ``child``'s record for ``purpose``
    (all fields when None; a partner gets the agreement's fields)."""
    today = today or date.today()
    if actor.token_purpose and actor.token_purpose != purpose:
        return _refuse(f"this API token is for {actor.token_purpose!r} only")
    if actor.role == "analyst":
        return _refuse("analysts see aggregates and pseudonymised data only")
    if actor.role == "admin":
        return _refuse("administrators manage accounts and settings, not case data")
    if actor.role == "partner":
        if fields is None:
            agreements = [a for a in agreements_for(conn, actor.organisation)
                          if a.purpose == purpose]
            fields = agreements[0].fields if agreements else frozenset()
        return _partner(conn, actor, child, fields, purpose, today)
    wanted = frozenset(ALL_FIELDS) if fields is None else fields
    if actor.role == "dpo":
        if purpose in DPO_PURPOSES:
            return Decision("allowed", wanted, f"data protection officer ({purpose})")
        return _refuse("a DPO reads records for subject access or audit only")
    if actor.role == "practitioner" and _current_involvement(
            conn, child, "invo_professional_id", actor.professional_id, today):
        return Decision("allowed", wanted, "allocated worker")
    if actor.role == "team_manager" and _current_involvement(
            conn, child, "invo_professional_team", actor.team, today):
        return Decision("allowed", wanted, "child of the manager's team")
    if actor.role in ("practitioner", "team_manager"):
        if reason and len(reason.strip()) >= MIN_REASON:
            return Decision("break_glass", wanted, "break-glass: " + reason.strip())
        return _refuse("no current relationship with this child; give a reason to break glass")
    return _refuse(f"unknown role {actor.role!r}")
