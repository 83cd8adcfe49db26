"""Who may call the API: pairing, tokens (bad, expired, revoked), roles, Entra ID tokens."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from addin import auth
from addin.app import create_app
from dealtrail import clock
from dealtrail.store import open_db, rows
from tests.fixtures.browser import Bank, bank_settings, seed_bank


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    return seed_bank(tmp_path / "bank.db", bank_settings())


def client_for(bank: Bank, settings: Any = None) -> TestClient:
    return TestClient(create_app(settings or bank_settings(), bank.db_path),
                      base_url="https://localhost:8443")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer dt_not-a-real-token"},
                                     {"Authorization": "Basic dXNlcjpwYXNz"},
                                     {"Authorization": "Bearer a.b.c"}])
def test_requests_without_a_valid_token_are_refused_with_401(bank: Bank,
                                                             headers: dict[str, str]) -> None:
    response = client_for(bank).get("/api/pane?email=ivan@alpha.ru", headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Alpha" not in response.text


def test_expired_token_is_refused(bank: Bank) -> None:
    http = client_for(bank)
    assert http.get("/api/me", headers=bearer(bank.tokens["anna"])).status_code == 200
    with clock.freeze(clock.now() + auth.TOKEN_TTL + timedelta(minutes=1)):
        response = http.get("/api/me", headers=bearer(bank.tokens["anna"]))
    assert response.status_code == 401
    assert "expired" in response.json()["error"]


def test_revoked_token_is_refused_and_other_users_keep_working(bank: Bank) -> None:
    http = client_for(bank)
    db = open_db(bank.db_path)
    try:
        assert auth.revoke(db, "anna@testbank.ru") >= 1
    finally:
        db.conn.close()
    assert http.get("/api/me", headers=bearer(bank.tokens["anna"])).status_code == 401
    assert http.get("/api/me", headers=bearer(bank.tokens["ben"])).status_code == 200


def test_pairing_code_works_once_and_expires(bank: Bank) -> None:
    settings = bank_settings()
    http = client_for(bank, settings)
    db = open_db(bank.db_path)
    try:
        code = auth.invite(db, settings, "ben@testbank.ru").code
        stale = auth.invite(db, settings, "ben@testbank.ru").code
    finally:
        db.conn.close()
    first = http.post("/api/pair", json={"code": code})
    assert first.status_code == 200
    token = first.json()["token"]
    assert http.get("/api/me", headers=bearer(token)).json()["user"]["email"] == "ben@testbank.ru"
    assert http.post("/api/pair", json={"code": code}).status_code == 401
    with clock.freeze(clock.now() + auth.PAIRING_TTL + timedelta(seconds=1)):
        assert http.post("/api/pair", json={"code": stale}).status_code == 401


def test_tokens_and_codes_are_stored_only_as_hashes(bank: Bank) -> None:
    db = open_db(bank.db_path)
    try:
        stored = {r["token_hash"] for r in rows(db, "SELECT token_hash FROM api_tokens")}
    finally:
        db.conn.close()
    assert bank.tokens["anna"] not in stored
    assert auth.hash_secret(bank.tokens["anna"]) in stored


def test_manager_sees_own_client_but_not_another_managers(bank: Bank) -> None:
    http = client_for(bank)
    own = http.get("/api/pane?email=ivan@alpha.ru", headers=bearer(bank.tokens["anna"])).json()
    assert own["client"]["name"] == "Alpha Leasing LLC"
    other = http.get("/api/pane?email=ivan@alpha.ru", headers=bearer(bank.tokens["ben"])).json()
    assert other["client"] is None and "hidden_clients" not in other
    assert "Alpha" not in json.dumps(other)
    assert http.get(f"/api/clients/{bank.clients['alpha']}",
                    headers=bearer(bank.tokens["ben"])).status_code == 404


def test_head_sees_every_client_and_the_team(bank: Bank) -> None:
    http = client_for(bank)
    for email, name in (("ivan@alpha.ru", "Alpha Leasing LLC"), ("x@beta.com", "Beta Logistics")):
        data = http.get(f"/api/pane?email={email}", headers=bearer(bank.tokens["head"])).json()
        assert data["client"]["name"] == name
    team = http.get("/api/team", headers=bearer(bank.tokens["head"])).json()
    assert {m["email"] for m in team["managers"]} == {"anna@testbank.ru", "ben@testbank.ru"}
    assert http.get("/api/team", headers=bearer(bank.tokens["anna"])).status_code == 403


@pytest.mark.parametrize("action,body", [("stage", {"stage": "contract"}),
                                         ("next-contact", {"date": "2030-01-15"}),
                                         ("won", {"amount_minor": 100}),
                                         ("note", {"text": "hi"})])
def test_manager_cannot_change_another_managers_deal(bank: Bank, action: str,
                                                     body: dict[str, Any]) -> None:
    http = client_for(bank)
    deal = bank.deals["alpha"]
    response = http.post(f"/api/deals/{deal}/{action}", json=body,
                         headers=bearer(bank.tokens["ben"]))
    assert response.status_code == 404
    db = open_db(bank.db_path)
    try:
        assert rows(db, "SELECT COUNT(*) AS n FROM deal_history WHERE deal_id = ? AND source = 'pane'",
                    (deal,))[0]["n"] == 0
    finally:
        db.conn.close()


def test_only_admins_manage_users(bank: Bank) -> None:
    http = client_for(bank)
    assert http.get("/api/users", headers=bearer(bank.tokens["head"])).status_code == 403
    listed = http.get("/api/users", headers=bearer(bank.tokens["admin"])).json()["users"]
    assert "anna@testbank.ru" in {u["email"] for u in listed}
    made = http.post("/api/users/invite", json={"email": "anna@testbank.ru"},
                     headers=bearer(bank.tokens["admin"]))
    assert made.status_code == 200 and len(made.json()["code"]) == 11
    unknown = http.post("/api/users/invite", json={"email": "stranger@else.com"},
                        headers=bearer(bank.tokens["admin"]))
    assert unknown.status_code == 404


def test_responses_carry_security_headers_and_cors_only_for_the_pane_origin(bank: Bank) -> None:
    http = client_for(bank)
    page = http.get("/pane/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self' https://appsforoffice.microsoft.com;" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'self' https://outlook.office.com" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert http.get("/dashboard").headers["x-frame-options"] == "DENY"
    allowed = http.options("/api/me", headers={"Origin": "https://localhost:8443",
                                               "Access-Control-Request-Method": "GET"})
    assert allowed.headers.get("access-control-allow-origin") == "https://localhost:8443"
    refused = http.options("/api/me", headers={"Origin": "https://evil.example",
                                               "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in refused.headers


# --- Microsoft Entra ID (Nested App Authentication) against a locally served JWKS ------------

@pytest.fixture
def entra(tmp_path: Path) -> Iterator[dict[str, Any]]:
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    jwk.update(kid="test-key", use="sig", alg="RS256")
    body = json.dumps({"keys": [jwk]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/discovery/v2.0/keys"
    issuer = "https://login.microsoftonline.com/tenant-id/v2.0"
    audience = "api://localhost:8443/dealtrail-client-id"

    def token(email: str, *, signer: Any = key, aud: str = audience, ttl: int = 600) -> str:
        now = int(time.time())
        return jwt.encode({"iss": issuer, "aud": aud, "preferred_username": email, "iat": now,
                           "nbf": now, "exp": now + ttl}, signer, algorithm="RS256",
                          headers={"kid": "test-key"})

    settings = bank_settings()
    import dataclasses
    settings = dataclasses.replace(settings, server=dataclasses.replace(
        settings.server, entra_jwks_url=url, entra_issuer=issuer, entra_audience=audience))
    yield {"token": token, "settings": settings, "other": other}
    server.shutdown()


def test_entra_token_signed_by_the_tenant_key_is_accepted(bank: Bank, entra: dict[str, Any]) -> None:
    http = client_for(bank, entra["settings"])
    me = http.get("/api/me", headers=bearer(entra["token"]("anna@testbank.ru")))
    assert me.status_code == 200 and me.json()["user"]["email"] == "anna@testbank.ru"


@pytest.mark.parametrize("case", ["wrong-key", "wrong-audience", "expired", "unknown-user"])
def test_entra_token_is_refused_when_it_does_not_check_out(bank: Bank, entra: dict[str, Any],
                                                           case: str) -> None:
    make = entra["token"]
    token = {
        "wrong-key": lambda: make("anna@testbank.ru", signer=entra["other"]),
        "wrong-audience": lambda: make("anna@testbank.ru", aud="api://someone-else"),
        "expired": lambda: make("anna@testbank.ru", ttl=-60),
        "unknown-user": lambda: make("stranger@testbank.ru"),
    }[case]()
    response = client_for(bank, entra["settings"]).get("/api/me", headers=bearer(token))
    assert response.status_code == 401
