"""Signed, expiring digest links: a digest line opens its dashboard page; an old or forged
link shows a page that says so and offers to sign in."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from addin.app import create_app
from dealtrail import clock, links
from dealtrail.errors import BadRequest, LinkExpired
from dealtrail.store import open_db
from reports.digest import build_digest
from tests.conftest import make_settings
from tests.fixtures.browser import Bank, bank_settings, seed_bank

SECRET = "s3cret-for-tests"


def linked_settings() -> object:
    base = bank_settings()
    managers = [{"email": m.email, "name": m.name, "role": m.role, "team": m.team,
                 "timezone": m.timezone, "locale": m.locale} for m in base.managers]
    return make_settings(managers=managers, server={
        "public_url": "https://localhost:8443", "link_secret": {"env": "DEALTRAIL_TEST_LINK_SECRET"},
        "link_days": 3})


@pytest.fixture
def bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Bank:
    monkeypatch.setenv("DEALTRAIL_TEST_LINK_SECRET", SECRET)
    return seed_bank(tmp_path / "bank.db", linked_settings())


def test_a_signed_link_opens_only_its_own_target_and_only_until_it_expires() -> None:
    now = clock.now()
    token = links.sign(SECRET, "/dashboard/evidence?violation=7", now + timedelta(days=1))
    assert links.open_link(SECRET, token, now) == "/dashboard/evidence?violation=7"
    with pytest.raises(LinkExpired):
        links.open_link(SECRET, token, now + timedelta(days=2))
    with pytest.raises(BadRequest):
        links.open_link("another secret", token, now)
    forged = links.sign(SECRET, "/dashboard/evidence?violation=8", now + timedelta(days=1))
    with pytest.raises(BadRequest):     # one token's body with another's signature
        links.open_link(SECRET, forged.split(".")[0] + "." + token.split(".")[1], now)
    with pytest.raises(BadRequest):
        links.sign(SECRET, "https://evil.example/", now)


def test_a_digest_line_links_to_its_evidence_and_the_link_resolves(bank: Bank) -> None:
    settings = linked_settings()
    db = open_db(bank.db_path)
    violation = db.conn.execute("SELECT id FROM violations").fetchone()[0]
    digest = build_digest(db, settings, "head@testbank.ru", as_of=clock.now() + timedelta(minutes=1))
    db.conn.close()
    found = re.findall(r'href="https://localhost:8443(/go/[^"]+)">V-', digest.html)
    assert found, digest.html
    assert f"https://localhost:8443{found[0]}" in digest.text
    http = TestClient(create_app(settings, bank.db_path), base_url="https://localhost:8443")
    hop = http.get(found[0], follow_redirects=False)
    assert hop.status_code == 303
    assert hop.headers["location"] == f"/dashboard/evidence?violation={violation}"
    page = http.get(hop.headers["location"])
    assert page.status_code == 200 and "evidence.js" in page.text
    auth = {"Authorization": f"Bearer {bank.tokens['head']}"}
    assert http.get(f"/api/violations/{violation}/evidence", headers=auth).status_code == 200
    assert http.get(f"/api/violations/{violation}/evidence",
                    headers={"Authorization": f"Bearer {bank.tokens['ben']}"}).status_code == 404


def test_an_expired_digest_link_shows_a_sign_in_page_in_the_readers_language(bank: Bank) -> None:
    http = TestClient(create_app(linked_settings(), bank.db_path), base_url="https://localhost:8443")
    old = links.sign(SECRET, "/dashboard/evidence?violation=1", clock.now() - timedelta(hours=1))
    en = http.get(f"/go/{old}", follow_redirects=False)
    assert en.status_code == 410
    assert "This link has expired" in en.text and 'id="sign-in" href="/dashboard"' in en.text
    ru = http.get(f"/go/{old}", headers={"Accept-Language": "ru-RU,ru;q=0.9"},
                  follow_redirects=False)
    assert "Срок действия ссылки истёк" in ru.text and "Войти в панель" in ru.text
    forged = http.get("/go/bm90LWEtbGluaw.AAAA", follow_redirects=False)
    assert forged.status_code == 404 and "does not open anything" in forged.text
