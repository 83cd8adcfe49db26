"""Brokers, agencies and dealers speak for clients and are none: their letters count toward
the end client's negotiation (or none), listed in the directory or read from their mail."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from addin.pane_data import resolve_clients
from dealtrail import clock
from dealtrail.answered import awaiting
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from dealtrail.errors import ImportFileError
from dealtrail.rowcheck import check_rows
from indexer.negotiations import fold_negotiations
from indexer.sync import sync_mailbox
from tests.test_indexer_files import _maildir
from tests.test_rules_world import at


def _letter(n: int, sender: str, to: str, body: str, *, cc: str = "", reply_to: int | None = None,
            subject: str = "Stands for the spring fair") -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<i{n}@test>"
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject if reply_to is None else f"Re: {subject}"
    msg["Date"] = f"Mon, {9 + n} Nov 2026 11:00:00 +0300"
    if reply_to is not None:
        msg["In-Reply-To"] = msg["References"] = f"<i{reply_to}@test>"
    msg.set_content(body)
    return msg.as_bytes()


def _index(tmp_path: Path, db: Any, letters: list[bytes], directory: str) -> Any:
    inbox = _maildir(tmp_path / "md")
    for n, raw in enumerate(letters, 1):
        (inbox / "cur" / f"{n}.a:2,S").write_bytes(raw)
    (tmp_path / "clients.csv").write_text(directory, encoding="utf-8")
    settings = from_mapping({
        "company": {"internal_domains": ["expoline.ru"]},
        "managers": [{"email": "anna@expoline.ru", "name": "Anna"}],
        "mailboxes": [{"name": "anna", "kind": "maildir", "owner": "anna@expoline.ru",
                       "path": str(tmp_path / "md")}],
        "clients": {"directory": str(tmp_path / "clients.csv"), "auto_create": True},
    })
    sync_directory(db, settings)
    report = sync_mailbox(db, settings, settings.mailboxes[0])
    assert (report.added, report.failed) == (len(letters), 0)
    with clock.freeze(at("2026-11-25 12:00")):
        fold_negotiations(db, settings)
    return settings


def _deal_clients(db: Any) -> set[str]:
    return {r[0] for r in db.execute(
        "SELECT c.name FROM deals d JOIN clients c ON c.id = d.client_id")}


def _kind(db: Any, name_or_key: str) -> tuple[str, str, str]:
    return db.execute("SELECT kind, kind_source, kind_evidence FROM clients WHERE name = ?"
                      " OR key = ?", (name_or_key, name_or_key)).fetchone()


ANNA = "Anna <anna@expoline.ru>"


@pytest.mark.parametrize("opening,fwd", [
    ("Good morning Anna, I am writing on behalf of my client, a furniture maker who wants "
     "three stands at the spring fair. Their note is below.",
     "---------- Forwarded message ---------\nFrom: Tom Baker <tom@oakwell-furniture.co.uk>\n"
     "Subject: fair\n\nWe need three stands near the main entrance, 18 sq m each."),
    ("Анна, добрый день! Пишу по поручению клиента: мебельной фабрике нужны три стенда на "
     "весенней выставке. Их письмо ниже.",
     "-------- Пересылаемое сообщение --------\n10.11.2026, 16:22, \"Том Бейкер\" "
     "<tom@oakwell-furniture.co.uk>:\n\nНужны три стенда у главного входа, по 18 м²."),
], ids=["en", "ru"])
def test_an_agency_forwarding_its_clients_letter_is_no_client(
        tmp_path: Path, db: Any, opening: str, fwd: str) -> None:
    agent = "Nina Ross <nina@bluepeak-events.com>"
    settings = _index(tmp_path, db, [
        _letter(1, agent, ANNA, f"{opening}\n\n{fwd}"),
        _letter(2, ANNA, agent, "Nina, three corner stands are free, 540 000 RUB in total. "
                "Can your client confirm by Friday?", reply_to=1),
        _letter(3, agent, ANNA, "Anna, the client has a question: is the carpet included?",
                reply_to=2),
    ], "client,domains\n")
    end = db.execute("SELECT id FROM clients WHERE key = 'domain:oakwell-furniture.co.uk'"
                     ).fetchone()
    assert end is not None, "the end client's own address in the forwarded letter names it"
    assert _deal_clients(db) == {"oakwell-furniture.co.uk"}
    kind, source, evidence = _kind(db, "domain:bluepeak-events.com")
    assert (kind, source) == ("intermediary", "inferred")
    shown = json.loads(evidence)
    assert shown["message_id"] == "i1@test"
    assert ("on behalf of my client" in shown["quote"]) or ("по поручению клиента" in shown["quote"])
    relayed = db.execute("SELECT count(*) FROM messages WHERE client_id = ? AND"
                         " intermediary_id IS NOT NULL", (end[0],)).fetchone()[0]
    assert relayed == 3, "every letter of the agency's thread is the end client's, through it"
    # The pane shows the client on a letter of the agency's, never the agency.
    assert resolve_clients(db, settings, ["nina@bluepeak-events.com",
                                          "tom@oakwell-furniture.co.uk"]) == [end[0]]


def test_a_listed_dealer_with_the_client_in_copy_is_the_clients_negotiation(
        tmp_path: Path, db: Any) -> None:
    dealer = "Ирина Седова <irina@vektor-dealer.ru>"
    client = "Павел Орлов <pavel@stroykomplekt.ru>"
    _index(tmp_path, db, [
        _letter(1, dealer, ANNA, "Анна, здравствуйте. Клиент просит расчёт на сорок стендов, "
                "Павел в копии. Успеете до пятницы?", cc=client),
        _letter(2, ANNA, dealer, "Ирина, Павел, расчёт пришлю в пятницу.", cc=client,
                reply_to=1),
        _letter(3, client, ANNA, "Анна, а монтаж входит в стоимость?", reply_to=2),
    ], "client,domains,тип\nСтройКомплект,stroykomplekt.ru,\n"
       "Вектор Дилер,vektor-dealer.ru,посредник\n")
    assert _deal_clients(db) == {"СтройКомплект"}
    assert _kind(db, "Вектор Дилер")[:2] == ("intermediary", "directory")
    assert _kind(db, "СтройКомплект")[:2] == ("client", "directory")


def test_an_intermediary_with_nobody_named_is_no_negotiation(tmp_path: Path, db: Any) -> None:
    # A broker who never says whom it speaks for: a deal with nobody named is a row the
    # head can neither call nor plan.
    broker = "Mark Hale <mark@citylease-brokers.com>"
    _index(tmp_path, db, [
        _letter(1, broker, ANNA, "Anna, my client is looking for two stands at the fair. "
                "What is the price per square metre?"),
        _letter(2, ANNA, broker, "Mark, 12 000 RUB per sq m, the list is attached.", reply_to=1),
        _letter(3, broker, ANNA, "Thanks, could you hold stand B12 until Monday?", reply_to=2),
    ], "client,domains\n")
    assert _deal_clients(db) == set()
    assert _kind(db, "domain:citylease-brokers.com")[0] == "intermediary"
    # Its question waits for no client's answer: no alarm names a broker as a client.
    assert awaiting(db, at("2026-11-25 12:00")) == []


@pytest.mark.parametrize("text", [
    "Anna, our customer has imposed a penalty on us for late delivery, so we need the "
    "stands installed by the 3rd. Can you confirm?",
    "Анна, наш заказчик перенёс открытие, поэтому стенд нужен к третьему числу. Успеете?",
])
def test_a_client_speaking_of_its_own_customer_stays_a_client(
        tmp_path: Path, db: Any, text: str) -> None:
    sender = "Olga <olga@greenfield-foods.ru>"
    _index(tmp_path, db, [
        _letter(1, sender, ANNA, text),
        _letter(2, ANNA, sender, "Olga, yes, we will install them by the 3rd.", reply_to=1),
    ], "client,domains\n")
    assert _deal_clients(db) == {"greenfield-foods.ru"}
    assert _kind(db, "domain:greenfield-foods.ru")[0] == "client"


@pytest.mark.parametrize("written", ["supplier", "поставщик"])
def test_an_unknown_kind_is_one_line_from_check_and_the_import(
        tmp_path: Path, db: Any, written: str) -> None:
    directory = tmp_path / "clients.csv"
    directory.write_text(f"client,domains,kind\nАкме,acme.ru,{written}\n", encoding="utf-8")
    settings = from_mapping({
        "company": {"internal_domains": ["expoline.ru"]},
        "managers": [{"email": "anna@expoline.ru", "name": "Anna"}],
        "clients": {"directory": str(directory)}})
    checked = check_rows(settings, ())
    assert [c.reading.readable for c in checked if c.reading] == [0]
    line = checked[0].reading.errors[0] if checked[0].reading else ""
    assert "\n" not in line and "clients.csv" in line and "row 2" in line and written in line
    assert "intermediary" in line
    with pytest.raises(ImportFileError) as imported:
        sync_directory(db, settings)
    assert written in str(imported.value)
    assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 0


LISTED = ("client,domains\nАгромир,agromir.ru\nGreenline Cosmetics,greenline-cosmetics.com\n"
          "Звезда Логистик,zvezda-log.ru\n")


@pytest.mark.parametrize("sender,text,cc,end", [
    # A dealer asking for a price for a listed customer named in quotes.
    ("Дилер <sales@techsnab-dealer.ru>", "Добрый день! Для нашего клиента «Агромир» нужны три "
     "погрузчика до марта, сможете дать цену?", "", "Агромир"),
    # A vendor's channel manager handing a customer over, its address in the letter.
    ("Channel <kim@vendorsoft.com>", "Hi Anna, passing you a lead: Northwind Foods want twenty "
     "licences. Their buyer is Sam, sam@northwind-foods.com, he expects your call.", "",
     "northwind-foods.com"),
    # A referral partner introducing a company that is in copy.
    ("Partner <oleg@bizclub-partners.ru>", "Анна, добрый день. Знакомлю вас с Ольгой из "
     "«Звезда Логистик», она в копии. Им нужен стенд на осенней выставке.",
     "Ольга <olga@zvezda-log.ru>", "Звезда Логистик"),
    # An advertising agency booking for a listed client named by its two-word name.
    ("Agency <book@brightmedia-ads.com>", "Anna, we would like to book two stands for our client "
     "Greenline Cosmetics at the spring fair. What is the price?", "", "Greenline Cosmetics"),
], ids=["dealer", "channel-manager", "referral", "ad-agency"])
def test_who_brings_a_client_is_no_client_whatever_its_trade(
        tmp_path: Path, db: Any, sender: str, text: str, cc: str, end: str) -> None:
    _index(tmp_path, db, [
        _letter(1, sender, ANNA, text, cc=cc),
        _letter(2, ANNA, sender, "Thank you, the offer is attached: 2 stands, 480 000 RUB.",
                cc=cc, reply_to=1),
        _letter(3, sender, ANNA, "Thanks! Could you hold them until Friday?", reply_to=2),
    ], LISTED)
    assert _deal_clients(db) == {end}
    broker = "domain:" + sender.split("@")[1].rstrip(">")
    assert _kind(db, broker)[:2] == ("intermediary", "inferred")


def test_a_reseller_buying_for_clients_nobody_named_is_no_negotiation(
        tmp_path: Path, db: Any) -> None:
    reseller = "Билеты <zakaz@bilet-tour.ru>"
    _index(tmp_path, db, [
        _letter(1, reseller, ANNA, "Анна, добрый день! Нам нужно 40 входных билетов для наших "
                "клиентов на 12 декабря. Какая будет цена?"),
        _letter(2, ANNA, reseller, "Добрый день! 40 билетов по 900 руб., счёт во вложении.",
                reply_to=1),
        _letter(3, reseller, ANNA, "Спасибо, оплатим завтра. Можно ли вернуть билеты?",
                reply_to=2),
    ], LISTED)
    assert _deal_clients(db) == set()
    kind, _, evidence = _kind(db, "domain:bilet-tour.ru")
    assert kind == "intermediary" and "для наших клиентов" in json.loads(evidence)["quote"]


def test_a_listed_clients_letter_forwarded_by_an_outsider_is_that_clients(
        tmp_path: Path, db: Any) -> None:
    forwarder = "Виктор <v.lebedev@promconsult-group.ru>"
    _index(tmp_path, db, [
        _letter(1, forwarder, ANNA, "Анна, добрый день, см. ниже.\n\n-------- Пересылаемое "
                "сообщение --------\nОт: Иван Петров <i.petrov@agromir.ru>\nТема: стенд\n\n"
                "Нужен стенд 36 м² на весенней выставке."),
        _letter(2, ANNA, forwarder, "Виктор, спасибо, отправила предложение на 36 м².",
                reply_to=1),
        _letter(3, forwarder, ANNA, "Спасибо, передам. А угловой есть?", reply_to=2),
    ], LISTED)
    assert _deal_clients(db) == {"Агромир"}
    kind, _, evidence = _kind(db, "domain:promconsult-group.ru")
    assert kind == "intermediary" and json.loads(evidence)["forwarded"] == "i.petrov@agromir.ru"


def test_a_brokers_letters_before_it_said_whom_it_speaks_for_follow_the_thread(
        tmp_path: Path, db: Any) -> None:
    broker = "Leo Marsh <leo@marsh-space.co.uk>"
    client = "Tom Baker <tom@oakwell-furniture.co.uk>"
    _index(tmp_path, db, [
        _letter(1, broker, ANNA, "Hi Anna, are there still corner stands at the spring fair?"),
        _letter(2, ANNA, broker, "Leo, yes, two corner stands are free, 18 sq m each.",
                reply_to=1),
        _letter(3, broker, ANNA, "Great. My client will take both; Tom, their director, is in "
                "copy and will sign.", cc=client, reply_to=2),
        _letter(4, ANNA, broker, "Tom, Leo, the contract is attached.", cc=client, reply_to=3),
    ], "client,domains\n")
    assert _deal_clients(db) == {"oakwell-furniture.co.uk"}
    filed = {r[0] for r in db.execute("SELECT c.key FROM messages m JOIN clients c"
                                      " ON c.id = m.client_id")}
    assert filed == {"domain:oakwell-furniture.co.uk"}
    assert db.execute("SELECT count(*) FROM messages WHERE intermediary_id IS NOT NULL"
                      ).fetchone()[0] >= 3
