"""The dashboard's newer panels in real headless Chromium: the board's won and lost columns
(and, below, the panels added beside it), drawn from the reports, escaped, fitting 320 px to
1440 px, and every drill-down link they carry opening its evidence."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.fixtures.browser import bearer, new_context
from tests.test_readable_layout import assert_fits


def _dashboard(browser: Any, live_app: Any, who: str, width: int, locale: str = "en-US") -> Any:
    context = new_context(browser, token=live_app.bank.tokens[who], width=width, height=1400,
                          locale=locale)
    page = context.new_page()
    page.goto(f"{live_app.url}/dashboard")
    page.wait_for_function("() => !document.querySelector('main .spinner')")
    return context, page


def _opens(context: Any, live_app: Any, who: str, href: str) -> dict[str, Any]:
    """The API answer behind a dashboard drill-down link (as evidence.js asks for it)."""
    assert href.startswith("/dashboard/evidence?deal="), href
    deal = href.rsplit("=", 1)[1]
    page = context.request.get(f"{live_app.url}{href}")
    assert page.status == 200
    reply = context.request.get(f"{live_app.url}/api/deals/{deal}/timeline",
                                headers=bearer(live_app.bank.tokens[who]))
    assert reply.status == 200, reply.text()
    return dict(reply.json())


def test_the_board_shows_the_months_won_and_lost_deals_in_their_columns(
        browser: Any, live_app: Any) -> None:
    context, page = _dashboard(browser, live_app, "head", 1440)
    won = page.locator("#board .column[data-stage='won'] .deal-closed")
    lost = page.locator("#board .column[data-stage='lost'] .deal-closed")
    expect(won).to_have_count(1)
    expect(won).to_contain_text("Beta Logistics")
    expect(won).to_contain_text("Deposit 3 months")
    expect(lost).to_have_count(1)
    # Client names and titles come from mail: shown as text, never as markup.
    expect(lost.locator("strong")).to_have_text("<b>Gamma</b> & Sons <script>alert(2)</script>")
    expect(lost).to_contain_text("Overdraft <i>line</i>")
    expect(lost).to_contain_text("rate too high")
    assert page.locator("#board i, #board b, #board script").count() == 0
    heads = page.eval_on_selector_all("#board .column h3", "hs => hs.map(h => h.innerText)")
    assert heads[-2:] == ["Won · 1", "Lost · 1"]
    href = won.locator("a.timeline-link").get_attribute("href")
    timeline = _opens(context, live_app, "head", str(href))
    assert timeline["deal"]["id"] == live_app.bank.deals["beta-won"]
    won.locator("a.timeline-link").click()
    expect(page.locator("#deal h2")).to_contain_text(f"D-{live_app.bank.deals['beta-won']}")
    context.close()


def test_a_manager_sees_only_their_own_closed_deals(browser: Any, live_app: Any) -> None:
    context, page = _dashboard(browser, live_app, "ben", 1280)
    expect(page.locator("#board .column[data-stage='won'] .deal-closed")).to_have_count(1)
    expect(page.locator("#board .deal-closed")).to_have_count(1)
    reply = context.request.get(
        f"{live_app.url}/api/deals/{live_app.bank.deals['gamma-lost']}/timeline",
        headers=bearer(live_app.bank.tokens["ben"]))
    assert reply.status == 404
    context.close()


@pytest.mark.parametrize("locale", ["ru-RU", "en-US"])
@pytest.mark.parametrize("width", [320, 375, 1440])
def test_the_new_panels_fit_from_320_px_and_their_links_open_evidence(
        browser: Any, live_app: Any, artifacts_dir: Any, width: int, locale: str) -> None:
    context, page = _dashboard(browser, live_app, "head", width, locale)
    closed = page.locator("#board .deal-closed")
    expect(closed).to_have_count(2)
    page.screenshot(path=str(artifacts_dir / f"dashboard-panels-{locale}-{width}.png"),
                    full_page=True)
    assert_fits(page, width)
    for code, href in closed.evaluate_all(
            "cards => cards.map(c => [c.dataset.code,"
            " c.querySelector('a.timeline-link').getAttribute('href')])"):
        opened = _opens(context, live_app, "head", href)
        assert opened["deal"]["code"] == code and opened["timeline"], (code, opened)
    context.close()
