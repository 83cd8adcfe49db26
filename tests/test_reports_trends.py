"""Trends: the year's monthly plan/fact is the plan report's month by month, and violations
count per week per manager in the company's time zone."""

from __future__ import annotations

from typing import Any

from reports import api
from tests.test_reports_support import at, deal, plan, sale, seed

NOW = at("2026-11-27T12:00:00+03:00")  # a Friday


def _violation(db: Any, key: str, manager_id: int, detected_at: str,
               deal_id: int | None = None) -> None:
    db["violations"].insert({"rule": "no_reply", "key": key, "manager_id": manager_id,
                             "deal_id": deal_id, "severity": "medium", "summary": key,
                             "detected_at": detected_at})


def test_monthly_plan_fact_is_the_plan_report_of_each_month(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    plan(db, "2026-10", "manager", 1_000_00, manager_id=anna, product_id=ids["credit"])
    plan(db, "2026-11", "manager", 2_000_00, manager_id=anna, product_id=ids["credit"])
    sale(db, anna, ids["credit"], "2026-10-15", 600_00)
    sale(db, anna, ids["credit"], "2026-11-20", 500_00)
    sale(db, ben, ids["deposit"], "2026-11-21", 300_00)
    sale(db, ben, ids["deposit"], "2026-11-28", 900_00)             # after as_of: not yet
    got = api.trends(db, settings, "2026-11", as_of=NOW)["plan_fact"]
    assert got["year"] == "2026" and len(got["months"]) == 12
    for month in ("2026-10", "2026-11", "2026-12"):
        report = api.plan_fact(db, settings, month, as_of=NOW)
        for row in report["rows"]:
            if row["level"] not in ("company", "manager", "product"):
                continue
            [line] = [s for s in got["series"]
                      if (s["level"], s["key"]) == (row["level"], row["key"])]
            point = line["points"][got["months"].index(month)]
            assert (point["plan"], point["fact"], point["pct"]) == (
                row["plan"], row["fact"], row["pct"]), (month, row["level"], row["key"])
    [anna_line] = [s for s in got["series"] if s["key"] == "anna@testbank.ru"]
    assert [p["fact"] for p in anna_line["points"][9:]] == [600_00, 500_00, 0]
    assert anna_line["points"][10]["pct"] == 25.0
    [deposit] = [s for s in got["series"] if (s["level"], s["key"]) == ("product", "deposit")]
    assert deposit["points"][10]["fact"] == 300_00
    mine = api.trends(db, settings, "2026", manager="ben@testbank.ru", as_of=NOW)["plan_fact"]
    assert {s["key"] for s in mine["series"] if s["level"] == "manager"} == {"ben@testbank.ru"}


def test_violations_count_per_week_per_manager_in_the_companys_zone(db: Any,
                                                                   settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    credit = deal(db, ids["Acme"], anna, product_id=ids["credit"])
    # Sunday 22:30 UTC is Monday 01:30 in Moscow: the week of 23 November.
    _violation(db, "a1", anna, "2026-11-22T22:30:00+00:00", credit)
    _violation(db, "a2", anna, "2026-11-18T10:00:00+00:00")
    _violation(db, "b1", ben, "2026-11-24T10:00:00+00:00")
    _violation(db, "now", anna, "2026-11-27T09:00:00+00:00")          # at as_of: counts
    _violation(db, "late", ben, "2026-11-27T12:00:00+00:00")          # after as_of
    _violation(db, "old", ben, "2025-12-30T10:00:00+00:00")           # the year's first week
    got = api.trends(db, settings, "2026-11", as_of=NOW)["violations"]
    assert got["weeks"][0] == "2025-12-29" and got["weeks"][-1] == "2026-11-23"
    rows = {r["manager"]: r for r in got["rows"]}
    assert rows["anna@testbank.ru"]["counts"][-2:] == [1, 2]
    assert rows["ben@testbank.ru"]["counts"][-1] == 1
    assert rows["ben@testbank.ru"]["counts"][0] == 1       # the week that starts the year
    assert rows["ben@testbank.ru"]["total"] == 2
    only = api.trends(db, settings, "2026", product="credit", as_of=NOW)["violations"]
    assert [(r["manager"], r["total"]) for r in only["rows"]] == [("anna@testbank.ru", 1)]
