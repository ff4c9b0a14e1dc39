"""Every route and command that touches personal data, with every role and relationship case:
allowed or refused as the policy says. And the attacks: session fixation, CSRF, open
redirects, personal data in URLs or logs."""

from __future__ import annotations

import logging

import pytest

from cschub.access import audit
from tests.web.conftest import PASSWORD, csrf_of, signed_in

REASON = "presented at hospital out of hours"

# user, which child, purpose, reason -> HTTP status of the HTML form and the API
CASES = [
    ("ana", "allocated", "direct_care", "", 403),
    ("adm", "allocated", "direct_care", "", 403),
    ("pat", "allocated", "direct_care", "", 200),
    ("pat", "stranger", "direct_care", "", 403),
    ("pat", "stranger", "direct_care", REASON, 200),   # break-glass
    ("tim", "allocated", "direct_care", "", 200),      # their team's child
    ("tim", "stranger", "direct_care", "", 403),
    ("nhs", "on_plan", "safeguarding", "", 200),       # under the agreement
    ("nhs", "on_plan", "direct_care", "", 403),        # purpose outside the agreement
    ("nhs", "stranger", "safeguarding", REASON, 403),  # partners cannot break glass
    ("dee", "stranger", "subject_access", "", 200),
    ("dee", "stranger", "direct_care", "", 403),
]


@pytest.mark.parametrize("user,which,purpose,reason,status", CASES)
def test_child_record_page(secured_app, user, which, purpose, reason, status) -> None:
    client = signed_in(secured_app, user)
    child = secured_app.state.known[which]
    response = client.post("/children", data={"child": child, "purpose": purpose,
                                              "reason": reason, "csrf_token": csrf_of(client)})
    assert response.status_code == status
    entry = audit.who_viewed(secured_app.state.store, child)[0]
    assert entry["username"] == user
    assert entry["outcome"] == ("refused" if status == 403 else
                                "break_glass" if reason and user == "pat" else "allowed")


@pytest.mark.parametrize("user,which,purpose,reason,status", CASES)
def test_child_record_api_with_a_token(secured_app, user, which, purpose, reason,
                                       status) -> None:
    from fastapi.testclient import TestClient

    from cschub.access.users import new_token

    token = new_token(secured_app.state.store, user, purpose)
    client = TestClient(secured_app)
    response = client.post("/api/children/record", headers={"Authorization": f"Bearer {token}"},
                           json={"child": secured_app.state.known[which], "purpose": purpose,
                                 "reason": reason or None})
    assert response.status_code == status
    if status == 200 and user == "nhs":
        assert set(response.json()["record"]["person"][0]) == {"id", "dob"}


def test_a_token_is_limited_to_its_purpose(secured_app) -> None:
    from fastapi.testclient import TestClient

    from cschub.access.users import new_token

    token = new_token(secured_app.state.store, "dee", "audit")
    response = TestClient(secured_app).post(
        "/api/children/record", headers={"Authorization": f"Bearer {token}"},
        json={"child": secured_app.state.known["stranger"], "purpose": "subject_access"})
    assert response.status_code == 403


@pytest.mark.parametrize("page", ["/dpo/break-glass", "/dpo/refused", "/dpo/users",
                                  "/dpo/verify", "/dpo/break-glass.csv"])
@pytest.mark.parametrize("user,status", [("dee", 200), ("pat", 403), ("ana", 403),
                                         ("adm", 403), ("nhs", 403)])
def test_only_the_dpo_sees_the_audit_views(secured_app, page, user, status) -> None:
    assert signed_in(secured_app, user).get(page).status_code == status


def test_break_glass_reaches_the_dpo_queue(secured_app) -> None:
    pat = signed_in(secured_app, "pat")
    pat.post("/children", data={"child": secured_app.state.known["stranger"],
                                "purpose": "direct_care", "reason": REASON,
                                "csrf_token": csrf_of(pat)})
    queue = signed_in(secured_app, "dee").get("/dpo/break-glass.json").json()["entries"]
    assert queue[0]["username"] == "pat" and queue[0]["reason"] == REASON


def test_anonymous_requests_must_sign_in(anonymous) -> None:
    assert anonymous.get("/overview", follow_redirects=False).status_code == 303
    assert anonymous.get("/overview.json").status_code == 401
    assert anonymous.post("/api/children/record", json={"child": "x", "purpose": "y"}
                          ).status_code == 401
    assert anonymous.get("/accessibility").status_code == 200


def test_a_form_without_the_csrf_token_is_refused(secured_app) -> None:
    client = signed_in(secured_app, "pat")
    child = secured_app.state.known["allocated"]
    for token in ("", "forged"):
        response = client.post("/children", data={"child": child, "purpose": "direct_care",
                                                  "csrf_token": token})
        assert response.status_code == 403
    assert client.post("/sign-in", data={"username": "pat", "password": PASSWORD}
                       ).status_code == 403


def test_session_fixation_a_planted_session_id_is_worthless(secured_app) -> None:
    from fastapi.testclient import TestClient

    client = TestClient(secured_app, cookies={"cschub_session": "planted-by-an-attacker"})
    token = client.get("/sign-in").text.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post("/sign-in", data={"username": "pat", "password": PASSWORD,
                                             "csrf_token": token}, follow_redirects=False)
    issued = response.cookies.get("cschub_session")
    assert issued and issued != "planted-by-an-attacker"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    attacker = TestClient(secured_app, cookies={"cschub_session": "planted-by-an-attacker"})
    assert attacker.get("/overview", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "/\\evil",
                                   "javascript:alert(1)"])
def test_no_open_redirect_after_sign_in(secured_app, target) -> None:
    from fastapi.testclient import TestClient

    client = TestClient(secured_app)
    token = client.get("/sign-in").text.split('name="csrf_token" value="')[1].split('"')[0]
    response = client.post("/sign-in", data={"username": "pat", "password": PASSWORD,
                                             "csrf_token": token, "next": target},
                           follow_redirects=False)
    assert response.headers["location"] == "/"


def test_no_personal_data_in_urls_or_logs(secured_app, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    client = signed_in(secured_app, "pat")
    child = secured_app.state.known["allocated"]
    response = client.post("/children", data={"child": child, "purpose": "direct_care",
                                              "csrf_token": csrf_of(client)})
    assert response.status_code == 200
    assert child not in str(response.url)
    page = response.text
    links = [part.split('"')[0] for part in page.split('href="')[1:]]
    assert not any(child in link for link in links)
    assert child not in caplog.text
    forename = page.split("<td class=\"govuk-table__cell\">")[2].split("<")[0]
    assert forename and forename not in caplog.text
