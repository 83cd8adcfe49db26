"""A client's request that comes through the company's web form is sent from the company's
own address (often a no-reply one) to its managers, with the client in Reply-To: the client
wrote it, and the manager's answer to that address makes a negotiation."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.one_mailbox import index_and_fold

MANAGER = "Anna <anna@expoline.ru>"


def _letter(n: int, sender: str, to: str, body: str, *, reply_to: str = "",
            answers: int | None = None, headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<w{n}@test>"
    msg["From"] = sender
    msg["To"] = to
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = "Заявка с сайта" if answers is None else "Re: Заявка с сайта"
    msg["Date"] = f"Mon, {9 + n} Nov 2026 11:00:00 +0300"
    if answers is not None:
        msg["In-Reply-To"] = msg["References"] = f"<w{answers}@test>"
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def _index(tmp_path: Path, db: Any, letters: list[bytes]) -> Any:
    return index_and_fold(tmp_path, db, letters, domain="expoline.ru", now="2026-11-25 12:00")


def _deal_clients(db: Any) -> set[str]:
    return {r[0] for r in db.execute(
        "SELECT c.key FROM deals d JOIN clients c ON c.id = d.client_id")}


@pytest.mark.parametrize("form,client,key", [
    ("Сайт expoline.ru <no-reply@expoline.ru>", "Иван Петров <i.petrov@stroymash.ru>",
     "domain:stroymash.ru"),
    ("Website <forms@expoline.ru>", "Jane Doe <jane.doe77@gmail.com>",
     "person:jane.doe77@gmail.com"),
])
def test_a_web_form_request_is_the_clients_letter_and_the_answer_makes_a_negotiation(
        tmp_path: Path, db: Any, form: str, client: str, key: str) -> None:
    address = client.split("<")[1].rstrip(">")
    request = ("Новая заявка с сайта.\nИмя: Иван Петров\nКомпания: Строймаш\n"
               "Сообщение: Нужен стенд 36 м² на весеннюю выставку, пришлите, пожалуйста, "
               "стоимость и план павильона." if "stroymash" in client else
               "New enquiry from the website.\nName: Jane Doe\nMessage: We are looking for a "
               "booth of about 40 sq m at the spring fair. Could you send the prices and the "
               "floor plan?")
    answer = ("Иван, добрый день! Спасибо за заявку. Стенд 36 м² — 420 000 руб., план "
              "павильона во вложении." if "stroymash" in client else
              "Dear Jane, thank you for your enquiry. A 40 sq m booth is EUR 9,600; the floor "
              "plan is attached.")
    _index(tmp_path, db, [
        _letter(1, form, MANAGER, request, reply_to=client),
        _letter(2, MANAGER, client, answer, answers=1),
    ])
    row = db.execute("SELECT m.direction, c.key FROM messages m JOIN clients c ON"
                     " c.id = m.client_id WHERE m.message_id = 'w1@test'").fetchone()
    assert tuple(row) == ("in", key), "the form's letter is the client's own"
    assert _deal_clients(db) == {key}
    assert db.execute("SELECT count(*) FROM clients WHERE key LIKE ?", (f"%{address}%",)
                      ).fetchone()[0] == (1 if key.startswith("person:") else 0)


@pytest.mark.parametrize("sender,to,reply_to,headers", [
    # A colleague's letter answered to another colleague is internal.
    ("Oleg <oleg@expoline.ru>", MANAGER, "Pavel <pavel@expoline.ru>", {}),
    # A manager writing to a colleague with a client in Reply-To writes as themself.
    (MANAGER, "Oleg <oleg@expoline.ru>", "Ivan <i.petrov@stroymash.ru>", {}),
    # Our own mailing to a client keeps being ours (the client is its recipient).
    ("Expoline <no-reply@expoline.ru>", "Ivan <i.petrov@stroymash.ru>",
     "Anna <anna@expoline.ru>", {}),
    # An outside service's notification with its support desk in Reply-To is no client.
    ("Notifications <noreply@cloudbooth.io>", MANAGER, "Support <support@cloudbooth.io>", {}),
    # A mailing list run from our own address stays a list.
    ("Expoline news <no-reply@expoline.ru>", MANAGER, "Editor <editor@pressline.ru>",
     {"List-Unsubscribe": "<mailto:unsub@expoline.ru>"}),
])
def test_reply_to_makes_no_client_of_a_colleague_a_mailing_or_a_service(
        tmp_path: Path, db: Any, sender: str, to: str, reply_to: str,
        headers: dict[str, str]) -> None:
    _index(tmp_path, db, [
        _letter(1, sender, to, "Новая заявка: нужен стенд на выставку, пришлите стоимость.",
                reply_to=reply_to, headers=headers),
    ])
    assert db.execute("SELECT direction FROM messages").fetchone()[0] != "in"
    assert _deal_clients(db) == set()

