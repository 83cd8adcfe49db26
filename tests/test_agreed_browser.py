"""What was agreed on a deal, on the board card and in the pane, in real headless Chromium.

Both sides' commitments (the manager's promise and the client's dated commitment) come
from the reports' one answer; the client's sentence carries markup, which must show as
text.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.fixtures.browser import (
    LiveApp,
    bank_settings,
    message_item,
    new_context,
    open_pane,
    seed_bank,
    start_server,
)

CLIENT_SAYS = "We sign <img src=x onerror=alert(7)> the lease on Tuesday"


@pytest.fixture(scope="module")
def agreed_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApp]:
    from dealtrail import clock
    from dealtrail.store import open_db

    folder = tmp_path_factory.mktemp("agreed-app")
    settings = bank_settings()
    bank = seed_bank(folder / "bank.db", settings)
    db = open_db(bank.db_path)
    now = clock.now()
    with db.conn:
        message = db.conn.execute("SELECT id FROM messages ORDER BY id LIMIT 1").fetchone()[0]
        db.conn.execute(
            "INSERT INTO deal_signals (message_id, kind, side, text, span_start, value, due_at,"
            " at, manager_id, client_id, status, deal_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (message, "commitment", "client", CLIENT_SAYS, 40, "",
             clock.iso(now + timedelta(days=5)), clock.iso(now - timedelta(days=1)),
             bank.managers["anna"], bank.clients["alpha"], "open", bank.deals["alpha"]))
    db.conn.close()
    url, server, thread = start_server(settings, bank.db_path, folder / "certs")
    yield LiveApp(url=url, bank=bank, settings=settings)
    server.should_exit = True
    thread.join(timeout=10)


def _check_items(box: Any, we: str, client: str) -> None:
    items = box.locator(".agreed-item")
    expect(items).to_have_count(2)
    # Newest first: the client's commitment of yesterday, then our promise of two days ago.
    expect(items.nth(0)).to_contain_text(f"{client}: ")
    expect(items.nth(0).locator(".agreed-text")).to_have_text(CLIENT_SAYS)
    expect(items.nth(1)).to_contain_text(f"{we}: ")
    expect(items.nth(1).locator(".agreed-text")).to_have_text("I will send the term sheet by Friday")


def test_the_board_card_shows_what_both_sides_agreed(browser: Any, agreed_app: LiveApp) -> None:
    context = new_context(browser, token=agreed_app.bank.tokens["head"], width=1280)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{agreed_app.url}/dashboard")
    card = page.locator("#board .deal", has_text="Fleet leasing credit line")
    _check_items(card, "we", "client")
    expect(card.locator(".agreed-item").nth(0)).to_contain_text("open")
    assert page.locator("#board img").count() == 0
    page.goto(f"{agreed_app.url}/dashboard?lang=ru")
    card = page.locator("#board .deal", has_text="Fleet leasing credit line")
    _check_items(card, "мы", "клиент")
    expect(card).to_contain_text("О чём договорились")
    expect(card.locator(".agreed-item").nth(0)).to_contain_text("в силе")
    assert errors == []
    context.close()


def test_the_pane_shows_what_both_sides_agreed(browser: Any, agreed_app: LiveApp) -> None:
    for language, we, client, title in (("en-US", "we", "client", "What was agreed"),
                                        ("ru-RU", "мы", "клиент", "О чём договорились")):
        context = new_context(browser, token=agreed_app.bank.tokens["anna"], width=320)
        page = open_pane(context, agreed_app.url,
                         message_item("ivan@alpha.ru", "Lease", to=["anna@testbank.ru"]),
                         display_language=language)
        deal = page.locator(f"li.deal[data-deal='{agreed_app.bank.deals['alpha']}']")
        _check_items(deal, we, client)
        expect(deal).to_contain_text(title)
        assert page.locator("main img").count() == 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        context.close()
