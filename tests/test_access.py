"""The one access rule (dealtrail.access) as the pane, the API and the dashboard apply it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from addin.app import create_app
from dealtrail import access
from dealtrail.deals import create_deal
from dealtrail.store import open_db, rows
from tests.fixtures.browser import Bank, bank_settings, bearer, seed_bank


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    """The test bank plus a deal of Ben's on Alpha, a client Anna owns."""
    seeded = seed_bank(tmp_path / "bank.db", bank_settings())
    db = open_db(seeded.db_path)
    try:
        seeded.deals["alpha-ben"] = create_deal(
            db, client_id=seeded.clients["alpha"], manager_id=seeded.managers["ben"],
            actor="system", source="import", stage="lead", amount_minor=7_000_000,
            currency="RUB", title="Ben's payroll project at Alpha")
        db.conn.commit()
    finally:
        db.conn.close()
    return seeded


def http_for(bank: Bank) -> TestClient:
    return TestClient(create_app(bank_settings(), bank.db_path), base_url="https://localhost:8443")


def pane_history(bank: Bank, deal: int) -> int:
    db = open_db(bank.db_path)
    try:
        return int(rows(db, "SELECT COUNT(*) AS n FROM deal_history WHERE deal_id = ?"
                            " AND source = 'pane'", (deal,))[0]["n"])
    finally:
        db.conn.close()


def test_the_owner_of_a_client_does_not_see_another_managers_deal_on_it(bank: Bank) -> None:
    http = http_for(bank)
    card = http.get(f"/api/clients/{bank.clients['alpha']}", headers=bearer(bank.tokens["anna"]))
    assert card.status_code == 200
    assert [d["id"] for d in card.json()["deals"]] == [bank.deals["alpha"]]
    assert "payroll" not in card.text
    by_mail = http.get("/api/pane?email=ivan@alpha.ru", headers=bearer(bank.tokens["anna"])).json()
    assert [d["id"] for d in by_mail["deals"]] == [bank.deals["alpha"]]


@pytest.mark.parametrize("action,body", [("stage", {"stage": "contract"}),
                                         ("next-contact", {"date": "2030-01-15"}),
                                         ("won", {"amount_minor": 100}),
                                         ("note", {"text": "taken over"})])
def test_the_owner_of_a_client_cannot_change_another_managers_deal_on_it(
        bank: Bank, action: str, body: dict[str, Any]) -> None:
    deal = bank.deals["alpha-ben"]
    response = http_for(bank).post(f"/api/deals/{deal}/{action}", json=body,
                                   headers=bearer(bank.tokens["anna"]))
    assert response.status_code == 404
    assert pane_history(bank, deal) == 0


def test_the_owner_cannot_attach_a_complaint_to_another_managers_deal(bank: Bank) -> None:
    response = http_for(bank).post(
        "/api/complaints", headers=bearer(bank.tokens["anna"]),
        json={"client_id": bank.clients["alpha"], "deal_id": bank.deals["alpha-ben"],
              "text": "late"})
    assert response.status_code == 404


def test_the_head_changes_any_deal_and_an_admin_only_looks(bank: Bank) -> None:
    http = http_for(bank)
    deal = bank.deals["alpha-ben"]
    admin = http.post(f"/api/deals/{deal}/stage", json={"stage": "contract"},
                      headers=bearer(bank.tokens["admin"]))
    assert admin.status_code == 403 and "head of sales" in admin.json()["error"]
    assert pane_history(bank, deal) == 0
    seen = http.get(f"/api/clients/{bank.clients['alpha']}", headers=bearer(bank.tokens["admin"]))
    assert {d["id"] for d in seen.json()["deals"]} == {bank.deals["alpha"], deal}
    head = http.post(f"/api/deals/{deal}/stage", json={"stage": "contract"},
                     headers=bearer(bank.tokens["head"]))
    assert head.status_code == 200 and pane_history(bank, deal) == 1


def test_a_missing_client_and_someone_elses_client_get_the_same_answer(bank: Bank) -> None:
    http = http_for(bank)
    theirs = http.get(f"/api/clients/{bank.clients['beta']}", headers=bearer(bank.tokens["anna"]))
    missing = http.get("/api/clients/987654", headers=bearer(bank.tokens["anna"]))
    assert theirs.status_code == missing.status_code == 404
    assert (theirs.json()["error"].replace(str(bank.clients["beta"]), "N")
            == missing.json()["error"].replace("987654", "N"))


def test_the_pane_does_not_count_clients_the_viewer_may_not_see(bank: Bank) -> None:
    http = http_for(bank)
    hidden = http.get("/api/pane?email=x@beta.com", headers=bearer(bank.tokens["anna"])).json()
    unknown = http.get("/api/pane?email=x@nowhere.example",
                       headers=bearer(bank.tokens["anna"])).json()
    for answer in (hidden, unknown):
        answer.pop("addresses")
    assert hidden == unknown


def test_the_rule_for_each_role(bank: Bank) -> None:
    db = open_db(bank.db_path)
    try:
        people = {short: rows(db, "SELECT * FROM managers WHERE id = ?", (mid,))[0]
                  for short, mid in bank.managers.items()}
        alpha, theirs = bank.deals["alpha"], bank.deals["alpha-ben"]
        table = {short: (access.can_see_client(db, p, bank.clients["beta"]),
                         access.can_see_deal(db, p, theirs), access.can_change_deal(db, p, theirs),
                         access.can_change_deal(db, p, alpha))
                 for short, p in people.items()}
        assert table == {"anna": (False, False, False, True), "ben": (True, True, True, False),
                         "head": (True, True, True, True), "admin": (True, True, False, False)}
        gone = dict(people["head"], active=0)
        assert not access.can_see_client(db, gone, bank.clients["beta"])
        assert not access.can_change_deal(db, gone, alpha)
        assert access.deal_filter(gone) == (" AND 1 = 0", ())
        assert not access.can_see_deal(db, people["head"], 987654)
    finally:
        db.conn.close()


def test_the_pages_are_told_what_the_rule_allows(bank: Bank) -> None:
    """The pane and dashboard show buttons from the rule's answers, not from role names."""
    http = http_for(bank)
    me = {short: http.get("/api/me", headers=bearer(bank.tokens[short])).json()["user"]
          for short in ("anna", "head", "admin")}
    assert [(me[s]["sees_everything"], me[s]["manages_users"]) for s in ("anna", "head", "admin")
            ] == [(False, False), (True, False), (True, True)]
    alpha = f"/api/clients/{bank.clients['alpha']}"
    for short, expected in (("anna", {bank.deals["alpha"]: True}),
                            ("admin", {bank.deals["alpha"]: False, bank.deals["alpha-ben"]: False}),
                            ("head", {bank.deals["alpha"]: True, bank.deals["alpha-ben"]: True})):
        deals = http.get(alpha, headers=bearer(bank.tokens[short])).json()["deals"]
        assert {d["id"]: d["can_change"] for d in deals} == expected, short


def test_an_admins_pane_shows_deals_without_change_buttons(browser: Any, live_app: Any) -> None:
    from playwright.sync_api import expect

    from tests.fixtures.browser import message_item, new_context, open_pane

    deal = f"li.deal[data-deal='{live_app.bank.deals['alpha']}']"
    for short, buttons in (("admin", 0), ("head", 1)):
        context = new_context(browser, token=live_app.bank.tokens[short])
        page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Alpha"))
        expect(page.locator(deal)).to_contain_text("Fleet leasing credit line")
        expect(page.locator("#tabs")).to_be_visible()
        expect(page.locator(f"{deal} select.stage-select")).to_have_count(buttons)
        context.close()
