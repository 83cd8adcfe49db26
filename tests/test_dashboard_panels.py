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
    """The API answer behind a dashboard drill-down link (as evidence.js asks for it): a deal's
    timeline, or the sales rows behind an amount."""
    from urllib.parse import parse_qs, urlsplit

    assert href.startswith("/dashboard/evidence?"), href
    page = context.request.get(f"{live_app.url}{href}")
    assert page.status == 200
    query = {k: v[0] for k, v in parse_qs(urlsplit(href).query).items()}
    if "deal" in query:
        api = f"/api/deals/{query['deal']}/timeline"
    else:
        assert query.pop("sales") == "1", href
        api = "/api/dashboard/plan-fact-rows?" + "&".join(f"{k}={v}" for k, v in query.items())
    reply = context.request.get(f"{live_app.url}{api}", headers=bearer(live_app.bank.tokens[who]))
    assert reply.status == 200, reply.text()
    found = reply.json()
    return dict(found if "deal" in query else found["data"])


def test_the_board_shows_the_months_won_and_lost_deals_in_their_columns(
        browser: Any, live_app: Any) -> None:
    context, page = _dashboard(browser, live_app, "head", 1440)
    won = page.locator("#board .column[data-stage='won'] .deal-closed")
    lost = page.locator("#board .column[data-stage='lost'] .deal-closed")
    expect(won).to_have_count(2)
    expect(won.filter(has_text="Beta Logistics")).to_contain_text("Deposit 3 months")
    expect(lost).to_have_count(1)
    # Client names and titles come from mail: shown as text, never as markup.
    expect(lost.locator("strong")).to_have_text("<b>Gamma</b> & Sons <script>alert(2)</script>")
    expect(lost).to_contain_text("Overdraft <i>line</i>")
    expect(lost).to_contain_text("rate too high")
    assert page.locator("#board i, #board b, #board script").count() == 0
    heads = page.eval_on_selector_all("#board .column h3", "hs => hs.map(h => h.innerText)")
    assert heads[-2:] == ["Won · 2", "Lost · 1"]
    beta = won.filter(has_text="Beta Logistics").locator("a.timeline-link")
    timeline = _opens(context, live_app, "head", str(beta.get_attribute("href")))
    assert timeline["deal"]["id"] == live_app.bank.deals["beta-won"]
    beta.click()
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
    expect(closed).to_have_count(3)
    page.screenshot(path=str(artifacts_dir / f"dashboard-panels-{locale}-{width}.png"),
                    full_page=True)
    assert_fits(page, width)
    page.locator("#panel-trends").screenshot(
        path=str(artifacts_dir / f"dashboard-trends-{locale}-{width}.png"))
    for code, href in closed.evaluate_all(
            "cards => cards.map(c => [c.dataset.code,"
            " c.querySelector('a.timeline-link').getAttribute('href')])"):
        opened = _opens(context, live_app, "head", href)
        assert opened["deal"]["code"] == code and opened["timeline"], (code, opened)
    expect(page.locator("#sellers-table a.sales-link")).not_to_have_count(0)
    expect(page.locator("#motivation-table a.timeline-link")).not_to_have_count(0)
    for href in page.locator("#panel-sellers a, #panel-motivation a, #panel-trends a").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"):
        opened = _opens(context, live_app, "head", href)
        assert isinstance(opened.get("rows"), list) or opened["timeline"], href
    context.close()


def _report(live_app: Any, name: str, **options: Any) -> Any:
    """What a report says on the seeded bank (the figure the panel must show)."""
    from dealtrail.store import open_db
    from reports import api

    db = open_db(live_app.bank.db_path, migrate=False)
    try:
        return getattr(api, name)(db, live_app.settings, None, **options)
    finally:
        db.conn.close()


def test_sales_by_seller_stand_next_to_sales_by_product_and_open_their_rows(
        browser: Any, live_app: Any) -> None:
    context, page = _dashboard(browser, live_app, "head", 1440)
    page.wait_for_function("() => window.Chart && Chart.getChart('chart-sellers') !== undefined")
    by_product = page.locator("#panel-sales").bounding_box()
    by_seller = page.locator("#panel-sellers").bounding_box()
    assert by_product["y"] == by_seller["y"] and by_seller["x"] > by_product["x"]
    report = _report(live_app, "sales", by="manager")
    anna = next(r for r in report["rows"] if r["key"] == "anna@testbank.ru")
    row = page.locator("#sellers-table tr.seller[data-manager='anna@testbank.ru']")
    expect(row).to_contain_text("Anna Petrova")
    shown = row.locator("a.sales-link")
    expect(shown).to_have_text(page.evaluate("([m, c]) => window.DT.i18n.money(m, c)",
                                             [anna["amount"], report["currency"]]))
    rows = _opens(context, live_app, "head", str(shown.get_attribute("href")))
    assert sum(r["amount_base"] for r in rows["rows"]) == anna["amount"] > 0
    context.close()


def test_the_motivation_panel_shows_payout_tiers_and_slipped_deals(browser: Any,
                                                                   live_app: Any) -> None:
    context, page = _dashboard(browser, live_app, "head", 1440, "ru-RU")
    report = {r["manager"]: r for r in _report(live_app, "motivation")}
    anna = report["anna@testbank.ru"]
    assert anna["slipped_deals"] and anna["commission"] > 0
    row = page.locator("#motivation-table tr.motivation[data-manager='anna@testbank.ru']")
    expect(row).to_contain_text("Anna Petrova")
    payout = page.evaluate(
        "([m, c]) => window.DT.i18n.money(m, c)", [anna["commission"], anna["currency"]])
    expect(row.locator("td.payout")).to_have_text(payout)
    expect(row.locator("ul.tiers li")).to_have_count(len(anna["tiers"]))
    expect(row.locator("ul.tiers")).to_contain_text("перенесённые сделки")
    slipped = row.locator("ul.slipped a.timeline-link")
    expect(slipped).to_have_text(f"D-{live_app.bank.deals['alpha-slipped']}")
    opened = _opens(context, live_app, "head", str(slipped.get_attribute("href")))
    assert opened["deal"]["id"] == live_app.bank.deals["alpha-slipped"]
    context.close()
    # A manager sees their own motivation only.
    context, page = _dashboard(browser, live_app, "ben", 1280)
    expect(page.locator("#motivation-table tr.motivation")).to_have_count(1)
    expect(page.locator("#motivation-table")).to_contain_text("Ben Miller")
    context.close()


def test_trends_show_the_years_months_and_violations_per_week_without_a_library(
        browser: Any, live_app: Any) -> None:
    context, page = _dashboard(browser, live_app, "head", 1440)
    report = _report(live_app, "trends")
    months = report["plan_fact"]["months"]
    series = report["plan_fact"]["series"]
    assert {s["level"] for s in series} == {"company", "manager", "product"}
    # Every series of the head's view is drawn, each with a point per month and a legend entry.
    groups = page.locator("#trend-chart g.series")
    expect(groups).to_have_count(len(series))
    drawn = groups.evaluate_all("gs => gs.map(g => [+g.dataset.n, g.dataset.level, g.dataset.key])")
    assert [d[1:] for d in sorted(drawn)] == [[s["level"], s["key"] or ""] for s in series]
    assert drawn[-1][0] == 0, "the view's own series is drawn on top"
    planned = sum(1 for s in series if any(p["plan"] is not None for p in s["points"]))
    expect(page.locator("#trend-chart path.line-plan")).to_have_count(planned)
    for s in series:
        expect(page.locator(f"#trend-chart g.series[data-level='{s['level']}']"
                            f"[data-key='{s['key'] or ''}'] line.point")).to_have_count(len(months))
    legend = page.locator("#panel-trends .trend-legend button.legend-item")
    expect(legend).to_have_count(len(series))
    expect(legend.filter(has_text="Anna Petrova")).to_have_attribute("aria-pressed", "true")
    # Colours match between a legend entry and its line.
    swatch = legend.nth(1).locator(".swatch").evaluate("s => getComputedStyle(s).backgroundColor")
    stroke = page.locator("#trend-chart g.series[data-n='1'] polyline.line-fact").evaluate(
        "l => getComputedStyle(l).stroke")
    assert swatch == stroke, (swatch, stroke)
    # Keyboard: Tab reaches a legend entry, Space hides its line and Space shows it again.
    anna = legend.filter(has_text="Anna Petrova")
    anna.focus()
    page.keyboard.press("Space")
    expect(anna).to_have_attribute("aria-pressed", "false")
    expect(page.locator("#trend-chart g.series[data-key='anna@testbank.ru']")).to_be_hidden()
    page.keyboard.press("Space")
    expect(page.locator("#trend-chart g.series[data-key='anna@testbank.ru']")).to_be_visible()
    # Screen readers: the chart names its series and points at the table holding every figure,
    # whose scrolling region takes the keyboard focus.
    chart = page.locator("#trend-chart")
    expect(chart).to_have_attribute("role", "img")
    assert "Anna Petrova" in str(chart.get_attribute("aria-label"))
    expect(chart).to_have_attribute("aria-describedby", "trends-caption")
    expect(page.locator("#trends-table caption#trends-caption")).to_contain_text(
        "Plan and fact by month")
    region = page.locator("div.table-wrap[aria-labelledby='trends-caption']")
    expect(region).to_have_attribute("tabindex", "0")
    expect(page.locator("#trends-table tr.trend")).to_have_count(len(series))
    [anna] = [s for s in report["plan_fact"]["series"] if s["key"] == "anna@testbank.ru"]
    now = next(p for p in anna["points"] if p["fact"])
    cell = page.locator(f"#trends-table tr.trend[data-key='anna@testbank.ru'] "
                        f"td[data-month='{now['month']}']")
    money = page.evaluate("([m, c]) => window.DT.i18n.money(m, c)",
                          [now["fact"], report["plan_fact"]["currency"]])
    expect(cell.locator("a.sales-link")).to_have_text(money)
    rows = _opens(context, live_app, "head", str(cell.locator("a.sales-link").get_attribute("href")))
    assert sum(r["amount_base"] for r in rows["rows"]) == now["fact"]
    weekly = {r["manager"]: r for r in report["violations"]["rows"]}
    line = page.locator("#violations-weekly tr.violations-week[data-manager='anna@testbank.ru']")
    expect(line.locator("td.total")).to_have_text(str(weekly["anna@testbank.ru"]["total"]))
    expect(line.locator("td.this-week")).to_have_text(str(weekly["anna@testbank.ru"]["counts"][-1]))
    expect(line.locator("svg.week-bars rect")).to_have_count(len(report["violations"]["weeks"]))
    # Drawn by the page itself: no chart library behind the trends.
    assert page.evaluate("() => Chart.getChart('trend-chart') === undefined")
    context.close()
    # A manager's chart draws only the series they may see: their own, and their products.
    context, page = _dashboard(browser, live_app, "ben", 1280)
    own = _report(live_app, "trends", manager="ben@testbank.ru")["plan_fact"]["series"]
    expect(page.locator("#trend-chart g.series")).to_have_count(len(own))
    expect(page.locator("#panel-trends .trend-legend button.legend-item")).to_have_count(len(own))
    assert "anna@testbank.ru" not in page.locator("#panel-trends").inner_html()
    context.close()


def test_the_product_and_manager_filters_reach_every_panel_and_live_in_the_address(
        browser: Any, live_app: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["head"], width=1440, height=1400)
    page = context.new_page()
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/api/dashboard/" in r.url else None)
    page.goto(f"{live_app.url}/dashboard?lang=en&product=credit")
    page.wait_for_function("() => !document.querySelector('main .spinner')")
    sections = {u.split("/api/dashboard/")[1].split("?")[0] for u in asked}
    assert {"plan-fact", "negotiations", "closed", "workload", "sales", "motivation", "trends",
            "issues"} <= sections
    assert all("product=credit" in u for u in asked), asked
    expect(page.locator("select[name=product]")).to_have_value("credit")
    # Credit only: Alpha's open deal and Gamma's lost credit line, not Beta's deposits.
    expect(page.locator("#board")).to_contain_text("Alpha Leasing LLC")
    expect(page.locator("#board")).not_to_contain_text("Beta Logistics")
    expect(page.locator("#issues-table tr.issue")).to_have_count(1)           # Alpha's, on credit
    expect(page.locator("#motivation-table tr.motivation")).to_have_count(1)
    expect(page.locator("#motivation-product")).to_be_visible()
    labels = page.evaluate("Chart.getChart('chart-workload').data.datasets[0].data")
    assert labels == [w["open_deals"] for w in _report_of(live_app, "workload", product="credit")]
    # Choosing a manager puts it in the address; that address alone shows the same view.
    page.locator("select[name=manager]").select_option("ben@testbank.ru")
    page.locator("select[name=product]").select_option("deposit")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_function("() => location.search.includes('manager=ben')")
    address = page.url
    assert "product=deposit" in address and "lang=en" in address
    again = context.new_page()
    again.goto(address)
    expect(again.locator("select[name=manager]")).to_have_value("ben@testbank.ru")
    expect(again.locator("#board")).to_contain_text("Beta Logistics")
    expect(again.locator("#board")).not_to_contain_text("Alpha Leasing")
    expect(again.locator("#sellers-table tr.seller")).to_have_count(0)
    page.go_back()
    expect(page.locator("select[name=product]")).to_have_value("credit")
    context.close()


def _report_of(live_app: Any, name: str, **options: Any) -> Any:
    """A report without a period argument (workload), on the seeded bank."""
    from dealtrail.store import open_db
    from reports import api

    db = open_db(live_app.bank.db_path, migrate=False)
    try:
        return getattr(api, name)(db, live_app.settings, **options)
    finally:
        db.conn.close()


def test_a_rule_line_without_evidence_reads_as_russian_on_the_dashboard_and_its_evidence_page(
        browser: Any, live_app: Any) -> None:
    import re

    context, page = _dashboard(browser, live_app, "head", 1440, "ru-RU")
    line = page.locator("#issues-table tr.issue[data-kind='violation'] a.evidence-link").first
    expect(line).to_contain_text("Нарушение: правило «no_reply», клиент Alpha Leasing LLC")
    # Outside the rule's own code and the client's name, no English on a Russian screen.
    rest = line.inner_text().replace("no_reply", "").replace("Alpha Leasing LLC", "")
    assert re.search(r"[A-Za-z]", rest) is None, line.inner_text()
    line.click()
    expect(page.locator("#app h2").first).to_contain_text("Нарушение: правило «no_reply»")
    expect(page.locator("#app")).not_to_contain_text("Client question unanswered")
    context.close()


def test_a_deals_timeline_names_fields_stages_and_sources_in_russian(browser: Any,
                                                                     live_app: Any) -> None:
    import re

    context = new_context(browser, token=live_app.bank.tokens["head"], width=375, locale="ru-RU")
    page = context.new_page()
    page.goto(f"{live_app.url}/dashboard/evidence?deal={live_app.bank.deals['gamma-lost']}")
    changes = page.locator("#timeline li[data-kind='change']")
    expect(changes.filter(has_text="статус")).to_contain_text("статус: открыта → проиграна")
    expect(changes.filter(has_text="причина")).to_contain_text("причина проигрыша: — → rate too high")
    page.goto(f"{live_app.url}/dashboard/evidence?deal={live_app.bank.deals['alpha-slipped']}")
    expect(page.locator("#timeline li[data-kind='change']").filter(has_text="источник")).to_contain_text(
        "источник контакта: из календаря → по просьбе клиента")
    shown = page.locator("#timeline").inner_text()
    for code in ("client_request", "next_contact_source", "expected_close", "status", "created"):
        assert re.search(rf"(?<![\w-]){code}(?![\w-])", shown) is None, (code, shown)
    context.close()
