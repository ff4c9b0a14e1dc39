"""Data sharing agreements: YAML files loaded with ``cschub agreements load``.

    id: DSA-2026-003
    title: Health visitors and children's social care
    organisation: example-nhs-trust          # the partner users' --organisation
    parties: [Example Council children's services, Example NHS Trust]
    purpose: safeguarding                    # reads must name this purpose
    lawful_basis: UK GDPR 6(1)(e) and 9(2)(g); Children Act 2004 s.11
    fields: [person.id, person.dob, cp.*]    # what partner users may see
    children: child_protection   # all | children_in_need | child_protection | looked_after
    retention: 6 years after the child's 18th birthday
    valid_from: 2026-04-01
    review_date: 2027-03-31                  # no access after this date until reviewed
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa
import yaml

from cschub.access.records import expand
from cschub.errors import CschubError
from cschub.store import Store
from cschub.yamlfile import load_yaml

REQUIRED = ("id", "title", "organisation", "parties", "purpose", "lawful_basis", "fields",
            "children", "retention", "valid_from", "review_date")
SCOPES = ("all", "children_in_need", "child_protection", "looked_after")


@dataclass(frozen=True)
class Agreement:
    """A loaded agreement."""

    agreement_id: str
    organisation: str
    purpose: str
    fields: frozenset[str]
    children: str
    valid_from: date
    review_date: date


def _parse(path: Path) -> dict:
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CschubError(
            f"{path}: not a readable YAML agreement ({type(exc).__name__})"
        ) from None
    if not isinstance(doc, dict):
        raise CschubError(f"{path}: expected a mapping of the agreement's fields")
    missing = [k for k in REQUIRED if k not in doc or doc[k] in (None, "", [])]
    if missing:
        raise CschubError(f"{path}: missing {', '.join(missing)}")
    if doc["children"] not in SCOPES:
        raise CschubError(f"{path}: children is {doc['children']!r}, expected one of "
                          f"{', '.join(SCOPES)}")
    for key in ("valid_from", "review_date"):
        if not isinstance(doc[key], date):
            raise CschubError(f"{path}: {key} is {doc[key]!r}, expected a date YYYY-MM-DD")
    if doc["review_date"] < doc["valid_from"]:
        raise CschubError(f"{path}: review_date is before valid_from")
    try:
        doc["fields"] = sorted(expand([str(f) for f in doc["fields"]]))
    except ValueError as exc:
        raise CschubError(f"{path}: fields: {exc}") from None
    return doc


def load_agreements(store: Store, paths: list[Path]) -> list[str]:
    """Load (or replace) agreements from YAML files, all or none; returns their ids."""
    docs = [(p, _parse(p)) for p in paths]
    with store.transaction() as conn:
        for path, d in docs:
            conn.execute(sa.text("DELETE FROM sharing_agreement WHERE agreement_id = :i"),
                         {"i": str(d["id"])})
            conn.execute(sa.text(
                "INSERT INTO sharing_agreement (agreement_id, title, organisation, parties, "
                "purpose, lawful_basis, fields, children, retention, valid_from, review_date, "
                "source_sha256, loaded_at) VALUES (:i, :t, :o, :p, :pu, :l, :f, :c, :r, :vf, "
                ":rd, :sha, :now)"
            ), {"i": str(d["id"]), "t": d["title"], "o": d["organisation"],
                "p": "; ".join(map(str, d["parties"])), "pu": d["purpose"],
                "l": d["lawful_basis"], "f": ",".join(d["fields"]), "c": d["children"],
                "r": str(d["retention"]), "vf": d["valid_from"], "rd": d["review_date"],
                "sha": hashlib.sha256(path.read_bytes()).hexdigest(), "now": datetime.now()})
    return [str(d["id"]) for _, d in docs]


def agreements_for(conn: sa.Connection, organisation: str | None) -> list[Agreement]:
    """The agreements an organisation's users may rely on."""
    rows = conn.execute(sa.text(
        "SELECT agreement_id, organisation, purpose, fields, children, valid_from, review_date "
        "FROM sharing_agreement WHERE organisation = :o ORDER BY agreement_id"
    ), {"o": organisation or ""}).fetchall()
    return [Agreement(r[0], r[1], r[2], frozenset(r[3].split(",")), r[4], r[5], r[6])
            for r in rows]
