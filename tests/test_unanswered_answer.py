"""What answers a client's letter: mail elsewhere counts only when it went to the writer."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dealtrail.answered import awaiting
from tests.test_alarms import run
from tests.test_rules_world import World, at


@pytest.fixture
def world(db) -> World:  # type: ignore[no-untyped-def]
    return World(db)


def _mail(world: World, *, when: str, direction: str, thread: int, sender: str,
          to: list[str], is_request: int = 0, subject: str = "Кредитная линия") -> int:
    ident = world.message(when=at(when), direction=direction, client_id=world.romashka,
                          manager_id=world.anna, thread_id=thread, is_request=is_request,
                          subject=subject)
    world.db["messages"].update(ident, {"from_addr": sender, "to_addrs": json.dumps(to)})
    return ident


@pytest.mark.parametrize("subject,other_subject", [
    ("Кредитная линия: лимит", "Зарплатный проект: договор"),
    ("Credit line: the limit", "Payroll: the contract"),
])
def test_mail_in_another_thread_to_another_person_of_the_client_answers_nothing(
        world: World, settings: Any, subject: str, other_subject: str) -> None:
    asked = world.thread(world.romashka, subject)
    _mail(world, when="2026-11-20 10:00", direction="in", thread=asked,
          sender="cfo@romashka.ru", to=["anna@testbank.ru"], is_request=1, subject=subject)
    # The manager writes to the client's accountant on another matter the same day.
    elsewhere = world.thread(world.romashka, other_subject)
    _mail(world, when="2026-11-20 12:00", direction="out", thread=elsewhere,
          sender="anna@testbank.ru", to=["buh@romashka.ru"], subject=other_subject)
    assert run(world, settings, at("2026-11-25 10:00")).opened == 1
    [v] = world.violations("unanswered")
    assert v["status"] == "open"
    assert [r["thread_id"] for r in awaiting(world.db, at("2026-11-25 10:00"))] == [asked]


@pytest.mark.parametrize("to", [
    ["cfo@romashka.ru"],                       # a new subject, to the writer
    ["buh@romashka.ru", "CFO@romashka.ru"],    # to a colleague with the writer beside
])
def test_mail_in_another_thread_that_reaches_the_writer_still_answers(
        world: World, settings: Any, to: list[str]) -> None:
    asked = world.thread(world.romashka)
    _mail(world, when="2026-11-20 10:00", direction="in", thread=asked,
          sender="cfo@romashka.ru", to=["anna@testbank.ru"], is_request=1)
    _mail(world, when="2026-11-20 12:00", direction="out", thread=world.thread(world.romashka),
          sender="anna@testbank.ru", to=to)
    assert run(world, settings, at("2026-11-25 10:00")).opened == 0
    assert awaiting(world.db, at("2026-11-25 10:00")) == []


def test_a_reply_in_the_same_thread_answers_whoever_it_went_to(world: World,
                                                                settings: Any) -> None:
    asked = world.thread(world.romashka)
    _mail(world, when="2026-11-20 10:00", direction="in", thread=asked,
          sender="cfo@romashka.ru", to=["anna@testbank.ru"], is_request=1)
    _mail(world, when="2026-11-20 12:00", direction="out", thread=asked,
          sender="anna@testbank.ru", to=["buh@romashka.ru"])
    assert run(world, settings, at("2026-11-25 10:00")).opened == 0
