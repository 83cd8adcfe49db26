"""Drill-down to the evidence: a violation or complaint opens the message it is about, for the
people allowed to see that client, and a 404 for everyone else."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from playwright.sync_api import expect
from starlette.testclient import TestClient

from addin.app import create_app
from dealtrail import clock
from dealtrail.store import open_db
from reports.evidence import outlook_link
from tests.fixtures.browser import Bank, bank_settings, new_context, seed_bank, start_server

HOSTILE = "<script>alert(1)</script> Rates"
KEPT = "We will not pay the commission again. <b>Fix it</b>"


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    bank = seed_bank(tmp_path / "bank.db", bank_settings())
    bank.extra = {}     # type: ignore[attr-defined]  # the ids this module's rows got
    db = open_db(bank.db_path)
    stamp = clock.iso(clock.now())
    conn = db.conn
    box = conn.execute("INSERT INTO mailboxes (name, kind, owner_email) VALUES ('ben-365', 'graph',"
                       " 'ben@testbank.ru')").lastrowid
    ben, anna = bank.managers["ben"], bank.managers["anna"]
    beta, alpha = bank.clients["beta"], bank.clients["alpha"]
    msg = conn.execute(
        "INSERT INTO messages (mailbox_id, message_key, folder, remote_id, subject, from_addr,"
        " from_name, to_addrs, sent_at, direction, client_id, manager_id, new_text, indexed_at)"
        " VALUES (?, 'k1@beta', 'Inbox', 'AAMk/1+x=', ?, 'olga@beta.com', 'Olga', ?, ?, 'in',"
        " ?, ?, ?, ?)", (box, HOSTILE, json.dumps(["ben@testbank.ru"]), stamp, beta, ben, KEPT,
                         stamp)).lastrowid
    conn.execute("UPDATE complaints SET message_id = ? WHERE client_id = ?", (msg, beta))
    bank.extra["message"] = int(msg or 0)
    bank.extra["complaint"] = conn.execute("SELECT id FROM complaints WHERE client_id = ?",
                                           (beta,)).fetchone()[0]
    alpha_msg = conn.execute("SELECT id FROM messages WHERE client_id = ?", (alpha,)).fetchone()[0]
    bank.extra["alpha_message"] = alpha_msg
    conn.execute("UPDATE violations SET evidence = ? WHERE client_id = ? AND manager_id = ?",
                 (json.dumps({"message_id": alpha_msg, "text": "I will send it by Friday"}),
                  alpha, anna))
    bank.extra["violation"] = conn.execute("SELECT id FROM violations WHERE client_id = ?",
                                           (alpha,)).fetchone()[0]
    conn.commit()
    conn.close()
    return bank


@pytest.fixture
def http(bank: Bank) -> TestClient:
    return TestClient(create_app(bank_settings(), bank.db_path), base_url="https://localhost:8443")


@pytest.fixture
def served(bank: Bank, tmp_path: Path) -> Iterator[str]:
    """The bank served by the real app over HTTPS (uvicorn); yields its address."""
    url, server, thread = start_server(bank_settings(), bank.db_path, tmp_path / "certs")
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def get(http: TestClient, bank: Bank, who: str, path: str) -> Any:
    return http.get(path, headers={"Authorization": f"Bearer {bank.tokens[who]}"})


def test_a_complaint_opens_its_message_with_headers_kept_text_and_an_outlook_link(
        http: TestClient, bank: Bank) -> None:
    for who in ("ben", "head", "admin"):
        r = get(http, bank, who, f"/api/complaints/{bank.extra['complaint']}/evidence")
        assert r.status_code == 200, (who, r.text)
        body = r.json()
        assert body["complaint"]["quote"] == "Statement was late again"
        m = body["message"]
        assert (m["id"], m["subject"], m["from"], m["to"]) == (
            bank.extra["message"], HOSTILE, "olga@beta.com", ["ben@testbank.ru"])
        assert m["text"] == KEPT
        assert m["outlook_url"] == ("https://outlook.office365.com/owa/?ItemID=AAMk%2F1%2Bx%3D"
                                    "&exvsurl=1&viewmodel=ReadMessageItem")


def test_a_violation_opens_the_message_it_quotes(http: TestClient, bank: Bank) -> None:
    r = get(http, bank, "anna", f"/api/violations/{bank.extra['violation']}/evidence")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["violation"]["quote"] == "I will send it by Friday"
    assert body["message"]["subject"] == "Term sheet"
    assert body["message"]["outlook_url"] is None      # a maildir import cannot open in Outlook


def test_a_client_the_viewer_may_not_see_is_the_same_404_as_one_that_does_not_exist(
        http: TestClient, bank: Bank) -> None:
    hidden = [f"/api/complaints/{bank.extra['complaint']}/evidence",
              f"/api/messages/{bank.extra['message']}"]
    for path in hidden:
        r = get(http, bank, "anna", path)
        assert r.status_code == 404, path
    for path in (f"/api/violations/{bank.extra['violation']}/evidence",
                 f"/api/messages/{bank.extra['alpha_message']}"):
        assert get(http, bank, "ben", path).status_code == 404, path
    missing = get(http, bank, "anna", "/api/messages/999999").json()["error"]
    refused = get(http, bank, "anna", f"/api/messages/{bank.extra['message']}").json()["error"]
    assert missing.replace("999999", "N") == refused.replace(str(bank.extra["message"]), "N")
    assert http.get(f"/api/messages/{bank.extra['message']}").status_code == 401


def test_the_issues_list_carries_the_ids_its_links_open(http: TestClient, bank: Bank) -> None:
    items = get(http, bank, "head", "/api/dashboard/issues").json()["data"]["open"]
    ids = {(i["kind"], i["id"]) for i in items}
    assert ("violation", bank.extra["violation"]) in ids
    assert ("complaint", bank.extra["complaint"]) in ids


def test_an_ews_item_opens_in_the_servers_own_outlook_on_the_web() -> None:
    box = SimpleNamespace(name="anna-ews", options=SimpleNamespace(
        endpoint="https://mail.bank.example/EWS/Exchange.asmx"))
    settings: Any = SimpleNamespace(mailboxes=[box])
    assert outlook_link(settings, "anna-ews", "ews", "AAA=") == (
        "https://mail.bank.example/owa/?ItemID=AAA%3D&exvsurl=1&viewmodel=ReadMessageItem")
    assert outlook_link(settings, "anna-ews", "imap", "42") is None


def test_the_dashboard_issue_line_opens_the_message_view_escaped(browser: Any, bank: Bank,
                                                                 served: str) -> None:
    url = served
    context = new_context(browser, token=bank.tokens["head"], width=1280)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{url}/dashboard")
    page.locator("#issues-table tr.issue[data-kind='complaint'] a.evidence-link").click()
    expect(page.locator("#message h2")).to_have_text(HOSTILE)       # text, not markup
    expect(page.locator("#message .kept-text")).to_have_text(KEPT)
    assert page.locator("#message script, #message b").count() == 0
    assert page.locator("#open-in-outlook").get_attribute("href", timeout=5000).startswith(
        "https://outlook.office365.com/owa/?ItemID=")
    context.close()
    context = new_context(browser, token=bank.tokens["anna"], width=1280)
    page = context.new_page()
    page.goto(f"{url}/dashboard/evidence?message={bank.extra['message']}")
    expect(page.locator("#app .state.error")).to_be_visible()
    assert page.locator("#message").count() == 0
    assert dialogs == []
    context.close()


def test_a_plan_fact_figure_opens_the_sales_rows_that_add_up_to_it(http: TestClient,
                                                                   bank: Bank) -> None:
    db = open_db(bank.db_path)
    today = clock.local_date(clock.now(), "Europe/Moscow")
    with db.conn:
        for ext, who, amount in (("acc-2", "ben", 90_000_000), ("acc-3", "anna", -10_000_000)):
            db.conn.execute("INSERT INTO sales (external_id, manager_id, client_id, booked_on,"
                            " amount_minor, currency, created_at) VALUES (?,?,?,?,?, 'RUB', ?)",
                            (ext, bank.managers[who], bank.clients["alpha"],
                             today.replace(day=1).isoformat(), amount, clock.iso(clock.now())))
    db.conn.close()
    plan = get(http, bank, "head", "/api/dashboard/plan-fact").json()["data"]
    facts = {(r["level"], r["key"]): r["fact"] for r in plan["rows"]}
    for query, key in (("", ("company", None)), ("&manager=anna@testbank.ru",
                                                   ("manager", "anna@testbank.ru"))):
        r = get(http, bank, "head", f"/api/dashboard/plan-fact-rows?period={plan['period']}{query}")
        assert r.status_code == 200, r.text
        sales = r.json()["data"]["rows"]
        assert sum(s["amount_base"] for s in sales) == facts[key]
    anna = get(http, bank, "head",
               "/api/dashboard/plan-fact-rows?manager=anna@testbank.ru").json()["data"]["rows"]
    assert sorted(s["external_id"] for s in anna) == ["acc-1", "acc-3"]
    # A manager sees the rows behind their own figure only, whatever they ask for.
    ben = get(http, bank, "ben",
              "/api/dashboard/plan-fact-rows?manager=anna@testbank.ru").json()["data"]["rows"]
    assert [s["external_id"] for s in ben] == ["acc-2"]


def test_the_dashboard_fact_opens_its_sales_rows(browser: Any, bank: Bank, served: str) -> None:
    url = served
    context = new_context(browser, token=bank.tokens["head"], width=1280)
    page = context.new_page()
    page.goto(f"{url}/dashboard")
    link = page.locator("#panel-plan tr.level-manager", has_text="Anna Petrova").locator(
        "a.fact-link")
    expect(link).to_be_visible()
    shown = link.inner_text()
    link.click()
    expect(page.locator("#sales-rows tr.sale")).to_have_count(1)
    expect(page.locator("#sales-rows")).to_contain_text("Alpha Leasing LLC")
    assert page.locator("#sales-total").inner_text() == shown
    context.close()


def test_a_negotiation_opens_its_timeline_with_quoted_sentences(http: TestClient,
                                                                bank: Bank) -> None:
    db = open_db(bank.db_path)
    anna, alpha, deal = bank.managers["anna"], bank.clients["alpha"], bank.deals["alpha"]
    msg = bank.extra["alpha_message"]
    with db.conn:
        db.conn.execute("INSERT INTO deal_signals (message_id, kind, side, text, at, manager_id,"
                        " client_id, deal_id) VALUES (?, 'proposal', 'manager',"
                        " 'Attached is our <b>proposal</b>', ?, ?, ?, NULL)",
                        (msg, clock.iso(clock.now()), anna, alpha))
        db.conn.execute("INSERT INTO deal_history (deal_id, at, actor_email, source, source_ref,"
                        " field, old_value, new_value) VALUES (?, ?, 'anna@testbank.ru', 'tag',"
                        " 'tag-1@x', 'stage', 'lead', 'proposal')", (deal, clock.iso(clock.now())))
    db.conn.close()
    for who in ("anna", "head"):
        r = get(http, bank, who, f"/api/deals/{deal}/timeline")
        assert r.status_code == 200, r.text
        entries = r.json()["timeline"]
        kinds = {e["kind"]: e for e in entries}
        assert kinds["email_out"]["message_id"] == msg and kinds["email_out"]["title"] == "Term sheet"
        assert kinds["promise"]["quote"] == "I will send the term sheet by Friday"
        assert kinds["signal"]["quote"] == "Attached is our <b>proposal</b>"
        assert any(e["kind"] == "change" and e["source"] == "tag"
                   and e["title"] == "stage: lead → proposal" for e in entries)
    for path in (f"/api/deals/{deal}/timeline", "/api/deals/999999/timeline"):
        assert get(http, bank, "ben", path).status_code == 404


def test_the_board_opens_a_deal_timeline_and_its_messages(browser: Any, bank: Bank,
                                                          served: str) -> None:
    url = served
    context = new_context(browser, token=bank.tokens["anna"], width=1280)
    page = context.new_page()
    page.goto(f"{url}/dashboard")
    page.locator("#board .deal", has_text="Alpha Leasing").locator("a.timeline-link").click()
    expect(page.locator("#timeline li[data-kind='promise']")).to_contain_text(
        "I will send the term sheet by Friday")
    page.locator("#timeline li[data-kind='email_out'] a").click()
    expect(page.locator("#message h2")).to_have_text("Term sheet")
    context.close()


def test_a_timeline_names_stages_as_the_company_labels_them(browser: Any, bank: Bank,
                                                            tmp_path: Path) -> None:
    """The board and the pane show [pipeline.labels_*]; the timeline behind a board card
    showed the page's built-in names instead (one answer: PipelineSettings.labelled)."""
    import dataclasses

    base = bank_settings()
    settings = dataclasses.replace(base, pipeline=dataclasses.replace(
        base.pipeline, labels_en={**base.pipeline.labels_en, "proposal": "Offer sent"}))
    db = open_db(bank.db_path)
    with db.conn:
        db.conn.execute("INSERT INTO deal_history (deal_id, at, actor_email, source, source_ref,"
                        " field, old_value, new_value) VALUES (?, ?, 'anna@testbank.ru', 'tag',"
                        " 'tag-1@x', 'stage', 'lead', 'proposal')",
                        (bank.deals["alpha"], clock.iso(clock.now())))
    db.conn.close()
    url, server, thread = start_server(settings, bank.db_path, tmp_path / "certs")
    try:
        context = new_context(browser, token=bank.tokens["anna"], width=1280)
        page = context.new_page()
        page.goto(f"{url}/dashboard/evidence?deal={bank.deals['alpha']}&lang=en")
        expect(page.locator("#timeline")).to_contain_text("stage: Lead → Offer sent")
        context.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
