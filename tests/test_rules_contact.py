"""Unanswered client mail, missed next contacts and meetings without follow-up."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dealtrail import clock
from rules import meeting_followup, missed_next_contact, unanswered
from rules.engine import run_rules
from tests.conftest import make_settings
from tests.test_rules_world import BER, World, at


@pytest.fixture
def world(db) -> World:  # type: ignore[no-untyped-def]
    return World(db)


def run(world: World, settings: Any, rule: Any, when: Any):  # type: ignore[no-untyped-def]
    with clock.freeze(when):
        return run_rules(world.db, settings, registry=[rule], raise_errors=True).get(rule.name)


# ----------------------------------------------------------------------------- unanswered

def ask(world: World, when: Any, *, manager: int | None = None, client: int | None = None,
        thread: int | None = None, text: str = "Пришлите, пожалуйста, условия.",
        is_request: int = 1, **kw: Any) -> dict[str, int]:
    client = client or world.romashka
    thread = thread or world.thread(client)
    mid = world.message(when=when, direction="in", client_id=client,
                        manager_id=manager or world.anna, thread_id=thread, text=text,
                        is_request=is_request, **kw)
    return {"thread": thread, "message": mid}


def reply(world: World, q: dict[str, int], when: Any, direction: str = "out",
          manager: int | None = None) -> int:
    return world.message(when=when, direction=direction, client_id=world.romashka,
                         manager_id=manager or world.anna, thread_id=q["thread"])


def test_question_on_friday_evening_is_due_after_eight_business_hours_on_monday(world, settings):
    q = ask(world, at("2026-11-20 17:00"))  # 1 h on Friday + 7 h on Monday -> Monday 16:00
    assert run(world, settings, unanswered.rule, at("2026-11-23 15:59")).opened == 0
    assert run(world, settings, unanswered.rule, at("2026-11-23 16:01")).opened == 1
    [v] = world.violations()
    assert v["due_at"] == clock.iso(at("2026-11-23 16:00"))
    evidence = json.loads(v["evidence"])
    assert (evidence["message_id"], evidence["thread_id"]) == (q["message"], q["thread"])
    assert (v["manager_id"], v["client_id"]) == (world.anna, world.romashka)


def test_unanswered_mail_names_the_clients_open_deal(world, settings):
    world.deal(client_id=world.romashka, manager_id=world.anna, created=at("2026-10-01 10:00"),
               status="lost", title="Old deposit")
    deal = world.deal(client_id=world.romashka, manager_id=world.anna,
                      created=at("2026-11-01 10:00"), title="Credit line 50M")
    ask(world, at("2026-11-20 17:00"))
    run(world, settings, unanswered.rule, at("2026-11-24 09:00"))
    [v] = world.violations()
    assert v["deal_id"] == deal
    assert json.loads(v["evidence"])["deal"] == "Credit line 50M"


def test_reply_within_the_business_hours_means_no_violation(world, settings):
    q = ask(world, at("2026-11-20 17:00"))
    reply(world, q, at("2026-11-23 11:00"))
    run(world, settings, unanswered.rule, at("2026-11-25 12:00"))
    assert world.violations() == []


def test_late_reply_closes_the_violation_as_kept_late(world, settings):
    q = ask(world, at("2026-11-20 17:00"))
    run(world, settings, unanswered.rule, at("2026-11-23 17:00"))
    sent = reply(world, q, at("2026-11-23 17:30"))
    assert run(world, settings, unanswered.rule, at("2026-11-23 18:00")).kept_late == 1
    [v] = world.violations()
    assert v["status"] == "kept_late"
    assert json.loads(v["evidence"])["reply_message_id"] == sent


def test_auto_reply_and_internal_mail_never_count_as_an_answer(world, settings):
    q = ask(world, at("2026-11-20 17:00"))
    reply(world, q, at("2026-11-20 17:01"), direction="auto")
    reply(world, q, at("2026-11-20 17:05"), direction="internal")
    run(world, settings, unanswered.rule, at("2026-11-24 09:00"))
    assert [v["status"] for v in world.violations()] == ["open"]


def test_mail_ending_in_a_question_counts_and_a_plain_note_does_not(world, settings):
    ask(world, at("2026-11-20 10:00"), text="Когда будет договор?\n", is_request=0)
    ask(world, at("2026-11-20 10:00"), text="Спасибо, получили.", is_request=0)
    run(world, settings, unanswered.rule, at("2026-11-24 09:00"))
    [v] = world.violations()
    assert json.loads(v["evidence"])["asked_at"] == clock.iso(at("2026-11-20 10:00"))


def test_several_questions_before_one_reply_make_one_violation(world, settings):
    q = ask(world, at("2026-11-20 10:00"))
    ask(world, at("2026-11-20 12:00"), thread=q["thread"])
    ask(world, at("2026-11-23 09:00"), thread=q["thread"])
    run(world, settings, unanswered.rule, at("2026-11-24 09:00"))
    [v] = world.violations()
    assert json.loads(v["evidence"])["message_id"] == q["message"]


def test_the_same_question_in_two_mailboxes_is_one_violation(world, settings):
    q = ask(world, at("2026-11-20 10:00"))
    ask(world, at("2026-11-20 10:00"), thread=q["thread"], manager=world.ben, mailbox_id=2)
    run(world, settings, unanswered.rule, at("2026-11-24 09:00"))
    assert len(world.violations()) == 1


def test_business_hours_are_counted_in_the_receiving_managers_zone(world, settings):
    # Ben in Berlin gets a question at 17:00 Berlin on Friday: due Monday 16:00 Berlin,
    # which is 18:00 in Moscow.
    ask(world, at("2026-11-20 17:00", BER), manager=world.ben, client=world.steel)
    assert run(world, settings, unanswered.rule, at("2026-11-23 17:30")).opened == 0
    assert run(world, settings, unanswered.rule, at("2026-11-23 16:30", BER)).opened == 1
    [v] = world.violations()
    assert v["due_at"] == clock.iso(at("2026-11-23 16:00", BER))


def test_a_public_holiday_does_not_count_as_business_hours(world, settings):
    # Tuesday 3 November 17:00; the 4th is a holiday; due Thursday 5 November 16:00.
    ask(world, at("2026-11-03 17:00"))
    run(world, settings, unanswered.rule, at("2026-11-06 09:00"))
    [v] = world.violations()
    assert v["due_at"] == clock.iso(at("2026-11-05 16:00"))


def test_reply_hours_come_from_the_config(world):
    settings = make_settings(rules={"unanswered": {"reply_hours": 2}})
    ask(world, at("2026-11-23 10:00"))
    run(world, settings, unanswered.rule, at("2026-11-23 12:30"))
    [v] = world.violations()
    assert v["due_at"] == clock.iso(at("2026-11-23 12:00"))


# ----------------------------------------------------------------------------- next contact

def test_next_contact_day_without_contact_opens_a_violation_at_the_end_of_that_day(world,
                                                                                  settings):
    deal = world.deal(client_id=world.romashka, manager_id=world.anna,
                      created=at("2026-11-01 10:00"), next_contact=at("2026-11-26 11:00"))
    world.contact(when=at("2026-11-25 12:00"), client_id=world.romashka, manager_id=world.anna)
    assert run(world, settings, missed_next_contact.rule, at("2026-11-26 23:00")).opened == 0
    assert run(world, settings, missed_next_contact.rule, at("2026-11-27 00:30")).opened == 1
    [v] = world.violations()
    assert (v["deal_id"], v["manager_id"]) == (deal, world.anna)
    assert v["due_at"] == clock.iso(at("2026-11-26 23:59:59"))
    assert json.loads(v["evidence"])["day"] == "2026-11-26"


def test_any_contact_that_day_counts(world, settings):
    world.deal(client_id=world.romashka, manager_id=world.anna, created=at("2026-11-01 10:00"),
               next_contact=at("2026-11-26 11:00"))
    world.contact(when=at("2026-11-26 20:00"), client_id=world.romashka, manager_id=world.ben,
                  channel="email_in")
    run(world, settings, missed_next_contact.rule, at("2026-11-27 09:00"))
    assert world.violations() == []


def test_next_contact_day_is_the_managers_local_day(world, settings):
    # Ben (Berlin) planned Thursday; his contact at 22:30 Berlin is already Friday in Moscow.
    world.deal(client_id=world.steel, manager_id=world.ben, created=at("2026-11-01 10:00"),
               next_contact=at("2026-11-26 10:00", BER))
    world.contact(when=at("2026-11-26 22:30", BER), client_id=world.steel, manager_id=world.ben)
    run(world, settings, missed_next_contact.rule, at("2026-11-27 09:00", BER))
    assert world.violations() == []


def test_contact_after_the_day_closes_it_as_kept_late(world, settings):
    world.deal(client_id=world.romashka, manager_id=world.anna, created=at("2026-11-01 10:00"),
               next_contact=at("2026-11-25 11:00"))
    run(world, settings, missed_next_contact.rule, at("2026-11-26 09:00"))
    contact = world.contact(when=at("2026-11-26 10:00"), client_id=world.romashka,
                            manager_id=world.anna, channel="call")
    assert run(world, settings, missed_next_contact.rule, at("2026-11-26 11:00")).kept_late == 1
    [v] = world.violations()
    assert (v["status"], json.loads(v["evidence"])["contact_id"]) == ("kept_late", contact)


def test_a_promised_call_that_passed_is_one_broken_promise_not_also_a_missed_contact(
        world, settings):
    # «Наберу вам в четверг» is the deal's next contact; Thursday passes with no call. The
    # head sees it once, as the broken promise, not twice under two names.
    from rules import broken_promise

    deal = world.deal(client_id=world.romashka, manager_id=world.anna,
                      created=at("2026-11-01 10:00"), next_contact=at("2026-11-26 23:59:59"))
    world.db.conn.execute("UPDATE deals SET next_contact_source = 'promise' WHERE id = ?", (deal,))
    made = at("2026-11-24 10:00")
    mid = world.message(when=made, direction="out", client_id=world.romashka,
                        manager_id=world.anna, text="Наберу вам в четверг.")
    world.promise(message_id=mid, made=made, due=at("2026-11-26 23:59:59"), action="call",
                  client_id=world.romashka, manager_id=world.anna, text="Наберу вам в четверг.")
    run(world, settings, missed_next_contact.rule, at("2026-11-27 09:00"))
    run(world, settings, broken_promise.rule, at("2026-11-27 09:00"))
    assert [v["rule"] for v in world.violations()] == ["broken_promise"]


def test_a_day_the_client_asked_for_still_makes_a_missed_contact(world, settings):
    # Only the manager's own promise moves to the other rule: a day the client set stays.
    deal = world.deal(client_id=world.romashka, manager_id=world.anna,
                      created=at("2026-11-01 10:00"), next_contact=at("2026-11-26 10:00"))
    world.db.conn.execute("UPDATE deals SET next_contact_source = 'client_request' WHERE id = ?",
                          (deal,))
    run(world, settings, missed_next_contact.rule, at("2026-11-27 09:00"))
    assert [v["rule"] for v in world.violations()] == ["missed_next_contact"]


def test_closed_deals_have_no_next_contact_obligation(world, settings):
    world.deal(client_id=world.romashka, manager_id=world.anna, created=at("2026-11-01 10:00"),
               next_contact=at("2026-11-25 11:00"), status="lost")
    run(world, settings, missed_next_contact.rule, at("2026-11-27 09:00"))
    assert world.violations() == []


# ----------------------------------------------------------------------------- follow-up

def test_friday_meeting_needs_a_follow_up_by_monday_evening(world, settings):
    event = world.event(start=at("2026-11-20 15:00"), end=at("2026-11-20 16:00"),
                        client_id=world.romashka, manager_id=world.anna, summary="Кредитная линия")
    assert run(world, settings, meeting_followup.rule, at("2026-11-23 17:59")).opened == 0
    assert run(world, settings, meeting_followup.rule, at("2026-11-23 18:01")).opened == 1
    [v] = world.violations()
    assert v["due_at"] == clock.iso(at("2026-11-23 18:00"))
    assert json.loads(v["evidence"])["event_id"] == event


def test_follow_up_in_time_means_no_violation_and_late_one_kept_late(world, settings):
    world.event(start=at("2026-11-20 15:00"), end=at("2026-11-20 16:00"),
                client_id=world.romashka, manager_id=world.anna, uid="a")
    world.event(start=at("2026-11-18 15:00"), end=at("2026-11-18 16:00"),
                client_id=world.steel, manager_id=world.ben, uid="b")
    world.message(when=at("2026-11-23 12:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna)
    world.message(when=at("2026-11-23 12:00"), direction="out", client_id=world.steel,
                  manager_id=world.ben)
    run(world, settings, meeting_followup.rule, at("2026-11-24 09:00"))
    [v] = world.violations()
    assert (v["client_id"], v["status"]) == (world.steel, "kept_late")


def test_mail_before_the_meeting_ends_is_not_a_follow_up(world, settings):
    world.event(start=at("2026-11-20 15:00"), end=at("2026-11-20 16:00"),
                client_id=world.romashka, manager_id=world.anna)
    world.message(when=at("2026-11-20 14:55"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, text="Буду через 5 минут")
    run(world, settings, meeting_followup.rule, at("2026-11-24 09:00"))
    assert [v["status"] for v in world.violations()] == ["open"]


def test_one_meeting_in_two_calendars_is_one_violation_and_cancelled_ones_none(world, settings):
    world.event(start=at("2026-11-20 15:00"), end=at("2026-11-20 16:00"),
                client_id=world.romashka, manager_id=world.anna, uid="same")
    world.event(start=at("2026-11-20 15:00"), end=at("2026-11-20 16:00"),
                client_id=world.romashka, manager_id=world.ben, uid="same")
    world.event(start=at("2026-11-19 15:00"), end=at("2026-11-19 16:00"),
                client_id=world.romashka, manager_id=world.anna, status="cancelled")
    run(world, settings, meeting_followup.rule, at("2026-11-24 09:00"))
    assert len(world.violations()) == 1


def test_a_follow_up_is_the_letter_that_answers_the_client_after_the_meeting(world, settings,
                                                                            monkeypatch):
    """The follow-up is read by the one rule for "our first letter to the client after a
    moment" (dealtrail/answered.py): the rule follows that answer when it changes (here: no
    letter ever counts), and with it the letter a second after the meeting ends, in another
    thread, keeps the rule (negative: one sent as the meeting ends, at the same second, is
    no follow-up, as a reply at the letter's own second answers no letter)."""
    from dealtrail import answered
    from rules import meeting_followup as followup

    world.event(start=at("2026-11-20 15:00"), end=at("2026-11-20 16:00"),
                client_id=world.romashka, manager_id=world.anna, uid="a")
    world.event(start=at("2026-11-18 15:00"), end=at("2026-11-18 16:00"),
                client_id=world.steel, manager_id=world.ben, uid="b")
    world.message(when=at("2026-11-20 16:00:01"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=world.thread(world.romashka))
    world.message(when=at("2026-11-18 16:00"), direction="out", client_id=world.steel,
                  manager_id=world.ben)
    run(world, settings, followup.rule, at("2026-11-24 09:00"))
    assert [(v["client_id"], v["status"]) for v in world.violations()] == [(world.steel, "open")]
    world.db.conn.execute("DELETE FROM violations")
    monkeypatch.setattr(answered, "answer_message_sql",
                        lambda client, after, until, column="r.id", asked=None: "NULL")
    run(world, settings, followup.rule, at("2026-11-24 09:00"))
    assert sorted(v["client_id"] for v in world.violations()) == sorted([world.romashka,
                                                                         world.steel])
