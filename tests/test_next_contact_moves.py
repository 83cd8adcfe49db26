"""The next contact when a later letter moves the talk planned earlier."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dealtrail import clock
from indexer.deal_signals import detect_signals
from indexer.negotiations import fold_negotiations
from tests.test_rules_world import World, at

MOSCOW = ZoneInfo("Europe/Moscow")
REF = datetime(2026, 11, 17, 14, 0, tzinfo=MOSCOW)   # a Tuesday


def contact_days(text: str, direction: str) -> list[str]:
    return [s.value[:10] for s in detect_signals(text, direction=direction, ref_time=REF)
            if s.kind == "contact_date"]


@pytest.mark.parametrize("text,direction,day", [
    ("Давайте перенесём звонок со среды на четверг.", "in", "2026-11-19"),
    ("Встречу в среду придётся перенести на 26 ноября.", "in", "2026-11-26"),
    ("Can we move our call from Wednesday to Friday?", "in", "2026-11-20"),
    ("Sorry, Wednesday's meeting needs to be rescheduled to Monday, 23 November.", "in",
     "2026-11-23"),
    ("Созвон со среды переносим на пятницу, у директора совещание.", "out", "2026-11-20"),
    ("We'll have to push the Thursday call to next Tuesday.", "out", "2026-11-24"),
])
def test_a_talk_moved_is_planned_for_the_day_it_is_moved_to(text: str, direction: str,
                                                             day: str) -> None:
    assert contact_days(text, direction) == [day]


@pytest.mark.parametrize("text,direction,day", [
    # No move: of two days, the one the talk is named with, as before.
    ("Я до 2-го в Казани, давайте созвонимся 3 декабря.", "in", "2026-12-03"),
    ("Давайте созвонимся в среду.", "in", "2026-11-18"),
    # The day moved to is named first, the old one after it.
    ("Созвон переносим на пятницу, в среду не успеваем.", "in", "2026-11-20"),
    ("Let's move the call to Thursday; Wednesday is packed.", "in", "2026-11-19"),
])
def test_a_talk_not_moved_keeps_the_day_it_is_named_with(text: str, direction: str,
                                                         day: str) -> None:
    assert contact_days(text, direction) == [day]


def _next_after(db: Any, settings: Any, letters: list[tuple[str, str, str]],
                now: str = "2026-11-17 18:00") -> tuple[str, str] | None:
    """The deal's next contact (Moscow day, source) after ``letters`` (when, direction, text),
    each read for its contact dates as indexing reads them."""
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Нужны условия по лизингу.")
    world.message(when=at("2026-11-16 12:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Условия во вложении.")
    for when, direction, text in letters:
        sent = world.message(when=at(when), direction=direction, client_id=world.romashka,
                             manager_id=world.anna, thread_id=thread, text=text)
        for s in detect_signals(text, direction=direction,
                                ref_time=at(when).astimezone(MOSCOW)):
            if s.kind == "contact_date":
                world.db["deal_signals"].insert({
                    "message_id": sent, "kind": s.kind, "text": s.text, "span_start": s.start,
                    "side": "client" if direction == "in" else "manager", "value": s.value,
                    "at": clock.iso(at(when)), "manager_id": world.anna,
                    "client_id": world.romashka, "thread_id": thread})
    with clock.freeze(at(now)):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    if not deal["next_contact_at"]:
        return None
    return (clock.parse_iso(deal["next_contact_at"]).astimezone(MOSCOW).date().isoformat(),
            deal["next_contact_source"])


@pytest.mark.parametrize("letters,expected", [
    # The client asked for Wednesday, then moved it: Thursday, its request.
    ([("2026-11-17 10:00", "in", "Давайте созвонимся в среду, обсудим график."),
      ("2026-11-17 16:00", "in", "Коллеги, давайте перенесём звонок на четверг.")],
     ("2026-11-19", "client_request")),
    # The manager proposed Wednesday; the client moved it to Monday.
    ([("2026-11-17 10:00", "out", "Let's talk on Wednesday about the schedule."),
      ("2026-11-17 16:00", "in", "Could we move our call to Monday? Wednesday is booked.")],
     ("2026-11-23", "client_request")),
    # The manager moves the meeting the client asked for.
    ([("2026-11-17 10:00", "in", "Приезжайте к нам в среду, покажем склад."),
      ("2026-11-17 16:00", "out", "Вынужден перенести встречу со среды на пятницу, приеду в 11.")],
     ("2026-11-20", "promise")),
])
def test_a_talk_moved_by_a_later_letter_replaces_the_day_planned_before(
        db, settings, letters: list[tuple[str, str, str]],
        expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert _next_after(db, settings, letters) == expected


@pytest.mark.parametrize("letters,expected", [
    # A second talk named later, not a move: the earliest still comes first.
    ([("2026-11-17 10:00", "in", "Давайте созвонимся в среду."),
      ("2026-11-17 16:00", "in", "И ещё: встретимся у нас 26 ноября, подпишем документы.")],
     ("2026-11-18", "client_request")),
    ([("2026-11-17 10:00", "in", "Let's talk on Wednesday."),
      ("2026-11-17 16:00", "in", "Also, could you visit us on 26 November?")],
     ("2026-11-18", "client_request")),
])
def test_a_second_talk_named_later_leaves_the_earlier_one_the_next_contact(
        db, settings, letters: list[tuple[str, str, str]],
        expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert _next_after(db, settings, letters) == expected


@pytest.mark.parametrize("letters,expected", [
    # The client asked for next week; the manager named its Tuesday: the day agreed.
    ([("2026-11-17 10:00", "in", "Давайте созвонимся на следующей неделе."),
      ("2026-11-17 16:00", "out", "Хорошо, наберу вас во вторник, 24 ноября.")],
     ("2026-11-24", "promise")),
    ([("2026-11-17 10:00", "in", "Let's speak early next week."),
      ("2026-11-17 16:00", "out", "Sure, I'll call you on Wednesday, 25 November.")],
     ("2026-11-25", "promise")),
])
def test_a_day_named_later_in_the_week_the_client_asked_for_is_the_day_agreed(
        db, settings, letters: list[tuple[str, str, str]],
        expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert _next_after(db, settings, letters) == expected


@pytest.mark.parametrize("letters,expected", [
    # The manager's day was named before the client asked for its week: the week's first day
    # is the client's own later word.
    ([("2026-11-17 10:00", "out", "I'll call you on Wednesday, 25 November."),
      ("2026-11-17 16:00", "in", "Let's speak early next week.")],
     ("2026-11-23", "client_request")),
    # A day in the week after the one asked for does not answer it.
    ([("2026-11-17 10:00", "in", "Давайте созвонимся на следующей неделе."),
      ("2026-11-17 16:00", "out", "Наберу вас 1 декабря.")],
     ("2026-11-23", "client_request")),
])
def test_a_day_named_before_or_outside_the_week_asked_for_leaves_the_request(
        db, settings, letters: list[tuple[str, str, str]],
        expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert _next_after(db, settings, letters) == expected
