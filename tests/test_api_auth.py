"""Who may call the API: pairing, tokens (bad, expired, revoked), roles, Entra ID tokens."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
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
from tests.fixtures.browser import Bank, bank_settings, bearer, seed_bank


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    return seed_bank(tmp_path / "bank.db", bank_settings())


def client_for(bank: Bank, settings: Any = None) -> TestClient:
    return TestClient(create_app(settings or bank_settings(), bank.db_path),
                      base_url="https://localhost:8443")


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
    # Whoever carries a plan, as the workload report lists them: the head sells too.
    assert {m["email"] for m in team["managers"]} == {"head@testbank.ru", "anna@testbank.ru",
                                                      "ben@testbank.ru"}
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

TENANT = "11111111-2222-3333-4444-555555555555"
ISSUER = f"https://login.microsoftonline.com/{TENANT}/v2.0"
AUDIENCE = "api://localhost:8443/dealtrail-client-id"
OIDS = {"anna@testbank.ru": "oid-anna", "ben@testbank.ru": "oid-ben", "head@testbank.ru": "oid-head"}


@pytest.fixture
def entra(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A JWKS served over real HTTP, a token maker signing with its key, and settings using it."""
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

    def token(email: str, *, signer: Any = key, aud: str = AUDIENCE, iss: str = ISSUER,
              tid: str = TENANT, oid: str | None = None, ttl: int = 600) -> str:
        now = int(time.time())
        return jwt.encode({"iss": iss, "aud": aud, "preferred_username": email, "email": email,
                           "tid": tid, "oid": oid or OIDS.get(email, "oid-unknown"), "iat": now,
                           "nbf": now, "exp": now + ttl}, signer, algorithm="RS256",
                          headers={"kid": "test-key"})

    settings = bank_settings()
    settings = dataclasses.replace(settings, server=dataclasses.replace(
        settings.server, entra_jwks_url=url, entra_tenant=TENANT, entra_issuer=ISSUER,
        entra_audience=AUDIENCE))
    yield {"token": token, "settings": settings, "other": other, "url": url}
    server.shutdown()


def link(bank: Bank, http: TestClient, settings: Any, email: str, entra_token: str) -> Any:
    """Pair with an administrator's code while presenting the Entra token (links the account)."""
    db = open_db(bank.db_path)
    try:
        code = auth.invite(db, settings, email).code
        db.conn.commit()
    finally:
        db.conn.close()
    return http.post("/api/pair", json={"code": code}, headers=bearer(entra_token))


def test_entra_token_of_a_linked_account_is_accepted(bank: Bank, entra: dict[str, Any]) -> None:
    http = client_for(bank, entra["settings"])
    token = entra["token"]("anna@testbank.ru")
    assert http.get("/api/me", headers=bearer(token)).status_code == 401   # not linked yet
    assert link(bank, http, entra["settings"], "anna@testbank.ru", token).status_code == 200
    me = http.get("/api/me", headers=bearer(token))
    assert me.status_code == 200 and me.json()["user"]["email"] == "anna@testbank.ru"


def test_entra_identity_is_the_tenant_and_object_id_not_the_email_claim(
        bank: Bank, entra: dict[str, Any]) -> None:
    http = client_for(bank, entra["settings"])
    make = entra["token"]
    link(bank, http, entra["settings"], "anna@testbank.ru", make("anna@testbank.ru"))
    # Anna's account claiming to be the head is still Anna.
    claims_head = make("head@testbank.ru", oid=OIDS["anna@testbank.ru"])
    assert http.get("/api/me", headers=bearer(claims_head)).json()["user"]["email"] == \
        "anna@testbank.ru"
    # Another account naming Anna's e-mail is nobody.
    assert http.get("/api/me", headers=bearer(make("anna@testbank.ru", oid="oid-mallory"))
                    ).status_code == 401


def test_one_entra_account_links_to_one_person(bank: Bank, entra: dict[str, Any]) -> None:
    http = client_for(bank, entra["settings"])
    token = entra["token"]("anna@testbank.ru")
    link(bank, http, entra["settings"], "anna@testbank.ru", token)
    again = link(bank, http, entra["settings"], "ben@testbank.ru", token)
    assert again.status_code == 403 and "already linked" in again.json()["error"]


@pytest.mark.parametrize("case", ["wrong-key", "wrong-audience", "wrong-issuer", "wrong-tenant",
                                  "expired"])
def test_entra_token_is_refused_when_it_does_not_check_out(bank: Bank, entra: dict[str, Any],
                                                           case: str) -> None:
    make = entra["token"]
    http = client_for(bank, entra["settings"])
    link(bank, http, entra["settings"], "anna@testbank.ru", make("anna@testbank.ru"))
    token = {
        "wrong-key": lambda: make("anna@testbank.ru", signer=entra["other"]),
        "wrong-audience": lambda: make("anna@testbank.ru", aud="api://someone-else"),
        "wrong-issuer": lambda: make("anna@testbank.ru", iss="https://sts.windows.net/evil/"),
        "wrong-tenant": lambda: make("anna@testbank.ru", tid="99999999-0000-0000-0000-000000000000"),
        "expired": lambda: make("anna@testbank.ru", ttl=-60),
    }[case]()
    response = http.get("/api/me", headers=bearer(token))
    assert response.status_code == 401


def test_entra_with_only_a_jwks_url_accepts_no_token(bank: Bank, entra: dict[str, Any]) -> None:
    partial = dataclasses.replace(entra["settings"], server=dataclasses.replace(
        entra["settings"].server, entra_tenant="", entra_issuer="", entra_audience=""))
    http = client_for(bank, partial)
    token = entra["token"]("anna@testbank.ru", aud="api://anything", iss="https://anyone/")
    assert http.get("/api/me", headers=bearer(token)).status_code == 401


def test_check_refuses_entra_settings_that_are_not_complete(tmp_path: Path) -> None:
    (tmp_path / "dealtrail.toml").write_text(
        '[server]\nentra_jwks_url = "https://login.microsoftonline.com/t/discovery/v2.0/keys"\n',
        encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "dealtrail", "--config", "dealtrail.toml",
                           "check"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "server.entra_tenant, server.entra_audience, server.entra_issuer" in lines[0]


def test_revoke_stops_entra_sign_in(bank: Bank, entra: dict[str, Any]) -> None:
    http = client_for(bank, entra["settings"])
    token = entra["token"]("anna@testbank.ru")
    link(bank, http, entra["settings"], "anna@testbank.ru", token)
    assert http.get("/api/me", headers=bearer(token)).status_code == 200
    db = open_db(bank.db_path)
    try:
        auth.revoke(db, "anna@testbank.ru")
        db.conn.commit()
    finally:
        db.conn.close()
    assert http.get("/api/me", headers=bearer(token)).status_code == 401


# --- people removed from the config ---------------------------------------------------------

def without_anna(settings: Any) -> Any:
    return dataclasses.replace(settings, managers=tuple(
        m for m in settings.managers if m.email != "anna@testbank.ru"))


def test_a_person_removed_from_the_config_loses_every_way_in(bank: Bank,
                                                             entra: dict[str, Any]) -> None:
    token = entra["token"]("anna@testbank.ru")
    link(bank, client_for(bank, entra["settings"]), entra["settings"], "anna@testbank.ru", token)
    http = client_for(bank, without_anna(entra["settings"]))        # the service restarts
    assert http.get("/api/me", headers=bearer(bank.tokens["anna"])).status_code == 401
    assert http.post(f"/api/deals/{bank.deals['alpha']}/stage", json={"stage": "contract"},
                     headers=bearer(bank.tokens["anna"])).status_code == 401
    assert http.get("/api/me", headers=bearer(token)).status_code == 401
    assert http.get("/api/me", headers=bearer(bank.tokens["ben"])).status_code == 200
    # Back in the config, the old token stays dead: a new code is needed.
    again = client_for(bank, entra["settings"])
    assert again.get("/api/me", headers=bearer(bank.tokens["anna"])).status_code == 401
    db = open_db(bank.db_path)
    try:
        assert rows(db, "SELECT active FROM managers WHERE email = 'anna@testbank.ru'")[0][
            "active"] == 1
    finally:
        db.conn.close()


def test_a_running_service_refuses_a_person_as_soon_as_any_command_syncs_the_config(
        bank: Bank) -> None:
    from dealtrail.directory import sync_directory
    from dealtrail.store import transaction

    http = client_for(bank)                     # started with Anna in the config
    assert http.get("/api/me", headers=bearer(bank.tokens["anna"])).status_code == 200
    db = open_db(bank.db_path)                  # e.g. the scheduled `dealtrail index`
    try:
        with transaction(db):
            sync_directory(db, without_anna(bank_settings()))
    finally:
        db.conn.close()
    assert http.get("/api/me", headers=bearer(bank.tokens["anna"])).status_code == 401
    assert http.get("/api/me", headers=bearer(bank.tokens["ben"])).status_code == 200


def test_users_list_shows_a_removed_person_inactive(bank: Bank, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dealtrail.cli import cli

    config = tmp_path / "dealtrail.toml"
    config.write_text('[company]\nname = "Test Bank"\ninternal_domains = ["testbank.ru"]\n'
                      '[[managers]]\nemail = "ben@testbank.ru"\nname = "Ben Miller"\n',
                      encoding="utf-8")
    done = CliRunner().invoke(cli, ["--config", str(config), "--db", str(bank.db_path),
                                    "users", "list"])
    assert done.exit_code == 0, done.output
    listed = {line.split()[0]: line.split()[2] for line in done.output.splitlines()}
    assert listed["anna@testbank.ru"] == "inactive" and listed["ben@testbank.ru"] == "active"
