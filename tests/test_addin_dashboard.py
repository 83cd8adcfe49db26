"""The head's dashboard in real headless Chromium: charts drawn, board and issues filled."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.fixtures.browser import new_context


def test_dashboard_draws_plan_workload_and_sales_charts_for_the_head(browser: Any, live_app: Any,
                                                                     artifacts_dir: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["head"], width=1280, height=1400)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{live_app.url}/dashboard")
    for chart in ("chart-plan", "chart-workload", "chart-sales"):
        expect(page.locator(f"#{chart}")).to_be_visible()
        page.wait_for_function(f"() => window.Chart && Chart.getChart('{chart}') !== undefined")
    labels = page.evaluate("Chart.getChart('chart-plan').data.labels")
    assert "Anna Petrova" in labels and "Ben Miller" in labels
    expect(page.locator("#board")).to_contain_text("Alpha Leasing LLC")
    expect(page.locator("#issues-table")).to_contain_text("Statement was late again")
    page.locator("#panel-issues select").first.select_option("violation")
    expect(page.locator("#issues-table tr.issue[data-kind='complaint']")).to_have_count(0)
    expect(page.locator("#issues-table tr.issue[data-kind='violation']")).not_to_have_count(0)
    page.screenshot(path=str(artifacts_dir / "dashboard.png"), full_page=True)
    assert errors == []
    context.close()


def test_dashboard_for_a_manager_shows_only_their_deals(browser: Any, live_app: Any) -> None:
    context = new_context(browser, token=live_app.bank.tokens["ben"], width=1280)
    page = context.new_page()
    page.goto(f"{live_app.url}/dashboard")
    expect(page.locator("#board")).to_contain_text("Beta Logistics")
    expect(page.locator("#board")).not_to_contain_text("Alpha Leasing")
    context.close()


def test_negotiations_board_pages_with_show_more(browser: Any, tmp_path: Any) -> None:
    from dealtrail.deals import create_deal
    from dealtrail.store import open_db
    from tests.fixtures.browser import bank_settings, seed_bank, start_server

    settings = bank_settings()
    bank = seed_bank(tmp_path / "bank.db", settings)
    db = open_db(bank.db_path)
    client = db.execute("SELECT id FROM clients ORDER BY id").fetchone()[0]
    anna = db.execute("SELECT id FROM managers WHERE email = 'anna@testbank.ru'").fetchone()[0]
    with db.conn:
        for n in range(230):
            create_deal(db, client_id=client, manager_id=anna, actor="test", source="import",
                        title=f"Bulk deal {n:03d}", stage="qualified")
    total = db.execute("SELECT count(*) FROM deals WHERE status = 'open'").fetchone()[0]
    db.conn.close()
    url, server, thread = start_server(settings, bank.db_path, tmp_path / "certs")
    try:
        context = new_context(browser, token=bank.tokens["head"], width=1280)
        page = context.new_page()
        page.goto(f"{url}/dashboard")
        cards = page.locator("#board .deal")
        expect(cards).to_have_count(200)
        page.locator("#board-more").click()
        expect(cards).to_have_count(total)
        expect(page.locator("#board-more")).to_have_count(0)
        context.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_period_presets_reload_every_panel_and_the_page_says_how_fresh_the_data_is(
        browser: Any, live_app: Any) -> None:
    from dealtrail.store import open_db, record_job

    db = open_db(live_app.bank.db_path)
    record_job(db, "rules", "ok", "test run", "2026-11-25T10:53:00+00:00")
    db.conn.execute("UPDATE job_runs SET finished_at = '2026-11-25T10:53:00+00:00'")
    db.conn.close()
    context = new_context(browser, token=live_app.bank.tokens["head"], width=1280)
    page = context.new_page()
    page.goto(f"{live_app.url}/dashboard?lang=en")
    # The head works in Moscow: 10:53 UTC is 13:53 there, and the zone is named.
    expect(page.locator("#as-of")).to_contain_text("13:53")
    expect(page.locator("#as-of")).to_contain_text("Europe/Moscow")
    quarter = page.locator("button.preset[data-period*='-Q']")
    key = quarter.get_attribute("data-period")
    quarter.click()
    expect(page.locator("#panel-plan .small.muted").first).to_contain_text(str(key))
    expect(page.locator("input[name=period]")).to_have_value(str(key))
    expect(page.locator("#panel-plan th")).to_contain_text(["", "Plan", "Fact", "%",
                                                            "run-rate forecast",
                                                            "weighted pipeline"])
    context.close()
