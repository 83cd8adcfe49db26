"""The next contact: a day the client asked to be answered by, and none for a lost deal."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dealtrail import clock
from indexer.deal_signals import detect_signals
from indexer.negotiations import fold_negotiations
from tests.test_rules_world import World, at

REF = datetime(2026, 11, 17, 14, 0, tzinfo=ZoneInfo("Europe/Moscow"))   # a Tuesday


def contact_days(text: str, direction: str) -> list[str]:
    return [s.value[:10] for s in detect_signals(text, direction=direction, ref_time=REF)
            if s.kind == "contact_date"]


@pytest.mark.parametrize("text,day", [
    ("Пришлите условия обслуживания. Ответьте, пожалуйста, до пятницы — закладываем бюджет.",
     "2026-11-20"),
    ("Could you send the service terms? Please reply by Thursday, we close the budget then.",
     "2026-11-19"),
])
def test_a_day_the_client_asks_to_be_answered_by_is_a_contact_it_asked_for(text: str,
                                                                            day: str) -> None:
    assert contact_days(text, "in") == [day]


@pytest.mark.parametrize("text", [
    "Ответьте, пожалуйста, до пятницы, подходит ли вам график.",
    "Please reply by Thursday if the schedule suits you.",
])
def test_the_manager_asking_for_a_reply_plans_no_contact(text: str) -> None:
    assert contact_days(text, "out") == []


def test_a_lost_deal_has_no_next_contact_from_an_old_request_or_promise(db, settings) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = world.thread(world.romashka)

    def mail(when: str, direction: str, text: str) -> int:
        return world.message(when=at(when), direction=direction, client_id=world.romashka,
                             manager_id=world.anna, thread_id=thread, text=text)

    def signal(message: int, when: str, kind: str, side: str, text: str, value: str = "") -> None:
        world.db["deal_signals"].insert({
            "message_id": message, "kind": kind, "side": side, "text": text, "span_start": 0,
            "value": value, "at": clock.iso(at(when)), "manager_id": world.anna,
            "client_id": world.romashka, "thread_id": thread})

    mail("2026-11-02 10:00", "in", "Нужен лизинг погрузчиков")
    offer = mail("2026-11-03 10:00", "out", "КП во вложении")
    signal(offer, "2026-11-03 10:00", "proposal", "manager", "КП во вложении")
    ask = mail("2026-11-05 10:00", "in", "Вернёмся к вопросу в январе.")
    signal(ask, "2026-11-05 10:00", "contact_date", "client", "Вернёмся к вопросу в январе.",
           "2027-01-11T00:00:00+03:00")
    with clock.freeze(at("2026-11-06 10:00")):
        fold_negotiations(world.db, settings)
    assert world.only_deal()["next_contact_source"] == "client_request"
    no = mail("2026-11-10 10:00", "in", "Мы выбрали другую лизинговую компанию.")
    signal(no, "2026-11-10 10:00", "lost", "client", "Мы выбрали другую лизинговую компанию.")
    with clock.freeze(at("2026-11-11 10:00")):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    assert (deal["stage"], deal["next_contact_at"], deal["next_contact_source"]) == (
        "lost", None, None)
    # A meeting still in the calendar is still the next contact.
    world.event(start=at("2026-11-20 10:00"), end=at("2026-11-20 10:00") + timedelta(hours=1),
                client_id=world.romashka, manager_id=world.anna)
    with clock.freeze(at("2026-11-12 10:00")):
        fold_negotiations(world.db, settings)
    assert world.only_deal()["next_contact_source"] == "calendar"


def test_a_day_a_client_names_from_a_zone_ahead_is_that_day_for_the_manager(db, settings) -> None:  # type: ignore[no-untyped-def]
    # The client writes from Vladivostok (+10): "let's talk on the 20th" is the 20th in the
    # manager's Moscow calendar, not the evening of the 19th; an hour named stays that hour.
    world = World(db)
    thread = world.thread(world.romashka)
    ask = world.message(when=at("2026-11-16 05:00"), direction="in", client_id=world.romashka,
                        manager_id=world.anna, thread_id=thread, text="Созвонимся 20-го?")
    world.message(when=at("2026-11-16 09:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Да, конечно.")

    def ask_for(value: str) -> None:
        world.db.conn.execute("DELETE FROM deal_signals")
        world.db["deal_signals"].insert({
            "message_id": ask, "kind": "contact_date", "side": "client", "text": "Созвонимся",
            "span_start": 0, "value": value, "at": clock.iso(at("2026-11-16 05:00")),
            "manager_id": world.anna, "client_id": world.romashka, "thread_id": thread})
        with clock.freeze(at("2026-11-17 10:00")):
            fold_negotiations(world.db, settings)

    moscow = ZoneInfo("Europe/Moscow")
    ask_for("2026-11-20T00:00:00+10:00")
    deal = world.only_deal()
    assert deal["next_contact_source"] == "client_request"
    assert clock.parse_iso(deal["next_contact_at"]).astimezone(moscow).date().isoformat() == (
        "2026-11-20")
    ask_for("2026-11-20T11:00:00+10:00")
    assert clock.parse_iso(world.only_deal()["next_contact_at"]).astimezone(moscow).isoformat() == (
        "2026-11-20T04:00:00+03:00")


def _two_products(world: World) -> tuple[int, int]:
    """Romashka's two conversations with Anna, one about each product (named in the subject)."""
    world.db["products"].insert_all([
        {"id": 1, "code": "credit", "name_en": "Loans", "name_ru": "Кредиты"},
        {"id": 2, "code": "deposit", "name_en": "Deposits", "name_ru": "Депозиты"}])
    threads = []
    for day, code in (("2026-11-02", "credit"), ("2026-11-09", "deposit")):
        thread = world.thread(world.romashka, subject=code)
        for hour, direction in (("10:00", "in"), ("12:00", "out")):
            sent = world.message(when=at(f"{day} {hour}"), direction=direction,
                                 client_id=world.romashka, manager_id=world.anna,
                                 thread_id=thread, text=code)
            world.db["deal_signals"].insert({
                "message_id": sent, "kind": "product", "side": "client", "text": code,
                "span_start": -2, "value": code, "at": clock.iso(at(f"{day} {hour}")),
                "manager_id": world.anna, "client_id": world.romashka, "thread_id": thread})
        threads.append(thread)
    return threads[0], threads[1]


def _deals_by_product(world: World) -> dict[str, dict[str, Any]]:
    cur = world.db.conn.execute("SELECT p.code, d.* FROM deals d JOIN products p"
                                " ON p.id = d.product_id")
    names = [c[0] for c in cur.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cur.fetchall()}


@pytest.mark.parametrize("closing", ["won", "sale"])
def test_a_meeting_plans_the_clients_open_deal_not_the_one_already_won(
        db, settings, closing: str) -> None:  # type: ignore[no-untyped-def]
    # The loan was signed (or booked as a sale); the deposit is still being talked about. The
    # meeting in the calendar and the call the manager promised are about the open deal.
    world = World(db)
    credit, _ = _two_products(world)
    world.message(when=at("2026-11-04 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=credit, text="Нужен лимит побольше.")
    if closing == "won":
        signed = world.message(when=at("2026-11-05 10:00"), direction="in",
                               client_id=world.romashka, manager_id=world.anna, thread_id=credit,
                               text="Договор подписан.")
        world.db["deal_signals"].insert({
            "message_id": signed, "kind": "won", "side": "client", "text": "Договор подписан.",
            "span_start": 0, "value": "", "at": clock.iso(at("2026-11-05 10:00")),
            "manager_id": world.anna, "client_id": world.romashka, "thread_id": credit})
    else:
        world.db["sales"].insert({"manager_id": world.anna, "product_id": 1,
                                  "client_id": world.romashka, "booked_on": "2026-11-06",
                                  "amount_minor": 100_000_00, "currency": "RUB",
                                  "created_at": "2026-11-06"})
    world.event(start=at("2026-11-24 11:00"), end=at("2026-11-24 12:00"),
                client_id=world.romashka, manager_id=world.anna)
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    deals = _deals_by_product(world)
    assert deals["credit"]["status"] == "won"
    assert (deals["credit"]["next_contact_at"], deals["credit"]["next_contact_source"]) == (
        None, None)
    assert deals["deposit"]["next_contact_source"] == "calendar"


def _won_deal_world(db: Any) -> tuple[World, int]:
    """One conversation with Romashka, a meeting, and the sale that makes its deal won."""
    world = World(db)
    thread = world.thread(world.romashka)
    for when, direction in (("2026-11-02 10:00", "in"), ("2026-11-02 12:00", "out")):
        world.message(when=at(when), direction=direction, client_id=world.romashka,
                      manager_id=world.anna, thread_id=thread, text="Условия")
    world.db["sales"].insert({"manager_id": world.anna, "client_id": world.romashka,
                              "booked_on": "2026-11-06", "amount_minor": 100_000_00,
                              "currency": "RUB", "created_at": "2026-11-06"})
    world.event(start=at("2026-11-03 11:00"), end=at("2026-11-03 12:00"),
                client_id=world.romashka, manager_id=world.anna)
    return world, thread


def test_a_won_deal_alone_keeps_its_meeting(db, settings) -> None:  # type: ignore[no-untyped-def]
    # With no other negotiation open, the meeting after the signing (the hand-over, the next
    # order) is still this deal's next contact.
    world, thread = _won_deal_world(db)
    world.event(start=at("2026-11-24 11:00"), end=at("2026-11-24 12:00"),
                client_id=world.romashka, manager_id=world.anna)
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    assert (deal["status"], deal["next_contact_source"]) == ("won", "calendar")


@pytest.mark.parametrize("talk", ["calendar", "client_request", "promise"])
def test_a_document_promised_just_before_a_planned_talk_leaves_the_talk_the_next_contact(
        db, settings, talk: str) -> None:  # type: ignore[no-untyped-def]
    # "Расчёт пришлю до понедельника" and, planned, a talk on Wednesday: a meeting in the
    # calendar, the client's "call me on Wednesday", or the manager's own "I'll call you".
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Нужен расчёт.")
    sent = world.message(when=at("2026-11-17 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text="Расчёт пришлю.")
    world.promise(message_id=sent, made=at("2026-11-17 10:00"), due=at("2026-11-23 23:59"),
                  action="send", client_id=world.romashka, manager_id=world.anna,
                  thread_id=thread, text="Расчёт пришлю до понедельника.")
    if talk == "calendar":
        world.event(start=at("2026-11-25 11:00"), end=at("2026-11-25 12:00"),
                    client_id=world.romashka, manager_id=world.anna)
    elif talk == "promise":
        later = world.message(when=at("2026-11-17 11:00"), direction="out",
                              client_id=world.romashka, manager_id=world.anna, thread_id=thread,
                              text="I'll call you on Wednesday.")
        world.promise(message_id=later, made=at("2026-11-17 11:00"), due=at("2026-11-25 23:59"),
                      action="call", client_id=world.romashka, manager_id=world.anna,
                      thread_id=thread, text="I'll call you on Wednesday to go through it.")
    else:
        asked = world.message(when=at("2026-11-18 10:00"), direction="in",
                              client_id=world.romashka, manager_id=world.anna, thread_id=thread,
                              text="Наберите меня в среду.")
        world.db["deal_signals"].insert({
            "message_id": asked, "kind": "contact_date", "side": "client",
            "text": "Наберите меня в среду.", "span_start": 0,
            "value": "2026-11-25T00:00:00+03:00", "at": clock.iso(at("2026-11-18 10:00")),
            "manager_id": world.anna, "client_id": world.romashka, "thread_id": thread})
    with clock.freeze(at("2026-11-19 10:00")):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    assert deal["next_contact_source"] == talk
    assert clock.parse_iso(deal["next_contact_at"]).astimezone(
        ZoneInfo("Europe/Moscow")).date().isoformat() == "2026-11-25"


def test_a_document_promised_with_no_talk_soon_after_is_the_next_contact(db, settings) -> None:  # type: ignore[no-untyped-def]
    # The meeting is weeks later: the document due on Monday is what comes next.
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Need the schedule.")
    sent = world.message(when=at("2026-11-17 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text="Will do.")
    world.promise(message_id=sent, made=at("2026-11-17 10:00"), due=at("2026-11-23 23:59"),
                  action="send", client_id=world.romashka, manager_id=world.anna,
                  thread_id=thread, text="I'll send the revised schedule by Monday.")
    world.event(start=at("2026-12-10 11:00"), end=at("2026-12-10 12:00"),
                client_id=world.romashka, manager_id=world.anna)
    with clock.freeze(at("2026-11-19 10:00")):
        fold_negotiations(world.db, settings)
    assert world.only_deal()["next_contact_source"] == "promise"


@pytest.mark.parametrize("text,direction,days", [
    # Something arriving by a day is a deadline, not a visit.
    ("If the bank's comments come by 24 November, we can sign the week after.", "out", []),
    ("The signed originals should come by Friday, then the advance goes out.", "in", []),
    # A visit still is: "come by on Thursday", "come by our office on the 26th".
    ("Could you come by on Thursday at 11? The site manager will be there.", "out",
     ["2026-11-19"]),
    ("Feel free to come by our office on the 26th, after lunch.", "in", ["2026-11-26"]),
])
def test_come_by_a_day_is_a_deadline_and_come_by_on_a_day_a_visit(text: str, direction: str,
                                                                   days: list[str]) -> None:
    assert contact_days(text, direction) == days


@pytest.mark.parametrize("action,text,deposit_source", [
    ("call", "Наберу вас в среду, обсудим оба вопроса.", "promise"),
    ("meet", "I'll come to your office on Wednesday to go through both.", "promise"),
    # A document promised is about its own conversation's product.
    ("send", "I'll send the revised loan schedule on Wednesday.", None),
])
def test_a_talk_planned_in_one_conversation_plans_each_open_deal_of_the_client(
        db, settings, action: str, text: str, deposit_source: str | None) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    credit, _ = _two_products(world)
    said = world.message(when=at("2026-11-12 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=credit, text=text)
    world.promise(message_id=said, made=at("2026-11-12 10:00"), due=at("2026-11-18 23:59"),
                  action=action, client_id=world.romashka, manager_id=world.anna,
                  thread_id=credit, text=text)
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    deals = _deals_by_product(world)
    assert deals["credit"]["next_contact_source"] == "promise"
    assert deals["deposit"]["next_contact_source"] == deposit_source


@pytest.mark.parametrize("text,expected", [
    # A day to talk named in the deposit's conversation is the deposit's ...
    ("Let's talk on the 19th, both topics.", {"credit": None, "deposit": "client_request"}),
    ("Созвонимся 19-го, обсудим.", {"credit": None, "deposit": "client_request"}),
    # ... and the credit's too when it names the credit.
    ("Созвонимся 19-го — заодно и по кредиту.",
     {"credit": "client_request", "deposit": "client_request"}),
    ("Can we speak on the 19th about the loan as well?",
     {"credit": "client_request", "deposit": "client_request"}),
])
def test_a_day_named_to_talk_plans_its_conversations_deal_and_the_products_it_names(
        db, settings, text: str, expected: dict[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    _, deposit = _two_products(world)
    asked = world.message(when=at("2026-11-12 10:00"), direction="in", client_id=world.romashka,
                          manager_id=world.anna, thread_id=deposit, text=text)
    world.db["deal_signals"].insert({
        "message_id": asked, "kind": "contact_date", "side": "client", "text": text,
        "span_start": 0, "value": "2026-11-19T00:00:00+03:00",
        "at": clock.iso(at("2026-11-12 10:00")), "manager_id": world.anna,
        "client_id": world.romashka, "thread_id": deposit})
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    assert {code: d["next_contact_source"] for code, d in _deals_by_product(world).items()} == (
        expected)


@pytest.mark.parametrize("title,expected", [
    # A meeting whose title names no product is about the conversation last written in
    # (the deposit's here), not about a loan talked over weeks before ...
    ("Встреча в офисе клиента", {"credit": None, "deposit": "calendar"}),
    ("Quarterly catch-up", {"credit": None, "deposit": "calendar"}),
    # ... and one that names a product is that product's too.
    ("Подписание кредитного договора", {"credit": "calendar", "deposit": "calendar"}),
    ("Loan agreement signing", {"credit": "calendar", "deposit": "calendar"}),
])
def test_a_meeting_is_about_the_products_it_names_and_the_conversation_last_written_in(
        db, settings, title: str, expected: dict[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    _two_products(world)
    world.event(start=at("2026-11-20 11:00"), end=at("2026-11-20 12:00"),
                client_id=world.romashka, manager_id=world.anna, summary=title)
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    assert {code: d["next_contact_source"] for code, d in _deals_by_product(world).items()} == (
        expected)


@pytest.mark.parametrize("text,days", [
    # A meeting the client holds without us sets a date for its decision, not a contact.
    ("The proposal is with our CFO, we will decide by 4 December, after their budget meeting.",
     []),
    ("Our board meeting is on 2 December; we will revert afterwards.", []),
    # A meeting with us still is one.
    ("Can we set up a meeting on 2 December to walk through the terms?", ["2026-12-02"]),
])
def test_a_meeting_the_client_holds_without_us_is_no_contact(text: str, days: list[str]) -> None:
    assert contact_days(text, "in") == days


@pytest.mark.parametrize("text,direction,day", [
    # A day named inside the month named is the date meant, wherever the cue stands.
    ("Вернёмся к этому в январе: наберите мне 20 января, когда утвердят бюджет.", "in",
     "2027-01-20"),
    ("Let's pick this up in January - call me on 12 January, once the budget is signed off.",
     "in", "2027-01-12"),
    ("Созвонимся в декабре, я предлагаю 8 декабря в 11:00.", "out", "2026-12-08"),
])
def test_a_day_named_inside_the_month_named_is_the_contact_date(text: str, direction: str,
                                                                 day: str) -> None:
    assert contact_days(text, direction) == [day]


def _next_after_answer(db, settings, asked: str, ask_text: str, said: str, answer: str,
                       answer_text: str, promised: str) -> tuple[str, str]:
    """The deal's next contact (Moscow day, source) after the client names a day (``said``)
    at ``asked`` and the manager answers with a call promised for ``promised`` at ``answer``."""
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Условия")
    ask = world.message(when=at(asked), direction="in", client_id=world.romashka,
                        manager_id=world.anna, thread_id=thread, text=ask_text)
    world.db["deal_signals"].insert({
        "message_id": ask, "kind": "contact_date", "side": "client", "text": ask_text,
        "span_start": 0, "value": said, "at": clock.iso(at(asked)), "manager_id": world.anna,
        "client_id": world.romashka, "thread_id": thread})
    reply = world.message(when=at(answer), direction="out", client_id=world.romashka,
                          manager_id=world.anna, thread_id=thread, text=answer_text)
    world.promise(message_id=reply, made=at(answer), due=at(promised), action="call",
                  client_id=world.romashka, manager_id=world.anna, thread_id=thread,
                  text=answer_text)
    with clock.freeze(at("2026-11-19 10:00")):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    return (clock.parse_iso(deal["next_contact_at"]).astimezone(ZoneInfo("Europe/Moscow"))
            .date().isoformat(), deal["next_contact_source"])


@pytest.mark.parametrize("asked,said,answer,promised,expected", [
    # «наберите мне 18 января» — «наберу 18-го»: the bare 18th resolved to 18 December is the
    # client's 18 January.
    ("2026-11-18 10:00", "2027-01-18T00:00:00+03:00", "2026-11-18 11:00", "2026-12-18 23:59",
     ("2027-01-18", "client_request")),
    # "Call me on 12 January" - "Will do, on the 12th."
    ("2026-11-18 10:00", "2027-01-12T00:00:00+03:00", "2026-11-18 12:00", "2026-12-12 23:59",
     ("2027-01-12", "client_request")),
    # A promise said before the client named its day answers nothing: the earlier day stands.
    ("2026-11-18 10:00", "2027-01-18T00:00:00+03:00", "2026-11-17 11:00", "2026-12-18 23:59",
     ("2026-12-18", "promise")),
])
def test_a_bare_day_agreeing_to_the_day_the_client_named_is_that_day(
        db, settings, asked: str, said: str, answer: str, promised: str,
        expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert _next_after_answer(db, settings, asked, "Наберите мне.", said, answer,
                              "Наберу 18-го.", promised) == expected


@pytest.mark.parametrize("text,direction", [
    # A month with no day in it is a pause, whoever names it: no contact is planned.
    ("Бюджет утвердят позже, давайте вернёмся к закупке в марте.", "in"),
    ("We can pick this up again in April, after the audit.", "in"),
    ("Тогда наберу вам в феврале, как выйдет новый прайс.", "out"),
    ("I will call you in May when the new line is running.", "out"),
])
def test_a_month_with_no_day_named_plans_no_contact(text: str, direction: str) -> None:
    assert contact_days(text, direction) == []


@pytest.mark.parametrize("text,direction,days", [
    # A week the manager names is as vague as a month: no day to hold the contact to ...
    ("Соберу варианты и наберу вам где-то на следующей неделе.", "out", []),
    ("Let me check with engineering, I'll ring you early next week.", "out", []),
    # ... while a client asking for a week waits from its first day.
    ("Сейчас отчётный период, наберите в начале следующей недели.", "in", ["2026-11-23"]),
    ("Busy with the audit - give me a call early next week.", "in", ["2026-11-23"]),
])
def test_a_week_the_manager_names_plans_no_contact_a_week_the_client_asks_for_does(
        text: str, direction: str, days: list[str]) -> None:
    assert contact_days(text, direction) == days


@pytest.mark.parametrize("grain,expected", [
    # «Напомню о себе в марте»: a promise dated only by its month plans no contact, nor one
    # dated only by its week («наберу на следующей неделе») ...
    ("month", None),
    ("week", None),
    # ... one dated by its day does: «Напомню о себе 3 марта».
    ("day", ("2027-03-03", "promise")),
])
def test_a_promise_dated_only_by_its_month_plans_no_contact(
        db, settings, grain: str, expected: tuple[str, str] | None) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Сейчас не до этого.")
    sent = world.message(when=at("2026-11-17 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text="Понял.")
    due = {"month": "2027-03-31 23:59", "week": "2026-11-29 23:59"}.get(grain, "2027-03-03 23:59")
    world.promise(message_id=sent, made=at("2026-11-17 10:00"), due=at(due), action="call",
                  client_id=world.romashka, manager_id=world.anna, thread_id=thread,
                  text="Напомню о себе в марте.", grain=grain)
    with clock.freeze(at("2026-11-19 10:00")):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    found = (clock.parse_iso(deal["next_contact_at"]).astimezone(ZoneInfo("Europe/Moscow"))
             .date().isoformat(), deal["next_contact_source"]) if deal["next_contact_at"] else None
    assert found == expected


@pytest.mark.parametrize("note,day", [
    ("Соколов: торгуется по цене, думает. Договорились созвониться 1.12", "2026-12-01"),
    ("Wants the discount in writing; agreed to call back on Tuesday", "2026-12-01"),
    ("Соколов: торгуется по цене, думает.", None),
])
def test_a_call_the_call_logs_note_plans_is_the_next_contact(db, settings, note: str,
                                                             day: str | None) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-20 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Нужен расчёт по лизингу.")
    world.message(when=at("2026-11-20 12:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Посчитаю, наберу вас.")
    when = clock.iso(at("2026-11-26 15:00"))                                  # a Thursday
    call = db["calls"].insert({
        "key": "import:1", "manager_id": world.anna, "client_id": world.romashka,
        "direction": "out", "at": when, "duration_s": 600, "note": note, "source": "import",
        "created_at": when}).last_pk
    db["contacts"].insert({"key": f"call:{call}", "manager_id": world.anna,
                           "client_id": world.romashka, "at": when, "channel": "call",
                           "call_id": call})
    with clock.freeze(at("2026-11-27 09:00")):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    found = (deal["next_contact_at"] and clock.parse_iso(deal["next_contact_at"]).astimezone(
        ZoneInfo("Europe/Moscow")).date().isoformat(), deal["next_contact_source"])
    assert found == ((day, "call") if day else (None, None))


@pytest.mark.parametrize("text,direction,days", [
    # A visit asked for, the client's deadline for our answer, the manager's ring.
    ("Come and see the line running on 20 November.", "in", ["2026-11-20"]),
    ("Ваш ответ нужен до пятницы — закрываем бюджет.", "in", ["2026-11-20"]),
    ("We need your answer by Thursday.", "in", ["2026-11-19"]),
    ("I'll give you a ring on Friday about the samples.", "out", ["2026-11-20"]),
    # Not ours to answer, and the manager's own deadline plans nothing.
    ("Ответ нужен от наших юристов до пятницы.", "in", []),
    ("We need the answer by Friday from our auditors.", "in", []),
    ("Ответ нужен до пятницы, иначе не успеем.", "out", []),
])
def test_a_visit_asked_for_an_answer_needed_by_a_day_and_a_ring_are_contacts(
        text: str, direction: str, days: list[str]) -> None:
    assert contact_days(text, direction) == days


@pytest.mark.parametrize("action,text,answered,expected", [
    # The manager's dated promise to call or meet that passed in silence is still the next
    # contact: the missed one, which the rules report, not none at all.
    ("call", "Позвоню вам в понедельник, уточним по подписанию.", False,
     ("2026-11-23", "promise")),
    ("meet", "I'll get in touch on Monday to arrange the site visit.", False,
     ("2026-11-23", "promise")),
    # A document promised and not sent is owed still: its day is the missed contact
    # (tests/test_next_contact_overdue.py).
    ("send", "Коммерческое предложение пришлю в понедельник.", False,
     ("2026-11-23", "promise")),
    # A contact after the day answers it: nothing is planned any more.
    ("call", "I'll ring you on Monday about the signing.", True, None),
])
def test_a_promise_whose_day_passed_with_no_contact_stays_the_next_contact(
        db, settings, action: str, text: str, answered: bool,
        expected: tuple[str, str] | None) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Ждём от вас новостей.")
    sent = world.message(when=at("2026-11-17 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text="Хорошо.")
    world.contact(when=at("2026-11-17 10:00"), client_id=world.romashka, manager_id=world.anna)
    promise = world.promise(message_id=sent, made=at("2026-11-17 10:00"),
                            due=at("2026-11-23 23:59"), action=action,
                            client_id=world.romashka, manager_id=world.anna, thread_id=thread,
                            text=text)
    # What the broken-promise rule writes once the deadline passed unkept.
    world.db["promises"].update(promise, {"status": "broken"})
    if answered:
        world.contact(when=at("2026-11-24 12:00"), client_id=world.romashka,
                      manager_id=world.anna, channel="call")
    with clock.freeze(at("2026-11-26 10:00")):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    found = (clock.parse_iso(deal["next_contact_at"]).astimezone(ZoneInfo("Europe/Moscow"))
             .date().isoformat(), deal["next_contact_source"]) if deal["next_contact_at"] else None
    assert found == expected


def test_a_promise_whose_day_passed_gives_way_to_a_contact_planned_ahead(db, settings) -> None:  # type: ignore[no-untyped-def]
    # The manager missed Monday's call, then the client booked a meeting for the 3rd.
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Please call us about the terms.")
    sent = world.message(when=at("2026-11-17 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text="Хорошо.")
    world.contact(when=at("2026-11-17 10:00"), client_id=world.romashka, manager_id=world.anna)
    promise = world.promise(message_id=sent, made=at("2026-11-17 10:00"),
                            due=at("2026-11-23 23:59"), action="call",
                            client_id=world.romashka, manager_id=world.anna, thread_id=thread,
                            text="Наберу вас в понедельник.")
    world.db["promises"].update(promise, {"status": "broken"})
    world.event(start=at("2026-12-03 11:00"), end=at("2026-12-03 12:00"),
                client_id=world.romashka, manager_id=world.anna)
    with clock.freeze(at("2026-11-26 10:00")):
        fold_negotiations(world.db, settings)
    assert world.only_deal()["next_contact_source"] == "calendar"


def test_a_won_deals_promise_whose_day_passed_plans_no_contact(db, settings) -> None:  # type: ignore[no-untyped-def]
    # The call about the closing papers, promised after the sale, is after-sales business.
    world, thread = _won_deal_world(db)
    sent = world.message(when=at("2026-11-17 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text="Call on Friday.")
    world.contact(when=at("2026-11-17 10:00"), client_id=world.romashka, manager_id=world.anna)
    promise = world.promise(message_id=sent, made=at("2026-11-17 10:00"),
                            due=at("2026-11-20 23:59"), action="call",
                            client_id=world.romashka, manager_id=world.anna, thread_id=thread,
                            text="I'll call you on Friday about the closing papers.")
    world.db["promises"].update(promise, {"status": "broken"})
    with clock.freeze(at("2026-11-26 10:00")):
        fold_negotiations(world.db, settings)
    deal = world.only_deal()
    assert (deal["status"], deal["next_contact_at"]) == ("won", None)


@pytest.mark.parametrize("text,direction,days", [
    # The client asking for our word or our signature by a day is a day it asked for.
    ("Просим подписать договор поставки и вернуть один экземпляр до 25.11.2026.", "in",
     ["2026-11-25"]),
    ("Прошу дать вашу позицию по протоколу разногласий до пятницы.", "in", ["2026-11-20"]),
    ("Kindly sign the order form and send it back by Thursday.", "in", ["2026-11-19"]),
    ("Please confirm the delivery slot by 24 November.", "in", ["2026-11-24"]),
    # The manager asking the same plans no contact of its own.
    ("Please confirm the delivery slot by 24 November.", "out", []),
])
def test_a_day_the_client_asks_for_our_word_or_signature_by_is_a_contact(
        text: str, direction: str, days: list[str]) -> None:
    assert contact_days(text, direction) == days


@pytest.mark.parametrize("text,direction,day", [
    ("Бюджет утвердят к 24-му, так что созвонимся после 25-го.", "in", "2026-11-26"),
    ("До праздников не успеем — наберите после 12 января, пожалуйста.", "in", "2027-01-13"),
    ("Board sits on the 24th, so let's talk after the 25th.", "in", "2026-11-26"),
    ("Call me after Monday, the auditors are here until then.", "in", "2026-11-24"),
    ("Перезвоню вам после 30 ноября, когда вернусь из отпуска.", "out", "2026-12-01"),
    # the day itself, with no "after", stays that day
    ("Созвонимся 25-го, в первой половине дня.", "in", "2026-11-25"),
])
def test_a_day_waited_past_plans_the_contact_from_the_day_after(text: str, direction: str,
                                                                day: str) -> None:
    """"After the 25th" excludes the 25th: the talk is planned from the 26th."""
    assert contact_days(text, direction) == [day]
