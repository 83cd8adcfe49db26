"""A meeting booked is the answer to the day named to meet or talk just before it."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dealtrail import clock
from indexer.negotiations import fold_negotiations
from tests.test_next_contact import _deals_by_product, _two_products
from tests.test_rules_world import World, at

MOSCOW = ZoneInfo("Europe/Moscow")


def _day(deal: dict[str, Any]) -> tuple[str, str] | None:
    if not deal["next_contact_at"]:
        return None
    return (clock.parse_iso(deal["next_contact_at"]).astimezone(MOSCOW).date().isoformat(),
            deal["next_contact_source"])


@pytest.mark.parametrize("text,meeting,expected", [
    # The visit promised for Monday was booked for Wednesday: the meeting is the visit.
    ("Приеду к вам в понедельник, посмотрим площадку.", "2026-11-25 11:00",
     ("2026-11-25", "calendar")),
    ("I'll come over on Monday to walk the site with your team.", "2026-11-24 15:00",
     ("2026-11-24", "calendar")),
    # A meeting long after the visit promised is another meeting: the visit comes first.
    ("Приеду к вам в понедельник, посмотрим площадку.", "2026-12-03 11:00",
     ("2026-11-23", "promise")),
    ("I'll come over on Monday to walk the site with your team.", "2026-12-04 15:00",
     ("2026-11-23", "promise")),
])
def test_a_visit_promised_and_booked_days_later_is_the_meeting(
        db, settings, text: str, meeting: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Нужен лизинг склада.")
    sent = world.message(when=at("2026-11-17 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text=text)
    world.promise(message_id=sent, made=at("2026-11-17 10:00"), due=at("2026-11-23 23:59"),
                  action="meet", client_id=world.romashka, manager_id=world.anna,
                  thread_id=thread, text=text)
    world.event(start=at(meeting), end=at(meeting), client_id=world.romashka,
                manager_id=world.anna)
    with clock.freeze(at("2026-11-18 10:00")):
        fold_negotiations(world.db, settings)
    assert _day(world.only_deal()) == expected


@pytest.mark.parametrize("text,meeting,expected", [
    # The client asked to meet about the loan on the 24th; the meeting booked that day sits
    # in the calendar under the deposit's conversation, written in last: it answers both.
    ("Давайте встретимся 24-го, обсудим лимит.", "2026-11-24 11:00",
     ("2026-11-24", "calendar")),
    ("Can we meet on the 24th to go over the limit?", "2026-11-25 11:00",
     ("2026-11-25", "calendar")),
    # A meeting long after the day asked for does not answer it.
    ("Давайте встретимся 24-го, обсудим лимит.", "2026-12-07 11:00",
     ("2026-11-24", "client_request")),
])
def test_a_meeting_booked_for_the_day_a_deal_asked_for_is_that_deals_contact(
        db, settings, text: str, meeting: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    credit, deposit = _two_products(world)
    ask = world.message(when=at("2026-11-12 10:00"), direction="in", client_id=world.romashka,
                        manager_id=world.anna, thread_id=credit, text=text)
    world.db["deal_signals"].insert({
        "message_id": ask, "kind": "contact_date", "side": "client", "text": text,
        "span_start": 0, "value": "2026-11-24T00:00:00+03:00",
        "at": clock.iso(at("2026-11-12 10:00")), "manager_id": world.anna,
        "client_id": world.romashka, "thread_id": credit})
    world.message(when=at("2026-11-13 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=deposit, text="По депозиту ждём ставки.")
    world.event(start=at(meeting), end=at(meeting), client_id=world.romashka,
                manager_id=world.anna)
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    deals = _deals_by_product(world)
    assert _day(deals["credit"]) == expected
    assert _day(deals["deposit"]) == (meeting[:10], "calendar")


@pytest.mark.parametrize("note,meeting,expected", [
    # The day agreed on the phone for one deal is the meeting booked for it under another of
    # the client's conversations (the one written in last).
    ("Обсудили лимит, договорились встретиться 24.11 у клиента.", "2026-11-24 11:00",
     ("2026-11-24", "calendar")),
    ("Went over the limit; agreed to meet on the 24th at their office.", "2026-11-25 15:00",
     ("2026-11-25", "calendar")),
    # A meeting long after the day agreed is another meeting: the day agreed comes first.
    ("Обсудили лимит, договорились встретиться 24.11 у клиента.", "2026-12-08 11:00",
     ("2026-11-24", "call")),
])
def test_a_meeting_booked_for_the_day_agreed_on_the_phone_is_that_deals_contact(
        db, settings, note: str, meeting: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    credit, deposit = _two_products(world)
    world.message(when=at("2026-11-12 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=credit, text="Нужен кредит на оборотку.")
    moment = clock.iso(at("2026-11-13 15:00"))
    call = world.db["calls"].insert({
        "key": "import:1", "manager_id": world.anna, "client_id": world.romashka,
        "direction": "out", "at": moment, "duration_s": 300, "note": note, "source": "import",
        "created_at": moment}).last_pk
    world.db["contacts"].insert({"key": f"call:{call}", "manager_id": world.anna,
                                 "client_id": world.romashka, "at": moment, "channel": "call",
                                 "call_id": call})
    world.message(when=at("2026-11-14 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=deposit, text="По депозиту ждём ставки.")
    world.event(start=at(meeting), end=at(meeting), client_id=world.romashka,
                manager_id=world.anna)
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    assert _day(_deals_by_product(world)["credit"]) == expected
