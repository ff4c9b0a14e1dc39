"""Every role and relationship case, through the one read function: allowed or refused as the
policy says, the fields limited, and every attempt in the audit log."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from cschub.access import audit
from cschub.access.read import AccessRefused, read_child
from cschub.access.users import get_user

BREAK = "child presented at A&E out of hours"

# user, child, purpose, fields, reason -> expected outcome (refused | allowed | break_glass)
MATRIX = [
    ("ana", "C1", "direct_care", None, None, "refused"),          # analyst: aggregates only
    ("adm", "C1", "direct_care", None, None, "refused"),          # admin: no case data
    ("pat", "C1", "direct_care", None, None, "allowed"),          # allocated now
    ("pat", "C2", "direct_care", None, None, "refused"),          # allocation ended
    ("pat", "C2", "direct_care", None, BREAK, "break_glass"),     # with a reason
    ("pat", "C2", "direct_care", None, "because", "refused"),     # a reason too short
    ("pat", "C3", "direct_care", None, None, "refused"),          # never allocated
    ("tim", "C3", "direct_care", None, None, "allowed"),          # their team's child
    ("tim", "C1", "direct_care", None, None, "refused"),          # another team's child
    ("tim", "C1", "direct_care", None, BREAK, "break_glass"),
    ("nhs", "C1", "safeguarding", None, None, "allowed"),         # on a CP plan: covered
    ("nhs", "C1", "safeguarding", ["person.dob"], None, "allowed"),
    ("nhs", "C1", "safeguarding", ["person.surname"], None, "refused"),  # field outside
    ("nhs", "C3", "safeguarding", None, None, "refused"),         # not on a CP plan
    ("nhs", "C1", "research", None, None, "refused"),             # purpose outside
    ("nhs", "C1", "safeguarding", None, BREAK, "allowed"),        # a reason changes nothing
    ("nhs", "C3", "safeguarding", None, BREAK, "refused"),        # partners cannot break glass
    ("old", "C1", "safeguarding", None, None, "refused"),         # agreement past review date
    ("dee", "C1", "subject_access", None, None, "allowed"),
    ("dee", "C1", "direct_care", None, None, "refused"),
]


@pytest.mark.parametrize("user,child,purpose,fields,reason,expected", MATRIX)
def test_access_matrix(people, user, child, purpose, fields, reason, expected) -> None:
    actor = get_user(people, user)
    if expected == "refused":
        with pytest.raises(AccessRefused):
            read_child(people, actor, child, purpose=purpose, fields=fields, reason=reason)
    else:
        record = read_child(people, actor, child, purpose=purpose, fields=fields, reason=reason)
        assert record.outcome == expected
        assert record.sections["person"][0].get("id", child) == child
    [entry] = audit.who_viewed(people, child)
    assert (entry["username"], entry["outcome"], entry["purpose"]) == (user, expected, purpose)
    assert audit.verify(people).ok


def test_partner_sees_only_the_agreement_fields(people) -> None:
    record = read_child(people, get_user(people, "nhs"), "C1", purpose="safeguarding")
    assert set(record.sections) == {"person", "cp"}
    assert set(record.sections["person"][0]) == {"id", "dob"}  # no name
    entry = audit.who_viewed(people, "C1")[0]
    assert entry["agreement_id"] == "DSA-1"


def test_break_glass_is_flagged_for_the_dpo_with_its_reason(people) -> None:
    read_child(people, get_user(people, "pat"), "C2", purpose="direct_care", reason=BREAK)
    with people.engine.connect() as conn:
        row = conn.execute(sa.text(
            "SELECT action, outcome, reason FROM audit_log WHERE record_id = 'C2'")).one()
    assert tuple(row) == ("break_glass", "break_glass", BREAK)


def test_a_refusal_stores_nothing_read_but_is_audited(people) -> None:
    with pytest.raises(AccessRefused, match="analysts see aggregates"):
        read_child(people, get_user(people, "ana"), "C1", purpose="direct_care")
    [entry] = audit.who_viewed(people, "C1")
    assert entry["outcome"] == "refused"
    assert entry["reason"].startswith("analysts")
