"""The task pane in real headless Chromium against the real HTTPS app."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from dealtrail.store import open_db, rows
from tests.fixtures.browser import message_item, new_context, open_pane

XSS_SUBJECT = "<img src=x onerror=alert(1)>"


def test_pane_shows_the_senders_client_with_deals_promises_and_plan(browser: Any, live_app: Any,
                                                                     artifacts_dir: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["anna"], width=320)
    page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Re: term sheet",
                                                         to=["anna@testbank.ru"]))
    expect(page.locator("#client-name")).to_have_text("Alpha Leasing LLC")
    expect(page.locator("#client-owner")).to_have_text("Anna Petrova")
    deal = page.locator(f"li.deal[data-deal='{live_app.bank.deals['alpha']}']")
    expect(deal).to_contain_text("Fleet leasing credit line")
    expect(deal.locator(".next-contact")).to_contain_text("from calendar")
    expect(page.locator("#block-promises")).to_contain_text("term sheet by Friday")
    expect(page.locator("#block-violations")).to_contain_text("unanswered")
    expect(page.locator("#plan-strip")).to_contain_text("25")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=str(artifacts_dir / "pane-client-320.png"), full_page=True)
    context.close()


def test_pinned_pane_switches_client_when_another_message_is_selected(browser: Any,
                                                                       live_app: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["head"])
    page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Alpha question"))
    expect(page.locator("#client-name")).to_have_text("Alpha Leasing LLC")
    page.evaluate("item => window.__officeStub.select(item)",
                  message_item("olga@beta.com", "Beta statement", cc=["ben@testbank.ru"]))
    expect(page.locator("#client-name")).to_have_text("Beta Logistics")
    expect(page.locator("#subject")).to_have_text("Beta statement")
    expect(page.locator("#block-complaints")).to_contain_text("Statement was late again")
    context.close()


def test_setting_the_stage_in_the_pane_updates_the_deal_and_its_history(browser: Any,
                                                                         live_app: Any) -> None:
    deal_id = live_app.bank.deals["alpha"]
    context = new_context(browser, token=live_app.bank.tokens["anna"])
    page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Re: terms"))
    card = page.locator(f"li.deal[data-deal='{deal_id}']")
    card.locator("select.stage-select").select_option("negotiation")
    expect(page.locator("#notice")).to_have_text("Saved")
    expect(card.locator(".badge")).to_have_text("Negotiation")
    db = open_db(live_app.bank.db_path, migrate=False)
    try:
        assert rows(db, "SELECT stage FROM deals WHERE id = ?", (deal_id,))[0]["stage"] == "negotiation"
        history = rows(db, "SELECT actor_email, source, old_value, new_value FROM deal_history"
                           " WHERE deal_id = ? AND field = 'stage'", (deal_id,))
        assert {"actor_email": "anna@testbank.ru", "source": "pane", "old_value": "proposal",
                "new_value": "negotiation"} in history
    finally:
        db.conn.close()
    context.close()


def test_subject_and_client_name_with_markup_are_shown_as_text(browser: Any, live_app: Any,
                                                               artifacts_dir: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["anna"])
    page = open_pane(context, live_app.url, message_item("cfo@gamma.ru", XSS_SUBJECT))
    expect(page.locator("#subject")).to_have_text(XSS_SUBJECT)
    expect(page.locator("#client-name")).to_have_text("<b>Gamma</b> & Sons <script>alert(2)</script>")
    expect(page.locator("li.deal")).to_contain_text("<img src=x onerror=alert(3)>")
    assert page.locator("main img, main b, main script").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []
    page.screenshot(path=str(artifacts_dir / "pane-markup-as-text.png"), full_page=True)
    context.close()


def test_pane_speaks_russian_when_office_display_language_is_russian(browser: Any, live_app: Any,
                                                                     artifacts_dir: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["anna"])
    page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Договор"),
                     display_language="ru-RU")
    expect(page.locator("#h-deals")).to_contain_text("Открытые сделки")
    expect(page.locator("#plan-strip")).to_contain_text("Мой план")
    assert page.evaluate("document.documentElement.lang") == "ru"
    page.screenshot(path=str(artifacts_dir / "pane-ru.png"), full_page=True)
    context.close()


def test_unpaired_pane_asks_for_a_code_and_then_shows_the_client(browser: Any,
                                                                  live_app: Any) -> None:
    from addin import auth
    from dealtrail.store import open_db as open_database

    db = open_database(live_app.bank.db_path, migrate=False)
    try:
        code = auth.invite(db, live_app.settings, "ben@testbank.ru").code
    finally:
        db.conn.close()
    context = new_context(browser, token=None)
    page = open_pane(context, live_app.url, message_item("olga@beta.com", "Hello"))
    page.locator("#pair-code").fill("WRONG-CODE1")
    page.keyboard.press("Enter")
    expect(page.locator("#pair-status")).to_contain_text("not accepted")
    page.locator("#pair-code").fill(code.lower().replace("-", " "))
    page.keyboard.press("Enter")
    expect(page.locator("#client-name")).to_have_text("Beta Logistics")
    assert page.evaluate("localStorage.getItem('dealtrail.token')").startswith("dt_")
    context.close()


def test_another_managers_client_is_not_shown(browser: Any, live_app: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["ben"])
    page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Alpha"))
    expect(page.locator("#no-client")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Alpha Leasing")
    context.close()
