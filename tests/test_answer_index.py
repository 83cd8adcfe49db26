"""The first call or meeting after client mail is found by one index seek, whatever the
number of the client's letters (its ``email_in``/``email_out`` contacts) after it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from dealtrail import clock
from dealtrail.answered import answer_contact_sql, close_answered_requests
from tests.test_rules_world import World, at


@pytest.fixture
def world(db: Any) -> World:
    return World(db)


def test_the_first_call_or_meeting_after_a_letter_is_one_seek(db: Any) -> None:
    # Without an index of the calls and meetings alone the search read every later contact
    # of the client, letters included, when no call or meeting followed (3 s of CPU for the
    # requests of the Russian threads' 10,000 letters).
    query = "SELECT " + answer_contact_sql("1", "'2026-11-01'", "'2026-12-01'")
    plan = " ".join(str(row[-1]) for row in db.conn.execute("EXPLAIN QUERY PLAN " + query))
    assert "USING INDEX contacts_answer" in plan, plan


def _request(world: World, when: Any, text: str) -> int:
    t = world.thread(world.romashka)
    mid = world.message(when=when, direction="in", client_id=world.romashka,
                        manager_id=world.anna, thread_id=t, is_request=1, text=text)
    return world.db["promises"].insert({
        "message_id": mid, "party": "client", "action": "send", "text": text, "span_start": 0,
        "span_end": len(text), "made_at": clock.iso(when), "manager_id": world.anna,
        "client_id": world.romashka, "thread_id": t}).last_pk


def test_a_call_after_many_letters_answers_a_request_and_letters_in_alone_do_not(
        world: World) -> None:
    asked_ru = _request(world, at("2026-11-16 10:00"), "Пришлите, пожалуйста, счёт")
    asked_en = _request(world, at("2026-11-16 10:05"), "Could you send the invoice?")
    for k in range(300):           # the client's own letters: contacts that answer nothing
        world.contact(when=at("2026-11-16 11:00") + timedelta(minutes=k), client_id=world.romashka,
                      manager_id=world.anna, channel="email_in")
    close_answered_requests(world.db, at("2026-11-17 09:00"))
    assert [world.db["promises"].get(p)["status"] for p in (asked_ru, asked_en)] == ["open", "open"]
    world.contact(when=at("2026-11-17 12:00"), client_id=world.romashka, manager_id=world.anna,
                  channel="call")
    world.contact(when=at("2026-11-17 14:00"), client_id=world.romashka, manager_id=world.anna,
                  channel="meeting")
    close_answered_requests(world.db, at("2026-11-18 09:00"))
    for p in (asked_ru, asked_en):
        row = world.db["promises"].get(p)
        assert (row["status"], row["fulfilled_at"], row["fulfilled_message_id"]) == (
            "kept", clock.iso(at("2026-11-17 12:00")), None)
