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
