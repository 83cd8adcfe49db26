"""A client's people writing from free mail (gmail, mail.ru, a phone-number address) are the
listed company's when the mail shows it clearly, and never on a guess."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from addin.pane_data import resolve_clients
from dealtrail.addresses import company_named
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from indexer.sync import sync_mailbox
from tests.test_indexer_files import _maildir

DIRECTORY = (
    "client,domains,phones,emails\n"
    "Маркетон,marketon.ru,,\n"
    "Harbour Freight Lines,harbourfreight.co.uk,+44 20 7946 0321,\n"
    "Автодеталь-Сервис,avtodetal-service.ru,8-903-118-27-64,\n"
    "Summit,summit-tools.com,,\n"
    "Анна,anna-flowers.ru,,\n"
    "Acme Trading,acme-trading.com,,jane.doe.acme@outlook.com\n"
)
MANAGER = "Vera <vera@expoline.ru>"


def _letter(n: int, sender: str, to: str, body: str, *, cc: str = "") -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<f{n}@test>"
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = f"Warehouse {n}"
    msg["Date"] = f"Tue, {3 + n} Nov 2026 10:00:00 +0300"
    msg.set_content(body)
    return msg.as_bytes()


def _index(tmp_path: Path, db: Any, letters: list[bytes]) -> Any:
    inbox = _maildir(tmp_path / "md")
    for n, raw in enumerate(letters, 1):
        (inbox / "cur" / f"{n}.a:2,S").write_bytes(raw)
    (tmp_path / "clients.csv").write_text(DIRECTORY, encoding="utf-8")
    settings = from_mapping({
        "company": {"internal_domains": ["expoline.ru"], "country": "RU"},
        "managers": [{"email": "vera@expoline.ru", "name": "Vera"}],
        "mailboxes": [{"name": "vera", "kind": "maildir", "owner": "vera@expoline.ru",
                       "path": str(tmp_path / "md")}],
        "clients": {"directory": str(tmp_path / "clients.csv"), "auto_create": True},
    })
    sync_directory(db, settings)
    report = sync_mailbox(db, settings, settings.mailboxes[0])
    assert (report.added, report.failed) == (len(letters), 0)
    return settings


def _filed(db: Any, address: str) -> set[str]:
    return {r[0] for r in db.execute(
        "SELECT c.name FROM messages m JOIN clients c ON c.id = m.client_id"
        " WHERE lower(m.from_addr) = ? OR m.to_addrs LIKE ?", (address, f'%"{address}"%'))}


def test_a_signature_naming_the_company_ties_the_address_and_what_came_before(
        tmp_path: Path, db: Any) -> None:
    me = "Иван Соколов <ivan.sokolov77@mail.ru>"
    settings = _index(tmp_path, db, [
        _letter(1, me, MANAGER, "Вера, добрый день. Есть ли свободный склад на 800 м²?"),
        _letter(2, me, MANAGER, "Вера, уточню: нужен с весны.\n\n--\nИван Соколов\n"
                "руководитель логистики\nООО «Маркетон»\n+7 915 000-11-22"),
    ])
    assert _filed(db, "ivan.sokolov77@mail.ru") == {"Маркетон"}
    assert db.execute("SELECT count(*) FROM clients WHERE key = 'person:ivan.sokolov77@mail.ru'"
                      ).fetchone()[0] == 0, "the person taken for a client of its own is merged"
    marketon = db.execute("SELECT id FROM clients WHERE name = 'Маркетон'").fetchone()[0]
    assert resolve_clients(db, settings, ["ivan.sokolov77@mail.ru"]) == [marketon]


def test_a_listed_number_in_the_signature_or_as_the_address_ties_it(tmp_path: Path,
                                                                     db: Any) -> None:
    _index(tmp_path, db, [
        _letter(1, "Tom Reed <tom.reed.1979@gmail.com>", MANAGER,
                "Vera, could you quote 400 pallet places?\n\nTom Reed\nT: +44 20 7946 0321"),
        _letter(2, "79031182764@mail.ru", MANAGER, "Вера, когда можно подъехать посмотреть бокс?"),
    ])
    assert _filed(db, "tom.reed.1979@gmail.com") == {"Harbour Freight Lines"}
    assert _filed(db, "79031182764@mail.ru") == {"Автодеталь-Сервис"}


@pytest.mark.parametrize("sender,company", [
    ("ООО «Маркетон» — бухгалтерия <buh.marketon@mail.ru>", "Маркетон"),
    ("Отдел закупок Автодеталь-Сервис ООО <zakupki.avtodetal@yandex.ru>", "Автодеталь-Сервис"),
    ("Harbour Freight Lines - Accounts <hfl.accounts@gmail.com>", "Harbour Freight Lines"),
    ("\"Acme Trading\" procurement <procurement.acme@outlook.com>", "Acme Trading"),
])
def test_a_department_display_name_naming_the_company_ties_it(
        tmp_path: Path, db: Any, sender: str, company: str) -> None:
    address = sender.split("<")[1].rstrip(">")
    _index(tmp_path, db, [_letter(1, sender, MANAGER, "Добрый день! Пришлите, пожалуйста, "
                                  "счёт за хранение за ноябрь.\n\nСпасибо")])
    assert _filed(db, address) == {company}
    assert db.execute("SELECT evidence FROM client_domains WHERE domain = ?", (address,)
                      ).fetchone()[0].count("display_name") == 1


@pytest.mark.parametrize("sender", [
    # A one-word name or a first name in the display name is no evidence.
    "Маркетон закупки <zakupki.marketon@mail.ru>",
    "Summit accounts <summit.accounts@gmail.com>",
    "Анна <anna.flowers.shop@mail.ru>",
])
def test_a_display_name_with_a_weak_name_ties_nothing(tmp_path: Path, db: Any,
                                                      sender: str) -> None:
    address = sender.split("<")[1].rstrip(">")
    _index(tmp_path, db, [_letter(1, sender, MANAGER, "Добрый день! Нужен склад на 300 м².")])
    assert {r[0] for r in db.execute(
        "SELECT c.key FROM messages m JOIN clients c ON c.id = m.client_id")} == {
        f"person:{address}"}


def test_the_companys_own_people_on_the_letter_tie_it(tmp_path: Path, db: Any) -> None:
    _index(tmp_path, db, [
        _letter(1, "Petr <petr@acme-trading.com>", MANAGER,
                "Vera, my colleague Kate (in copy, on her personal mail today) will send the specs.",
                cc="Kate <kate.w.home@gmail.com>"),
        _letter(2, "Kate <kate.w.home@gmail.com>", MANAGER, "Vera, the specs are attached."),
        _letter(3, "Jane <jane.doe.acme@outlook.com>", MANAGER, "Vera, any news on the quote?"),
    ])
    assert _filed(db, "kate.w.home@gmail.com") == {"Acme Trading"}
    assert _filed(db, "jane.doe.acme@outlook.com") == {"Acme Trading"}, "the emails column"


def test_the_managers_greeting_naming_the_company_ties_it(tmp_path: Path, db: Any) -> None:
    _index(tmp_path, db, [
        _letter(1, MANAGER, "o.belova.work@yandex.ru",
                "Добрый день, коллеги из ООО «Маркетон»!\nНаправляю расчёт по складу."),
        _letter(2, "Ольга <o.belova.work@yandex.ru>", MANAGER, "Спасибо, а НДС включён?"),
    ])
    assert _filed(db, "o.belova.work@yandex.ru") == {"Маркетон"}


@pytest.mark.parametrize("sender,body", [
    # A one-word company name that is a common word or a first name is no evidence.
    ("Jane Miller <jane.miller@gmail.com>", "Vera, a quote please.\n\nJane Miller\n"
     "Ready for the summit season"),
    ("Анна Кравцова <anna.kravtsova@mail.ru>", "Вера, нужен склад.\n\nС уважением,\nАнна"),
    # A sole trader nobody listed stays a client of its own.
    ("Кравцов <kravtsov.autoparts@yandex.ru>", "Вера, нужен бокс 60 м².\n\nИП Кравцов А.В."),
])
def test_a_weak_guess_ties_nothing(tmp_path: Path, db: Any, sender: str, body: str) -> None:
    address = sender.split("<")[1].rstrip(">")
    _index(tmp_path, db, [_letter(1, sender, MANAGER, body)])
    assert {r[0] for r in db.execute(
        "SELECT c.key FROM messages m JOIN clients c ON c.id = m.client_id")} == {
        f"person:{address}"}


def test_company_named_wants_a_clear_name() -> None:
    listed = [(1, "Маркетон", ["marketon.ru"]), (2, "Восток", ["vostok-trade.ru"]),
              (3, "Hanbit Electronics Rus", ["hanbit-rus.ru"])]
    assert company_named("Иван\nООО «Маркетон»", listed) == 1
    assert company_named("Ivan\nwww.marketon.ru", listed) == 1
    assert company_named("Sergey Pak\nGeneral Manager, Hanbit Electronics Rus", listed) == 3
    assert company_named("АО \"Восток\"", listed) == 2
    assert company_named("Иван\nМаркетон", listed) is None
    assert company_named("г. Владивосток, ул. Восток 5", listed) is None
    assert company_named("marketon.ru.example.com", listed) is None
    assert company_named("ООО «Маркетон», АО «Восток»", listed) is None   # two: no guess


def _ties(db: Any, name: str) -> dict[str, tuple[str, str | None, str, str]]:
    from addin.pane_data import address_ties

    client = db.execute("SELECT id FROM clients WHERE name = ?", (name,)).fetchone()[0]
    return {t["address"]: (t["clue"], db.execute(
        "SELECT message_id FROM messages WHERE id = ?", (t["message"],)).fetchone()[0],
        t["why"]["en"], t["why"]["ru"]) for t in address_ties(db, client)}


def test_each_tie_keeps_the_letter_and_the_clue_that_made_it(tmp_path: Path, db: Any) -> None:
    """Why an address is the company's opens its evidence: the letter that showed it and the
    clue, said in English and Russian; the directory's own entries (its emails column) carry
    none and are not listed as ties."""
    _index(tmp_path, db, [
        _letter(1, "Petr <petr@acme-trading.com>", MANAGER,
                "Vera, my colleague Kate (in copy, on her personal mail today) will send the specs.",
                cc="Kate <kate.w.home@gmail.com>"),
        _letter(2, "Tom Reed <tom.reed.1979@gmail.com>", MANAGER,
                "Vera, could you quote 400 pallet places?\n\nTom Reed\nT: +44 20 7946 0321"),
        _letter(3, "Иван Соколов <ivan.sokolov77@mail.ru>", MANAGER,
                "Вера, нужен склад с весны.\n\n--\nИван Соколов\nООО «Маркетон»"),
        _letter(4, MANAGER, "o.belova.work@yandex.ru",
                "Добрый день, коллеги из ООО «Маркетон»!\nНаправляю расчёт по складу."),
        _letter(5, "Jane <jane.doe.acme@outlook.com>", MANAGER, "Vera, any news on the quote?"),
    ])
    acme = _ties(db, "Acme Trading")
    assert acme == {"kate.w.home@gmail.com": (
        "colleagues", "f1@test", "the company's own people are on the same letter",
        "в том же письме сотрудники компании с её адресов")}
    assert _ties(db, "Harbour Freight Lines")["tom.reed.1979@gmail.com"][:2] == ("phone", "f2@test")
    marketon = _ties(db, "Маркетон")
    assert {a: v[:2] for a, v in marketon.items()} == {
        "ivan.sokolov77@mail.ru": ("signature", "f3@test"),
        "o.belova.work@yandex.ru": ("greeting", "f4@test")}
    assert marketon["ivan.sokolov77@mail.ru"][3] == "подпись отправителя называет компанию"


def test_the_panes_client_card_shows_the_tie_for_the_letter_it_is_open_on(tmp_path: Path,
                                                                         db: Any) -> None:
    from addin.auth import Principal
    from addin.pane_data import client_context

    settings = _index(tmp_path, db, [
        _letter(1, "Иван Соколов <ivan.sokolov77@mail.ru>", MANAGER,
                "Вера, нужен склад с весны.\n\n--\nИван Соколов\nООО «Маркетон»"),
        _letter(2, "Jane <jane.doe.acme@outlook.com>", MANAGER, "Vera, any news on the quote?"),
    ])
    vera = db.execute("SELECT id FROM managers WHERE email = 'vera@expoline.ru'").fetchone()[0]
    viewer = Principal(vera, "vera@expoline.ru", "Vera", "head", "", "Europe/Moscow", "ru")
    card = client_context(db, settings, viewer, ["ivan.sokolov77@mail.ru"])["client"]
    [tie] = card["ties"]
    assert (tie["address"], tie["clue"], tie["why"]["ru"]) == (
        "ivan.sokolov77@mail.ru", "signature", "подпись отправителя называет компанию")
    # The directory's own listing of an address is no tie of the indexer's: none is shown.
    assert client_context(db, settings, viewer, ["jane.doe.acme@outlook.com"])["client"][
        "ties"] == []
