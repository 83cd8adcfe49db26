"""Quick actions through the API: each changes the deal and leaves an audit trail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from addin.app import create_app
from dealtrail.store import open_db, rows
from tests.fixtures.browser import Bank, bank_settings, seed_bank


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    return seed_bank(tmp_path / "bank.db", bank_settings())


@pytest.fixture
def http(bank: Bank) -> TestClient:
    return TestClient(create_app(bank_settings(), bank.db_path), base_url="https://localhost:8443")


def post(http: TestClient, bank: Bank, who: str, path: str, body: dict[str, Any]) -> Any:
    return http.post(path, json=body, headers={"Authorization": f"Bearer {bank.tokens[who]}"})


def query(bank: Bank, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    db = open_db(bank.db_path, migrate=False)
    try:
        return rows(db, sql, params)
    finally:
        db.conn.close()


def history(bank: Bank, deal: int) -> list[dict[str, Any]]:
    return query(bank, "SELECT field, old_value, new_value, actor_email, source FROM deal_history"
                       " WHERE deal_id = ? AND source = 'pane' ORDER BY id", (deal,))


def test_next_contact_date_is_the_start_of_the_managers_working_day(http: TestClient,
                                                                    bank: Bank) -> None:
    deal = bank.deals["alpha"]
    response = post(http, bank, "anna", f"/api/deals/{deal}/next-contact", {"date": "2030-03-04"})
    assert response.status_code == 200
    # Anna works in Moscow (UTC+3) from 09:00.
    assert query(bank, "SELECT next_contact_at, next_contact_source FROM deals WHERE id = ?",
                 (deal,))[0] == {"next_contact_at": "2030-03-04T06:00:00+00:00",
                                 "next_contact_source": "pane"}
    assert {h["field"] for h in history(bank, deal)} == {"next_contact_at", "next_contact_source"}


def test_recording_a_won_amount_closes_the_deal_and_books_one_sale(http: TestClient,
                                                                   bank: Bank) -> None:
    deal = bank.deals["alpha"]
    response = post(http, bank, "anna", f"/api/deals/{deal}/won", {"amount_minor": 480_000_000})
    assert response.status_code == 200
    row = query(bank, "SELECT status, stage, amount_minor FROM deals WHERE id = ?", (deal,))[0]
    assert row == {"status": "won", "stage": "won", "amount_minor": 480_000_000}
    sales = query(bank, "SELECT amount_minor, manager_id FROM sales WHERE external_id = ?",
                  (f"deal:{deal}",))
    assert sales == [{"amount_minor": 480_000_000, "manager_id": bank.managers["anna"]}]
    assert post(http, bank, "anna", f"/api/deals/{deal}/won",
                {"amount_minor": 1}).status_code == 422
    assert any(h["field"] == "status" and h["new_value"] == "won" and
               h["actor_email"] == "anna@testbank.ru" for h in history(bank, deal))


def test_note_is_appended_to_the_agreements_with_date_and_author(http: TestClient,
                                                                 bank: Bank) -> None:
    deal = bank.deals["alpha"]
    assert post(http, bank, "anna", f"/api/deals/{deal}/note",
                {"text": "Client wants 7 years"}).status_code == 200
    agreements = query(bank, "SELECT agreements FROM deals WHERE id = ?", (deal,))[0]["agreements"]
    assert agreements.startswith("Send the term sheet\n")
    assert agreements.endswith("Anna Petrova: Client wants 7 years")
    assert [h["field"] for h in history(bank, deal)] == ["agreements"]


def test_head_can_change_any_deal_and_is_recorded_as_the_actor(http: TestClient, bank: Bank) -> None:
    deal = bank.deals["beta"]
    assert post(http, bank, "head", f"/api/deals/{deal}/stage",
                {"stage": "lost"}).status_code == 200
    assert query(bank, "SELECT status FROM deals WHERE id = ?", (deal,))[0]["status"] == "lost"
    assert {h["actor_email"] for h in history(bank, deal)} == {"head@testbank.ru"}


def test_complaint_logged_in_the_pane_is_stored_for_the_client(http: TestClient, bank: Bank) -> None:
    response = post(http, bank, "anna", "/api/complaints",
                    {"client_id": bank.clients["alpha"], "text": "Rate was changed without notice",
                     "deal_id": bank.deals["alpha"]})
    assert response.status_code == 200
    stored = query(bank, "SELECT client_id, manager_id, deal_id, source, text FROM complaints"
                         " WHERE id = ?", (response.json()["complaint_id"],))[0]
    assert stored == {"client_id": bank.clients["alpha"], "manager_id": bank.managers["anna"],
                      "deal_id": bank.deals["alpha"], "source": "pane",
                      "text": "Rate was changed without notice"}
    audit = [h for h in history(bank, bank.deals["alpha"]) if h["field"] == "complaint"]
    assert len(audit) == 1 and audit[0]["actor_email"] == "anna@testbank.ru"
    assert audit[0]["new_value"].endswith("Rate was changed without notice")
    refused = post(http, bank, "ben", "/api/complaints",
                   {"client_id": bank.clients["alpha"], "text": "x"})
    assert refused.status_code == 404


@pytest.mark.parametrize("action,body", [("stage", {"stage": "dreaming"}),
                                         ("next-contact", {"date": "next tuesday-ish"}),
                                         ("won", {"amount_minor": -5}),
                                         ("won", {"amount_minor": "lots"}),
                                         ("note", {"text": "   "})])
def test_bad_input_is_rejected_with_422_and_changes_nothing(http: TestClient, bank: Bank,
                                                            action: str, body: dict[str, Any]) -> None:
    deal = bank.deals["alpha"]
    response = post(http, bank, "anna", f"/api/deals/{deal}/{action}", body)
    assert response.status_code == 422
    assert response.json()["error"]
    assert history(bank, deal) == []


def test_dashboard_section_for_a_manager_is_limited_to_their_own_rows(http: TestClient,
                                                                       bank: Bank) -> None:
    headers = {"Authorization": f"Bearer {bank.tokens['ben']}"}
    board = http.get("/api/dashboard/negotiations?manager=anna@testbank.ru", headers=headers).json()
    assert {d["manager"] for d in board["data"]} == {"ben@testbank.ru"}
    assert http.get("/api/dashboard/nonsense", headers=headers).status_code == 404
    assert http.get("/api/dashboard/plan-fact?period=2026-13", headers=headers).status_code == 422
    assert http.get("/api/dashboard/plan-fact?metric=calls", headers=headers).status_code == 422
    counts = http.get("/api/dashboard/plan-fact?metric=deals", headers=headers)
    assert counts.status_code == 200 and counts.json()["data"]["metric"] == "deals"


def test_the_plan_strip_counts_a_won_amount_at_once(http: TestClient, bank: Bank) -> None:
    # The strip is kept between messages; a sale booked in the pane must show on the next one.
    def fact() -> int:
        reply = http.get("/api/pane", params={"email": "ivan@alpha.ru"},
                         headers={"Authorization": f"Bearer {bank.tokens['anna']}"})
        assert reply.status_code == 200, reply.text
        return int(reply.json()["plan"]["fact_minor"])

    before = fact()
    assert fact() == before
    deal = bank.deals["alpha"]
    assert post(http, bank, "anna", f"/api/deals/{deal}/won",
                {"amount_minor": 480_000_000}).status_code == 200
    assert fact() == before + 480_000_000
