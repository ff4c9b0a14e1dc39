"""A small synthetic LA loaded into a DuckDB store, served by the web app: as the single-user
demo (no accounts) and secured (one account per role)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cschub.access import users
from cschub.store import Store

LA = "E09000027"
PASSWORD = "correct horse battery"
ROLES = {
    "ana": dict(role="analyst"),
    "pat": dict(role="practitioner", professional_id="SW1"),
    "tim": dict(role="team_manager", team="Team B"),
    "nhs": dict(role="partner", organisation="nhs-trust"),
    "dee": dict(role="dpo"),
    "adm": dict(role="admin"),
}


# `make screenshots` (CSCHUB_SCREENSHOTS=1) pictures an LA of realistic size, with errors in its
# returns, so the README shows figures comparable with the published ones; the tests use a small one
SCREENSHOTS = bool(os.environ.get("CSCHUB_SCREENSHOTS"))
SYNTH = (["--children", "40000", "--years", "2021-2026", "--error-rate", "0.01"] if SCREENSHOTS
         else ["--children", "600", "--years", "2023-2026"])


@pytest.fixture(scope="session")
def loaded_store(tmp_path_factory) -> Path:
    """A DuckDB file holding a 600-child synthetic LA, 2022-23 to 2025-26, and a validation run."""
    root = tmp_path_factory.mktemp("web")
    data, db = root / "data", root / "cschub.duckdb"
    cli = [sys.executable, "-m", "cschub"]
    subprocess.run([*cli, "synth", *SYNTH, "--la", LA, "--seed", "3", "-o", str(data)],
                   check=True, capture_output=True)
    subprocess.run([*cli, "load", str(data), "--db", f"duckdb:///{db}"], check=True,
                   capture_output=True)
    for collection in ("cin", "ssda903") if SCREENSHOTS else ("cin",):
        subprocess.run([*cli, "validate", "--db", f"duckdb:///{db}", "--collection", collection,
                        "--year", "2025-26", "--la", LA, "--format", "json", "-o",
                        str(root / "v.json")], capture_output=True)
    return db


def _app(path: Path):
    from cschub.web.server import build

    return build(f"duckdb:///{path}", LA)


@pytest.fixture(scope="session")
def demo_app(loaded_store, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    shutil.copy(loaded_store, path)
    app = _app(path)
    yield app
    app.state.store.close()


@pytest.fixture
def demo(demo_app) -> TestClient:
    return TestClient(demo_app)


AGREEMENT = """
id: DSA-WEB
title: Health visiting
organisation: nhs-trust
parties: [Council, NHS trust]
purpose: safeguarding
lawful_basis: UK GDPR 6(1)(e) and 9(2)(g)
fields: [person.id, person.dob, cp.*]
children: child_protection
retention: 6 years
valid_from: 2020-01-01
review_date: 2099-12-31
"""


def _pick(store: Store) -> dict:
    """Children with known relationships in the synthetic data."""
    import sqlalchemy as sa

    with store.engine.connect() as conn:
        worker, team, allocated = conn.execute(sa.text(
            "SELECT invo_professional_id, invo_professional_team, invo_person_id "
            "FROM ssd_involvements WHERE invo_involvement_end_date IS NULL "
            "ORDER BY invo_involvements_id LIMIT 1")).one()
        stranger = conn.execute(sa.text(
            "SELECT pers_person_id FROM ssd_person WHERE pers_person_id NOT IN ("
            "SELECT invo_person_id FROM ssd_involvements WHERE invo_professional_team = :t) "
            "ORDER BY pers_person_id LIMIT 1"), {"t": team}).scalar()
        on_plan = conn.execute(sa.text(
            "SELECT cppl_person_id FROM ssd_cp_plans WHERE cppl_cp_plan_end_date IS NULL "
            "ORDER BY cppl_person_id LIMIT 1")).scalar()
    return {"worker": worker, "team": team, "allocated": allocated, "stranger": stranger,
            "on_plan": on_plan}


@pytest.fixture(scope="session")
def secured_app(loaded_store, tmp_path_factory):
    from cschub.access.agreements import load_agreements

    path = tmp_path_factory.mktemp("secured") / "secured.duckdb"
    shutil.copy(loaded_store, path)
    store = Store(f"duckdb:///{path}")
    known = _pick(store)
    ROLES["pat"]["professional_id"] = known["worker"]
    ROLES["tim"]["team"] = known["team"]
    for name, kw in ROLES.items():
        users.add_user(store, name, password=PASSWORD, **kw)
    (path.parent / "dsa.yaml").write_text(AGREEMENT, encoding="utf-8")
    load_agreements(store, [path.parent / "dsa.yaml"])
    store.close()
    app = _app(path)
    app.state.known = known
    yield app
    app.state.store.close()


@pytest.fixture
def anonymous(secured_app) -> TestClient:
    return TestClient(secured_app)


def signed_in(app, username: str) -> TestClient:
    """A client with a live session for ``username`` (signed in through the form)."""
    client = TestClient(app)
    page = client.get("/sign-in")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post("/sign-in", data={"username": username, "password": PASSWORD,
                                             "csrf_token": token, "next": "/overview"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return client


def csrf_of(client: TestClient, page: str = "/children") -> str:
    """The CSRF token in a page's forms."""
    return client.get(page).text.split('name="csrf_token" value="')[1].split('"')[0]
