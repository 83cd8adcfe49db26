"""The next contact when a document or an answer the manager promised is overdue."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dealtrail import clock
from indexer.negotiations import fold_negotiations
from tests.test_rules_world import World, at


def _next(db: Any, settings: Any, action: str, text: str, status: str, *,
          meeting: str | None = None, client_wrote: bool = False,
          won: bool = False, now: str = "2026-11-26 10:00") -> tuple[str, str] | None:
    """The deal's next contact (Moscow day, source) at ``now``, after the manager
    promised ``text`` on the 17th for Monday the 23rd (its status as the rules left it)."""
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Нужен расчёт по лизингу.")
    sent = world.message(when=at("2026-11-17 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text=text)
    world.contact(when=at("2026-11-17 10:00"), client_id=world.romashka, manager_id=world.anna)
    promise = world.promise(message_id=sent, made=at("2026-11-17 10:00"),
                            due=at("2026-11-23 23:59"), action=action,
                            client_id=world.romashka, manager_id=world.anna, thread_id=thread,
                            text=text)
    world.db["promises"].update(promise, {"status": status})
    if client_wrote:
        # The client chases after the day: a contact, but the document is still not sent.
        world.message(when=at("2026-11-24 12:00"), direction="in", client_id=world.romashka,
                      manager_id=world.anna, thread_id=thread, text="Есть новости?")
        world.contact(when=at("2026-11-24 12:00"), client_id=world.romashka,
                      manager_id=world.anna, channel="email_in")
    if meeting:
        world.event(start=at(meeting), end=at(meeting), client_id=world.romashka,
                    manager_id=world.anna)
    if won:
        signed = world.message(when=at("2026-11-25 10:00"), direction="in",
                               client_id=world.romashka, manager_id=world.anna,
                               thread_id=thread, text="Договор подписан.")
        world.db["deal_signals"].insert({
            "message_id": signed, "kind": "won", "side": "client", "text": "Договор подписан.",
            "span_start": 0, "value": "", "at": clock.iso(at("2026-11-25 10:00")),
            "manager_id": world.anna, "client_id": world.romashka, "thread_id": thread})
    with clock.freeze(at(now)):
        fold_negotiations(world.db, settings)
    cur = world.db.conn.execute("SELECT next_contact_at, next_contact_source FROM deals")
    [(when, source)] = cur.fetchall()
    if not when:
        return None
    return clock.parse_iso(when).astimezone(ZoneInfo("Europe/Moscow")).date().isoformat(), source


@pytest.mark.parametrize("action,text,client_wrote", [
    ("send", "Коммерческое предложение пришлю в понедельник.", False),
    ("send", "I'll send over the revised schedule on Monday.", True),
    ("reply", "Вернусь к вам с ответом по ставке в понедельник.", True),
    ("reply", "I will get back to you on the pricing by Monday.", False),
])
def test_a_document_or_answer_promised_and_overdue_is_the_next_contact_still_due(
        db, settings, action: str, text: str, client_wrote: bool) -> None:  # type: ignore[no-untyped-def]
    # The manager owes the client the thing promised: that day is the missed next contact,
    # even when the client has written since to chase it.
    assert _next(db, settings, action, text, "broken", client_wrote=client_wrote) == (
        "2026-11-23", "promise")


def test_an_overdue_document_gives_way_to_a_meeting_planned_ahead(db, settings) -> None:  # type: ignore[no-untyped-def]
    assert _next(db, settings, "send", "Пришлю проект договора в понедельник.", "broken",
                 meeting="2026-12-02 11:00") == ("2026-12-02", "calendar")


@pytest.mark.parametrize("status", ["kept", "kept_late"])
def test_a_document_sent_plans_no_contact(db, settings, status: str) -> None:  # type: ignore[no-untyped-def]
    assert _next(db, settings, "send", "I'll send the draft agreement on Monday.", status) is None


def test_a_won_deals_overdue_document_plans_no_contact(db, settings) -> None:  # type: ignore[no-untyped-def]
    assert _next(db, settings, "send", "Акт сверки пришлю в понедельник.", "broken",
                 won=True) is None


@pytest.mark.parametrize("text", ["Проект договора пришлю в понедельник.",
                                  "I'll send the updated quote on Monday."])
def test_a_document_overdue_for_more_than_a_week_is_only_a_broken_promise(
        db, settings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _next(db, settings, "send", text, "broken", now="2026-12-02 10:00") is None


@pytest.mark.parametrize("action,text", [
    ("send", "Смету пришлю в понедельник."),
    ("reply", "I will come back to you with our answer on Monday."),
])
def test_an_overdue_document_as_the_next_contact_is_one_broken_promise_not_two_alarms(
        db, settings, action: str, text: str) -> None:  # type: ignore[no-untyped-def]
    from rules import missed_next_contact
    from rules.engine import run_rules

    assert _next(db, settings, action, text, "broken") == ("2026-11-23", "promise")
    with clock.freeze(at("2026-11-26 10:00")):
        summary = run_rules(db, settings, registry=[missed_next_contact.rule], raise_errors=True)
    assert summary.get("missed_next_contact").opened == 0


@pytest.mark.parametrize("action,text", [
    ("call", "Наберу вам в понедельник, обсудим график платежей."),
    ("call", "I'll give you a ring on Monday to go through the figures."),
    ("meet", "Заеду к вам в понедельник, посмотрим технику на месте."),
    ("meet", "I will drop by your office on Monday to walk the site."),
])
def test_a_call_or_visit_promised_and_missed_is_still_due_after_the_client_chased(
        db, settings, action: str, text: str) -> None:  # type: ignore[no-untyped-def]
    # The client's letter after the day is no call held: the talk the manager owes is the
    # missed next contact, as a document owed is.
    assert _next(db, settings, action, text, "broken", client_wrote=True) == (
        "2026-11-23", "promise")


@pytest.mark.parametrize("text,status,now", [
    ("Наберу вам в понедельник.", "kept", "2026-11-26 10:00"),
    ("I'll call you on Monday.", "kept", "2026-11-26 10:00"),
    ("Наберу вам в понедельник.", "broken", "2026-12-02 10:00"),
    ("I'll call you on Monday.", "broken", "2026-12-02 10:00"),
])
def test_a_call_promised_and_held_or_long_missed_is_no_contact_due(
        db, settings, text: str, status: str, now: str) -> None:  # type: ignore[no-untyped-def]
    assert _next(db, settings, "call", text, status, client_wrote=True, now=now) is None
