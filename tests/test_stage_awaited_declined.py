"""Stage and next-contact classes read from a bank's trade-finance desk and a software
integrator, pinned in wording of their own, with the letters of each class that must not change:

- a signed paper or a payment still awaited (not come, waited for, asked for) wins no deal;
- the choice of another party said as a noun («решение о выборе иного банка») is a decline;
- one of our terms, named by its figure, found unworkable («депозит 20 % не вариант») is
  bargaining, as a price found too high is;
- a call promised in the conversation of another of the client's deals plans that deal, not
  this one, unless it names this deal's product or nothing of this one's own plans it;
- a time of day named alone after a day in the sentence is at that day, not today.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dealtrail import clock
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from indexer.deal_signals import detect_signals
from indexer.negotiations import fold_negotiations
from indexer.sync import sync_mailbox
from tests.test_indexer_files import _maildir
from tests.test_rules_world import at

REF = datetime(2026, 11, 18, 11, 0, tzinfo=ZoneInfo("Asia/Yekaterinburg"))   # a Wednesday


def kinds(text: str, direction: str) -> set[str]:
    return {s.kind for s in detect_signals(text, direction=direction, ref_time=REF)}


# ------------------------------------------------------ a signed paper still awaited


@pytest.mark.parametrize("direction,text", [
    ("out", "Экземпляр договора с вашей подписью к нам так и не пришёл, проверьте, пожалуйста."),
    ("out", "Подписанное дополнительное соглашение мы пока не получили."),
    ("out", "Напоминаю: ждём подписанный договор с печатью до пятницы."),
    ("out", "Верните, пожалуйста, подписанный контракт скан-копией."),
    ("in", "Подписанный с вашей стороны экземпляр до нас ещё не дошёл."),
    ("out", "We have not yet received the signed agreement from your legal team."),
    ("out", "The countersigned contract hasn't come back to us."),
    ("in", "We're still waiting for the signed copy of the contract from your side."),
    ("out", "Could you please return the signed agreement by Thursday?"),
])
def test_a_signed_paper_still_awaited_wins_no_deal(direction: str, text: str) -> None:
    assert "won" not in kinds(text, direction)


@pytest.mark.parametrize("direction,text", [
    # What must not change: the paper signed and come, whatever the sentence adds after it.
    ("out", "Подписанный договор получили, спасибо, передаём в работу."),
    ("out", "Договор подписан, оригинал отправим курьером, счёт пришлите отдельно."),
    ("in", "Договор подписали, ждём счёт на аванс."),
    ("out", "Договор подписан, но оплату пока не получили."),
    ("out", "We received the signed agreement, thank you."),
    ("in", "We have signed the contract; we have not yet received your invoice."),
])
def test_a_signed_paper_come_still_wins(direction: str, text: str) -> None:
    assert "won" in kinds(text, direction)


# ------------------------------------------------------ another party chosen, said as a noun


@pytest.mark.parametrize("text", [
    "По результатам отбора принято решение о выборе другого поставщика услуги.",
    "Сообщаем о выборе иного банка для выпуска гарантии.",
    "Коллеги, мы остановили выбор на другом интеграторе.",
    "Выбор сделан в пользу предложения другого подрядчика.",
    "Following the review, a decision was made to appoint a different integrator.",
    "The committee's decision went in favour of another bank.",
    "We have opted for a competing provider this time.",
    "In the end our choice fell on a different vendor.",
])
def test_another_party_chosen_said_as_a_noun_is_a_decline(text: str) -> None:
    assert "lost" in kinds(text, "in")


@pytest.mark.parametrize("text", [
    "Решение о выборе подрядчика примем до конца месяца.",
    "Мы остановили выбор на вашем предложении, готовим договор.",
    "Please choose another slot for the demo, Tuesday does not suit us.",
    "We have opted for the annual subscription.",
    "Our choice fell on your offer, please send the contract.",
])
def test_a_choice_not_of_another_party_is_no_decline(text: str) -> None:
    assert "lost" not in kinds(text, "in")


# ------------------------------------------------------ a term of ours refused by its figure


@pytest.mark.parametrize("text", [
    "Ставка устраивает, а вот покрытие 30 % для нас не вариант.",
    "Аванс 50 % нам не подходит, бюджет расписан по кварталам.",
    "Залог 15 млн руб. для нас неприемлем.",
    "The rate is fine, but a 30% cash cover is not an option for us.",
    "An upfront payment of EUR 12,000 doesn't work for our treasury.",
    "A 40% deposit won't work, our cash is tied up until March.",
])
def test_a_term_of_ours_refused_by_its_figure_is_bargaining(text: str) -> None:
    assert "terms" in kinds(text, "in")


@pytest.mark.parametrize("text", [
    "Такой вариант нам не подходит, спасибо.",
    "Если аванс 50 % не подходит, мы поищем другие варианты.",
    "Ставка 2,4 % нам подходит, готовим документы.",
    "The 3 pm slot doesn't work for me, let us move the call to Thursday.",
    "If a 30% cover is not an option, tell us what is.",
])
def test_no_figure_refused_or_a_condition_is_no_bargaining(text: str) -> None:
    assert "terms" not in kinds(text, "in")


# ------------------------------------------------------ a call promised in another deal's talk


MANAGER = "Irina <irina@uralsoft.ru>"
CLIENT = "Oleg Sokol <oleg@kamensk-pipe.ru>"
PRODUCTS = [
    {"code": "erp", "name_en": "ERP rollout", "name_ru": "Внедрение ERP",
     "aliases": ["ERP", "внедрение ERP"]},
    {"code": "edo", "name_en": "E-invoicing", "name_ru": "ЭДО",
     "aliases": ["ЭДО", "e-invoicing", "электронный документооборот"]},
]


def _next_contacts(tmp_path: Path, db: Any, threads: list[tuple[str, list[str]]]
                   ) -> dict[str, str | None]:
    """Each thread is (subject, bodies): the client writes first, the manager answers, in
    turn. Returns each product's deal's next contact day."""
    inbox = _maildir(tmp_path / "md")
    n = 0
    for t, (subject, bodies) in enumerate(threads):
        for k, body in enumerate(bodies):
            n += 1
            msg = EmailMessage()
            msg["Message-ID"] = f"<t{t}-{n}@test>"
            msg["From"], msg["To"] = (CLIENT, MANAGER) if k % 2 == 0 else (MANAGER, CLIENT)
            msg["Subject"] = subject if not k else f"Re: {subject}"
            msg["Date"] = f"Mon, {9 + n} Nov 2026 11:00:00 +0500"
            if k:
                msg["In-Reply-To"] = f"<t{t}-{n - 1}@test>"
            msg.set_content(body)
            (inbox / "cur" / f"{n}.a:2,S").write_bytes(msg.as_bytes())
    settings = from_mapping({
        "company": {"internal_domains": ["uralsoft.ru"], "timezone": "Asia/Yekaterinburg"},
        "managers": [{"email": "irina@uralsoft.ru", "name": "Irina",
                      "timezone": "Asia/Yekaterinburg"}],
        "mailboxes": [{"name": "irina", "kind": "maildir", "owner": "irina@uralsoft.ru",
                       "path": str(tmp_path / "md")}],
        "products": PRODUCTS,
        "clients": {"auto_create": True},
    })
    sync_directory(db, settings)
    assert sync_mailbox(db, settings, settings.mailboxes[0]).failed == 0
    with clock.freeze(at("2026-11-27 12:00")):
        fold_negotiations(db, settings)
    zone = ZoneInfo("Asia/Yekaterinburg")
    return {code: (clock.parse_iso(nxt).astimezone(zone).date().isoformat() if nxt else None)
            for code, nxt in db.execute(
                "SELECT p.code, d.next_contact_at FROM deals d"
                " JOIN products p ON p.id = d.product_id")}


def _threads(erp_call: str, edo_call: str) -> list[tuple[str, list[str]]]:
    return [
        ("Внедрение ERP на заводе",
         ["Ирина, добрый день! Нужно внедрение ERP на заводе, 60 пользователей. Сколько стоит?",
          "Олег, добрый день! Внедрение ERP: 4 800 000 руб., срок 9 месяцев. КП во вложении.",
          "Ирина, спасибо, смотрим с финансовым директором.",
          erp_call]),
        ("ЭДО с поставщиками",
         ["Ирина, ещё вопрос: хотим подключить ЭДО с поставщиками, 40 контрагентов.",
          "Олег, ЭДО: подключение 35 000 руб., далее 9 руб. за документ. Предложение во "
          "вложении.",
          "Ирина, по ЭДО всё понятно, ждём решения бухгалтерии.",
          edo_call]),
    ]


@pytest.mark.parametrize("erp_call,edo_call,expected", [
    # Each conversation's own call plans its own deal: the earlier EDO call is not ERP's.
    ("Олег, тогда позвоню вам в пятницу, 4 декабря, обсудим график внедрения.",
     "Олег, наберу вам во вторник, 1 декабря, узнаю, что решила бухгалтерия.",
     {"erp": "2026-12-04", "edo": "2026-12-01"}),
    ("Oleg, I will call you on Friday, 4 December, to go through the rollout plan.",
     "Oleg, I will call you on Tuesday, 1 December, to hear what accounting decided.",
     {"erp": "2026-12-04", "edo": "2026-12-01"}),
])
def test_a_call_promised_in_another_deals_conversation_plans_that_deal(
        tmp_path: Path, db: Any, erp_call: str, edo_call: str, expected: dict[str, str]) -> None:
    assert _next_contacts(tmp_path, db, _threads(erp_call, edo_call)) == expected


def test_a_call_promised_elsewhere_naming_this_deals_product_still_plans_it(
        tmp_path: Path, db: Any) -> None:
    # What must not change: the call names the ERP rollout, so it plans the ERP deal too.
    found = _next_contacts(tmp_path, db, _threads(
        "Олег, жду ваших вопросов по графику.",
        "Олег, позвоню вам во вторник, 1 декабря: обсудим и ЭДО, и внедрение ERP."))
    assert found == {"erp": "2026-12-01", "edo": "2026-12-01"}


@pytest.mark.parametrize("edo_call", [
    "Олег, наберу вам во вторник, 1 декабря, узнаю, что решила бухгалтерия.",
    "Oleg, I will call you on Tuesday, 1 December, to hear what accounting decided.",
])
def test_a_call_promised_elsewhere_plans_a_deal_with_no_plan_of_its_own(
        tmp_path: Path, db: Any, edo_call: str) -> None:
    # What must not change: the ERP conversation plans nothing, so the talk with the client
    # promised in the other conversation is its next contact too.
    found = _next_contacts(tmp_path, db, _threads("Олег, жду ваших вопросов по графику.",
                                                  edo_call))
    assert found == {"erp": "2026-12-01", "edo": "2026-12-01"}


# ------------------------------------------------------ a time of day after the day it is on


def _contact_days(text: str, direction: str = "in") -> list[str]:
    return [s.value[:16] for s in detect_signals(text, direction=direction, ref_time=REF)
            if s.kind == "contact_date" and s.value]


@pytest.mark.parametrize("text,expected", [
    ("Предлагаю 24-го встретиться у нас в офисе — в 11 утра вам удобно?", "2026-11-24T11:00"),
    ("Давайте в понедельник созвонимся, скажем, в 15:30.", "2026-11-23T15:30"),
    ("On the 24th we could meet at your office, would 11 am suit you?", "2026-11-24T11:00"),
    ("Next Monday we can talk, say at 3 pm?", "2026-11-23T15:00"),
])
def test_a_time_of_day_named_after_a_day_is_on_that_day(text: str, expected: str) -> None:
    assert _contact_days(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # What must not change: a time with a day of its own keeps it, wherever the other day.
    ("Созвонимся сегодня в 16:00, а встретимся 24-го.", "2026-11-18T16:00"),
    ("Let's talk tomorrow at 10 am and meet on the 24th.", "2026-11-19T10:00"),
])
def test_a_time_with_a_day_of_its_own_keeps_it(text: str, expected: str) -> None:
    assert _contact_days(text)[0] == expected
