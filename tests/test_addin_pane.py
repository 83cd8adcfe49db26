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
