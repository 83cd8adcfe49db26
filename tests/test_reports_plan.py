"""Plan/fact with forecasts: hand-computed small cases."""

from __future__ import annotations

from typing import Any

import pytest

from reports import api
from tests.conftest import make_settings
from tests.test_reports_support import at, deal, plan, sale, seed

NOV27 = at("2026-11-27T12:00:00+03:00")  # 19 of 20 business days of November elapsed


def rows_by(report: dict[str, Any]) -> dict[tuple[str, str | None], dict[str, Any]]:
    return {(r["level"], r["key"]): r for r in report["rows"]}


def test_month_plan_fact_percent_run_rate_and_needed_per_day(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    plan(db, "2026-11", "manager", 100_000_000, manager_id=anna)      # 1 000 000.00
    sale(db, anna, ids["credit"], "2026-11-02", 30_000_000)
    sale(db, anna, ids["credit"], "2026-11-10", 20_000_000)
    report = api.plan_fact(db, settings, "2026-11", as_of=NOV27)
    row = rows_by(report)[("manager", "anna@testbank.ru")]
    assert report["business_days"] == {"elapsed": 19, "total": 20, "remaining": 1}
    assert row["fact"] == 50_000_000
    assert row["pct"] == 50.0
    assert row["forecast_run_rate"] == round(50_000_000 / 19 * 20)
    assert row["needed_per_day"] == 50_000_000  # half the plan left, one business day left


def test_sales_outside_the_month_or_after_as_of_do_not_count(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    for day, amount in [("2026-10-31", 1), ("2026-11-01", 10), ("2026-11-30", 100),
                        ("2026-12-01", 1000)]:
        sale(db, anna, ids["credit"], day, amount)
    during = rows_by(api.plan_fact(db, settings, "2026-11", as_of=NOV27))
    after = rows_by(api.plan_fact(db, settings, "2026-11", as_of=at("2026-12-02T10:00:00+03:00")))
    assert during[("company", None)]["fact"] == 10
    assert after[("company", None)]["fact"] == 110
    assert after[("company", None)]["forecast_run_rate"] == 110  # the month is over


def test_weighted_forecast_adds_open_deals_closing_in_the_period_by_stage(db: Any,
                                                                         settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    sale(db, anna, ids["credit"], "2026-11-05", 50_000_000)
    deal(db, ids["Acme"], anna, product_id=ids["credit"], stage="proposal", amount=100_000_000,
         expected_close="2026-11-30")                                  # 0.4 -> 40 000 000
    deal(db, ids["Acme"], anna, stage="contract", amount=10_000_000,
         expected_close="2026-11-15")                                  # 0.85 -> 8 500 000
    deal(db, ids["Acme"], anna, stage="contract", amount=999, expected_close="2026-12-01")
    deal(db, ids["Acme"], anna, stage="contract", amount=999, expected_close="2026-11-20",
         status="lost")
    row = rows_by(api.plan_fact(db, settings, "2026-11", as_of=NOV27))[("manager",
                                                                        "anna@testbank.ru")]
    assert row["forecast_weighted"] == 50_000_000 + 40_000_000 + 8_500_000


def test_quarter_plan_is_the_sum_of_month_plans_unless_given(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    for month, amount in [("2026-10", 100), ("2026-11", 200), ("2026-12", 300)]:
        plan(db, month, "manager", amount, manager_id=anna)
    row = rows_by(api.plan_fact(db, settings, "2026-Q4", as_of=NOV27))[("manager",
                                                                        "anna@testbank.ru")]
    assert (row["plan"], row["plan_source"]) == (600, "months")
    plan(db, "2026-Q4", "manager", 500, manager_id=anna)
    row = rows_by(api.plan_fact(db, settings, "2026-Q4", as_of=NOV27))[("manager",
                                                                        "anna@testbank.ru")]
    assert (row["plan"], row["plan_source"]) == (500, "given")


def test_year_plan_sums_given_quarters_and_month_built_quarters(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    plan(db, "2026-Q1", "manager", 1000, manager_id=anna)
    plan(db, "2026-04", "manager", 10, manager_id=anna)
    plan(db, "2026-05", "manager", 20, manager_id=anna)
    row = rows_by(api.plan_fact(db, settings, "2026", as_of=NOV27))[("manager", "anna@testbank.ru")]
    assert row["plan"] == 1030


def test_manager_and_product_rows_add_up_to_the_company(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    sale(db, anna, ids["credit"], "2026-11-03", 7_00)
    sale(db, anna, ids["deposit"], "2026-11-04", 11_00)
    sale(db, ben, ids["deposit"], "2026-11-05", 13_00)
    sale(db, None, ids["credit"], "2026-11-06", 17_00)   # booked without a manager
    rows = api.plan_fact(db, settings, "2026-11", as_of=NOV27)["rows"]
    company = next(r for r in rows if r["level"] == "company")
    managers = [r for r in rows if r["level"] == "manager"]
    products = [r for r in rows if r["level"] == "product"]
    assert company["fact"] == 48_00
    assert sum(r["fact"] for r in managers) == company["fact"]
    assert sum(r["fact"] for r in products) == company["fact"]
    assert next(r for r in rows if r["level"] == "team")["fact"] == 31_00


def test_company_plan_falls_back_to_team_then_manager_plans(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    plan(db, "2026-11", "manager", 300, manager_id=ids["anna@testbank.ru"])
    plan(db, "2026-11", "manager", 200, manager_id=ids["ben@testbank.ru"])
    got = rows_by(api.plan_fact(db, settings, "2026-11", as_of=NOV27))
    assert got[("company", None)]["plan"] == 500
    assert got[("team", "corp")]["plan"] == 500
    plan(db, "2026-11", "team", 900, team="corp")
    got = rows_by(api.plan_fact(db, settings, "2026-11", as_of=NOV27))
    assert got[("company", None)]["plan"] == 900


def test_product_filter_uses_product_plans_and_product_sales(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    plan(db, "2026-11", "manager", 400, manager_id=anna, product_id=ids["credit"])
    plan(db, "2026-11", "manager", 600, manager_id=anna, product_id=ids["deposit"])
    sale(db, anna, ids["credit"], "2026-11-03", 100)
    sale(db, anna, ids["deposit"], "2026-11-03", 999)
    only = rows_by(api.plan_fact(db, settings, "2026-11", product="credit", as_of=NOV27))
    assert (only[("manager", "anna@testbank.ru")]["plan"],
            only[("manager", "anna@testbank.ru")]["fact"]) == (400, 100)
    every = rows_by(api.plan_fact(db, settings, "2026-11", as_of=NOV27))
    assert every[("manager", "anna@testbank.ru")]["plan"] == 1000  # sum of product plans
    mine = api.plan_fact(db, settings, "2026-11", manager="anna@testbank.ru", as_of=NOV27)
    assert {r["level"] for r in mine["rows"]} == {"manager", "product"}


def test_foreign_currency_sales_convert_at_the_booking_date_rate(db: Any) -> None:
    settings = make_settings(imports={"fx_rates": {"EUR": 100.0}})
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    db["fx_rates"].insert_all([{"currency": "USD", "on_date": "2026-11-01", "rate": "90.5"},
                               {"currency": "USD", "on_date": "2026-11-10", "rate": "95"},
                               {"currency": "JPY", "on_date": "2026-01-01", "rate": "0.6"}])
    sale(db, anna, ids["credit"], "2026-11-05", 1000_00, "USD")   # 1 000 USD * 90.5
    sale(db, anna, ids["credit"], "2026-11-12", 10_00, "USD")     # 10 USD * 95
    sale(db, anna, ids["credit"], "2026-11-12", 10_000, "JPY")    # 10 000 JPY (no minor) * 0.6
    sale(db, anna, ids["credit"], "2026-11-12", 1_00, "EUR")      # 1 EUR * 100 from settings
    sale(db, anna, ids["credit"], "2026-11-12", 5_00, "CHF")      # no rate: left out, warned
    report = api.plan_fact(db, settings, "2026-11", as_of=NOV27)
    assert rows_by(report)[("company", None)]["fact"] == 90_500_00 + 950_00 + 6_000_00 + 100_00
    assert any("CHF" in w for w in report["warnings"])


def test_refunds_reduce_the_fact(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    sale(db, anna, ids["credit"], "2026-11-03", 500_00)
    sale(db, anna, ids["credit"], "2026-11-20", -120_00)
    row = rows_by(api.plan_fact(db, settings, "2026-11", as_of=NOV27))[("manager",
                                                                        "anna@testbank.ru")]
    assert row["fact"] == 380_00


def test_unknown_manager_filter_says_which(db: Any, settings: Any) -> None:
    seed(db, settings)
    from dealtrail.errors import NotFound

    with pytest.raises(NotFound, match="nobody@"):
        api.plan_fact(db, settings, "2026-11", manager="nobody@testbank.ru", as_of=NOV27)


def test_deal_count_plans_compare_deals_won_and_forecast_by_stage_probability(
        db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    plan(db, "2026-11", "manager", 4, manager_id=anna, metric="deals")
    plan(db, "2026-11", "manager", 100_000_000, manager_id=anna)      # the amount plan stays apart
    won = {"status": "won", "stage": "won"}
    deal(db, ids["Acme"], anna, won_at="2026-11-03T10:00:00+00:00", **won)
    # 00:30 on 1 November in Moscow (the company's zone): November's
    deal(db, ids["Acme"], anna, won_at="2026-10-31T21:30:00+00:00", **won)
    deal(db, ids["Acme"], anna, won_at="2026-10-31T20:00:00+00:00", **won)   # still October
    deal(db, ids["Acme"], anna, stage="proposal", expected_close="2026-11-30")   # 0.4
    deal(db, ids["Acme"], anna, stage="contract", expected_close="2026-11-20")   # 0.85
    deal(db, ids["Acme"], anna, stage="contract", expected_close="2026-12-03")   # next month

    counts = api.plan_fact(db, settings, "2026-11", as_of=NOV27, metric="deals")
    row = rows_by(counts)[("manager", "anna@testbank.ru")]
    assert (counts["metric"], counts["currency"]) == ("deals", "")
    assert (row["plan"], row["fact"], row["pct"]) == (4, 2, 50.0)
    assert (row["open_weighted"], row["forecast_weighted"]) == (1.25, 3.25)
    assert row["needed_per_day"] == 2                  # two deals to go, one business day left
    amounts = rows_by(api.plan_fact(db, settings, "2026-11", as_of=NOV27))
    assert amounts[("manager", "anna@testbank.ru")]["plan"] == 100_000_000


def test_an_unknown_metric_is_refused_with_the_choices(db: Any, settings: Any) -> None:
    from dealtrail.errors import ParseError

    seed(db, settings)
    with pytest.raises(ParseError, match="amount, deals"):
        api.plan_fact(db, settings, "2026-11", as_of=NOV27, metric="calls")
