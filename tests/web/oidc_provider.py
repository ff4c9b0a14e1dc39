"""A small OpenID Connect provider for tests: a real HTTP server on a free localhost port with
discovery, a JWKS holding an RSA key made for this run, an authorization endpoint that signs in
whoever the test names and sends the browser back with a code and the state, and a token
endpoint that checks the client, the code, the redirect URI and the PKCE verifier and returns an
id_token signed with joserfc. A test may spoil the next id_token (``overrides``, ``sign_with``)
to see that cschub refuses it."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import KeySet, OctKey, RSAKey

KID = "test-key-1"


def new_key(kid: str = KID) -> RSAKey:
    """An RS256 signing key."""
    return RSAKey.generate_key(2048, parameters={"kid": kid, "use": "sig", "alg": "RS256"})


class Provider:
    """The provider's state; ``start()`` serves it, ``stop()`` ends it."""

    def __init__(self, client_id: str, client_secret: str, redirect_uri: str) -> None:
        self.client_id, self.client_secret = client_id, client_secret
        self.redirect_uri = redirect_uri
        self.key = new_key()
        self.user: dict = {}  # the claims of whoever signs in next (sub, email, ...)
        self.overrides: dict = {}  # claims to change (None removes) in the next id_token
        self.sign_with: RSAKey | OctKey | None = None  # sign the next id_token with another key
        self.discovery: dict = {}  # entries to change in the discovery document
        self.paths: list[str] = []  # every path and query asked of the provider
        self._codes: dict[str, dict] = {}
        self._server: ThreadingHTTPServer | None = None

    @property
    def issuer(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Provider:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        self.user, self.overrides, self.sign_with, self.discovery = {}, {}, None, {}

    def metadata(self) -> dict:
        return {"issuer": self.issuer, "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": f"{self.issuer}/token", "jwks_uri": f"{self.issuer}/jwks",
                "response_types_supported": ["code"], "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["client_secret_basic"],
                **self.discovery}

    def authorize(self, query: dict) -> tuple[int, dict]:
        """Sign in ``self.user`` and send them back with a code, or refuse the request."""
        if query.get("client_id") != self.client_id or \
                query.get("redirect_uri") != self.redirect_uri or \
                query.get("response_type") != "code" or "openid" not in \
                query.get("scope", "").split():
            return 400, {"error": "invalid_request"}
        code = secrets.token_urlsafe(16)
        self._codes[code] = {"nonce": query.get("nonce"), "user": dict(self.user),
                             "challenge": query.get("code_challenge")}
        back = {"code": code, **({"state": query["state"]} if "state" in query else {})}
        return 302, {"Location": f"{self.redirect_uri}?{urlencode(back)}"}

    def token(self, form: dict, authorization: str) -> tuple[int, dict]:
        """Exchange a code (once) for tokens."""
        expected = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        if authorization != f"Basic {expected}":
            return 401, {"error": "invalid_client"}
        grant = self._codes.pop(form.get("code", ""), None)
        if grant is None or form.get("grant_type") != "authorization_code" or \
                form.get("redirect_uri") != self.redirect_uri:
            return 400, {"error": "invalid_grant"}
        verifier = form.get("code_verifier", "")
        digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        if grant["challenge"] and digest.rstrip(b"=").decode() != grant["challenge"]:
            return 400, {"error": "invalid_grant"}
        return 200, {"access_token": secrets.token_urlsafe(16), "token_type": "Bearer",
                     "expires_in": 300, "id_token": self.id_token(grant)}

    def id_token(self, grant: dict) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": self.client_id, "iat": now, "exp": now + 300,
                  "nonce": grant["nonce"], **grant["user"]}
        claims.update(self.overrides)
        claims = {k: v for k, v in claims.items() if v is not None}
        key = self.sign_with or self.key
        alg = "HS256" if isinstance(key, OctKey) else "RS256"
        return jwt.encode({"alg": alg, "kid": key.kid}, claims, key, algorithms=[alg])


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            provider.paths.append(self.path)
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/.well-known/openid-configuration":
                self._send(200, provider.metadata())
            elif url.path == "/jwks":
                self._send(200, KeySet([provider.key]).as_dict(private=False))
            elif url.path == "/authorize":
                status, body = provider.authorize(query)
                self._send(status, {} if status == 302 else body,
                           body if status == 302 else {})
            else:
                self._send(404, {"error": "not_found"})

        def do_POST(self) -> None:  # noqa: N802
            provider.paths.append(self.path)
            length = int(self.headers.get("Content-Length", 0))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if urlsplit(self.path).path == "/token":
                self._send(*provider.token(form, self.headers.get("Authorization", "")))
            else:
                self._send(404, {"error": "not_found"})

        def _send(self, status: int, body: dict, headers: dict | None = None) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            for name, value in {"Content-Type": "application/json",
                                "Content-Length": str(len(data)),
                                "Cache-Control": "no-store", **(headers or {})}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet in tests
            pass

    return Handler
