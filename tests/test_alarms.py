"""Fewer, truer alarms: what needs an answer, what answers it, and who may raise alarms."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from dealtrail import clock, config
from dealtrail.cli import main
from dealtrail.directory import sync_directory
from dealtrail.store import open_db, rows
from indexer.analyze import chases, contact_promised, needs_no_answer
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


def is_request(text: str, lang: str | None = None) -> bool:
    """What the indexer decides for a client's message (indexer.analyze, same order); ``lang``
    None: English for a text all in ASCII, else Russian."""
    lang = lang or ("en" if text.isascii() else "ru")
    found = detect_intents(text, direction="in", ref_time=SENT, lang=lang)
    intents = [i for i in found if i.kind == "request"]
    signals = detect_signals(text, direction="in", ref_time=SENT, lang=lang)
    return ((bool(intents) or "?" in text or chases(text))
            and not needs_no_answer(text, signals, intents, SENT,
                                    promised=contact_promised(found)))


@pytest.mark.parametrize("text", [
    "Здравствуйте!",
    "Добрый день, Марина!",
    "Понятно, спасибо.",
    "Thanks, well received.",
    "К сведению: с понедельника у нас новый адрес склада.",
    "Мы выбрали другого поставщика, спасибо за работу.",
    "We are not interested at this time.",
    "Irina, received. Please call me on 27 November so we can go through the comments.",
    # A status update: an apology for going quiet and the client's own plans.
    "Ольга, простите, что долго молчали. Подписанную заявку отправим в четверг.",
    "Sorry for the silence on our side. We will send the passport copies early next week.",
    # A heads-up: the reader is to be ready or aware.
    "The carrier says the trucks load on Monday. Kindly be prepared.",
    "Банк поставщика отправит гарантию в пятницу. Будьте готовы.",
    # The client's own promise kept is no chase of ours.
    # The client's own side's approval: where the deal waits, no ask of ours.
    "Fine by us in principle. We need board approval first, I will come back to you on Monday.",
    "Условия подходят. Нам нужно согласование правления, вернусь к вам в четверг.",
    # ... said with the verb, naming whom on the client's side it waits for
    "В целом подходит, нужно согласовать с учредителями.",
    "Сначала нужно обсудить с партнёром, дам знать.",
    "Looks good. I need to check with my CFO first, she is back on Monday.",
    "Как и обещали, высылаем заполненную анкету.",
    "As promised, the signed application form is attached.",
])
def test_messages_that_need_no_answer_are_not_requests(text: str) -> None:
    assert not is_request(text)


@pytest.mark.parametrize("text", [
    "Пришлите, пожалуйста, счёт.",
    "Ок, ждём проект договора с вашими правками.",
    "We are still waiting for your revised proposal.",
    "Здравствуйте! Какие сроки поставки?",
    "Перезвоните мне сегодня после обеда.",
    # A reminder chases what we owe with no question or imperative in it.
    "Ольга, счёта так и нет. Напоминаю, что оплатить нужно до пятницы.",
    "Still no word on the revised itinerary from your side.",
    "Извините, что беспокою, пришлите, пожалуйста, счёт.",
    "The trucks load on Monday. Please be ready and confirm the loading time.",
    "We need your approval of the revised layout before we order the racks.",
    "Нам нужно ваше согласование спецификации до пятницы.",
    # the same need beside an ask, or one that names the reader, still asks
    "Пришлите расчёт на 12 месяцев — нужно согласовать с директором.",
    "We have to clear this with our board, please send the final deck by Friday.",
    "Нужно согласовать с вами график монтажа до конца недели.",
    # Our own promise held up to us is a chase, with no question or "still" in it.
    "Обещали расчёт к пятнице, сегодня вторник, а от вас ни слова.",
    "You promised the revised schedule last week and we have heard nothing since.",
])
def test_asks_and_questions_remain_requests(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize("text,asks", [
    # a talk named, or a time offered taken, with a later day: the next contact, no ask
    ("Got it, thanks. Speak on Monday.", False),
    ("Monday suits us, but not before 3 pm please.", False),
    ("Понедельник нам подходит, только не раньше 15:00, пожалуйста.", False),
    ("Спасибо, получили. Встретимся в понедельник у нас.", False),
    # the same with something to be sent or done asks for it
    ("Monday suits us, please send the agenda before then.", True),
    ("Понедельник подходит, пришлите, пожалуйста, повестку заранее.", True),
    # a time taken for the very next day may still want a word back today
    ("Friday suits us, but not before 3 pm please.", True),
])
def test_a_later_talk_or_a_time_taken_needs_no_answer(text: str, asks: bool) -> None:
    assert is_request(text) is asks


@pytest.mark.parametrize("text,asks", [
    # a time offered, taken in a sentence of its own, and only how to reach or find the
    # client then: the meeting or the call is the answer
    ("Wednesday, 25 November at 11:00 works for us. Please use the side gate on Elm Street.",
     False),
    ("Tuesday at 4 pm is fine. Ring me on 555-0188 when you are downstairs.", False),
    ("Hi Tom,\nMonday the 30th at 10 suits us. Please sign in at the front desk on arrival.",
     False),
    ("Во вторник в 14:00 нам удобно. Подъезжайте к северному въезду, пропуск будет на проходной.",
     False),
    ("Павел, 26-го в 10 утра подходит. Набирайте по приезде, спущусь.", False),
    ("Понедельник, 30 ноября, в 15:00 устраивает. Звоните на рабочий, 8 343 555-12-12.", False),
    # the same time turned down, or an ask that wants something besides, still asks
    ("Wednesday at 11 does not suit us. Please use the side gate if you come.", True),
    ("Во вторник в 14:00 не подходит. Набирайте, договоримся.", True),
    ("Tuesday at 4 pm is fine. Please send the floor plan before then.", True),
    ("Wednesday, 25 November at 11 works. Please quote the parking spaces as a separate line.",
     True),
    ("Во вторник в 14:00 удобно. Пришлите, пожалуйста, схему проезда и пропуск на машину.", True),
    # for the very next day a word back today may still be wanted
    ("Friday at 10 works. Please use the side gate.", True),
    # news of the deal beside it may want a word back
    ("Tuesday at 4 pm is fine. Ring me from reception. Our director has signed the forms today.",
     True),
    ("Во вторник в 14:00 нам удобно. Звоните с проходной. Анкеты мы вчера передали в бухгалтерию.",
     True),
])
def test_a_time_taken_with_the_way_in_needs_no_answer(text: str, asks: bool) -> None:
    assert is_request(text) is asks


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


def test_a_complaint_that_reached_no_manager_is_the_owners_for_the_rule_reports_and_pane(
        world, settings):
    # A complaint from a shared mailbox names no manager: the deadline rule charged the
    # client's owner with it, while the workload counted it as nobody's and the owner could
    # neither see it on the client's card nor close it.
    from dealtrail import access
    from reports import api

    k = int(world.db["complaints"].insert({
        "key": "shared:1", "client_id": world.romashka, "text": "Платёж завис",
        "source": "keyword", "opened_at": clock.iso(at("2026-11-16 10:00"))}).last_pk)
    with clock.freeze(at("2026-11-25 10:00")):
        run_rules(world.db, settings, registry=[complaint_sla.rule], raise_errors=True)
        load = {w["manager"]: w["open_complaints"] for w in api.workload(world.db, settings)}
    [v] = world.violations("complaint_sla")
    complaint = world.db["complaints"].get(k)
    assert v["manager_id"] == complaint["manager_id"] == world.anna
    assert load["anna@testbank.ru"] == 1
    anna = world.db["managers"].get(world.anna)
    assert access.can_change_record(anna, complaint["manager_id"])


# ----------------------------------------------------- the indexer, end to end on Maildirs

def _eml(sender: str, to: str, cc: str, subject: str, body: str, n: int, when: str) -> str:
    return (f"From: {sender}\nTo: {to}\nCc: {cc}\nSubject: {subject}\nDate: {when}\n"
            f"Message-ID: <alarm{n}@mail.example>\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{body}\n")


def _company(tmp_path: Path, directory: str) -> list[str]:
    for box in ("ben", "anna"):
        for sub in ("cur", "new", "tmp"):
            (tmp_path / box / sub).mkdir(parents=True, exist_ok=True)
    (tmp_path / "clients.csv").write_text("client,domains,owner\n" + directory, encoding="utf-8")
    (tmp_path / "dealtrail.toml").write_text(
        '[company]\ninternal_domains = ["testbank.ru"]\ncountry = "RU"\n'
        'timezone = "Europe/Moscow"\n'
        '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna Petrova"\n'
        '[[managers]]\nemail = "ben@testbank.ru"\nname = "Ben Miller"\nrole = "head"\n'
        # Ben's mailbox comes first: the first copy stored must not decide whose it is.
        '[[mailboxes]]\nname = "ben"\nkind = "maildir"\nowner = "ben@testbank.ru"\npath = "ben"\n'
        '[[mailboxes]]\nname = "anna"\nkind = "maildir"\nowner = "anna@testbank.ru"\n'
        'path = "anna"\n[clients]\ndirectory = "clients.csv"\n', encoding="utf-8")
    return ["--config", str(tmp_path / "dealtrail.toml"), "--db", str(tmp_path / "x.db")]


def _deliver(tmp_path: Path, boxes: tuple[str, ...], n: int, text: str) -> None:
    for box in boxes:
        (tmp_path / box / "cur" / f"{n}.eml:2,S").write_text(text, encoding="utf-8")


def test_free_mail_in_the_directory_is_its_client_and_a_complaint_is_the_to_managers(tmp_path):
    args = _company(tmp_path, "ИП Кравченко,kravchenko.sv@mail.ru,anna@testbank.ru\n")
    # To Anna, the head in Cc: both mailboxes hold the complaint.
    _deliver(tmp_path, ("ben", "anna"), 1, _eml(
        "kravchenko.sv@mail.ru", "anna@testbank.ru", "ben@testbank.ru", "Отгрузка",
        "Анна, мы крайне недовольны: отгрузку сорвали уже второй раз, никто не отвечает на "
        "звонки. Это безобразие.", 1, "Mon, 16 Nov 2026 10:00:00 +0300"))
    # An unknown sender on free mail asks something and nobody answers.
    _deliver(tmp_path, ("anna",), 2, _eml(
        "vitaliy.b@yandex.ru", "anna@testbank.ru", "", "Б/у компрессоры",
        "Добрый день! Подскажите, вы закупаете б/у компрессоры?", 2,
        "Mon, 16 Nov 2026 11:00:00 +0300"))
    with clock.freeze(at("2026-11-25 12:00")):
        main([*args, "index", "--quiet"])
        db = open_db(tmp_path / "x.db")
        run_rules(db, settings_of(tmp_path), raise_errors=True)
    clients = {r["name"]: r["id"] for r in rows(db, "SELECT id, name FROM clients")}
    assert "ИП Кравченко" in clients and "kravchenko.sv@mail.ru" not in clients
    owners = {r["client_id"] for r in rows(
        db, "SELECT client_id FROM messages WHERE from_addr = 'kravchenko.sv@mail.ru'")}
    assert owners == {clients["ИП Кравченко"]}
    [k] = rows(db, "SELECT k.client_id, m.email FROM complaints k"
                   " JOIN managers m ON m.id = k.manager_id")
    assert k == {"client_id": clients["ИП Кравченко"], "email": "anna@testbank.ru"}
    stranger = rows(db, "SELECT client_id FROM messages WHERE from_addr = 'vitaliy.b@yandex.ru'")
    assert rows(db, "SELECT rule FROM violations WHERE client_id = ?",
                [stranger[0]["client_id"]]) == []
    # The complaint of the directory client is an alarm (on the manager written To).
    assert {r["email"] for r in rows(db, "SELECT m.email FROM violations v JOIN managers m"
                                         " ON m.id = v.manager_id")} == {"anna@testbank.ru"}
    db.conn.close()


def test_a_free_mail_address_added_to_the_directory_later_takes_over_its_mail(tmp_path):
    args = _company(tmp_path, "")
    _deliver(tmp_path, ("anna",), 1, _eml(
        "rgadzhiev@gmail.com", "anna@testbank.ru", "", "Компрессор",
        "Какие есть варианты и цены?", 1, "Mon, 16 Nov 2026 10:00:00 +0300"))
    with clock.freeze(at("2026-11-17 12:00")):
        main([*args, "index", "--quiet"])
    (tmp_path / "clients.csv").write_text(
        "client,domains,owner\nИП Гаджиев,rgadzhiev@gmail.com,anna@testbank.ru\n",
        encoding="utf-8")
    db = open_db(tmp_path / "x.db")
    sync_directory(db, settings_of(tmp_path))
    names = {r["name"] for r in rows(db, "SELECT c.name FROM messages m"
                                         " JOIN clients c ON c.id = m.client_id")}
    assert names == {"ИП Гаджиев"}
    assert rows(db, "SELECT id FROM clients WHERE key = 'person:rgadzhiev@gmail.com'") == []
    db.conn.close()


def settings_of(tmp_path: Path) -> Any:
    return config.load(tmp_path / "dealtrail.toml")


def test_a_client_request_closes_when_answered_and_stays_open_until_then(world, settings):
    asked = at("2026-11-16 10:00")
    t = world.thread(world.romashka)
    mid = world.message(when=asked, direction="in", client_id=world.romashka,
                        manager_id=world.anna, thread_id=t, is_request=1)
    request = world.db["promises"].insert({
        "message_id": mid, "party": "client", "action": "send", "text": "Пришлите счёт",
        "span_start": 0, "span_end": 13, "made_at": clock.iso(asked),
        "manager_id": world.anna, "client_id": world.romashka, "thread_id": t}).last_pk
    run(world, settings, at("2026-11-16 12:00"))
    assert world.db["promises"].get(request)["status"] == "open"
    answer = world.message(when=at("2026-11-16 15:00"), direction="out",
                           client_id=world.romashka, manager_id=world.anna,
                           thread_id=world.thread(world.romashka, "Счёт"))
    run(world, settings, at("2026-11-17 12:00"))
    row = world.db["promises"].get(request)
    assert (row["status"], row["fulfilled_message_id"], row["fulfilled_at"]) == (
        "kept", answer, clock.iso(at("2026-11-16 15:00")))
