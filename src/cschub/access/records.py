"""What a child's record holds, field by field: the names agreements and reads use.

A field is ``<section>.<name>``; each section is one standard-dataset table read for one child.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

# section -> (table, person column, order by, {field name: column})
SECTIONS: dict[str, tuple[str, str, str, dict[str, str]]] = {
    "person": ("ssd_person", "pers_person_id", "pers_person_id", {
        "id": "pers_person_id", "forename": "pers_forename", "surname": "pers_surname",
        "dob": "pers_dob", "sex": "pers_sex", "ethnicity": "pers_ethnicity",
        "upn": "pers_upn", "death_date": "pers_death_date",
    }),
    "cin": ("ssd_cin_episodes", "cine_person_id", "cine_referral_date", {
        "referral_date": "cine_referral_date", "primary_need": "cine_cin_primary_need_code",
        "referral_source": "cine_referral_source_code", "close_date": "cine_close_date",
        "close_reason": "cine_close_reason",
    }),
    "cp": ("ssd_cp_plans", "cppl_person_id", "cppl_cp_plan_start_date", {
        "start_date": "cppl_cp_plan_start_date", "end_date": "cppl_cp_plan_end_date",
        "initial_category": "cppl_cp_plan_initial_category",
        "latest_category": "cppl_cp_plan_latest_category",
    }),
    "cla": ("ssd_cla_episodes", "clae_person_id", "clae_cla_episode_start_date", {
        "start_date": "clae_cla_episode_start_date",
        "start_reason": "clae_cla_episode_start_reason",
        "end_date": "clae_cla_episode_ceased_date",
        "end_reason": "clae_cla_episode_ceased_reason",
    }),
    "placement": ("ssd_cla_placement", "clap_person_id", "clap_cla_placement_start_date", {
        "start_date": "clap_cla_placement_start_date", "type": "clap_cla_placement_type",
        "postcode": "clap_cla_placement_postcode", "end_date": "clap_cla_placement_end_date",
    }),
    "worker": ("ssd_involvements", "invo_person_id", "invo_involvement_start_date", {
        "professional": "invo_professional_id", "role": "invo_professional_role_id",
        "team": "invo_professional_team", "start_date": "invo_involvement_start_date",
        "end_date": "invo_involvement_end_date",
    }),
}

ALL_FIELDS = tuple(f"{s}.{f}" for s, (_, _, _, fields) in SECTIONS.items() for f in fields)


def expand(patterns: list[str]) -> set[str]:
    """Field names from a list that may use ``section.*``; unknown names raise ValueError."""
    out = set()
    for p in patterns:
        if p.endswith(".*") and p[:-2] in SECTIONS:
            out |= {f for f in ALL_FIELDS if f.startswith(p[:-1])}
        elif p in ALL_FIELDS:
            out.add(p)
        else:
            raise ValueError(f"unknown field {p!r}")
    return out


def fetch(conn: Connection, la: str | None, child: str, fields: set[str]) -> dict:
    """The child's record limited to ``fields``: {section: [row dicts]}."""
    record: dict[str, list[dict]] = {}
    for section, (table, person, order, columns) in SECTIONS.items():
        wanted = [(name, col) for name, col in columns.items() if f"{section}.{name}" in fields]
        if not wanted:
            continue
        select = ", ".join(f"{col} AS {name}" for name, col in wanted)
        where = f"{person} = :child" + (" AND la_code = :la" if la else "")
        rows = conn.execute(
            sa.text(f"SELECT {select} FROM {table} WHERE {where} ORDER BY {order}"),
            {"child": child, "la": la},
        ).mappings().all()
        record[section] = [dict(r) for r in rows]
    return record
