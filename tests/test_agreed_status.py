"""What keeps a client's commitment: the act it names, not just any later letter."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from dealtrail import clock
from indexer.negotiations import fold_negotiations
from tests.test_rules_world import World, at


def said(world: World, thread: int, text: str, when: str, due: str | None) -> int:
    """An inbound message holding one commitment of the client; returns the signal's id."""
    message = world.message(when=at(when), direction="in", client_id=world.romashka,
                            manager_id=world.anna, thread_id=thread, text=text)
    return world.db["deal_signals"].insert({
        "message_id": message, "kind": "commitment", "side": "client", "text": text,
        "span_start": 0, "value": "", "due_at": clock.iso(at(due)) if due else None,
        "at": clock.iso(at(when)), "manager_id": world.anna, "client_id": world.romashka,
        "thread_id": thread}).last_pk


def status(world: World, settings: Any, signal: int, when: str) -> str:
    with clock.freeze(at(when)):
        fold_negotiations(world.db, settings)
    return world.db.conn.execute("SELECT status FROM deal_signals WHERE id = ?",
                                 (signal,)).fetchone()[0]


@pytest.fixture
def talk(db) -> tuple[World, int]:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = world.thread(world.romashka)
    for when, direction in (("2026-11-02 10:00", "in"), ("2026-11-02 12:00", "out")):
        world.message(when=at(when), direction=direction, client_id=world.romashka,
                      manager_id=world.anna, thread_id=thread, text="Лизинг погрузчиков")
    return world, thread


def meeting(world: World, start: str) -> None:
    world.event(start=at(start), end=at(start) + timedelta(hours=1), client_id=world.romashka,
                manager_id=world.anna)


@pytest.mark.parametrize("text", [
    "Во вторник в 10 подходит, пропуск на вас закажу.",
    "Tuesday at 10 works, I will book a meeting room for us.",
])
def test_a_visit_the_client_arranges_is_kept_by_the_meeting_held(talk, settings, text) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-05 09:00", "2026-11-10 23:59:59")
    meeting(world, "2026-11-10 10:00")
    assert status(world, settings, signal, "2026-11-12 10:00") == "kept"


def test_a_visit_with_no_meeting_held_by_its_day_is_broken(talk, settings) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, "Во вторник в 10 подходит, пропуск на вас закажу.",
                  "2026-11-05 09:00", "2026-11-10 23:59:59")
    meeting(world, "2026-11-17 10:00")       # moved a week: not kept on its day
    assert status(world, settings, signal, "2026-11-12 10:00") == "broken"


@pytest.mark.parametrize("text", [
    "Обсудим на встрече 24 ноября, приглашение пришлю сама.",
    "Let's go through it on 24 November, I'll send you an invite.",
])
def test_an_invitation_promised_is_kept_once_the_meeting_is_in_the_calendar(talk, settings,
                                                                             text) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-05 09:00", "2026-11-24 23:59:59")
    assert status(world, settings, signal, "2026-11-06 10:00") == "open"
    meeting(world, "2026-11-24 11:00")       # in the calendar, still ahead
    assert status(world, settings, signal, "2026-11-07 10:00") == "kept"


@pytest.mark.parametrize("text", [
    "Созвон по видео в четверг в 11, ссылку скину сама.",
    "Demo on Thursday at 11 over Teams, I'll send you the link.",
])
def test_a_link_to_a_video_meeting_is_its_invitation(talk, settings, text) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-09 09:00", "2026-11-12 11:00:00")
    meeting(world, "2026-11-12 11:00")
    assert status(world, settings, signal, "2026-11-13 10:00") == "kept"


@pytest.mark.parametrize("text", [
    "Ссылку на папку с документами пришлю до четверга.",
    "I'll send the link to the data room by Thursday.",
])
def test_a_link_to_documents_is_no_invitation(talk, settings, text) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-09 09:00", "2026-11-12 23:59:59")
    meeting(world, "2026-11-12 11:00")
    assert status(world, settings, signal, "2026-11-13 10:00") == "broken"


@pytest.mark.parametrize("text", [
    "Подпишем договор до 15 декабря.",
    "We expect to sign the lease before 15 December.",
])
def test_a_signature_promised_is_not_kept_by_a_chasing_letter(talk, settings, text) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-05 09:00", "2026-12-15 23:59:59")
    chase = world.message(when=at("2026-11-20 09:00"), direction="in", client_id=world.romashka,
                          manager_id=world.anna, thread_id=thread, text="Есть новости?")
    assert status(world, settings, signal, "2026-11-21 10:00") == "open"
    world.db["deal_signals"].insert({
        "message_id": chase, "kind": "won", "side": "client", "text": "Договор подписали.",
        "span_start": 0, "value": "", "at": clock.iso(at("2026-11-25 09:00")),
        "manager_id": world.anna, "client_id": world.romashka, "thread_id": thread})
    assert status(world, settings, signal, "2026-11-26 10:00") == "kept"


def test_other_dated_words_are_still_kept_by_the_clients_next_letter(talk, settings) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, "Вернёмся с решением до пятницы.", "2026-11-05 09:00",
                  "2026-11-06 23:59:59")
    world.message(when=at("2026-11-06 15:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Решение: берём.")
    assert status(world, settings, signal, "2026-11-09 10:00") == "kept"


@pytest.mark.parametrize("text,commitment", [
    ("Если решим по лимиту, подписываем договор до 20 декабря.", False),
    ("Если договоримся по ставке — подпишем договор до 20 декабря.", False),
    ("If our board approves the budget, we will sign the lease by 20 December.", False),
    ("Если согласуете скидку, подпишем договор до 20 декабря.", True),
    ("Подпишем договор до 20 декабря.", True),
])
def test_a_promise_waiting_on_the_clients_own_decision_is_no_commitment_yet(
        tmp_path, text: str, commitment: bool) -> None:  # type: ignore[no-untyped-def]
    from indexer.analyze import AnalyzeContext, analyze
    from indexer.parse import parse_message
    from indexer.runner import one_shot_settings

    owner = "ivanov@bank.ru"
    ctx = AnalyzeContext.for_mailbox(one_shot_settings(owner, tmp_path), owner)
    raw = (f"From: cfo@client-firm.ru\nTo: {owner}\nSubject: Lease\n"
           "Date: Mon, 16 Nov 2026 10:00:00 +0300\nMessage-ID: <c1@client-firm.ru>\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n").encode()
    found = analyze(parse_message(raw, "5:1"), ctx).signals
    assert any(s.kind == "commitment" for s in found) is commitment


@pytest.mark.parametrize("text", ["Аванс 30% перечислим до пятницы.",
                                  "We will pay the advance by Friday."])
def test_a_payment_promised_is_kept_by_the_sale_booked_for_the_client(talk, settings,
                                                                      text) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-04 09:00", "2026-11-06 23:59:59")
    assert status(world, settings, signal, "2026-11-05 10:00") == "open"
    world.db["sales"].insert({
        "external_id": "1C-0042", "manager_id": world.anna, "client_id": world.romashka,
        "booked_on": "2026-11-05", "amount_minor": 120_000_00, "currency": "RUB",
        "created_at": clock.iso(at("2026-11-05 12:00"))})
    assert status(world, settings, signal, "2026-11-09 10:00") == "kept"


def test_a_payment_with_no_sale_booked_by_its_day_is_broken(talk, settings) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, "Аванс 30% перечислим до пятницы.", "2026-11-04 09:00",
                  "2026-11-06 23:59:59")
    world.db["sales"].insert({
        "external_id": "1C-0043", "manager_id": world.anna, "client_id": world.romashka,
        "booked_on": "2026-11-12", "amount_minor": 120_000_00, "currency": "RUB",
        "created_at": clock.iso(at("2026-11-12 12:00"))})
    assert status(world, settings, signal, "2026-11-13 10:00") == "broken"


@pytest.mark.parametrize("text,due", [
    ("Спасибо, получили. Наши юристы посмотрят проект до 11 декабря.", "2026-12-11"),
    ("Thanks, received. Our legal will review the draft by Friday.", "2026-11-20"),
    ("Ваши юристы посмотрят проект до 11 декабря?", None),        # a question commits nobody
])
def test_the_clients_people_as_the_subject_commit_the_client(text: str, due: str | None) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from indexer.deal_signals import detect_signals

    ref = datetime(2026, 11, 17, 10, 0, tzinfo=ZoneInfo("Europe/Moscow"))
    found = [s for s in detect_signals(text, direction="in", ref_time=ref)
             if s.kind == "commitment"]
    assert [s.due.date().isoformat() if s.due else None for s in found] == (
        [due] if due else [])


@pytest.mark.parametrize("text,attached", [
    ("After we meet our board on Tuesday, we will revert by Wednesday.", 0),
    ("После встречи с правлением вернёмся к вам до среды.", 0),
    ("Подписанный экземпляр пришлём до среды.", 1),
])
def test_a_meeting_with_others_or_a_signed_copy_sent_is_kept_by_the_clients_letter(
        talk, settings, text, attached) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-05 09:00", "2026-11-11 23:59:59")
    world.message(when=at("2026-11-11 15:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Вот.", has_attachment=attached)
    assert status(world, settings, signal, "2026-11-12 10:00") == "kept"


@pytest.mark.parametrize("text,promise", [
    ("Ставку 82 000 за рейс фиксирую до конца марта.", False),
    ("Тариф зафиксируем на I квартал 2027 года.", False),
    ("We will hold the rate until 31 December.", False),
    ("Договор с новой ставкой пришлю до конца недели.", True),
])
def test_how_long_an_offer_holds_is_no_promise_of_the_manager(tmp_path, text: str,
                                                              promise: bool) -> None:  # type: ignore[no-untyped-def]
    from indexer.analyze import AnalyzeContext, analyze
    from indexer.parse import parse_message
    from indexer.runner import one_shot_settings

    owner = "ivanov@bank.ru"
    ctx = AnalyzeContext.for_mailbox(one_shot_settings(owner, tmp_path), owner)
    raw = (f"From: {owner}\nTo: cfo@client-firm.ru\nSubject: Rate\n"
           "Date: Mon, 16 Nov 2026 10:00:00 +0300\nMessage-ID: <r1@bank.ru>\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n").encode()
    found = analyze(parse_message(raw, "5:1"), ctx).intents
    assert any(i.kind == "promise" for i in found) is promise


@pytest.mark.parametrize("text", [
    "Подписанный договор привезу во вторник, 10 ноября.",
    "I will bring the signed agreement on Tuesday, 10 November.",
])
def test_something_the_client_brings_is_kept_by_the_meeting_held(talk, settings, text) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-05 09:00", "2026-11-10 23:59:59")
    meeting(world, "2026-11-10 15:00")
    assert status(world, settings, signal, "2026-11-12 10:00") == "kept"


@pytest.mark.parametrize("text", [
    "Решение за директором, он всё подписывает сам, вернусь к вам до пятницы.",
    "Our CEO signs everything himself, so I will come back to you by Friday.",
])
def test_signing_told_as_a_habit_leaves_the_promised_answer_to_decide(talk, settings, text) -> None:  # type: ignore[no-untyped-def]
    world, thread = talk
    signal = said(world, thread, text, "2026-11-09 09:00", "2026-11-13 23:59:59")
    world.message(when=at("2026-11-12 15:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Директор согласен, идём дальше.")
    assert status(world, settings, signal, "2026-11-16 10:00") == "kept"
