"""OpenID Connect sign-in from end to end: cschub's app (driven with httpx through Starlette's
TestClient, as https://testserver) and a real identity provider over HTTP on localhost
(tests/web/oidc_provider.py). The browser's part is played by hand: start at cschub, follow the
redirect to the provider, follow the provider's redirect back to the callback."""

from __future__ import annotations

import html
import logging
import secrets
import shutil
import socket
import time
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from joserfc.jwk import OctKey

from cschub.access import users
from cschub.store import Store
from cschub.web.app import create_app
from cschub.web.security import SESSION_COOKIE
from tests.web.conftest import LA, _app, _pick
from tests.web.oidc_provider import KID, Provider, new_key

BASE = "https://testserver"
CLIENT_ID = "cschub-test"
SECRET = secrets.token_urlsafe(24)
FAILED = "did not work, so you are not signed in"  # what the refusal pages say
NO_ACCOUNT = "not linked to an enabled cschub account, so you are not signed in"
OLLY = {"sub": "sub-7f3a-olly", "email": "olly.oakes@example.gov.uk",
        "preferred_username": "olly.oakes", "name": "Olly Oakes"}


@pytest.fixture(scope="module")
def provider():
    idp = Provider(CLIENT_ID, SECRET, f"{BASE}/sign-in/oidc/callback").start()
    yield idp
    idp.stop()


@pytest.fixture(scope="module")
def oidc_env(provider):
    patch = pytest.MonkeyPatch()
    for name, value in {"CSCHUB_OIDC_ISSUER": provider.issuer, "CSCHUB_OIDC_CLIENT_ID": CLIENT_ID,
                        "CSCHUB_OIDC_CLIENT_SECRET": SECRET,
                        "CSCHUB_SECRET_KEY": secrets.token_urlsafe(32)}.items():
        patch.setenv(name, value)
    yield
    patch.undo()


@pytest.fixture(scope="module")
def oidc_app(oidc_env, loaded_store, tmp_path_factory):
    """The synthetic LA with accounts linked to subjects at the provider."""
    path = tmp_path_factory.mktemp("oidc") / "oidc.duckdb"
    shutil.copy(loaded_store, path)
    store = Store(f"duckdb:///{path}")
    known = _pick(store)
    users.add_user(store, "olly", role="practitioner", professional_id=known["worker"],
                   oidc_subject=OLLY["sub"])
    users.add_user(store, "dora", role="dpo", oidc_subject="sub-dora")
    users.add_user(store, "gone", role="dpo", oidc_subject="sub-gone")
    users.set_disabled(store, "gone")
    store.close()
    app = _app(path)
    app.state.known = known
    yield app
    app.state.store.close()


@pytest.fixture(autouse=True)
def fresh_provider(provider):
    provider.reset()
    provider.paths.clear()
    provider.user = dict(OLLY)


def start(app, next_: str | None = None, browser: TestClient | None = None):
    """A browser at cschub's "sign in with your organisation" link, sent on to the provider,
    who signs the user in: (the browser, the callback URL the provider sends it back to)."""
    browser = browser or TestClient(app, base_url=BASE)
    query = f"?{urlencode({'next': next_})}" if next_ is not None else ""
    to_provider = browser.get(f"/sign-in/oidc{query}", follow_redirects=False)
    assert to_provider.status_code == 302, to_provider.text
    back = httpx.get(to_provider.headers["location"], follow_redirects=False)  # real HTTP
    assert back.status_code == 302, back.text
    assert back.headers["location"].startswith(f"{BASE}/sign-in/oidc/callback?code=")
    return browser, back.headers["location"]


def sign_in(app, next_: str | None = None):
    """The whole flow: (the browser, cschub's answer to the callback)."""
    browser, callback = start(app, next_)
    return browser, browser.get(callback, follow_redirects=False)


def last_sign_in(app) -> dict:
    with app.state.store.engine.connect() as conn:
        return dict(conn.execute(sa.text(
            "SELECT username, role, outcome, reason FROM audit_log WHERE action = 'sign_in' "
            "ORDER BY seq DESC LIMIT 1")).mappings().one())


def assert_refused(app, browser: TestClient, response, status: int, message: str) -> None:
    assert response.status_code == status
    assert message in html.unescape(response.text)
    assert SESSION_COOKIE not in response.headers.get("set-cookie", "")
    assert browser.cookies.get(SESSION_COOKIE) is None
    page = browser.get("/overview", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/sign-in")
    assert last_sign_in(app)["outcome"] == "refused"


def test_the_sign_in_page_offers_the_provider(oidc_app) -> None:
    browser = TestClient(oidc_app, base_url=BASE)
    assert 'href="/sign-in/oidc"' in browser.get("/sign-in").text
    sent_here = browser.get("/dpo/refused")  # signed out: to sign-in, then back here
    assert 'href="/sign-in/oidc?next=/dpo/refused"' in sent_here.text
    assert 'href="/sign-in/oidc"' in browser.get("/sign-in?next=//evil.example").text


def test_the_provider_is_asked_for_a_code_with_state_nonce_and_pkce(oidc_app, provider) -> None:
    browser = TestClient(oidc_app, base_url=BASE)
    location = browser.get("/sign-in/oidc", follow_redirects=False).headers["location"]
    assert location.startswith(f"{provider.issuer}/authorize?")
    query = parse_qs(urlsplit(location).query)
    assert query["response_type"] == ["code"] and query["client_id"] == [CLIENT_ID]
    assert query["redirect_uri"] == [f"{BASE}/sign-in/oidc/callback"]
    assert query["code_challenge_method"] == ["S256"]
    assert all(len(query[k][0]) >= 20 for k in ("state", "nonce", "code_challenge"))
    login_state = browser.cookies.get("session")
    assert login_state  # the state and nonce are kept in the signed login-state cookie
    cookie = browser.get("/sign-in/oidc", follow_redirects=False).headers["set-cookie"]
    assert "httponly" in cookie.lower() and "secure" in cookie.lower()


def test_a_known_user_signs_in_with_their_accounts_role(oidc_app, provider) -> None:
    provider.user["roles"] = ["dpo", "admin"]  # the provider's claims never grant a role
    browser, done = sign_in(oidc_app, next_="/children")
    assert done.status_code == 303 and done.headers["location"] == "/children"
    cookie = next(c for c in done.headers.get_list("set-cookie")
                  if c.startswith(f"{SESSION_COOKIE}="))
    flags = {part.strip().lower() for part in cookie.split(";")}
    assert {"httponly", "secure", "samesite=lax", "path=/"} <= flags
    assert last_sign_in(oidc_app) == {"username": "olly", "role": "practitioner",
                                      "outcome": "allowed", "reason": None}
    form = browser.get("/children")
    assert form.status_code == 200 and "olly" in form.text
    csrf = form.text.split('name="csrf_token" value="')[1].split('"')[0]
    record = browser.post("/children", data={
        "child": oidc_app.state.known["allocated"], "purpose": "direct_care",
        "csrf_token": csrf})
    assert record.status_code == 200  # a practitioner reads a child allocated to them
    stranger = browser.post("/children", data={
        "child": oidc_app.state.known["stranger"], "purpose": "direct_care",
        "csrf_token": csrf})
    assert stranger.status_code == 403  # ...and no other
    assert browser.get("/dpo/refused").status_code == 403


def test_a_dpo_signs_in_and_reaches_the_audit_views(oidc_app, provider) -> None:
    provider.user = {"sub": "sub-dora"}
    browser, done = sign_in(oidc_app)
    assert done.status_code == 303 and done.headers["location"] == "/"
    assert browser.get("/dpo/refused").status_code == 200
    assert browser.get("/dpo/refused.json").json()["entries"] is not None


def test_a_new_session_id_at_every_sign_in(oidc_app) -> None:
    browser, _ = sign_in(oidc_app)
    first = browser.cookies.get(SESSION_COOKIE)
    browser, callback = start(oidc_app, browser=browser)
    browser.get(callback, follow_redirects=False)
    assert browser.cookies.get(SESSION_COOKIE) not in (None, first)


NOW = int(time.time())
SPOILED = {  # claims changed in the id_token -> why cschub refuses it (in the audit entry)
    "wrong nonce": ({"nonce": "not-the-nonce-cschub-sent"}, "invalid_claim nonce"),
    "no nonce": ({"nonce": None}, "missing_claim nonce"),
    "another audience": ({"aud": "another-client"}, "invalid_claim aud"),
    "another audience, our client as azp": ({"aud": ["another-client"], "azp": CLIENT_ID},
                                            "invalid_claim aud"),
    "another issuer": ({"iss": "http://127.0.0.1:9/"}, "invalid_claim iss"),
    "no issuer": ({"iss": None}, "missing_claim iss"),
    "expired": ({"iat": NOW - 3600, "exp": NOW - 1800}, "expired_token"),
    "no expiry": ({"exp": None}, "missing_claim exp"),
    "no subject": ({"sub": None}, "missing_claim sub"),
}


@pytest.mark.parametrize(("overrides", "why"), SPOILED.values(), ids=SPOILED.keys())
def test_a_spoiled_id_token_is_refused(oidc_app, provider, overrides, why) -> None:
    provider.overrides = overrides
    browser, done = sign_in(oidc_app)
    assert_refused(oidc_app, browser, done, 400, FAILED)
    assert why in last_sign_in(oidc_app)["reason"]


OTHER_KEYS = {
    "same key id": (lambda: new_key(KID), "bad_signature"),
    "unknown key id": (lambda: new_key("unknown-key"), "invalid_key_id"),
    "HS256 with the client secret": (lambda: OctKey.import_key(SECRET, {"kid": KID}),
                                     "unsupported_algorithm"),
}


@pytest.mark.parametrize(("key", "why"), OTHER_KEYS.values(), ids=OTHER_KEYS.keys())
def test_an_id_token_signed_with_another_key_is_refused(oidc_app, provider, key, why) -> None:
    provider.sign_with = key()
    browser, done = sign_in(oidc_app)
    assert_refused(oidc_app, browser, done, 400, FAILED)
    assert why in last_sign_in(oidc_app)["reason"]


def _with_state(callback: str, state: str | None) -> str:
    query = {k: v[0] for k, v in parse_qs(urlsplit(callback).query).items()}
    query.pop("state")
    if state is not None:
        query["state"] = state
    return f"{BASE}/sign-in/oidc/callback?{urlencode(query)}"


@pytest.mark.parametrize("state", [None, "forged-state-value"], ids=["missing", "forged"])
def test_a_callback_without_its_state_is_refused(oidc_app, state) -> None:
    browser, callback = start(oidc_app)
    done = browser.get(_with_state(callback, state), follow_redirects=False)
    assert_refused(oidc_app, browser, done, 400, FAILED)


def test_a_callback_in_another_browser_is_refused(oidc_app) -> None:
    """Login CSRF: an attacker's code and state planted in the victim's browser."""
    _, callback = start(oidc_app)
    victim = TestClient(oidc_app, base_url=BASE)
    done = victim.get(callback, follow_redirects=False)
    assert_refused(oidc_app, victim, done, 400, FAILED)


def test_a_callback_replayed_is_refused(oidc_app) -> None:
    browser, callback = start(oidc_app)
    assert browser.get(callback, follow_redirects=False).status_code == 303
    browser.cookies.delete(SESSION_COOKIE)
    again = browser.get(callback, follow_redirects=False)
    assert_refused(oidc_app, browser, again, 400, FAILED)


@pytest.mark.parametrize(("error", "why"), [
    ("access_denied", "OAuthError access_denied"),
    ("x\nolly.oakes@example.gov.uk signed in", "OAuthError"),  # text from the URL: not kept
])
def test_an_error_from_the_provider_is_refused(oidc_app, caplog, error, why) -> None:
    browser, callback = start(oidc_app)
    state = parse_qs(urlsplit(callback).query)["state"][0]
    query = urlencode({"error": error, "state": state})
    done = browser.get(f"/sign-in/oidc/callback?{query}", follow_redirects=False)
    assert_refused(oidc_app, browser, done, 400, FAILED)
    assert last_sign_in(oidc_app)["reason"] == f"OpenID Connect: {why}"
    assert "olly" not in caplog.text


@pytest.mark.parametrize("subject", ["sub-nobody", "sub-gone"], ids=["unknown", "disabled"])
def test_a_user_without_an_enabled_account_is_refused(oidc_app, provider, subject) -> None:
    provider.user = {"sub": subject, "email": "someone@example.gov.uk"}
    browser, done = sign_in(oidc_app)
    assert_refused(oidc_app, browser, done, 403, NO_ACCOUNT)
    assert last_sign_in(oidc_app)["username"] == "-"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/",
                                    "/\\evil.example", "javascript:alert(1)",
                                    "/\t/evil.example", "evil.example"])
def test_next_never_leaves_the_site(oidc_app, target) -> None:
    _, done = sign_in(oidc_app, next_=target)
    assert done.status_code == 303 and done.headers["location"] == "/"


def test_no_personal_data_in_urls_or_logs(oidc_app, provider, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    urls = []
    for subject in (OLLY["sub"], "sub-unknown-5d1e"):
        provider.user = {**OLLY, "sub": subject}
        browser, callback = start(oidc_app)
        done = browser.get(callback, follow_redirects=False)
        urls += [callback, done.headers.get("location", "")]
    urls += provider.paths
    assert done.status_code == 403 and "OpenID Connect sign-in refused" in caplog.text
    personal = [*OLLY.values(), "sub-unknown-5d1e", "olly"]
    for text in (*urls, caplog.text):
        assert not [p for p in personal if p in text], text


def test_sign_in_is_audited_on_each_backend(oidc_env, provider, store) -> None:
    """On an empty store of each backend: a refused and an allowed sign-in, both in the chain."""
    users.add_user(store, "dora", role="dpo", oidc_subject="sub-dora")
    app = create_app(store, LA, "Test LA")
    provider.user = {"sub": "sub-stranger"}
    browser, done = sign_in(app)
    assert done.status_code == 403
    provider.user = {"sub": "sub-dora"}
    browser, done = sign_in(app)
    assert done.status_code == 303
    entries = browser.get("/dpo/users.json", params={"user": "dora"}).json()["entries"]
    assert [e["outcome"] for e in entries if e["action"] == "sign_in"] == ["allowed"]
    refused = browser.get("/dpo/refused.json").json()["entries"]
    assert [(e["username"], e["action"]) for e in refused] == [("-", "sign_in")]


def test_a_provider_naming_another_issuer_is_refused(oidc_env, provider, duck) -> None:
    """Discovery must name the configured issuer (OpenID Connect Discovery 4.3)."""
    users.add_user(duck, "dora", role="dpo", oidc_subject="sub-dora")
    provider.discovery = {"issuer": "http://127.0.0.1:9"}
    provider.overrides = {"iss": "http://127.0.0.1:9"}  # and tokens to match it
    provider.user = {"sub": "sub-dora"}
    app = create_app(duck, LA, "Test LA")
    browser, done = sign_in(app)
    assert_refused(app, browser, done, 400, FAILED)
    assert "issuer_mismatch" in last_sign_in(app)["reason"]


def test_an_unreachable_provider_is_said_plainly(oidc_env, duck, monkeypatch) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    monkeypatch.setenv("CSCHUB_OIDC_ISSUER", f"http://127.0.0.1:{port}")
    users.add_user(duck, "dora", role="dpo", oidc_subject="sub-dora")
    app = create_app(duck, LA, "Test LA")
    browser = TestClient(app, base_url=BASE)
    page = browser.get("/sign-in/oidc", follow_redirects=False)
    assert page.status_code == 502 and "cannot be reached now" in html.unescape(page.text)
    assert browser.cookies.get(SESSION_COOKIE) is None


def test_a_subject_given_to_two_accounts_signs_in_neither(oidc_env, provider, duck) -> None:
    users.add_user(duck, "dora", role="dpo", oidc_subject="sub-shared")
    users.add_user(duck, "adam", role="admin")
    with duck.transaction() as conn:  # add_user refuses this; a store edited by hand may not
        conn.execute(sa.text("UPDATE app_user SET oidc_subject = 'sub-shared' "
                             "WHERE username = 'adam'"))
    provider.user = {"sub": "sub-shared"}
    app = create_app(duck, LA, "Test LA")
    browser, done = sign_in(app)
    assert_refused(app, browser, done, 403, NO_ACCOUNT)


def _self_signed(folder) -> tuple[str, str]:
    """A certificate for 127.0.0.1 (cryptography), so cschub can be served over real TLS."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_file), str(key_file)


@pytest.fixture
def served(oidc_app, provider, tmp_path):
    """cschub served by uvicorn over HTTPS on a free localhost port: (its address, its cert)."""
    import threading

    import uvicorn

    cert, key = _self_signed(tmp_path)
    server = uvicorn.Server(uvicorn.Config(oidc_app, host="127.0.0.1", port=0, lifespan="off",
                                           ssl_certfile=cert, ssl_keyfile=key,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(400):  # wait for it to listen (not a timing assertion)
        if server.started or not thread.is_alive():
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    address = f"https://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    registered, provider.redirect_uri = provider.redirect_uri, f"{address}/sign-in/oidc/callback"
    yield address, cert
    provider.redirect_uri = registered
    server.should_exit = True
    thread.join()


def test_the_whole_flow_over_real_https(served, provider) -> None:
    """One browser-like httpx client, following every redirect between cschub (uvicorn, TLS)
    and the provider, its cookie jar keeping what each sets."""
    address, cert = served
    provider.user = {"sub": "sub-dora", "email": "dora@example.gov.uk"}
    with httpx.Client(verify=cert, follow_redirects=True) as browser:
        page = browser.get(f"{address}/sign-in/oidc", params={"next": "/dpo/refused"})
        assert page.status_code == 200 and str(page.url) == f"{address}/dpo/refused"
        hops = [str(r.url) for r in page.history]
        assert hops[0].startswith(f"{address}/sign-in/oidc?") and \
            hops[1].startswith(f"{provider.issuer}/authorize?") and \
            hops[2].startswith(f"{address}/sign-in/oidc/callback?")
        cookie = next(c for c in browser.cookies.jar if c.name == SESSION_COOKIE)
        assert cookie.secure and cookie.has_nonstandard_attr("HttpOnly")
        assert "Refused attempts" in page.text
        assert not any("dora" in hop for hop in hops)
