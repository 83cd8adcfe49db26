"""The pane and the dashboard fit the screen, in Russian and English, from 320 px up (Chromium)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.fixtures.browser import message_item, new_context, open_pane

# Every element whose right edge passes the viewport, and the page's own horizontal scroll. What
# sits inside its own horizontal scroller (the board's columns) is clipped there, not by the page.
OVERFLOW_JS = """() => {
    const doc = document.documentElement;
    const scrolled = e => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter(e => e.getClientRects().length && getComputedStyle(e).position !== 'fixed')
      .filter(e => e.getBoundingClientRect().right > doc.clientWidth + 0.5)
      .filter(e => !scrolled(e))
      .map(e => e.tagName + '#' + e.id + '.' + e.className + ': ' + (e.innerText || '').trim().slice(0, 40));
    return {scrollWidth: doc.scrollWidth, wide: wide.slice(0, 6)};
}"""


def assert_fits(page: Any, width: int) -> None:
    facts = page.evaluate(OVERFLOW_JS)
    assert facts["wide"] == [] and facts["scrollWidth"] <= width, facts


@pytest.mark.parametrize("language", ["ru-RU", "en-US"])
@pytest.mark.parametrize("width", [320, 375])
def test_pane_team_tab_fits_from_320_px(browser: Any, live_app: Any, artifacts_dir: Any,
                                        language: str, width: int) -> None:
    context = new_context(browser, token=live_app.bank.tokens["head"], width=width,
                          locale=language)
    page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Re: term sheet"),
                     display_language=language)
    expect(page.locator("#client-name")).to_have_text("Alpha Leasing LLC")
    assert_fits(page, width)
    page.locator("#tabs button").nth(1).click()
    expect(page.locator("#team-table")).to_contain_text("Anna Petrova")
    page.screenshot(path=str(artifacts_dir / f"pane-team-{language}-{width}.png"), full_page=True)
    assert_fits(page, width)
    for name in ("Anna Petrova", "Ben Miller"):
        cell = page.locator("#team-table td", has_text=name).first
        assert cell.bounding_box()["width"] > 40
    context.close()


@pytest.mark.parametrize("width", [375, 1440])
def test_dashboard_fits_a_phone_and_a_desktop(browser: Any, live_app: Any, artifacts_dir: Any,
                                              width: int) -> None:
    context = new_context(browser, token=live_app.bank.tokens["head"], width=width, height=1400,
                          locale="ru-RU")
    page = context.new_page()
    page.goto(f"{live_app.url}/dashboard")
    expect(page.locator("#board")).to_contain_text("Alpha Leasing LLC")
    expect(page.locator("#issues-table")).to_contain_text("Statement was late again")
    for chart in ("chart-plan", "chart-workload", "chart-sales"):
        page.wait_for_function(f"() => window.Chart && Chart.getChart('{chart}') !== undefined")
    page.wait_for_function("() => !document.querySelector('main .spinner')")
    page.screenshot(path=str(artifacts_dir / f"dashboard-ru-{width}.png"), full_page=True)
    assert_fits(page, width)
    context.close()


def test_the_russian_dashboard_board_follows_the_pipeline_with_russian_names(
        browser: Any, live_app: Any) -> None:
    from tests.fixtures.browser import bank_settings
    from tests.test_readable_russian import english_codes

    settings = bank_settings()
    context = new_context(browser, token=live_app.bank.tokens["head"], width=1440, locale="ru-RU")
    page = context.new_page()
    page.goto(f"{live_app.url}/dashboard")
    expect(page.locator("#board")).to_contain_text("Alpha Leasing LLC")
    expect(page.locator("#panel-plan table")).to_be_visible()
    columns = page.eval_on_selector_all("#board .column", "cs => cs.map(c => c.dataset.stage)")
    assert columns == list(settings.pipeline.stages)          # won and lost included, in order
    heads = page.eval_on_selector_all("#board .column h3", "hs => hs.map(h => h.innerText)")
    assert heads[0].startswith(settings.pipeline.label(columns[0], "ru"))
    shown = " ".join(heads) + " " + page.locator("#panel-plan table").inner_text()
    assert "Кредиты" in shown
    assert english_codes(shown, settings) == []
    context.close()


def test_the_russian_pane_names_stages_and_products_in_russian(browser: Any,
                                                               live_app: Any) -> None:
    from tests.fixtures.browser import bank_settings
    from tests.test_readable_russian import english_codes

    settings = bank_settings()
    context = new_context(browser, token=live_app.bank.tokens["anna"], width=320, locale="ru-RU")
    page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Re: term sheet"),
                     display_language="ru-RU")
    expect(page.locator("#client-name")).to_have_text("Alpha Leasing LLC")
    deal = page.locator("li.deal").first
    expect(deal.locator(".badge")).not_to_be_empty()
    shown = " ".join([deal.locator(".badge").inner_text(),
                      *deal.locator("select.stage-select option").all_inner_texts(),
                      *page.locator("dd").all_inner_texts()])
    assert english_codes(shown, settings) == [], shown
    context.close()


@pytest.mark.parametrize("language,expected", [("ru-RU", "подключитесь заново"), ("en-US", "not")])
def test_a_refused_call_is_explained_in_the_screens_language(browser: Any, live_app: Any,
                                                             language: str, expected: str) -> None:
    context = new_context(browser, token=None, width=320, locale=language)
    page = open_pane(context, live_app.url, message_item("ivan@alpha.ru", "Hi"),
                     display_language=language)
    page.locator("#pair-code").fill("WRONG-CODE1")
    page.locator("#pair-code").press("Enter")
    status = page.locator("#pair-status")
    expect(status).to_contain_text(expected)
    if language == "ru-RU":
        import re
        assert re.search(r"[A-Za-z]", status.inner_text()) is None, status.inner_text()
    context.close()
