"""Fewer, truer alarms: what needs an answer, what answers it, and who may raise alarms."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from dealtrail import clock
from indexer.analyze import needs_no_answer
from indexer.complaint import detect_complaint
from indexer.deal_signals import detect_signals
from indexer.intent import detect_intents
from rules import complaint_sla, unanswered
from rules.engine import run_rules
from tests.test_rules_world import World, at

SENT = datetime(2026, 11, 19, 9, 25, tzinfo=UTC)     # a Thursday


@pytest.fixture
def world(db) -> World:  # type: ignore[no-untyped-def]
    return World(db)


def run(world: World, settings: Any, when: Any):  # type: ignore[no-untyped-def]
    with clock.freeze(when):
        return run_rules(world.db, settings, registry=[unanswered.rule],
                         raise_errors=True).get("unanswered")


def is_request(text: str, lang: str = "ru") -> bool:
    """What the indexer decides for a client's message (indexer.analyze, same order)."""
    found = detect_intents(text, direction="in", ref_time=SENT, lang=lang)
    intents = [i for i in found if i.kind == "request"]
    signals = detect_signals(text, direction="in", ref_time=SENT, lang=lang)
    return (bool(intents) or "?" in text) and not needs_no_answer(text, signals, intents, SENT)


@pytest.mark.parametrize("text", [
    "Здравствуйте!",
    "Добрый день, Марина!",
    "Понятно, спасибо.",
    "Thanks, well received.",
    "К сведению: с понедельника у нас новый адрес склада.",
    "Мы выбрали другого поставщика, спасибо за работу.",
    "We are not interested at this time.",
    "Irina, received. Please call me on 27 November so we can go through the comments.",
])
def test_messages_that_need_no_answer_are_not_requests(text: str) -> None:
    assert not is_request(text, "en" if text.isascii() else "ru")


@pytest.mark.parametrize("text", [
    "Пришлите, пожалуйста, счёт.",
    "Ок, ждём проект договора с вашими правками.",
    "We are still waiting for your revised proposal.",
    "Здравствуйте! Какие сроки поставки?",
    "Перезвоните мне сегодня после обеда.",
])
def test_asks_and_questions_remain_requests(text: str) -> None:
    assert is_request(text, "en" if text.isascii() else "ru")


def test_a_message_to_the_client_in_another_thread_answers_its_question(world, settings):
    q = world.thread(world.romashka)
    world.message(when=at("2026-11-20 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=q, is_request=1)
    other = world.thread(world.romashka, subject="New subject")
    world.message(when=at("2026-11-20 12:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=other)
    assert run(world, settings, at("2026-11-25 10:00")).opened == 0
    assert world.violations() == []


def test_a_meeting_held_after_a_question_answers_it(world, settings):
    q = world.thread(world.romashka)
    world.message(when=at("2026-11-20 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=q, is_request=1)
    world.event(start=at("2026-11-20 15:00"), end=at("2026-11-20 16:00"),
                client_id=world.romashka, manager_id=world.anna)
    assert run(world, settings, at("2026-11-25 10:00")).opened == 0


def test_a_late_answer_in_another_thread_closes_the_alarm_as_late(world, settings):
    q = world.thread(world.romashka)
    world.message(when=at("2026-11-20 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=q, is_request=1)
    assert run(world, settings, at("2026-11-24 10:00")).opened == 1
    world.message(when=at("2026-11-24 11:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=world.thread(world.romashka, "Re: other"))
    run(world, settings, at("2026-11-24 12:00"))
    [v] = world.violations("unanswered")
    assert v["status"] == "kept_late"


def test_an_unknown_sender_raises_no_alarm_until_a_two_way_conversation(world, settings):
    stranger = world.db["clients"].insert({
        "name": "vitaliy", "key": "person:vitaliy@yandex.ru", "source": "person",
        "created_at": clock.iso(at("2026-11-01 09:00"))}).last_pk
    t = world.thread(stranger)
    world.message(when=at("2026-11-20 10:00"), direction="in", client_id=stranger,
                  manager_id=world.anna, thread_id=t, is_request=1)
    assert run(world, settings, at("2026-11-25 10:00")).opened == 0
    # Once we wrote to them and they asked again, they are a client like any other.
    world.message(when=at("2026-11-25 11:00"), direction="out", client_id=stranger,
                  manager_id=world.anna, thread_id=t)
    world.message(when=at("2026-11-25 12:00"), direction="in", client_id=stranger,
                  manager_id=world.anna, thread_id=t, is_request=1)
    assert run(world, settings, at("2026-11-30 12:00")).opened == 1


# ----------------------------------------------------------------------------- complaints

@pytest.mark.parametrize("text", [
    "Обслуживаюсь в другом банке, комиссии надоели. Что вы можете предложить?",
    "We bought 3 compressors from a local distributor in 2021 and since summer we are waiting "
    "two months for spare parts; the distributor does not answer our calls anymore.",
    "Прежний поставщик постоянно срывал сроки, надоело.",
])
def test_a_grievance_about_another_company_is_not_a_complaint_about_us(text: str) -> None:
    assert detect_complaint(text) is None


@pytest.mark.parametrize("text", [
    "Ваш банк снова списал комиссию дважды, безобразие!",
    "Your distributor in Almaty never answers, this is unacceptable.",
])
def test_a_grievance_that_names_us_stays_a_complaint(text: str) -> None:
    assert detect_complaint(text) is not None


def _complaint(world: World, when: Any) -> int:
    t = world.thread(world.romashka)
    mid = world.message(when=when, direction="in", client_id=world.romashka,
                        manager_id=world.anna, thread_id=t, is_request=1)
    return int(world.db["complaints"].insert({
        "key": f"message:{mid}", "client_id": world.romashka, "manager_id": world.anna,
        "message_id": mid, "text": "Платёж завис", "source": "inferred",
        "opened_at": clock.iso(when)}).last_pk)


def test_a_complaint_closes_when_the_manager_answers_the_client(world, settings):
    opened = at("2026-11-16 10:00")
    k = _complaint(world, opened)
    world.message(when=at("2026-11-16 11:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=world.thread(world.romashka, "Ответ"))
    with clock.freeze(at("2026-11-25 10:00")):
        run_rules(world.db, settings, registry=[complaint_sla.rule], raise_errors=True)
    row = world.db["complaints"].get(k)
    assert (row["status"], row["resolved_at"]) == ("resolved", clock.iso(at("2026-11-16 11:00")))
    assert world.violations("complaint_sla") == []


def test_an_unanswered_complaint_stays_open_and_breaks_its_deadline(world, settings):
    k = _complaint(world, at("2026-11-16 10:00"))
    with clock.freeze(at("2026-11-25 10:00")):
        run_rules(world.db, settings, registry=[complaint_sla.rule], raise_errors=True)
    assert world.db["complaints"].get(k)["status"] == "open"
    [v] = world.violations("complaint_sla")
    assert v["status"] == "open"
