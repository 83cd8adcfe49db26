"""Odd inputs and loose headers: huge numbers, the dashboard's framing, files holding client data."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from addin.app import create_app
from dealtrail.store import write_private
from reports import digest as digest_mod
from tests.fixtures.browser import Bank, bank_settings, bearer, seed_bank
from tests.test_digest import AS_OF, digest_settings, seed


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    return seed_bank(tmp_path / "bank.db", bank_settings())


@pytest.fixture
def http(bank: Bank) -> TestClient:
    return TestClient(create_app(bank_settings(), bank.db_path), base_url="https://localhost:8443")


@pytest.mark.parametrize("query", ["offset=" + "9" * 30, "offset=99999999999", "limit=" + "9" * 30,
                                   "offset=-1", "offset=ten"])
def test_an_out_of_range_page_is_a_400_that_says_what_to_use(http: TestClient, bank: Bank,
                                                             query: str) -> None:
    response = http.get(f"/api/dashboard/negotiations?{query}",
                        headers=bearer(bank.tokens["head"]))
    assert response.status_code == 400
    assert "offset" in response.json()["error"]


@pytest.mark.parametrize("path", ["/api/clients/" + "9" * 30, "/api/deals/" + "9" * 30 + "/note"])
def test_an_id_past_sqlite_integers_is_a_400(http: TestClient, bank: Bank, path: str) -> None:
    call = http.post if path.endswith("/note") else http.get
    kwargs: dict[str, Any] = {"json": {"text": "x"}} if path.endswith("/note") else {}
    response = call(path, headers=bearer(bank.tokens["anna"]), **kwargs)
    assert response.status_code == 400 and "out of range" in response.json()["error"]


def test_a_huge_client_id_in_a_complaint_is_a_400(http: TestClient, bank: Bank) -> None:
    response = http.post("/api/complaints", headers=bearer(bank.tokens["anna"]),
                         json={"client_id": 10**30, "text": "late"})
    assert response.status_code == 400


@pytest.mark.parametrize("path", ["/dashboard", "/static/dashboard/index.html", "/static/help.html",
                                  "/help"])
def test_no_page_but_the_pane_may_be_framed(http: TestClient, path: str) -> None:
    response = http.get(path)
    assert response.status_code == 200
    assert response.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


@pytest.mark.parametrize("path", ["/pane/", "/static/pane/index.html"])
def test_the_pane_keeps_outlooks_framing_policy(http: TestClient, path: str) -> None:
    response = http.get(path)
    assert "frame-ancestors 'self' https://outlook.office.com" in \
        response.headers["content-security-policy"]
    assert "x-frame-options" not in response.headers


def test_digest_files_are_readable_by_the_owner_only(db: Any, tmp_path: Path) -> None:
    settings = digest_settings()
    seed(db, settings)
    out = tmp_path / "out"
    out.mkdir()
    stale = out / "anna@testbank.ru-daily.html"
    stale.write_text("yesterday", encoding="utf-8")
    stale.chmod(0o644)
    paths = digest_mod.write_digest_files(db, settings, out, as_of=AS_OF)
    assert stale in paths
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in paths} == {oct(0o600)}
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)


def test_write_private_replaces_a_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "preview.html"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    write_private(target, "новое")
    assert target.read_text(encoding="utf-8") == "новое"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["preview.html"]
