"""Stale deals, slipped deals and complaints past their SLA."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dealtrail import clock
from rules import complaint_sla, slipped_deal, stale_deal
from rules.engine import run_rules
from tests.conftest import make_settings
from tests.test_rules_world import World, at


@pytest.fixture
def world(db) -> World:  # type: ignore[no-untyped-def]
    return World(db)


def run(world: World, settings: Any, rule: Any, when: Any):  # type: ignore[no-untyped-def]
    with clock.freeze(when):
        return run_rules(world.db, settings, registry=[rule], raise_errors=True).get(rule.name)


# ----------------------------------------------------------------------------- stale

def test_deal_without_contact_for_more_than_fourteen_days_is_stale(world, settings):
    stale = world.deal(client_id=world.romashka, manager_id=world.anna,
                       created=at("2026-10-01 10:00"), next_contact=at("2026-12-01 10:00"))
    world.deal(client_id=world.steel, manager_id=world.ben, created=at("2026-10-01 10:00"),
               next_contact=at("2026-12-01 10:00"))
    last = world.contact(when=at("2026-11-12 10:00"), client_id=world.romashka,
                         manager_id=world.anna)
    world.contact(when=at("2026-11-20 10:00"), client_id=world.steel, manager_id=world.ben)
    run(world, settings, stale_deal.rule, at("2026-11-27 10:30"))
    [v] = world.violations()
    assert v["deal_id"] == stale
    assert v["due_at"] == clock.iso(at("2026-11-26 10:00"))
    evidence = json.loads(v["evidence"])
    assert (evidence["reason"], evidence["last_contact_id"]) == ("no_contact", last)


def test_a_new_contact_resolves_the_stale_deal(world, settings):
    world.deal(client_id=world.romashka, manager_id=world.anna, created=at("2026-10-01 10:00"),
               next_contact=at("2026-12-01 10:00"))
    run(world, settings, stale_deal.rule, at("2026-11-27 10:30"))
    world.contact(when=at("2026-11-27 11:00"), client_id=world.romashka, manager_id=world.anna)
    assert run(world, settings, stale_deal.rule, at("2026-11-27 12:00")).resolved == 1
    assert [v["status"] for v in world.violations()] == ["resolved"]


def test_the_board_and_the_stale_rule_name_the_same_last_contact(world, settings):
    # A contact dated after the moment asked about (a report as of an earlier day, a Date
    # header that lies ahead) is nobody's last contact yet (dealtrail.contacts).
    from reports import api

    world.deal(client_id=world.romashka, manager_id=world.anna, created=at("2026-10-01 10:00"),
               next_contact=at("2026-12-01 10:00"))
    last = world.contact(when=at("2026-11-12 10:00"), client_id=world.romashka,
                         manager_id=world.anna)
    world.contact(when=at("2026-12-05 10:00"), client_id=world.romashka, manager_id=world.anna)
    now = at("2026-11-27 10:30")
    run(world, settings, stale_deal.rule, now)
    [v] = world.violations()
    evidence = json.loads(v["evidence"])
    assert evidence["last_contact_id"] == last
    [row] = api.negotiations(world.db, settings, as_of=now)
    assert row["last_contact_at"] == evidence["last_contact_at"] == clock.iso(at("2026-11-12 10:00"))


def test_open_deal_without_next_contact_is_flagged_after_the_grace_days(world, settings):
    old = world.deal(client_id=world.romashka, manager_id=world.anna,
                     created=at("2026-11-20 10:00"))
    world.deal(client_id=world.steel, manager_id=world.ben, created=at("2026-11-26 10:00"))
    world.contact(when=at("2026-11-26 10:00"), client_id=world.romashka, manager_id=world.anna)
    world.contact(when=at("2026-11-26 10:00"), client_id=world.steel, manager_id=world.ben)
    run(world, settings, stale_deal.rule, at("2026-11-27 10:30"))
    [v] = world.violations()
    assert v["deal_id"] == old
    assert json.loads(v["evidence"])["reason"] == "no_next_contact"


def test_stale_days_come_from_the_config(world):
    settings = make_settings(rules={"stale_deal": {"days": 30, "check_next_contact": False}})
    world.deal(client_id=world.romashka, manager_id=world.anna, created=at("2026-10-01 10:00"))
    world.contact(when=at("2026-11-01 10:00"), client_id=world.romashka, manager_id=world.anna)
    run(world, settings, stale_deal.rule, at("2026-11-27 10:30"))
    assert world.violations() == []


# ----------------------------------------------------------------------------- complaints

def complaint(world: World, opened: Any, *, status: str = "open", resolved: Any = None,
              manager: int | None = None) -> int:
    return world.db["complaints"].insert({
        "key": f"inferred:{opened.isoformat()}", "client_id": world.romashka,
        "manager_id": manager, "text": "Третий раз не можем получить выписку!",
        "source": "inferred", "opened_at": clock.iso(opened), "status": status,
        "resolved_at": clock.iso(resolved) if resolved else None}).last_pk


def test_complaint_open_past_eighteen_business_hours_from_receipt_is_a_violation(world, settings):
    # Friday 12:00: 6 h on Friday, 9 on Monday, 3 on Tuesday -> due Tuesday 12:00.
    cid = complaint(world, at("2026-11-20 12:00"))
    assert run(world, settings, complaint_sla.rule, at("2026-11-24 11:59")).opened == 0
    assert run(world, settings, complaint_sla.rule, at("2026-11-24 12:01")).opened == 1
    [v] = world.violations()
    assert v["due_at"] == clock.iso(at("2026-11-24 12:00"))
    assert v["manager_id"] == world.anna  # the client's owner when the complaint has none
    assert json.loads(v["evidence"])["complaint_id"] == cid


def test_complaint_sla_skips_public_holidays(world, settings):
    # Tuesday 10:00: 8 h on Tuesday, 4 November is a day off, 9 on Thursday -> Friday 10:00.
    complaint(world, at("2026-11-03 10:00"))
    run(world, settings, complaint_sla.rule, at("2026-11-07 10:00"))
    [v] = world.violations()
    assert v["due_at"] == clock.iso(at("2026-11-06 10:00"))


def test_complaint_resolved_in_time_is_fine_and_resolved_late_is_kept_late(world, settings):
    complaint(world, at("2026-11-16 12:00"), status="resolved", resolved=at("2026-11-18 12:00"))
    complaint(world, at("2026-11-17 12:00"), status="resolved", resolved=at("2026-11-23 12:00"))
    run(world, settings, complaint_sla.rule, at("2026-11-27 10:00"))
    [v] = world.violations()
    assert (v["status"], v["resolved_at"]) == ("kept_late", clock.iso(at("2026-11-23 12:00")))


# ----------------------------------------------------------------------------- slipped

def slip(world: World, deal: int, when: Any, old: str, new: str) -> int:
    return world.db["deal_history"].insert({
        "deal_id": deal, "at": clock.iso(when), "actor_email": "anna@testbank.ru",
        "source": "tag", "source_ref": "m1@x", "field": "expected_close",
        "old_value": old, "new_value": new}).last_pk


def test_close_moved_out_of_the_current_month_is_a_slip(world, settings):
    deal = world.deal(client_id=world.romashka, manager_id=world.anna,
                      created=at("2026-10-01 10:00"), expected_close="2026-12-05")
    hid = slip(world, deal, at("2026-11-10 10:00"), "2026-11-25", "2026-12-05")
    run(world, settings, slipped_deal.rule, at("2026-11-27 10:00"))
    [v] = world.violations()
    evidence = json.loads(v["evidence"])
    assert (evidence["history_id"], evidence["period"]) == (hid, "month")
    assert v["due_at"] == clock.iso(at("2026-11-30 23:59:59"))


def test_close_moved_out_of_the_quarter_is_a_quarter_slip(world, settings):
    deal = world.deal(client_id=world.romashka, manager_id=world.anna,
                      created=at("2026-10-01 10:00"), expected_close="2027-01-10")
    slip(world, deal, at("2026-11-10 10:00"), "2026-12-20", "2027-01-10")
    run(world, settings, slipped_deal.rule, at("2026-11-27 10:00"))
    [v] = world.violations()
    assert json.loads(v["evidence"])["period"] == "quarter"


def test_a_close_already_past_in_the_quarter_moved_out_of_it_is_a_quarter_slip(world, settings):
    # "Inside the current quarter" is the quarter's reporting period (dealtrail.periods), from
    # its first day, as for the month: a date earlier this quarter pushed into the next one
    # slipped out of the quarter, whether it lay in an earlier month or earlier this month.
    early = world.deal(client_id=world.romashka, manager_id=world.anna,
                       created=at("2026-10-01 10:00"), expected_close="2027-01-10")
    late = world.deal(client_id=world.steel, manager_id=world.ben,
                      created=at("2026-10-01 10:00"), expected_close="2027-01-20")
    slip(world, early, at("2026-11-20 10:00"), "2026-10-15", "2027-01-10")
    slip(world, late, at("2026-11-20 10:00"), "2026-11-05", "2027-01-20")
    run(world, settings, slipped_deal.rule, at("2026-11-27 10:00"))
    got = {v["deal_id"]: json.loads(v["evidence"]) for v in world.violations()}
    assert {d: (e["period"], e["period_end"]) for d, e in got.items()} == {
        early: ("quarter", "2026-12-31"), late: ("quarter", "2026-12-31")}


def test_moves_inside_the_period_or_from_a_future_period_are_not_slips(world, settings):
    a = world.deal(client_id=world.romashka, manager_id=world.anna,
                   created=at("2026-10-01 10:00"), expected_close="2026-11-28")
    b = world.deal(client_id=world.steel, manager_id=world.ben,
                   created=at("2026-10-01 10:00"), expected_close="2027-02-01")
    slip(world, a, at("2026-11-10 10:00"), "2026-11-20", "2026-11-28")
    slip(world, b, at("2026-11-10 10:00"), "2027-01-05", "2027-02-01")
    slip(world, b, at("2026-11-10 10:00"), "2026-11-05", "2026-11-03")
    run(world, settings, slipped_deal.rule, at("2026-11-27 10:00"))
    assert world.violations() == []


def test_slip_resolves_when_the_date_comes_back_into_the_period(world, settings):
    deal = world.deal(client_id=world.romashka, manager_id=world.anna,
                      created=at("2026-10-01 10:00"), expected_close="2026-12-05")
    slip(world, deal, at("2026-11-10 10:00"), "2026-11-25", "2026-12-05")
    run(world, settings, slipped_deal.rule, at("2026-11-20 10:00"))
    world.db.execute("UPDATE deals SET expected_close = '2026-11-29' WHERE id = ?", [deal])
    assert run(world, settings, slipped_deal.rule, at("2026-11-21 10:00")).resolved == 1
