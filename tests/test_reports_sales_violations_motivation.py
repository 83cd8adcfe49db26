"""Sales comparisons, complaints and violations, commission and slipped deals."""

from __future__ import annotations

from typing import Any

from reports import api
from reports.motivation import commission
from tests.conftest import make_settings
from tests.test_reports_support import STAMP, at, deal, plan, sale, seed

NOW = at("2026-11-27T12:00:00+03:00")


def test_sales_by_product_compare_previous_period_and_last_year(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    sale(db, anna, ids["credit"], "2026-11-02", 300_00)
    sale(db, ben, ids["credit"], "2026-11-03", 100_00)
    sale(db, ben, ids["credit"], "2026-11-04", -50_00)     # refund
    sale(db, anna, ids["credit"], "2026-10-15", 200_00)
    sale(db, anna, ids["credit"], "2025-11-15", 500_00)
    sale(db, anna, ids["deposit"], "2026-10-31", 80_00)
    report = api.sales(db, settings, "2026-11", by="product", as_of=NOW)
    credit = next(r for r in report["rows"] if r["key"] == "credit")
    assert (credit["amount"], credit["refunds"], credit["previous"], credit["last_year"]) == (
        350_00, -50_00, 200_00, 500_00)
    assert credit["delta_previous"] == {"abs": 150_00, "pct": 75.0}
    assert credit["delta_last_year"] == {"abs": -150_00, "pct": -30.0}
    deposit = next(r for r in report["rows"] if r["key"] == "deposit")
    assert (deposit["amount"], deposit["previous"], deposit["delta_previous"]["pct"]) == (
        0, 80_00, -100.0)
    by_manager = api.sales(db, settings, "2026-11", by="manager", as_of=NOW)
    assert {r["key"]: r["amount"] for r in by_manager["rows"]} == {
        "anna@testbank.ru": 300_00, "ben@testbank.ru": 50_00}
    assert by_manager["total"]["amount"] == report["total"]["amount"] == 350_00


def test_sales_for_a_quarter_compare_with_the_previous_quarter(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    sale(db, anna, ids["credit"], "2026-10-01", 1_00)
    sale(db, anna, ids["credit"], "2026-09-30", 2_00)
    sale(db, anna, ids["credit"], "2026-07-01", 4_00)
    report = api.sales(db, settings, "2026-Q4", by="manager", as_of=NOW)
    assert (report["previous_period"], report["total"]["amount"], report["total"]["previous"]) == (
        "2026-Q3", 1_00, 6_00)


def violation(db: Any, key: str, rule: str, manager_id: int, client_id: int, detected_at: str,
              status: str = "open") -> None:
    db["violations"].insert({"rule": rule, "key": key, "manager_id": manager_id,
                             "client_id": client_id, "summary": f"{rule} {key}",
                             "detected_at": detected_at, "status": status})


def test_complaints_and_violations_by_manager_client_rule_and_trend(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben, acme, globex = (ids["anna@testbank.ru"], ids["ben@testbank.ru"], ids["Acme"],
                               ids["Globex"])
    violation(db, "1", "unanswered", anna, acme, "2026-11-03T10:00:00+00:00")
    violation(db, "2", "broken_promise", anna, acme, "2026-11-10T10:00:00+00:00", "resolved")
    violation(db, "3", "unanswered", ben, globex, "2026-11-12T10:00:00+00:00", "waived")
    # 31 October 22:00 UTC is already 1 November in Moscow: counts in November.
    violation(db, "4", "unanswered", anna, globex, "2026-10-31T22:00:00+00:00")
    violation(db, "5", "unanswered", anna, acme, "2026-10-10T10:00:00+00:00", "resolved")
    violation(db, "6", "unanswered", anna, acme, "2026-10-11T10:00:00+00:00", "resolved")
    db["complaints"].insert({"key": "c1", "client_id": acme, "manager_id": anna,
                             "text": "Nobody called back", "source": "inferred",
                             "opened_at": "2026-11-05T10:00:00+00:00", "status": "open"})
    report = api.complaints_and_violations(db, settings, "2026-11", as_of=NOW)
    by_manager = {r["manager"]: r for r in report["by_manager"]}
    a = by_manager["anna@testbank.ru"]
    assert (a["violations"], a["violations_previous"], a["violations_trend"]) == (3, 2, 1)
    assert a["by_rule"] == {"unanswered": 2, "broken_promise": 1}
    assert a["by_status"] == {"open": 2, "resolved": 1}
    assert (a["complaints"], a["complaints_trend"]) == (1, 1)
    by_client = {r["client"]: r for r in report["by_client"]}
    assert (by_client["Acme"]["violations"], by_client["Globex"]["violations"]) == (2, 2)
    assert report["totals"]["violations"] == 4
    assert {o["code"] for o in report["open"]} >= {"C-1"}
    assert {o["code"] for o in report["open"] if o["kind"] == "violation"} == {"V-1", "V-4"}
    mine = api.complaints_and_violations(db, settings, "2026-11", manager="ben@testbank.ru",
                                         as_of=NOW)
    assert mine["totals"]["violations"] == 1 and mine["open"] == []


def test_open_list_describes_violations_in_both_languages_oldest_first(
        db: Any, settings: Any) -> None:
    import json

    from rules.i18n import describe

    ids = seed(db, settings)
    anna, acme = ids["anna@testbank.ru"], ids["Acme"]
    evidence = {"client": "Acme", "subject": "Rates", "asked_at": "2026-11-20T07:00:00+00:00",
                "reply_hours": 4, "tz": "Europe/Moscow"}
    db["violations"].insert({"rule": "unanswered", "key": "late", "manager_id": anna,
                             "client_id": acme, "summary": "stored summary",
                             "evidence": json.dumps(evidence),
                             "detected_at": "2026-11-21T10:00:00+00:00", "status": "open"})
    violation(db, "early", "unanswered", anna, acme, "2026-11-02T10:00:00+00:00")
    db["complaints"].insert({"key": "c9", "client_id": None, "manager_id": None,
                             "text": "Anonymous complaint", "source": "pane",
                             "opened_at": "2026-11-04T10:00:00+00:00", "status": "open"})
    report = api.complaints_and_violations(db, settings, "2026-11", as_of=NOW)
    found = [o for o in report["open"] if o["kind"] == "violation"]
    assert [o["since"] for o in found] == ["2026-11-02T10:00:00+00:00",
                                           "2026-11-21T10:00:00+00:00"]
    # Without evidence the stored summary stays in English and the Russian line names the rule
    # and client; with it, both languages come from the template.
    assert (found[0]["summary"], found[0]["summary_ru"]) == (
        "unanswered early", "Нарушение: Письмо без ответа, клиент Acme")
    row = next(db["violations"].rows_where("key = ?", ["late"]))
    assert found[1]["summary"] == describe(row, "en") != "stored summary"
    assert found[1]["summary_ru"] == describe(row, "ru") != found[1]["summary"]
    assert "Rates" in found[1]["summary"] and "Rates" in found[1]["summary_ru"]
    anonymous = next(o for o in report["open"] if o["kind"] == "complaint")
    assert (anonymous["manager"], anonymous["client"], anonymous["deal"]) == (None, None, None)
    unassigned = {r["name"]: r for r in report["by_manager"]}["(unassigned)"]
    assert (unassigned["manager"], unassigned["complaints"]) == (None, 1)
    assert {r["client"] for r in report["by_client"]} == {"Acme", "(no client)"}


def test_commission_is_marginal_over_accelerator_tiers() -> None:
    settings = make_settings(motivation={"base_rate": 0.01,
                                         "accelerators": [[1.0, 0.015], [1.2, 0.02]]})
    # 1 000 000 * 1% + 200 000 * 1.5% + 100 000 * 2% = 10 000 + 3 000 + 2 000
    assert commission(settings, 1_000_000_00, 1_300_000_00)[0] == 15_000_00
    assert commission(settings, 1_000_000_00, 800_000_00)[0] == 8_000_00
    assert commission(settings, None, 800_000_00)[0] == 8_000_00          # no plan: base rate
    # Slipped 300 000 earns only the base rate: 1 000 000 * 1% + 300 000 * 1%.
    assert commission(settings, 1_000_000_00, 1_300_000_00, 300_000_00)[0] == 13_000_00
    capped = make_settings(motivation={"base_rate": 0.01, "accelerators": [[1.0, 0.015]],
                                       "cap": 1.1})
    # Fact stops counting at 110 % of the plan: 1 000 000 * 1% + 100 000 * 1.5%.
    assert commission(capped, 1_000_000_00, 2_000_000_00)[0] == 11_500_00


def test_deal_pushed_across_month_end_and_won_early_is_reported_as_slipped(db: Any) -> None:
    settings = make_settings(motivation={"base_rate": 0.01, "accelerators": [[1.0, 0.02]]})
    ids = seed(db, settings)
    anna = ids["anna@testbank.ru"]
    plan(db, "2026-12", "manager", 1_000_00, manager_id=anna)
    slipped = deal(db, ids["Acme"], anna, stage="won", amount=600_00, status="won",
                   expected_close="2026-12-02", won_at="2026-12-02T08:00:00+00:00")
    honest = deal(db, ids["Globex"], anna, stage="won", amount=600_00, status="won",
                  expected_close="2026-12-03", won_at="2026-12-03T08:00:00+00:00")
    db["deal_history"].insert_all([
        {"deal_id": slipped, "at": "2026-11-29T10:00:00+00:00", "actor_email": "anna@testbank.ru",
         "source": "tag", "field": "expected_close", "old_value": "2026-11-28",
         "new_value": "2026-12-02"},
        {"deal_id": honest, "at": "2026-10-29T10:00:00+00:00", "actor_email": "anna@testbank.ru",
         "source": "tag", "field": "expected_close", "old_value": "2026-12-20",
         "new_value": "2026-12-03"}])
    for d in (slipped, honest):
        db["sales"].insert({"external_id": f"deal:{d}", "deal_id": d, "manager_id": anna,
                            "booked_on": "2026-12-0" + ("2" if d == slipped else "3"),
                            "amount_minor": 600_00, "currency": "RUB", "source": "deal",
                            "created_at": STAMP})
    rows = api.motivation(db, settings, "2026-12", as_of=at("2026-12-20T12:00:00+03:00"))
    a = next(r for r in rows if r["manager"] == "anna@testbank.ru")
    assert [s["code"] for s in a["slipped_deals"]] == [f"D-{slipped}"]
    assert a["slipped_deals"][0]["expected_close_was"] == "2026-11-28"
    assert (a["fact"], a["slipped_amount"]) == (1_200_00, 600_00)
    # Accelerated part: min(1200-600, ...) = 600 at 1%; slipped 600 at 1% -> 12.00
    assert a["commission"] == 12_00
