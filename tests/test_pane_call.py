"""'Log a call' in the pane: a call with the client, a contact like one from the call log."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect
from starlette.testclient import TestClient

from dealtrail.store import open_db, rows
from tests.fixtures.browser import Bank, message_item, new_context, open_pane
from tests.test_api_actions import bank, http, post, query  # noqa: F401 (fixtures)


def test_a_call_logged_through_the_api_is_a_contact_of_the_manager_who_logged_it(
        http: TestClient, bank: Bank) -> None:  # noqa: F811
    response = post(http, bank, "anna", "/api/calls",
                    {"client_id": bank.clients["alpha"], "note": "Agreed to meet on Monday"})
    assert response.status_code == 200, response.text
    call = query(bank, "SELECT manager_id, client_id, source, note, direction FROM calls"
                       " WHERE id = ?", (response.json()["call_id"],))[0]
    assert call == {"manager_id": bank.managers["anna"], "client_id": bank.clients["alpha"],
                    "source": "pane", "note": "Agreed to meet on Monday", "direction": "out"}
    contact = query(bank, "SELECT channel, manager_id FROM contacts WHERE call_id = ?",
                    (response.json()["call_id"],))
    assert contact == [{"channel": "call", "manager_id": bank.managers["anna"]}]


def test_only_a_client_one_may_see_takes_a_call_and_never_one_in_the_future(
        http: TestClient, bank: Bank) -> None:  # noqa: F811
    refused = post(http, bank, "ben", "/api/calls", {"client_id": bank.clients["alpha"]})
    assert refused.status_code == 404
    future = post(http, bank, "anna", "/api/calls",
                  {"client_id": bank.clients["alpha"], "when": "2099-01-01T10:00:00+03:00"})
    assert future.status_code == 422 and "future" in future.json()["error"]
    too_long = post(http, bank, "anna", "/api/calls",
                    {"client_id": bank.clients["alpha"], "note": "x" * 2001})
    assert too_long.status_code == 422
    assert query(bank, "SELECT COUNT(*) AS n FROM calls")[0]["n"] == 0


def test_log_a_call_in_the_pane_shows_it_among_the_contacts(browser: Any, live_app: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["anna"])
    page = open_pane(context, live_app.url, message_item("cfo@gamma.ru", "Re: deposit"))
    page.locator("button.act-call").click()
    page.locator("#block-contacts textarea").fill("Перезвонить в среду <b>после 15:00</b>")
    page.locator("#block-contacts button[type=submit]").click()
    expect(page.locator("#notice")).to_have_text("Saved")
    expect(page.locator("#block-contacts .call-note")).to_have_text(
        "Перезвонить в среду <b>после 15:00</b>")
    db = open_db(live_app.bank.db_path, migrate=False)
    try:
        found = rows(db, "SELECT c.source, k.channel FROM calls c JOIN contacts k"
                         " ON k.call_id = c.id WHERE c.client_id = ?",
                     (live_app.bank.clients["gamma"],))
        assert found == [{"source": "pane", "channel": "call"}]
    finally:
        db.conn.close()
    context.close()
