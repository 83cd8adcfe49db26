"""Limits on the API: the body is capped and read only after sign-in, attempts per source, refusal logs."""

from __future__ import annotations

import logging
import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from starlette.testclient import TestClient

from addin import auth, limits
from addin.app import create_app
from dealtrail.store import open_db
from tests.fixtures.browser import Bank, bank_settings, bearer, seed_bank, start_server

HUGE = 150 * 1024 * 1024


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    return seed_bank(tmp_path / "bank.db", bank_settings())


def clients(bank: Bank, *sources: str) -> list[TestClient]:
    """Test clients of one app, each calling from its own source address."""
    app = create_app(bank_settings(), bank.db_path)
    return [TestClient(app, base_url="https://localhost:8443", client=(source, 50000))
            for source in sources]


def new_code(bank: Bank, email: str) -> str:
    db = open_db(bank.db_path)
    try:
        code = auth.invite(db, bank_settings(), email).code
        db.conn.commit()
        return code
    finally:
        db.conn.close()


# --- the body: after sign-in, and capped -------------------------------------------------------

@pytest.fixture
def served(bank: Bank, tmp_path: Path) -> Iterator[tuple[str, int]]:
    url, server, thread = start_server(bank_settings(), bank.db_path, tmp_path / "certs")
    parts = urlsplit(url)
    yield parts.hostname or "127.0.0.1", parts.port or 0
    server.should_exit = True
    thread.join(timeout=10)


def post_headers_only(where: tuple[str, int], path: str, length: int,
                      token: str | None = None) -> tuple[float, str]:
    """Send a POST's headers announcing ``length`` bytes and 64 KB of them; the reply and its delay."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    raw = socket.create_connection(where, timeout=10)
    with context.wrap_socket(raw, server_hostname="localhost") as conn:
        head = (f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                f"Content-Length: {length}\r\n")
        if token:
            head += f"Authorization: Bearer {token}\r\n"
        started = time.monotonic()
        conn.sendall((head + "\r\n").encode() + b"[" * 65536)
        try:
            reply = conn.recv(4096).decode("latin-1")
        except TimeoutError:
            reply = ""
        return time.monotonic() - started, reply


def test_a_huge_unauthenticated_post_is_refused_without_reading_it(
        bank: Bank, served: tuple[str, int]) -> None:
    took, reply = post_headers_only(served, f"/api/deals/{bank.deals['alpha']}/note", HUGE)
    assert reply.startswith("HTTP/1.1 401"), reply
    assert took < 5


def test_a_huge_post_from_a_signed_in_person_is_refused_without_reading_it(
        bank: Bank, served: tuple[str, int]) -> None:
    took, reply = post_headers_only(served, f"/api/deals/{bank.deals['alpha']}/note", HUGE,
                                    bank.tokens["anna"])
    assert reply.startswith("HTTP/1.1 413"), reply
    assert took < 5


def test_a_huge_pairing_request_is_refused_without_reading_it(served: tuple[str, int]) -> None:
    took, reply = post_headers_only(served, "/api/pair", HUGE)
    assert reply.startswith("HTTP/1.1 413"), reply
    assert took < 5


def test_a_body_without_a_declared_length_is_read_only_up_to_the_cap(bank: Bank) -> None:
    (http,) = clients(bank, "10.0.0.1")

    def chunks() -> Iterator[bytes]:
        for _ in range(limits.MAX_BODY // 1024 + 8):
            yield b" " * 1024

    response = http.post(f"/api/deals/{bank.deals['alpha']}/note", content=chunks(),
                         headers={**bearer(bank.tokens["anna"]), "Content-Type": "application/json"})
    assert response.status_code == 413


def test_a_bad_token_gets_401_before_the_body_is_looked_at(bank: Bank) -> None:
    (http,) = clients(bank, "10.0.0.1")
    response = http.post(f"/api/deals/{bank.deals['alpha']}/note", content=b"not json",
                         headers=bearer("dt_wrong"))
    assert response.status_code == 401


# --- attempts per source -----------------------------------------------------------------------

def test_pairing_attempts_are_limited_per_source(bank: Bank) -> None:
    guesser, colleague = clients(bank, "203.0.113.7", "198.51.100.9")
    attempts, _ = limits.PAIR_ATTEMPTS
    for n in range(attempts):
        assert guesser.post("/api/pair", json={"code": f"AAAAA-{n:05d}"}).status_code == 401
    refused = guesser.post("/api/pair", json={"code": new_code(bank, "ben@testbank.ru")})
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert colleague.post("/api/pair", json={"code": new_code(bank, "ben@testbank.ru")}
                          ).status_code == 200


def test_failed_sign_ins_are_limited_per_source(bank: Bank) -> None:
    prober, colleague = clients(bank, "203.0.113.7", "198.51.100.9")
    failures, _ = limits.FAILED_SIGN_INS
    for n in range(failures):
        assert prober.get("/api/me", headers=bearer(f"dt_guess{n}")).status_code == 401
    assert prober.get("/api/me", headers=bearer(bank.tokens["anna"])).status_code == 429
    assert colleague.get("/api/me", headers=bearer(bank.tokens["ben"])).status_code == 200


def test_signed_in_people_are_not_held_up(bank: Bank) -> None:
    (http,) = clients(bank, "10.0.0.1")
    failures, _ = limits.FAILED_SIGN_INS
    for _ in range(failures + 5):
        assert http.get("/api/me", headers=bearer(bank.tokens["anna"])).status_code == 200


def test_the_window_slides() -> None:
    now = [1000.0]
    throttle = limits.Throttle(2, 60.0, now=lambda: now[0])
    throttle.hit("a")
    throttle.hit("a")
    assert throttle.exhausted("a") and not throttle.exhausted("b")
    assert throttle.retry_after("a") == 61
    now[0] += 61
    assert not throttle.exhausted("a")


# --- one log line per refusal, never the token -------------------------------------------------

def test_each_refusal_is_logged_once_without_the_token(bank: Bank,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    (http,) = clients(bank, "203.0.113.7")
    probe = "dt_probe-secret-value-123"
    caplog.set_level(logging.WARNING, logger="addin.app")
    calls: list[tuple[Any, int]] = [
        (lambda: http.get("/api/me", headers=bearer(probe)), 401),
        (lambda: http.get(f"/api/clients/{bank.clients['beta']}",
                          headers=bearer(bank.tokens["anna"])), 404),
        (lambda: http.get("/api/team", headers=bearer(bank.tokens["anna"])), 403),
        (lambda: http.post("/api/pair", json={"code": "ZZZZZ-ZZZZZ"}), 401),
    ]
    for call, status in calls:
        assert call().status_code == status
    lines = [r.getMessage() for r in caplog.records if r.name == "addin.app"]
    assert len(lines) == len(calls), lines
    for line, (_, status) in zip(lines, calls, strict=True):
        assert line.startswith(f"refused {status} ") and "203.0.113.7" in line
    text = "\n".join(lines)
    assert probe not in text and bank.tokens["anna"] not in text and "ZZZZZ" not in text
    assert "anna@testbank.ru" in lines[1]
