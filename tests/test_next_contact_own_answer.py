"""The client naming the day it will come back to us: the next contact while it is ahead."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from indexer.deal_signals import detect_signals
from tests.test_next_contact_call_notes import _Talk

REF = datetime(2026, 11, 17, 14, 0, tzinfo=ZoneInfo("Europe/Moscow"))   # a Tuesday


def contact_days(text: str, direction: str) -> list[str]:
    return [s.value[:10] for s in detect_signals(text, direction=direction, ref_time=REF)
            if s.kind == "contact_date"]


@pytest.mark.parametrize("text,day", [
    ("Посоветуюсь с партнёрами и вернусь к вам с ответом 25 ноября.", "2026-11-25"),
    ("Решение сообщим в понедельник, после совета директоров.", "2026-11-23"),
    ("Свяжусь в четверг, когда будет ясно с бюджетом.", "2026-11-19"),
    ("Дам знать в пятницу, подходит ли нам график.", "2026-11-20"),
    ("Обратную связь по договору дадим до 1 декабря.", "2026-12-01"),
    ("We'll be back to you on 25 November with the decision.", "2026-11-25"),
    ("I'll get back to you on Monday once the CFO has seen it.", "2026-11-23"),
    ("We will revert by Friday with our comments.", "2026-11-20"),
    ("I'll ping you on Thursday when the budget is signed off.", "2026-11-19"),
])
def test_the_day_the_client_will_answer_us_is_a_contact_date(text: str, day: str) -> None:
    assert contact_days(text, "in") == [day]


@pytest.mark.parametrize("text,direction", [
    # Back from a trip, or in touch with its own people: no answer to us.
    ("Вернусь из отпуска 25 ноября.", "in"),
    ("Вернусь с командировки в понедельник.", "in"),
    ("Свяжусь с юристами в понедельник.", "in"),
    # Something the client sends by a day is its commitment, no contact.
    ("Пришлём подписанный договор до пятницы.", "in"),
    ("We will send the signed copy on Monday.", "in"),
    # The day is another thing's, the answer comes after it.
    ("Совет директоров 2 декабря, решение сообщим после этого.", "in"),
    ("The budget is approved on 2 December; we will revert afterwards.", "in"),
    # No day named.
    ("Свяжусь с вами, когда будет решение.", "in"),
    ("We'll let you know once the board has met.", "in"),
    # The manager's own answer promised is a promise (the promise rules), no day to talk.
    ("Дам знать в пятницу, получится ли скидка.", "out"),
    ("We will revert by Friday with the revised terms.", "out"),
])
def test_no_contact_date_from_a_return_a_document_no_day_or_the_manager(text: str,
                                                                       direction: str) -> None:
    assert contact_days(text, direction) == []


@pytest.mark.parametrize("text", [
    "Решение сообщим в понедельник, 23-го.",
    "We will get back to you on Monday the 23rd.",
])
@pytest.mark.parametrize("now,expected", [
    # Ahead: the client's answer is the next contact ...
    ("2026-11-20 10:00", ("2026-11-23", "client_request")),
    # ... passed: the client owes it, and the manager has nothing planned (a day the
    # client asked us for stays due, tests/test_next_contact.py).
    ("2026-11-25 10:00", (None, None)),
])
def test_the_clients_own_answer_plans_the_contact_while_it_is_ahead(
        db, settings, text: str, now: str, expected: tuple[str | None, str | None]) -> None:  # type: ignore[no-untyped-def]
    talk = _Talk(db)
    talk.mail("2026-11-17 10:00", "out", "Направляю коммерческое предложение.")
    talk.mail("2026-11-18 10:00", "in", text, "2026-11-23")
    assert talk.next_contact(settings, now) == expected


@pytest.mark.parametrize("answer,promise", [
    ("Решение сообщим в понедельник, 23-го.", "Хорошо, наберу вам в понедельник."),
    ("We will get back to you on Monday the 23rd.", "Great, I'll give you a ring on Monday."),
])
def test_on_the_day_of_the_clients_answer_the_managers_call_comes_first(
        db, settings, answer: str, promise: str) -> None:  # type: ignore[no-untyped-def]
    # The client said its day first; the manager's call on that day is what is planned.
    talk = _Talk(db)
    talk.mail("2026-11-17 10:00", "out", "Направляю коммерческое предложение.")
    talk.mail("2026-11-18 10:00", "in", answer, "2026-11-23")
    talk.mail("2026-11-18 12:00", "out", promise, "2026-11-23")
    assert talk.next_contact(settings, "2026-11-20 10:00") == ("2026-11-23", "promise")


@pytest.mark.parametrize("asked", [
    "Давайте созвонимся в понедельник, 23-го.",
    "Could we speak on Monday the 23rd?",
])
def test_a_talk_the_client_asked_for_keeps_its_source_against_a_later_promise(
        db, settings, asked: str) -> None:  # type: ignore[no-untyped-def]
    # The negative: a talk asked for first stays the client's request on that day.
    talk = _Talk(db)
    talk.mail("2026-11-17 10:00", "out", "Направляю коммерческое предложение.")
    talk.mail("2026-11-18 10:00", "in", asked, "2026-11-23")
    talk.mail("2026-11-18 12:00", "out", "Хорошо, наберу вам в понедельник.", "2026-11-23")
    assert talk.next_contact(settings, "2026-11-20 10:00") == ("2026-11-23", "client_request")
